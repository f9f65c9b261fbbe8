#pragma once

#include "TableQuery.h"
#include "model/Store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <list>
#include <map>

namespace storelens {

class DbWorker;

// A table model over millions of rows that never holds more than a few
// windows of them: rows are read a window (page) at a time on a reader
// thread when the view first asks for them, and pages far from the view are
// forgotten. Until a page arrives its cells are blank; the view repaints them
// when it does.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        RowIdRole = Qt::UserRole + 1, // the row's database id (qint64)
        StoreIdRole,
        RawValueRole, // the unformatted value (qint64 / QString)
        CurrencyRole,
    };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 60;
    // Pages within this distance of a loaded one are read by key from it.
    static constexpr int kKeysetReach = 25;

    explicit LazyTableModel(QObject *parent = nullptr);
    ~LazyTableModel() override;

    // Windows of rows are read on `reader`, counts on `counter` (may be the same).
    void setWorkers(DbWorker *reader, DbWorker *counter);
    // Store names (for Store columns) and time zones (for dates).
    void setStores(const QList<Store> &stores);
    void setLocale(const QLocale &locale);

    // Shows the rows of a new query from the top.
    void setQuery(TableQuery query);
    const TableQuery &query() const { return m_query; }
    // Re-reads the rows shown and the count (new data arrived), keeping what is
    // on screen until the new rows are there.
    void refresh();

    // Known once counted; until then the rows loaded so far.
    qint64 totalRows() const { return m_total; }
    bool isCounted() const { return m_counted; }
    bool isLoading() const { return m_inFlight || !m_wanted.empty() || !m_counted; }
    bool isRowLoaded(int row) const;
    const TableRow *rowAt(int row) const;
    // Formats one value of a column as the table shows it.
    QString displayText(const TableRow &row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSortable(int column) const;

    // Figures for the benchmark.
    struct Stats
    {
        qint64 pagesRead = 0;
        qint64 lastPageMs = 0;
        qint64 maxPageMs = 0;
    };
    Stats stats() const { return m_stats; }

signals:
    void counted(qint64 rows);
    void loadingChanged(bool loading);
    void pageArrived(int page);
    void failed(const QString &message);

private:
    struct Page
    {
        std::vector<TableRow> rows;
        quint64 epoch = 0;
        quint64 lastUse = 0;
    };
    void request(int page) const;
    void startCount();
    void fetchNext();
    void startFetch(int page);
    void onPage(int page);
    void onCount(qint64 count);
    void setRowCountTo(qint64 rows);
    void evict();
    int lastPage() const;
    QTimeZone zoneOf(qint64 storeId) const;

    DbWorker *m_worker = nullptr;
    DbWorker *m_counter = nullptr;
    TableQuery m_query;
    QLocale m_locale;
    QHash<qint64, QString> m_storeNames;
    QHash<qint64, QTimeZone> m_zones;
    quint64 m_generation = 0; // a new query: answers of older ones are dropped
    quint64 m_epoch = 0;      // a refresh: pages of older epochs are re-read
    mutable std::map<int, Page> m_pages;
    mutable std::list<int> m_wanted; // most recent first
    mutable quint64 m_useCounter = 0;
    mutable bool m_fetchScheduled = false;
    bool m_inFlight = false;
    qint64 m_rows = 0;  // rows the view knows of
    qint64 m_total = 0; // counted rows (or loaded, until counted)
    bool m_counted = false;
    QString m_error;
    Stats m_stats;
};

} // namespace storelens
