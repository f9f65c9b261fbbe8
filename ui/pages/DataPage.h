#pragma once

#include "models/TableQuery.h"
#include "widgets/Period.h"

#include <QWidget>

#include <vector>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace storelens {

class LazyTableModel;
class WorkspaceSession;

// A page of records: search, filters, a lazily loaded table sorted on the
// server side, a count, CSV export, and a detail view of the selected row.
// Subclasses describe the table (spec and filters) and the detail view.
class DataPage : public QWidget
{
    Q_OBJECT
public:
    explicit DataPage(QWidget *parent = nullptr);
    ~DataPage() override;

    void setSession(WorkspaceSession *session);
    // Store 0 means all stores of the workspace.
    void setScope(qint64 storeId);
    void setPeriod(const Period &period);
    // Re-reads rows and count (new data arrived).
    void refresh();

    virtual QString title() const = 0;
    // "12,345 orders".
    virtual QString countText(qint64 rows) const = 0;
    // What the search field searches, as its placeholder.
    virtual QString searchHint() const = 0;

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    LazyTableModel *model() const { return m_model; }
    QWidget *detailArea() const { return m_detail; }
    // The current query (what an export writes).
    TableQuery currentQuery() const;
    // Writes the table (every matching row, not only those loaded) to a CSV file
    // chosen by the user.
    void exportCsv();
    // Writes the table to `path` without asking; `exportFinished` tells the end.
    void exportCsvTo(const QString &path);
    // Shows the detail of a row (tests, keyboard).
    void openRow(int row);

signals:
    void statusMessage(const QString &message);
    void exportFinished(qint64 rows, const QString &path, const QString &error);

protected:
    virtual TableSpec spec() const = 0;
    // The page's own conditions (search text, filter widgets).
    virtual QList<TableFilter> pageFilters() const = 0;
    // Pages that list events in time follow the toolbar's period.
    virtual bool followsPeriod() const { return false; }
    // The period condition (when followsPeriod()), or none for "all time".
    virtual std::optional<TableFilter> periodFilter(const Period &period,
                                                    const QList<qint64> &storeIds) const;
    // A condition on a time column for the days of `period`: by UTC bounds
    // of the shop's days for one store (an index range on `msExpr`), by the
    // shop-local `dayExpr` for several stores in different time zones.
    TableFilter dayRange(const QString &msExpr, const QString &dayExpr, const Period &period,
                         const QList<qint64> &storeIds) const;
    // The scope, the period or the data changed (new records arrived).
    virtual void scopeOrPeriodChanged() {}
    virtual QWidget *createDetail() = 0;
    virtual void showDetail(qint64 rowId, qint64 storeId) = 0;
    virtual void clearDetail() = 0;

    WorkspaceSession *session() const { return m_session; }
    qint64 scope() const { return m_storeId; }
    Period period() const { return m_period; }
    // Where subclasses put their filter widgets.
    QHBoxLayout *filterBar() const { return m_filterBar; }
    // Rebuilds the query: call when a filter changes.
    void reload();
    // A store condition over `storeExpr` for the current scope.
    TableFilter storeFilter(const QString &storeExpr) const;
    // A LIKE condition over several expressions for the search text; null
    // when the search is empty.
    std::optional<TableFilter> searchFilter(const QStringList &expressions) const;
    // Shows the detail area beside the table.
    void revealDetail();
    // Another way to show the page's records (products by SKU), shown in
    // place of the table and its detail while `showAlternateView(true)`.
    void setAlternateView(QWidget *view);
    void showAlternateView(bool shown);
    bool alternateViewShown() const { return m_alternate && !m_alternate->isHidden(); }
    // Finishes construction: subclasses call it at the end of theirs.
    void build();

private:
    void updateCount();
    void onSelectionChanged();
    void applyColumnVisibility();
    void applyColumnWidths();
    // Fits the columns to the table's width: amounts, dates and counts whole,
    // names and statuses narrower (elided) when it is narrow, wider when not.
    void fitColumns();
    void setPreferredWidth(size_t column, int width);
    void measureContent();
    // The width of the visible columns at `widths`.
    int columnsWidth(const std::vector<int> &widths) const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    WorkspaceSession *m_session = nullptr;
    qint64 m_storeId = 0;
    Period m_period;
    LazyTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QWidget *m_alternate = nullptr;
    QTimer *m_searchDelay = nullptr;
    QHBoxLayout *m_filterBar = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_detail = nullptr;
    bool m_built = false;
    std::vector<int> m_preferredWidths;
    std::vector<int> m_titleWidths;
    std::vector<int> m_titledWidths;
    std::vector<int> m_minimumWidths;
    bool m_userSizedColumns = false;
    bool m_fittingColumns = false;
    bool m_contentMeasured = false;
    QList<qint64> m_queriedStores;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace storelens
