#pragma once

#include <QWizardPage>

class QButtonGroup;

namespace storelens {

class AddStoreWizard;

// Which platform the store runs on, of those PlatformRegistry knows.
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
