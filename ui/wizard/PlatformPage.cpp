#include "PlatformPage.h"

#include "AddStoreWizard.h"
#include "platform/PlatformRegistry.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace storelens {

PlatformPage::PlatformPage(AddStoreWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Platform"));
    setSubTitle(tr("Where does the store run?"));
    auto *layout = new QVBoxLayout(this);
    m_group = new QButtonGroup(this);
    int id = 0;
    for (const storelens::Platform *platform : PlatformRegistry::instance().all()) {
        auto *button = new QRadioButton(QLatin1Char('&') + platform->name(), this);
        button->setObjectName(platform->id());
        button->setProperty("platform", platform->id());
        m_group->addButton(button, id++);
        layout->addWidget(button);
        if (!m_group->checkedButton())
            button->setChecked(true);
    }
    layout->addStretch();
}

QString PlatformPage::platform() const
{
    QAbstractButton *checked = m_group->checkedButton();
    return checked ? checked->property("platform").toString() : QString();
}

bool PlatformPage::validatePage()
{
    m_wizard->draft().platform = platform();
    return !m_wizard->draft().platform.isEmpty();
}

} // namespace storelens
