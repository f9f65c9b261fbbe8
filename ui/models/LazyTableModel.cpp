#include "LazyTableModel.h"

#include "StatusText.h"
#include "model/Money.h"
#include "session/DbWorker.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace storelens {

namespace {
struct PageAnswer
{
    std::vector<TableRow> rows;
    qint64 ms = 0;
};
} // namespace

LazyTableModel::LazyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

LazyTableModel::~LazyTableModel() = default;

void LazyTableModel::setWorkers(DbWorker *reader, DbWorker *counter)
{
    m_worker = reader;
    m_counter = counter ? counter : reader;
}

void LazyTableModel::setStores(const QList<Store> &stores)
{
    m_storeNames.clear();
    m_zones.clear();
    for (const Store &s : stores) {
        m_storeNames.insert(s.id, s.name);
        QTimeZone zone(s.timezone.toUtf8());
        m_zones.insert(s.id, zone.isValid() ? zone : QTimeZone::systemTimeZone());
    }
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(int(m_rows) - 1, columnCount() - 1));
}

void LazyTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
}

QTimeZone LazyTableModel::zoneOf(qint64 storeId) const
{
    const auto it = m_zones.constFind(storeId);
    return it != m_zones.cend() ? *it : QTimeZone::systemTimeZone();
}

void LazyTableModel::setQuery(TableQuery query)
{
    beginResetModel();
    m_query = std::move(query);
    ++m_generation;
    m_pages.clear();
    m_wanted.clear();
    m_rows = 0;
    m_total = 0;
    m_counted = false;
    m_inFlight = false;
    m_error.clear();
    endResetModel();
    emit loadingChanged(true);
    // The first window first: people see rows before the count arrives.
    if (m_worker && !m_query.spec().columns.isEmpty())
        startFetch(0);
    startCount();
}

void LazyTableModel::refresh()
{
    if (!m_counter || m_query.spec().columns.isEmpty())
        return;
    ++m_epoch;
    startCount();
    // Pages on screen are re-read when next shown.
    if (!m_pages.empty())
        emit dataChanged(index(0, 0), index(int(m_rows) - 1, columnCount() - 1));
}

void LazyTableModel::startCount()
{
    if (!m_counter || m_query.spec().columns.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_counter->post(
        this, [query = m_query](Database &db) { return query.count(db); },
        [this, generation](DbResult<qint64> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_error = result.error;
                emit failed(result.error);
                return;
            }
            onCount(*result);
        },
        QStringLiteral("count:%1").arg(quintptr(this)));
}

void LazyTableModel::onCount(qint64 count)
{
    m_counted = true;
    m_total = count;
    setRowCountTo(count);
    emit counted(count);
    if (!isLoading())
        emit loadingChanged(false);
}

void LazyTableModel::setRowCountTo(qint64 rows)
{
    rows = std::min<qint64>(rows, std::numeric_limits<int>::max() - 1);
    if (rows > m_rows) {
        beginInsertRows({}, int(m_rows), int(rows) - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, int(rows), int(m_rows) - 1);
        m_rows = rows;
        endRemoveRows();
        std::erase_if(m_pages, [&](const auto &p) { return qint64(p.first) * kPageSize >= rows; });
    }
}

int LazyTableModel::lastPage() const
{
    return m_rows > 0 ? int((m_rows - 1) / kPageSize) : 0;
}

bool LazyTableModel::isRowLoaded(int row) const
{
    const auto it = m_pages.find(row / kPageSize);
    return it != m_pages.end() && size_t(row % kPageSize) < it->second.rows.size();
}

const TableRow *LazyTableModel::rowAt(int row) const
{
    const auto it = m_pages.find(row / kPageSize);
    if (it == m_pages.end() || size_t(row % kPageSize) >= it->second.rows.size())
        return nullptr;
    return &it->second.rows[size_t(row % kPageSize)];
}

void LazyTableModel::request(int page) const
{
    m_wanted.remove(page);
    m_wanted.push_front(page);
    // Only the latest few matter: a fast scroll passes pages nobody waits for.
    while (m_wanted.size() > 4)
        m_wanted.pop_back();
    if (!m_fetchScheduled && !m_inFlight) {
        m_fetchScheduled = true;
        QMetaObject::invokeMethod(const_cast<LazyTableModel *>(this), &LazyTableModel::fetchNext,
                                  Qt::QueuedConnection);
    }
}

void LazyTableModel::fetchNext()
{
    m_fetchScheduled = false;
    if (m_inFlight || !m_worker)
        return;
    while (!m_wanted.empty()) {
        const int page = m_wanted.front();
        m_wanted.pop_front();
        const auto it = m_pages.find(page);
        const bool fresh = it != m_pages.end() && it->second.epoch == m_epoch;
        if (fresh || (page > lastPage() && m_counted))
            continue;
        startFetch(page);
        return;
    }
    if (!isLoading())
        emit loadingChanged(false);
}

void LazyTableModel::startFetch(int page)
{
    // Choose the cheapest way to the page: by key from a loaded neighbour
    // (an index seek), else by offset from whichever end is nearer.
    const bool byKey = !m_query.spec().columns.at(m_query.sortColumn()).nullable;
    std::optional<TableQuery::Anchor> anchor;
    bool backwards = false;
    qint64 offset = qint64(page) * kPageSize;
    int limit = kPageSize;
    if (byKey) {
        int bestDistance = kKeysetReach + 1;
        for (const auto &[p, loaded] : m_pages) {
            if (loaded.rows.empty() || p == page)
                continue;
            const int distance = std::abs(p - page);
            if (distance >= bestDistance)
                continue;
            if (p < page && int(loaded.rows.size()) == kPageSize) {
                bestDistance = distance;
                anchor = TableQuery::Anchor{loaded.rows.back().sortKey, loaded.rows.back().id};
                backwards = false;
                offset = qint64(page - p - 1) * kPageSize;
            } else if (p > page) {
                bestDistance = distance;
                anchor = TableQuery::Anchor{loaded.rows.front().sortKey, loaded.rows.front().id};
                backwards = true;
                offset = qint64(p - page - 1) * kPageSize;
            }
        }
    }
    if (!anchor && m_counted && page > 0 && qint64(page) * kPageSize > m_total / 2) {
        // Nearer the end: read backwards from it.
        const qint64 end = std::min<qint64>(qint64(page + 1) * kPageSize, m_total);
        backwards = true;
        limit = int(end - qint64(page) * kPageSize);
        offset = m_total - end;
    }
    if (limit <= 0)
        return;
    m_inFlight = true;
    const quint64 generation = m_generation;
    const quint64 epoch = m_epoch;
    m_worker->post(
        this,
        [query = m_query, anchor, backwards, offset, limit](Database &db) {
            QElapsedTimer timer;
            timer.start();
            PageAnswer answer;
            answer.rows = query.page(db, anchor, backwards, offset, limit);
            answer.ms = timer.elapsed();
            return answer;
        },
        [this, generation, epoch, page](DbResult<PageAnswer> result) {
            if (generation != m_generation)
                return;
            m_inFlight = false;
            if (!result.ok()) {
                m_error = result.error;
                emit failed(result.error);
                fetchNext();
                return;
            }
            PageAnswer answer = std::move(*result.value);
            Page &slot = m_pages[page];
            slot.rows = std::move(answer.rows);
            slot.epoch = epoch;
            slot.lastUse = ++m_useCounter;
            ++m_stats.pagesRead;
            m_stats.lastPageMs = answer.ms;
            m_stats.maxPageMs = std::max(m_stats.maxPageMs, answer.ms);
            onPage(page);
        });
}

void LazyTableModel::onPage(int page)
{
    const Page &loaded = m_pages[page];
    if (!m_counted) {
        // Until counted, the view knows the rows loaded so far.
        const qint64 known = qint64(page) * kPageSize + qint64(loaded.rows.size());
        if (known > m_rows)
            setRowCountTo(known);
        m_total = std::max(m_total, known);
    }
    const int first = page * kPageSize;
    const int last = std::min<int>(first + int(loaded.rows.size()), int(m_rows)) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    emit pageArrived(page);
    evict();
    fetchNext();
}

void LazyTableModel::evict()
{
    while (int(m_pages.size()) > kMaxCachedPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (oldest == m_pages.end() || it->second.lastUse < oldest->second.lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

int LazyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int LazyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_query.spec().columns.size());
}

QString LazyTableModel::displayText(const TableRow &row, int column) const
{
    const TableColumn &c = m_query.spec().columns.at(column);
    const QVariant &v = row.values.at(column);
    if (v.isNull())
        return {};
    switch (c.kind) {
    case TableColumn::Kind::Money:
        return Money::format(v.toLongLong(), row.currency, m_locale);
    case TableColumn::Kind::Integer:
        return m_locale.toString(v.toLongLong());
    case TableColumn::Kind::DateTime:
        return m_locale.toString(
            QDateTime::fromMSecsSinceEpoch(v.toLongLong(), zoneOf(row.storeId)),
            QLocale::ShortFormat);
    case TableColumn::Kind::Status:
        return StatusText::label(v.toString());
    case TableColumn::Kind::Store:
        return m_storeNames.value(v.toLongLong());
    case TableColumn::Kind::Channel:
        return StatusText::channel(v.toString());
    case TableColumn::Kind::Id:
    case TableColumn::Kind::Text:
        break;
    }
    return v.toString();
}

QVariant LazyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const int page = index.row() / kPageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end() || it->second.epoch != m_epoch)
        request(page);
    if (it == m_pages.end()) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return m_error.isEmpty() ? QString() : tr("Could not load");
        return {};
    }
    it->second.lastUse = ++m_useCounter;
    const size_t offset = size_t(index.row() % kPageSize);
    if (offset >= it->second.rows.size())
        return {};
    const TableRow &row = it->second.rows[offset];
    const TableColumn &c = m_query.spec().columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (c.kind == TableColumn::Kind::DateTime && !row.values.at(index.column()).isNull()) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(
                row.values.at(index.column()).toLongLong(), zoneOf(row.storeId));
            return m_locale.toString(at, QLocale::LongFormat);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (c.kind == TableColumn::Kind::Money || c.kind == TableColumn::Kind::Integer)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case RowIdRole:
        return QVariant::fromValue(row.id);
    case StoreIdRole:
        return QVariant::fromValue(row.storeId);
    case RawValueRole:
        return row.values.at(index.column());
    case CurrencyRole:
        return row.currency;
    default:
        return {};
    }
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const TableColumn &c = m_query.spec().columns.at(section);
    if (role == Qt::DisplayRole)
        return c.title;
    if (role == Qt::ToolTipRole && !c.sortable)
        return tr("%1 (this column cannot be sorted)").arg(c.title);
    if (role == Qt::TextAlignmentRole &&
        (c.kind == TableColumn::Kind::Money || c.kind == TableColumn::Kind::Integer))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool LazyTableModel::isSortable(int column) const
{
    return column >= 0 && column < columnCount() && m_query.spec().columns.at(column).sortable;
}

void LazyTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    if (column == m_query.sortColumn() && order == m_query.sortOrder())
        return;
    // Sort ids and filters stay; only the order changes.
    setQuery(TableQuery(m_query.spec(), m_query.filters(), column, order));
}

} // namespace storelens
