#include "SyncAlertBanner.h"

#include "session/WorkspaceSession.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace storelens {

SyncAlertBanner::SyncAlertBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("syncAlertBanner"));
    setAccessibleName(tr("Sync problems"));
    setFrameShape(QFrame::StyledPanel);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(10, 6, 10, 6);
    m_layout->setSpacing(6);
    hide();
}

void SyncAlertBanner::paintEvent(QPaintEvent *event)
{
    // A warm tint of the current window colour reads as a warning in light and
    // dark mode alike, and follows a palette change.
    const QColor window = palette().color(QPalette::Window);
    const QColor accent(0xE0, 0x8A, 0x00);
    const double t = 0.18;
    QPainter painter(this);
    painter.fillRect(rect(), QColor::fromRgbF(window.redF() * (1 - t) + accent.redF() * t,
                                              window.greenF() * (1 - t) + accent.greenF() * t,
                                              window.blueF() * (1 - t) + accent.blueF() * t));
    painter.end();
    QFrame::paintEvent(event);
}

void SyncAlertBanner::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &WorkspaceSession::storesChanged, this, &SyncAlertBanner::refresh);
        connect(&session->sync(), &SyncController::queueChanged, this, &SyncAlertBanner::refresh);
        connect(&session->sync(), &SyncController::finished, this, &SyncAlertBanner::refresh);
    }
    m_scope = 0;
    refresh();
}

void SyncAlertBanner::setScope(qint64 storeId)
{
    m_scope = storeId;
    refresh();
}

void SyncAlertBanner::refresh()
{
    QList<StoreSyncProblem> problems;
    if (m_session) {
        for (const Store &store : m_session->stores()) {
            if (m_scope && store.id != m_scope)
                continue;
            if (auto p = StoreSyncProblem::of(store, m_session->sync().state(store.id)))
                problems << *p;
        }
    }
    // Rebuilt only when something changed, so that an open "Details" stays open.
    auto same = [](const StoreSyncProblem &a, const StoreSyncProblem &b) {
        return a.storeId == b.storeId && a.needsUser == b.needsUser &&
               a.needsCredentials == b.needsCredentials && a.message == b.message &&
               a.detail == b.detail && a.retryAtMs == b.retryAtMs;
    };
    if (problems.size() == m_problems.size() &&
        std::equal(problems.cbegin(), problems.cend(), m_problems.cbegin(), same)) {
        setVisible(!m_problems.isEmpty());
        return;
    }
    for (const Row &r : std::as_const(m_rows))
        delete r.box;
    m_rows.clear();
    m_problems = problems;
    for (const StoreSyncProblem &p : std::as_const(m_problems))
        addRow(p);
    setVisible(!m_problems.isEmpty());
}

void SyncAlertBanner::addRow(const StoreSyncProblem &problem)
{
    Row r;
    r.storeId = problem.storeId;
    r.box = new QWidget(this);
    auto *outer = new QVBoxLayout(r.box);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    auto *icon = new QLabel(r.box);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()
                        ->standardIcon(problem.needsUser ? QStyle::SP_MessageBoxWarning
                                                         : QStyle::SP_MessageBoxInformation)
                        .pixmap(size, size));
    line->addWidget(icon, 0, Qt::AlignTop);

    QString text = problem.message;
    if (!problem.needsUser && problem.retryAtMs > 0)
        text +=
            QLatin1Char(' ') +
            tr("StoreLens tries again at %1.")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(problem.retryAtMs).time(),
                                        QLocale::ShortFormat));
    r.message = new QLabel(text, r.box);
    r.message->setObjectName(QStringLiteral("syncAlertMessage"));
    r.message->setWordWrap(true);
    r.message->setTextFormat(Qt::PlainText);
    r.message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line->addWidget(r.message, 1);

    r.details = new QToolButton(r.box);
    r.details->setText(tr("Details"));
    r.details->setCheckable(true);
    r.details->setArrowType(Qt::RightArrow);
    r.details->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    r.details->setAccessibleName(tr("Technical details for %1").arg(problem.storeName));
    r.details->setToolTip(tr("Show the technical cause"));
    line->addWidget(r.details, 0, Qt::AlignTop);

    auto *history = new QPushButton(tr("History…"), r.box);
    history->setAccessibleName(tr("Sync history of %1").arg(problem.storeName));
    history->setToolTip(tr("Every sync of %1 (Ctrl+H)").arg(problem.storeName));
    const qint64 id = problem.storeId;
    connect(history, &QPushButton::clicked, this, [this, id] { emit historyRequested(id); });
    line->addWidget(history, 0, Qt::AlignTop);

    if (problem.needsCredentials) {
        r.action = new QPushButton(tr("Reconnect…"), r.box);
        r.action->setAccessibleName(tr("Reconnect %1").arg(problem.storeName));
        r.action->setToolTip(
            tr("Enter new credentials for %1 (Ctrl+Shift+R)").arg(problem.storeName));
        connect(r.action, &QPushButton::clicked, this, [this, id] { emit reconnectRequested(id); });
    } else {
        // Fixed in Shopify (domain, a frozen shop) or passing: try again.
        r.action = new QPushButton(tr("Retry Now"), r.box);
        r.action->setAccessibleName(tr("Retry syncing %1 now").arg(problem.storeName));
        connect(r.action, &QPushButton::clicked, this, [this, id] {
            if (m_session)
                m_session->sync().syncStore(id);
        });
    }
    line->addWidget(r.action, 0, Qt::AlignTop);
    outer->addLayout(line);

    r.detail = new QLabel(problem.detail.isEmpty()
                              ? tr("No technical detail was recorded; the sync history lists "
                                   "every run with its outcome.")
                              : tr("Technical detail: %1").arg(problem.detail),
                          r.box);
    r.detail->setObjectName(QStringLiteral("syncAlertDetail"));
    r.detail->setTextFormat(Qt::PlainText);
    r.detail->setWordWrap(true);
    r.detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    r.detail->setContentsMargins(size + 6, 0, 0, 0);
    r.detail->hide();
    outer->addWidget(r.detail);
    QLabel *detail = r.detail;
    QToolButton *details = r.details;
    connect(r.details, &QToolButton::toggled, this, [detail, details](bool on) {
        detail->setVisible(on);
        details->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    m_layout->addWidget(r.box);
    m_rows << r;
}

const SyncAlertBanner::Row *SyncAlertBanner::row(qint64 storeId) const
{
    for (const Row &r : m_rows) {
        if (r.storeId == storeId)
            return &r;
    }
    return nullptr;
}

QLabel *SyncAlertBanner::messageLabel(qint64 storeId) const
{
    const Row *r = row(storeId);
    return r ? r->message : nullptr;
}

QLabel *SyncAlertBanner::detailLabel(qint64 storeId) const
{
    const Row *r = row(storeId);
    return r ? r->detail : nullptr;
}

QToolButton *SyncAlertBanner::detailsButton(qint64 storeId) const
{
    const Row *r = row(storeId);
    return r ? r->details : nullptr;
}

QPushButton *SyncAlertBanner::actionButton(qint64 storeId) const
{
    const Row *r = row(storeId);
    return r ? r->action : nullptr;
}

} // namespace storelens
