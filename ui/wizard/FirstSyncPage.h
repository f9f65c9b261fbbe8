#pragma once

#include "platform/SyncError.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace storelens {

class AddStoreWizard;

// Saves the store, then shows its first sync: one progress bar per resource,
// Cancel (the sync stops at a checkpoint) and Resume (it continues from
// there). Done closes the wizard and lets the sync run on.
class FirstSyncPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FirstSyncPage(AddStoreWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    qint64 storeId() const { return m_storeId; }
    QProgressBar *bar(const QString &resource) const { return m_bars.value(resource); }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *resumeButton() const { return m_resume; }
    QLabel *statusLabel() const { return m_status; }
    bool isSyncing() const;

signals:
    void storeSaved(qint64 storeId);
    void syncFinished(const storelens::SyncError &error);

private:
    void save();
    void updateProgress();
    void onFinished(qint64 storeId, const SyncError &error);
    AddStoreWizard *m_wizard;
    qint64 m_storeId = 0;
    bool m_saving = false;
    QHash<QString, QProgressBar *> m_bars;
    QHash<QString, QLabel *> m_counts;
    QHash<QString, QLabel *> m_titles;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_resume = nullptr;
};

} // namespace storelens
