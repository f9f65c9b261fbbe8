#include "PlatformPage.h"

#include "AddStoreWizard.h"
#include "platform/StoreAddress.h"

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
    const QList<std::pair<QString, QString>> platforms{
        {QStringLiteral("shopify"), tr("&Shopify")},
        {QStringLiteral("woocommerce"), tr("&WooCommerce")},
        {QStringLiteral("amazon"), tr("&Amazon Seller Central")}};
    int id = 0;
    for (const auto &[key, title] : platforms) {
        const bool supported = StoreAddress::isSupportedPlatform(key);
        auto *button =
            new QRadioButton(supported ? title : tr("%1 (coming soon)").arg(title), this);
        button->setObjectName(key);
        button->setProperty("platform", key);
        button->setEnabled(supported);
        m_group->addButton(button, id++);
        layout->addWidget(button);
        if (supported && !m_group->checkedButton())
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
