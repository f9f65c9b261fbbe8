#pragma once

#include <QWizardPage>

class QButtonGroup;

namespace storelens {

class AddStoreWizard;

// Which platform the store runs on; the ones StoreLens cannot connect yet are
// shown, disabled, so people know they are coming.
class PlatformPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PlatformPage(AddStoreWizard *wizard);
    bool validatePage() override;
    QString platform() const;

private:
    AddStoreWizard *m_wizard;
    QButtonGroup *m_group = nullptr;
};

} // namespace storelens
