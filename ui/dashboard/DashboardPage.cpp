#include "DashboardPage.h"

#include "platform/PlatformRegistry.h"

#include "ChartCard.h"
#include "ChartStyle.h"
#include "DashboardCharts.h"
#include "DashboardReport.h"
#include "KpiTile.h"
#include "model/Money.h"
#include "models/StatusText.h"
#include "session/DbWorker.h"
#include "session/SyncController.h"
#include "session/WorkspaceSession.h"
#include "widgets/PeriodPreset.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace storelens {

namespace {
QString permilleText(const std::optional<qint64> &permille, const QLocale &locale)
{
    return permille ? KpiChange::percent(*permille, locale) : QStringLiteral("—");
}
} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 10, 14, 14);
    layout->setSpacing(10);

    m_header = new QLabel(content);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAccessibleName(tr("Scope and period"));
    layout->addWidget(m_header);
    m_notice = new QLabel(content);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("dashboardNotice"));
    m_notice->hide();
    layout->addWidget(m_notice);

    const QStringList titles{tr("Total sales"), tr("Net sales"),
                             tr("Orders"),      tr("Average order value"),
                             tr("Customers"),   tr("Returning customer rate"),
                             tr("Returns"),     tr("Abandoned checkouts recovered")};
    auto *tiles = new QGridLayout;
    tiles->setSpacing(10);
    for (int i = 0; i < TileCount; ++i) {
        m_tiles[i] = new KpiTile(titles[i], content);
        m_tiles[i]->setEmpty(QStringLiteral("—"));
        tiles->addWidget(m_tiles[i], i / 4, i % 4);
    }
    layout->addLayout(tiles);

    const QStringList charts{
        tr("Sales over time"),    tr("Orders by date"), tr("Abandoned and recovered checkouts"),
        tr("Revenue by product"), tr("Top customers"),  tr("Sales by channel")};
    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    for (int i = 0; i < ChartCount; ++i)
        m_charts[i] = new ChartCard(charts[i], content);
    m_charts[SalesOverTime]->setMinimumHeight(280);
    grid->addWidget(m_charts[SalesOverTime], 0, 0, 1, 2);
    grid->addWidget(m_charts[SalesByChannel], 0, 2);
    grid->addWidget(m_charts[OrdersByDate], 1, 0);
    grid->addWidget(m_charts[Checkouts], 1, 1);
    grid->addWidget(m_charts[TopProducts], 1, 2);
    grid->addWidget(m_charts[TopCustomers], 2, 0);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    for (int r = 0; r < 3; ++r)
        grid->setRowMinimumHeight(r, 270);

    auto *recentCard = new QFrame(content);
    recentCard->setFrameShape(QFrame::StyledPanel);
    recentCard->setAutoFillBackground(true);
    recentCard->setBackgroundRole(QPalette::Base);
    auto *recentLayout = new QVBoxLayout(recentCard);
    recentLayout->setContentsMargins(10, 8, 10, 8);
    auto *recentTitle = new QLabel(tr("Recent orders"), recentCard);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    recentLayout->addWidget(recentTitle);
    m_recent = new QTableWidget(recentCard);
    m_recent->setObjectName(QStringLiteral("recentOrders"));
    m_recent->setAccessibleName(tr("Recent orders"));
    m_recent->setColumnCount(5);
    m_recent->setHorizontalHeaderLabels(
        {tr("Order"), tr("Date"), tr("Customer"), tr("Payment"), tr("Total")});
    m_recent->verticalHeader()->hide();
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recent->setShowGrid(false);
    m_recent->horizontalHeader()->setStretchLastSection(true);
    m_recent->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_recent->setToolTip(tr("Double-click an order to open it"));
    recentLayout->addWidget(m_recent);
    grid->addWidget(recentCard, 2, 1, 1, 2);
    layout->addLayout(grid);
    layout->addStretch();

    m_scroll->setWidget(content);
    outer->addWidget(m_scroll);

    connect(m_recent, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (!m_data || row < 0 || size_t(row) >= m_data->recentOrders.size())
            return;
        const DashboardData::RecentOrder &o = m_data->recentOrders[size_t(row)];
        emit orderRequested(o.storeId, o.orderPlatformId);
    });
    render();
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::content() const
{
    return m_scroll->widget();
}

void DashboardPage::setSource(const DashboardSource &source)
{
    m_source = source;
    load();
}

void DashboardPage::setSession(WorkspaceSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    m_data.reset();
    m_customers.clear();
    m_error.clear();
    render();
    load();
}

void DashboardPage::setScope(qint64 storeId)
{
    m_storeId = storeId;
    load();
}

void DashboardPage::setPeriod(const Period &period, bool compare)
{
    if (period == m_period && compare == m_compare)
        return;
    m_period = period;
    m_compare = compare;
    load();
}

void DashboardPage::refresh()
{
    load();
}

QString DashboardPage::scopeTitle() const
{
    if (!m_session)
        return {};
    if (m_storeId) {
        if (const auto store = m_session->store(m_storeId))
            return store->name;
    }
    const QList<Store> stores = m_session->stores();
    if (stores.size() == 1)
        return stores.first().name;
    return tr("All stores of %1").arg(m_session->name());
}

QString DashboardPage::periodText() const
{
    QString text = PeriodPresets::describe(m_period);
    if (m_compare)
        text = tr("%1, compared with %2").arg(text, PeriodPresets::describe(m_period.previous()));
    return text;
}

void DashboardPage::load()
{
    ++m_requested;
    if (!m_session || !m_period.isValid() || m_session->stores().isEmpty()) {
        m_loaded = m_requested;
        render();
        return;
    }
    if (!m_source.isValid()) {
        m_loaded = m_requested;
        showError(tr("Reports are not available in this build."));
        return;
    }
    DashboardQuery query;
    query.storeId = m_storeId;
    query.period = m_period;
    query.compare = m_compare;
    query.bucket = DashboardQuery::bucketFor(m_period);
    query.firstDayOfWeek = QLocale().firstDayOfWeek();
    // Several currencies report in the first store's.
    const QList<qint64> ids = m_session->storeIds(m_storeId);
    if (ids.size() > 1) {
        if (const auto first = m_session->store(ids.first()))
            query.reportCurrency = first->currency;
    }
    const quint64 request = m_requested;
    const DashboardSource source = m_source;
    m_session->dashboardReader().post(
        this, [source, query](Database &db) { return source.figures(db, query); },
        [this, request](DbResult<DashboardData> result) {
            if (request != m_requested)
                return;
            m_loaded = request;
            if (!result.ok()) {
                showError(result.error);
                emit loaded();
                return;
            }
            m_error.clear();
            m_data = std::move(*result.value);
            m_customersLoaded = false;
            render();
            emit loaded();
        },
        QStringLiteral("dashboard"));
    if (source.topCustomers) {
        m_session->dashboardReader().post(
            this, [source, query](Database &db) { return source.topCustomers(db, query); },
            [this, request](DbResult<std::vector<DashboardData::Ranked>> result) {
                if (request != m_requested)
                    return;
                m_customers = result.ok() ? *result : std::vector<DashboardData::Ranked>{};
                m_customersLoaded = true;
                renderCustomers();
            },
            QStringLiteral("dashboard-customers"));
    }
}

void DashboardPage::showError(const QString &message)
{
    m_error = message;
    m_data.reset();
    render();
}

void DashboardPage::render()
{
    m_header->setText(m_session
                          ? QStringLiteral("<b>%1</b> · %2")
                                .arg(scopeTitle().toHtmlEscaped(), periodText().toHtmlEscaped())
                          : QString());
    QStringList notes;
    if (!m_error.isEmpty())
        notes << m_error;
    if (m_data && !m_data->conversions.isEmpty())
        notes << tr("Amounts in %1, converted: %2")
                     .arg(m_data->currency, m_data->conversions.join(QStringLiteral("; ")));
    if (m_data && !m_data->customersPendingFor.isEmpty())
        notes << tr("Customers of %1 are counted when its full sync ends.")
                     .arg(QLocale().createSeparatedList(m_data->customersPendingFor));
    // A store whose first sync stopped midway (paused, offline, the app
    // closed) shows real figures, but of part of its history only.
    // A store being read again (a fix in how its platform is read) is the
    // same: its figures mix records read before and after the fix.
    if (m_session) {
        QStringList partial;
        for (qint64 id : m_session->storeIds(m_storeId)) {
            const auto store = m_session->store(id);
            if (!store)
                continue;
            if (!m_session->sync().lastSyncMs(id))
                partial << store->name;
            else if (const QString why = m_session->sync().rereadReason(id); !why.isEmpty())
                notes << tr("%1: %2. Figures are not exact until it has finished.")
                             .arg(store->name, why);
        }
        if (!partial.isEmpty())
            notes << tr("The first sync of %1 has not finished: figures cover only the orders "
                        "synced so far.")
                         .arg(QLocale().createSeparatedList(partial));
        const CheckoutCoverage coverage = checkoutCoverage();
        if (coverage.with > 0 && !coverage.without.isEmpty())
            notes << tr("Abandoned checkouts are those of the other stores: %1 does not report "
                        "them.")
                         .arg(QLocale().createSeparatedList(coverage.without));
    }
    m_notice->setText(notes.join(QLatin1Char('\n')));
    m_notice->setVisible(!notes.isEmpty());
    renderTiles();
    renderCharts();
    renderRecent();
    renderCustomers();
}

void DashboardPage::renderTiles()
{
    if (!m_data) {
        for (KpiTile *t : m_tiles)
            t->setEmpty(QStringLiteral("—"));
        return;
    }
    const QLocale locale;
    const DashboardData &d = *m_data;
    const DashboardData::Figures &c = d.current;
    const DashboardData::Figures &p = d.previous;
    const QString previousDays = PeriodPresets::describe(d.query.period.previous(), locale);
    const auto money = [&](qint64 v) {
        return Money::format(v, d.currency, locale);
    };
    const auto moneyTile = [&](Tile tile, qint64 cur, qint64 prev, bool higherIsBetter) {
        m_tiles[tile]->setValue(
            money(cur), d.query.compare ? KpiChange::relativeText(cur, prev, locale) : QString(),
            KpiChange::direction(KpiChange::relativePermille(cur, prev)), higherIsBetter, {},
            d.query.compare ? tr("Previous period (%1): %2").arg(previousDays, money(prev))
                            : QString());
    };
    const auto countTile = [&](Tile tile, qint64 cur, qint64 prev, const QString &detail) {
        m_tiles[tile]->setValue(
            locale.toString(cur),
            d.query.compare ? KpiChange::relativeText(cur, prev, locale) : QString(),
            KpiChange::direction(KpiChange::relativePermille(cur, prev)), true, detail,
            d.query.compare
                ? tr("Previous period (%1): %2").arg(previousDays, locale.toString(prev))
                : QString());
    };
    moneyTile(TotalSales, c.totalSales, p.totalSales, true);
    moneyTile(NetSales, c.netSales, p.netSales, true);
    countTile(Orders, c.orders, p.orders, {});
    if (c.averageOrderValue) {
        const qint64 prev = p.averageOrderValue.value_or(0);
        m_tiles[AverageOrderValue]->setValue(
            money(*c.averageOrderValue),
            d.query.compare && p.averageOrderValue
                ? KpiChange::relativeText(*c.averageOrderValue, prev, locale)
                : QString(),
            p.averageOrderValue
                ? KpiChange::direction(KpiChange::relativePermille(*c.averageOrderValue, prev))
                : KpiChange::Direction::Unknown,
            true, {},
            d.query.compare && p.averageOrderValue
                ? tr("Previous period (%1): %2").arg(previousDays, money(prev))
                : QString());
    } else {
        m_tiles[AverageOrderValue]->setEmpty(QStringLiteral("—"));
    }
    if (c.customersPending) {
        // Counted in one pass when the store's first bulk export ends; until
        // then any count would be wrong (every customer would look returning).
        const QString toolTip =
            tr("Customers are counted in one pass when the full sync of %1 ends.")
                .arg(locale.createSeparatedList(d.customersPendingFor));
        for (Tile tile : {Customers, ReturningCustomerRate})
            m_tiles[tile]->setValue(tr("Counting…"), {}, KpiChange::Direction::Unknown, true,
                                    tr("when the sync ends"), toolTip);
    } else {
        countTile(Customers, c.customers, p.customers,
                  tr("%1 returning").arg(locale.toString(c.returningCustomers)));
        const std::optional<qint64> delta =
            c.returningRatePermille && p.returningRatePermille
                ? std::optional<qint64>(*c.returningRatePermille - *p.returningRatePermille)
                : std::nullopt;
        m_tiles[ReturningCustomerRate]->setValue(
            permilleText(c.returningRatePermille, locale),
            d.query.compare
                ? KpiChange::pointsText(c.returningRatePermille, p.returningRatePermille, locale)
                : QString(),
            KpiChange::direction(delta), true,
            tr("%1 of %2 customers")
                .arg(locale.toString(c.returningCustomers), locale.toString(c.customers)),
            d.query.compare ? tr("Previous period (%1): %2")
                                  .arg(previousDays, permilleText(p.returningRatePermille, locale))
                            : QString());
    }
    moneyTile(Returns, c.returns, p.returns, false);
    const CheckoutCoverage coverage = checkoutCoverage();
    if (coverage.with == 0 && !coverage.without.isEmpty()) {
        // Zero would read as "none were abandoned": the platform does not say.
        m_tiles[RecoveredCheckouts]->setValue(
            tr("n/a"), QString(), KpiChange::direction(std::nullopt), true,
            tr("%1 does not report abandoned checkouts")
                .arg(QLocale().createSeparatedList(coverage.without)),
            QString());
        return;
    }
    countTile(RecoveredCheckouts, c.recoveredCheckouts, p.recoveredCheckouts,
              tr("of %1 abandoned · %2 · %3")
                  .arg(locale.toString(c.abandonedCheckouts),
                       permilleText(c.recoveryRatePermille, locale), money(c.recoveredValue)));
}

DashboardPage::CheckoutCoverage DashboardPage::checkoutCoverage() const
{
    CheckoutCoverage coverage;
    if (!m_session)
        return coverage;
    for (qint64 id : m_session->storeIds(m_storeId)) {
        const auto store = m_session->store(id);
        if (!store)
            continue;
        if (SyncController::resources(store->platform).contains(QLatin1String("checkouts"))) {
            ++coverage.with;
        } else {
            const QString name = PlatformRegistry::instance().displayName(store->platform);
            if (!coverage.without.contains(name))
                coverage.without << name;
        }
    }
    return coverage;
}

void DashboardPage::renderCharts()
{
    const ChartStyle style(palette());
    if (!m_data) {
        const QString text = m_error.isEmpty() ? tr("No data yet.") : m_error;
        for (int i = 0; i < ChartCount; ++i) {
            if (i != TopCustomers)
                m_charts[i]->setEmpty(text);
        }
        return;
    }
    const DashboardData &d = *m_data;
    DashboardCharts::salesOverTime(m_charts[SalesOverTime], d, style);
    DashboardCharts::ordersOverTime(m_charts[OrdersByDate], d, style);
    DashboardCharts::checkouts(m_charts[Checkouts], d, style);
    if (const CheckoutCoverage coverage = checkoutCoverage();
        coverage.with == 0 && !coverage.without.isEmpty())
        m_charts[Checkouts]->setEmpty(tr("%1 does not report abandoned checkouts.")
                                          .arg(QLocale().createSeparatedList(coverage.without)));
    DashboardCharts::ranking(m_charts[TopProducts], d.topProducts, d.currency, tr("%1 units"),
                             style);
    DashboardCharts::channels(m_charts[SalesByChannel], d, style);
}

void DashboardPage::renderCustomers()
{
    if (!m_data) {
        m_charts[TopCustomers]->setEmpty(m_error.isEmpty() ? tr("No data yet.") : m_error);
        return;
    }
    if (!m_customersLoaded) {
        m_charts[TopCustomers]->setEmpty(tr("Ranking customers…"));
        return;
    }
    DashboardCharts::ranking(m_charts[TopCustomers], m_customers, m_data->currency, tr("%1 orders"),
                             ChartStyle(palette()));
}

void DashboardPage::renderRecent()
{
    m_recent->setRowCount(0);
    if (!m_data)
        return;
    const QLocale locale;
    const auto &orders = m_data->recentOrders;
    m_recent->setRowCount(int(orders.size()));
    for (size_t i = 0; i < orders.size(); ++i) {
        const DashboardData::RecentOrder &o = orders[i];
        QTimeZone zone = QTimeZone::systemTimeZone();
        if (m_session) {
            if (const auto store = m_session->store(o.storeId)) {
                const QTimeZone z(store->timezone.toUtf8());
                if (z.isValid())
                    zone = z;
            }
        }
        const auto item = [](const QString &text, Qt::Alignment align = Qt::AlignLeft) {
            auto *it = new QTableWidgetItem(text);
            it->setTextAlignment(align | Qt::AlignVCenter);
            return it;
        };
        m_recent->setItem(int(i), 0, item(o.name));
        m_recent->setItem(
            int(i), 1,
            item(locale.toString(QDateTime::fromMSecsSinceEpoch(o.processedAtMs, zone),
                                 QLocale::ShortFormat)));
        m_recent->setItem(int(i), 2, item(o.customer.isEmpty() ? tr("Guest") : o.customer));
        m_recent->setItem(
            int(i), 3, item(o.cancelled ? tr("Cancelled") : StatusText::label(o.financialStatus)));
        m_recent->setItem(int(i), 4,
                          item(Money::format(o.total, o.currency, locale), Qt::AlignRight));
    }
    m_recent->resizeColumnsToContents();
    m_recent->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The system switched between light and dark: the charts follow.
    if (event->type() == QEvent::PaletteChange && m_data) {
        renderCharts();
        renderCustomers();
    }
}

bool DashboardPage::exportPdf(const QString &path)
{
    if (!m_data)
        return false;
    return DashboardReport(*this).writePdf(path);
}

bool DashboardPage::exportPng(const QString &path)
{
    if (!m_data)
        return false;
    return DashboardReport(*this).writePng(path);
}

} // namespace storelens
