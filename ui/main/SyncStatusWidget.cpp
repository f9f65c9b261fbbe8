#include "SyncStatusWidget.h"

#include "session/SyncController.h"
#include "session/WorkspaceSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace storelens {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setAccessibleName(tr("Sync progress"));
    m_bar = new QProgressBar(this);
    m_bar->setAccessibleName(tr("Sync progress"));
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel sync"));
    m_cancel->setToolTip(tr("Stop the sync; the next one continues where this one stopped"));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_session)
            m_session->sync().cancelAll();
    });
    hide();
}

void SyncStatusWidget::setSession(WorkspaceSession *session)
{
    m_session = session;
    if (session) {
        SyncController *sync = &session->sync();
        connect(sync, &SyncController::progressed, this, &SyncStatusWidget::update);
        connect(sync, &SyncController::queueChanged, this, &SyncStatusWidget::update);
    }
    update();
}

void SyncStatusWidget::update()
{
    if (!m_session || !m_session->sync().isBusy()) {
        hide();
        return;
    }
    const QList<qint64> running = m_session->sync().runningStores();
    if (running.isEmpty()) {
        // Asked for, not started: offline, or waiting for a free slot. A busy
        // bar would claim work that is not happening.
        QStringList waiting;
        for (const Store &s : m_session->stores()) {
            if (m_session->sync().state(s.id).queued)
                waiting << s.name;
        }
        m_label->setText(tr("Waiting to sync %1").arg(QLocale().createSeparatedList(waiting)));
        m_bar->hide();
        show();
        return;
    }
    m_bar->show();
    const qint64 storeId = running.first();
    const auto store = m_session->store(storeId);
    const SyncController::StoreState state = m_session->sync().state(storeId);
    const QLocale locale;
    QString text = running.size() > 1
                       ? tr("Syncing %1 and %n more", nullptr, int(running.size() - 1))
                             .arg(store ? store->name : tr("a store"))
                       : tr("Syncing %1").arg(store ? store->name : tr("a store"));
    if (!state.resource.isEmpty()) {
        const SyncController::ResourceProgress p = state.resources.value(state.resource);
        text += QStringLiteral(" — ") + SyncController::resourceTitle(state.resource) +
                QLatin1Char(' ') +
                (p.total > 0 ? tr("%1 of %2").arg(locale.toString(p.done), locale.toString(p.total))
                             : locale.toString(p.done));
        if (p.total > 0) {
            m_bar->setRange(0, 1000);
            m_bar->setValue(int(std::min<qint64>(1000, p.done * 1000 / p.total)));
        } else {
            m_bar->setRange(0, 0); // busy
        }
    } else {
        m_bar->setRange(0, 0);
        text += QStringLiteral("…");
    }
    m_label->setText(text);
    show();
}

} // namespace storelens
