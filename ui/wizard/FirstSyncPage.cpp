#include "FirstSyncPage.h"

#include "AddStoreWizard.h"
#include "session/SyncController.h"
#include "session/WorkspaceSession.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace storelens {

FirstSyncPage::FirstSyncPage(AddStoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("First sync"));
    setSubTitle(tr("StoreLens copies the store's records to this computer. A large store takes "
                   "a while; you can close this window and work on, or cancel and resume "
                   "later."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    int row = 0;
    for (const QString &resource : SyncController::resources()) {
        auto *title = new QLabel(SyncController::resourceTitle(resource), this);
        auto *bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("progress_") + resource);
        bar->setAccessibleName(tr("%1 progress").arg(SyncController::resourceTitle(resource)));
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setTextVisible(false);
        auto *count = new QLabel(this);
        count->setMinimumWidth(
            count->fontMetrics().horizontalAdvance(QStringLiteral("000,000 of 000,000")));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(title, row, 0);
        grid->addWidget(bar, row, 1);
        grid->addWidget(count, row, 2);
        m_bars.insert(resource, bar);
        m_titles.insert(resource, title);
        m_counts.insert(resource, count);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Sync status"));
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("&Cancel sync"), this);
    m_resume = new QPushButton(tr("&Resume sync"), this);
    m_cancel->setEnabled(false);
    m_resume->setEnabled(false);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_resume);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();

    SyncController *sync = &m_wizard->session().sync();
    connect(sync, &SyncController::progressed, this, [this](qint64 storeId) {
        if (storeId == m_storeId)
            updateProgress();
    });
    connect(sync, &SyncController::started, this, [this](qint64 storeId) {
        if (storeId == m_storeId)
            updateProgress();
    });
    connect(sync, &SyncController::finished, this, &FirstSyncPage::onFinished);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_wizard->session().sync().cancel(m_storeId);
        m_status->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_wizard->session().sync().syncStore(m_storeId);
        m_resume->setEnabled(false);
        m_cancel->setEnabled(true);
        m_status->setText(tr("Resuming where the sync stopped…"));
    });
}

bool FirstSyncPage::isSyncing() const
{
    if (!m_storeId)
        return false;
    const SyncController::StoreState state = m_wizard->session().sync().state(m_storeId);
    return state.running || state.queued;
}

void FirstSyncPage::initializePage()
{
    if (m_storeId || m_saving)
        return;
    // Only the resources of the store's platform.
    const QStringList synced = SyncController::resources(m_wizard->draft().platform);
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it) {
        const bool shown = synced.contains(it.key());
        it.value()->setVisible(shown);
        m_titles.value(it.key())->setVisible(shown);
        m_counts.value(it.key())->setVisible(shown);
    }
    save();
}

bool FirstSyncPage::isComplete() const
{
    return m_storeId != 0;
}

void FirstSyncPage::save()
{
    m_saving = true;
    m_status->setText(tr("Saving the store…"));
    StoreDraft &draft = m_wizard->draft();
    m_wizard->session().addStore(
        draft.toStore(), draft.packedSecrets(), [this](DbResult<Store> result) {
            m_saving = false;
            if (!result.ok()) {
                m_status->setText(tr("Could not save the store: %1").arg(result.error));
                return;
            }
            // The secret is kept by the keychain (or the vault) from now on.
            m_wizard->draft().clearSecrets();
            m_storeId = result->id;
            emit completeChanged();
            emit storeSaved(m_storeId);
            m_cancel->setEnabled(true);
            m_status->setText(tr("Syncing %1…").arg(result->name));
            m_wizard->session().sync().syncStore(m_storeId);
        });
}

void FirstSyncPage::updateProgress()
{
    const QLocale locale;
    const SyncController::StoreState state = m_wizard->session().sync().state(m_storeId);
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it) {
        QProgressBar *bar = it.value();
        QLabel *count = m_counts.value(it.key());
        const auto found = state.resources.constFind(it.key());
        if (found == state.resources.cend()) {
            continue;
        }
        const SyncController::ResourceProgress &p = *found;
        if (p.finished) {
            bar->setRange(0, 1);
            bar->setValue(1);
            count->setText(locale.toString(p.done));
        } else if (p.total > 0) {
            bar->setRange(0, 1000);
            bar->setValue(int(std::min<qint64>(1000, p.done * 1000 / p.total)));
            count->setText(tr("%1 of %2").arg(locale.toString(p.done), locale.toString(p.total)));
        } else {
            bar->setRange(0, 0); // busy: the total is not known yet
            count->setText(locale.toString(p.done));
        }
    }
}

void FirstSyncPage::onFinished(qint64 storeId, const SyncError &error)
{
    if (storeId != m_storeId)
        return;
    updateProgress();
    // Bars of resources that did not finish stop their busy animation.
    const SyncController::StoreState state = m_wizard->session().sync().state(m_storeId);
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it) {
        if (it.value()->maximum() == 0) {
            it.value()->setRange(0, 1);
            it.value()->setValue(state.resources.value(it.key()).finished ? 1 : 0);
        }
    }
    m_cancel->setEnabled(false);
    m_resume->setEnabled(error.isError() && !error.needsUser());
    if (!error.isError())
        m_status->setText(tr("Done: the store is up to date."));
    else if (error.kind == SyncError::Kind::Cancelled)
        m_status->setText(tr("Cancelled. Resume continues where the sync stopped."));
    else
        m_status->setText(error.message);
    emit syncFinished(error);
}

} // namespace storelens
