#include "DataPage.h"

#include "common/ShopCalendar.h"
#include "export/CsvExporter.h"
#include "model/Money.h"
#include "models/LazyTableModel.h"
#include "models/StatusText.h"
#include "session/DbWorker.h"
#include "session/WorkspaceSession.h"

#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace storelens {

DataPage::DataPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new LazyTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(220);
    bar->addWidget(m_search);
    m_filterBar = new QHBoxLayout;
    m_filterBar->setSpacing(6);
    bar->addLayout(m_filterBar);
    bar->addStretch(1);
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of rows"));
    bar->addWidget(m_count);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setAccessibleName(tr("Export to CSV"));
    m_export->setToolTip(tr("Write every row that matches the search and filters to a CSV file "
                            "(Ctrl+E)"));
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(m_splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep a million-row view cheap to lay out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Columns fit the table's width (see fitColumns) until the user sizes one.
    m_table->horizontalHeader()->setMinimumSectionSize(24);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        // A drag or double-click on a header handle, not our own fitting.
        if (!m_fittingColumns && QGuiApplication::mouseButtons() != Qt::NoButton)
            m_userSizedColumns = true;
    });
    m_table->viewport()->installEventFilter(this);
    m_splitter->addWidget(m_table);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &DataPage::reload);
    connect(m_export, &QPushButton::clicked, this, &DataPage::exportCsv);
    connect(m_model, &LazyTableModel::counted, this, &DataPage::updateCount);
    connect(m_model, &LazyTableModel::pageArrived, this, &DataPage::measureContent);
    connect(m_model, &LazyTableModel::modelReset, this, &DataPage::updateCount);
    connect(m_model, &LazyTableModel::failed, this, [this](const QString &message) {
        m_count->setText(tr("Could not read the rows: %1").arg(message));
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                // Only indexed columns sort; put the indicator back on others.
                if (!m_model->isSortable(column)) {
                    QSignalBlocker block(m_table->horizontalHeader());
                    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
                    emit statusMessage(
                        tr("The column \"%1\" cannot be sorted.")
                            .arg(m_model->headerData(column, Qt::Horizontal).toString()));
                    return;
                }
                m_sortColumn = column;
                m_sortOrder = order;
            });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DataPage::onSelectionChanged);
}

DataPage::~DataPage() = default;

void DataPage::build()
{
    const TableSpec s = spec();
    m_search->setPlaceholderText(searchHint());
    m_search->setToolTip(tr("%1 (Ctrl+F)").arg(searchHint()));
    m_sortColumn = s.defaultSortColumn;
    m_sortOrder = s.defaultSortOrder;
    m_detail = createDetail();
    m_detail->setMinimumWidth(320);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_detail->hide();
    m_built = true;
}

void DataPage::setAlternateView(QWidget *view)
{
    m_alternate = view;
    view->setParent(this);
    view->hide();
    static_cast<QVBoxLayout *>(layout())->addWidget(view, 1);
}

void DataPage::showAlternateView(bool shown)
{
    if (!m_alternate)
        return;
    m_alternate->setVisible(shown);
    m_splitter->setVisible(!shown);
    m_count->setVisible(!shown);
    m_export->setVisible(!shown);
}

void DataPage::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model->setWorkers(session ? &session->reader() : nullptr,
                        session ? &session->counter() : nullptr);
    if (session) {
        m_model->setStores(session->stores());
        connect(session, &WorkspaceSession::storesChanged, this, [this] {
            m_model->setStores(m_session->stores());
            // The store filter lists the scope's stores: re-query when they change.
            if (m_session->storeIds(m_storeId) != m_queriedStores)
                reload();
            else
                applyColumnVisibility();
        });
    }
    m_detail->hide();
    if (!session)
        m_model->setQuery(TableQuery());
    reload();
    scopeOrPeriodChanged();
}

void DataPage::setScope(qint64 storeId)
{
    if (m_storeId == storeId)
        return;
    m_storeId = storeId;
    reload();
    scopeOrPeriodChanged();
}

void DataPage::setPeriod(const Period &period)
{
    if (m_period == period)
        return;
    m_period = period;
    if (followsPeriod())
        reload();
    scopeOrPeriodChanged();
}

std::optional<TableFilter> DataPage::periodFilter(const Period &, const QList<qint64> &) const
{
    return std::nullopt;
}

TableFilter DataPage::dayRange(const QString &msExpr, const QString &dayExpr, const Period &period,
                               const QList<qint64> &storeIds) const
{
    const auto yyyymmdd = [](QDate d) {
        return d.year() * 10000 + d.month() * 100 + d.day();
    };
    if (storeIds.size() == 1 && m_session) {
        const std::optional<Store> store = m_session->store(storeIds.first());
        const ShopCalendar calendar(store ? store->timezone.toUtf8() : QByteArrayLiteral("UTC"));
        const qint64 from = calendar.startOfDayUtcMs(yyyymmdd(period.from));
        const qint64 to = calendar.startOfDayUtcMs(yyyymmdd(period.to.addDays(1)));
        return {msExpr + QStringLiteral(" >= ? AND ") + msExpr + QStringLiteral(" < ?"),
                {QVariant::fromValue(from), QVariant::fromValue(to)}};
    }
    return {dayExpr + QStringLiteral(" BETWEEN ? AND ?"),
            {QVariant::fromValue(qint64(yyyymmdd(period.from))),
             QVariant::fromValue(qint64(yyyymmdd(period.to)))}};
}

TableFilter DataPage::storeFilter(const QString &storeExpr) const
{
    const QList<qint64> ids = m_session ? m_session->storeIds(m_storeId) : QList<qint64>{};
    if (ids.size() == 1)
        return {storeExpr + QStringLiteral(" = ?"), {QVariant::fromValue(ids.first())}};
    if (ids.isEmpty())
        return {QStringLiteral("0"), {}};
    QStringList marks;
    QVariantList binds;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        binds << QVariant::fromValue(id);
    }
    return {storeExpr + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'),
            binds};
}

std::optional<TableFilter> DataPage::searchFilter(const QStringList &expressions) const
{
    QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString pattern = QLatin1Char('%') + text + QLatin1Char('%');
    QStringList parts;
    QVariantList binds;
    for (const QString &e : expressions) {
        parts << e + QStringLiteral(" LIKE ? ESCAPE '\\'");
        binds << pattern;
    }
    return TableFilter{parts.join(QStringLiteral(" OR ")), binds};
}

TableQuery DataPage::currentQuery() const
{
    return m_model->query();
}

void DataPage::reload()
{
    if (!m_built || !m_session)
        return;
    QList<TableFilter> filters;
    const TableSpec s = spec();
    m_queriedStores = m_session->storeIds(m_storeId);
    filters << storeFilter(s.storeExpr);
    if (m_period.isValid()) {
        if (auto f = periodFilter(m_period, m_session->storeIds(m_storeId)))
            filters << *f;
    }
    filters << pageFilters();
    const bool newSpec = m_model->query().spec().name != s.name ||
                         m_model->query().spec().columns.size() != s.columns.size();
    m_model->setQuery(TableQuery(s, filters, m_sortColumn, m_sortOrder));
    if (newSpec)
        applyColumnWidths();
    {
        QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    }
    applyColumnVisibility();
    m_count->setText(tr("Counting…"));
    if (m_detail)
        m_detail->hide();
}

namespace {
// A cell's margins, and a header's margins with its sort indicator.
constexpr int CellPad = 16;
constexpr int HeaderPad = 26;

// Columns whose content has a known width (amounts, dates, counts, ids)
// keep it; the others (names, statuses) give way when the table is narrow
// and take what is left when it is wide.
bool isElastic(const TableColumn &col)
{
    switch (col.kind) {
    case TableColumn::Kind::Text:
    case TableColumn::Kind::Store:
    case TableColumn::Kind::Status:
    case TableColumn::Kind::Channel:
        return col.widthChars == 0;
    case TableColumn::Kind::Integer:
    case TableColumn::Kind::Money:
    case TableColumn::Kind::DateTime:
    case TableColumn::Kind::Id:
        return false;
    }
    return false;
}

// Where the room left over goes: the free text (a customer's name, a title).
bool takesSpareRoom(const TableColumn &col)
{
    return isElastic(col) &&
           (col.kind == TableColumn::Kind::Text || col.kind == TableColumn::Kind::Store);
}
} // namespace

void DataPage::applyColumnWidths()
{
    // Widths by what a column holds, so that dates and amounts show whole
    // without measuring a million rows.
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics headerFm = m_table->horizontalHeader()->fontMetrics();
    const QLocale locale;
    const TableSpec &s = m_model->query().spec();
    const auto widest = [&fm](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w;
    };
    const size_t n = size_t(s.columns.size());
    m_preferredWidths.assign(n, 0);
    m_titleWidths.assign(n, 0);
    m_titledWidths.assign(n, 0);
    m_minimumWidths.assign(n, 0);
    for (size_t c = 0; c < n; ++c) {
        const TableColumn &col = s.columns[qsizetype(c)];
        int width = 0;
        switch (col.kind) {
        case TableColumn::Kind::DateTime:
            width = fm.horizontalAdvance(locale.toString(
                QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat));
            break;
        case TableColumn::Kind::Money:
            // A currency that is not the locale's shows its code, the wider form.
            width = fm.horizontalAdvance(Money::format(9'999'999, QStringLiteral("XXX"), locale));
            break;
        case TableColumn::Kind::Integer:
            width = fm.horizontalAdvance(locale.toString(99'999));
            break;
        case TableColumn::Kind::Status:
            width = widest({StatusText::label(QStringLiteral("PARTIALLY_REFUNDED")),
                            StatusText::label(QStringLiteral("PARTIALLY_FULFILLED"))});
            break;
        case TableColumn::Kind::Channel:
            width = widest({StatusText::channel(QStringLiteral("web")),
                            StatusText::channel(QStringLiteral("pos")),
                            StatusText::channel(QStringLiteral("shopify_draft_order"))});
            break;
        case TableColumn::Kind::Id:
            width = fm.horizontalAdvance(QStringLiteral("#100000"));
            break;
        case TableColumn::Kind::Store:
        case TableColumn::Kind::Text:
            width = fm.horizontalAdvance(QStringLiteral("Firstname Lastname"));
            break;
        }
        if (col.widthChars > 0)
            width = fm.averageCharWidth() * col.widthChars;
        m_titleWidths[c] = headerFm.horizontalAdvance(col.title) + HeaderPad;
        setPreferredWidth(c, width + CellPad);
    }
    m_userSizedColumns = false;
    m_contentMeasured = false;
    measureContent();
    fitColumns();
}

void DataPage::setPreferredWidth(size_t c, int width)
{
    const TableColumn &col = m_model->query().spec().columns[qsizetype(c)];
    m_preferredWidths[c] = std::max(width, m_titleWidths[c]);
    if (isElastic(col)) {
        // Names and statuses give way down to their title, then (when even
        // that does not fit) down to a few letters.
        m_titledWidths[c] = std::min(m_preferredWidths[c], m_titleWidths[c]);
        m_minimumWidths[c] =
            std::min(m_titledWidths[c], m_table->fontMetrics().averageCharWidth() * 5 + CellPad);
    } else {
        m_titledWidths[c] = m_minimumWidths[c] = m_preferredWidths[c];
    }
}

void DataPage::measureContent()
{
    // Free text (names, e-mails, titles) is as wide as it is: measured on the
    // first rows that arrive, once per table, so that columns do not jump
    // while the user scrolls or searches.
    const TableSpec &s = m_model->query().spec();
    const size_t n = size_t(s.columns.size());
    if (m_contentMeasured || m_preferredWidths.size() != n)
        return;
    const int rows = std::min(m_model->rowCount(), 200);
    if (rows == 0 || !m_model->isRowLoaded(0))
        return;
    const QFontMetrics fm = m_table->fontMetrics();
    const int cap = fm.averageCharWidth() * 40 + CellPad;
    for (size_t c = 0; c < n; ++c) {
        const TableColumn &col = s.columns[qsizetype(c)];
        if (!takesSpareRoom(col))
            continue;
        int width = 0;
        for (int r = 0; r < rows && m_model->isRowLoaded(r); ++r)
            width =
                std::max(width, fm.horizontalAdvance(m_model->index(r, int(c)).data().toString()));
        setPreferredWidth(c, std::min(width + CellPad, cap));
    }
    m_contentMeasured = true;
    fitColumns();
}

int DataPage::columnsWidth(const std::vector<int> &widths) const
{
    int total = 0;
    for (size_t c = 0; c < widths.size(); ++c) {
        if (!m_table->isColumnHidden(int(c)))
            total += widths[c];
    }
    return total;
}

void DataPage::fitColumns()
{
    // Once the user has sized a column, the widths are theirs.
    if (m_userSizedColumns)
        return;
    const TableSpec &s = m_model->query().spec();
    const size_t n = size_t(s.columns.size());
    if (m_preferredWidths.size() != n)
        return;
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;
    std::vector<int> widths = m_preferredWidths;
    const auto visible = [this](size_t c) {
        return !m_table->isColumnHidden(int(c));
    };
    // Too narrow: names and statuses give way (elided), the widest first, so
    // that amounts, dates and counts stay whole in view. All of them are cut
    // to one width L, the largest that fits, but none below its title; when
    // even the titles do not fit, below them too.
    for (const std::vector<int> *floor : {&m_titledWidths, &m_minimumWidths}) {
        if (columnsWidth(widths) <= available)
            break;
        const auto at = [&](int level) {
            std::vector<int> cut = widths;
            for (size_t c = 0; c < n; ++c)
                cut[c] = std::clamp(level, (*floor)[c], std::max((*floor)[c], widths[c]));
            return cut;
        };
        int lo = 0, hi = *std::max_element(widths.begin(), widths.end());
        while (lo < hi) {
            const int mid = (lo + hi + 1) / 2;
            if (columnsWidth(at(mid)) <= available)
                lo = mid;
            else
                hi = mid - 1;
        }
        widths = at(lo);
    }
    // Room to spare: the free-text columns (names, titles) take it.
    const int extra = available - columnsWidth(widths);
    int spare = 0;
    for (size_t c = 0; c < n; ++c)
        spare += visible(c) && takesSpareRoom(s.columns[qsizetype(c)]) ? widths[c] : 0;
    if (extra > 0 && spare > 0) {
        int given = 0;
        size_t last = n;
        for (size_t c = 0; c < n; ++c) {
            if (!visible(c) || !takesSpareRoom(s.columns[qsizetype(c)]))
                continue;
            const int share = int(qint64(extra) * widths[c] / spare);
            widths[c] += share;
            given += share;
            last = c;
        }
        if (last < n)
            widths[last] += extra - given;
    }
    m_fittingColumns = true;
    for (size_t c = 0; c < n; ++c) {
        if (m_table->columnWidth(int(c)) != widths[c])
            m_table->setColumnWidth(int(c), widths[c]);
    }
    m_fittingColumns = false;
}

bool DataPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void DataPage::applyColumnVisibility()
{
    const TableSpec &s = m_model->query().spec();
    const bool severalStores = m_session && m_session->storeIds(m_storeId).size() > 1;
    for (qsizetype c = 0; c < s.columns.size(); ++c) {
        if (s.columns[c].kind == TableColumn::Kind::Store)
            m_table->setColumnHidden(int(c), !severalStores);
    }
    fitColumns();
}

void DataPage::refresh()
{
    m_model->refresh();
}

void DataPage::updateCount()
{
    if (!m_model->isCounted()) {
        m_count->setText(tr("Counting…"));
        return;
    }
    m_count->setText(countText(m_model->totalRows()));
}

void DataPage::openRow(int row)
{
    const TableRow *r = m_model->rowAt(row);
    if (!r)
        return;
    revealDetail();
    showDetail(r->id, r->storeId);
}

void DataPage::revealDetail()
{
    if (m_detail->isVisible())
        return;
    m_detail->show();
    // The detail takes about a third, but leaves the table room for its
    // columns with their titles whole where it can.
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int chrome = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    const int wanted = columnsWidth(m_titledWidths) + chrome;
    const int table =
        std::max(total * 62 / 100, std::min(wanted, total - m_detail->minimumWidth()));
    m_splitter->setSizes({table, total - table});
}

void DataPage::onSelectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        openRow(current.row());
}

void DataPage::exportCsv()
{
    if (!m_session)
        return;
    QSettings settings;
    const QString dir =
        settings
            .value(QStringLiteral("export/lastDir"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString suggested = dir + QLatin1Char('/') + spec().name + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1 to CSV").arg(title()),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    exportCsvTo(path);
}

void DataPage::exportCsvTo(const QString &path)
{
    if (!m_session)
        return;
    auto *exporter = new CsvExporter(*m_session, this);
    connect(exporter, &CsvExporter::progressed, this, [this](qint64 rows) {
        emit statusMessage(tr("Exporting… %1 rows written").arg(QLocale().toString(rows)));
    });
    connect(exporter, &CsvExporter::finished, this,
            [this, exporter, path](qint64 rows, const QString &error) {
                emit statusMessage(
                    error.isEmpty()
                        ? tr("Exported %1 rows to %2").arg(QLocale().toString(rows), path)
                        : tr("Export failed: %1").arg(error));
                exporter->deleteLater();
                emit exportFinished(rows, path, error);
            });
    exporter->start(currentQuery(), path);
}

} // namespace storelens
