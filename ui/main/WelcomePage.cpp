#include "WelcomePage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace storelens {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/storelens/icons/storelens.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    outer->addWidget(icon);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    outer->addWidget(m_title);
    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(480);
    m_text->setMaximumWidth(600);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text);
    textRow->addStretch();
    outer->addLayout(textRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_primary = new QPushButton(this);
    m_primary->setDefault(true);
    m_demo = new QPushButton(tr("Explore the &demo"), this);
    m_demo->setToolTip(tr("A sample store, filled through the real sync from a simulated shop"));
    buttons->addWidget(m_primary);
    buttons->addWidget(m_demo);
    buttons->addStretch();
    outer->addSpacing(12);
    outer->addLayout(buttons);
    outer->addStretch(3);
    connect(m_primary, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::NoWorkspace)
            emit createWorkspaceRequested();
        else if (m_mode == Mode::NoStores)
            emit addStoreRequested();
    });
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    setMode(Mode::NoWorkspace);
}

void WelcomePage::setMode(Mode mode, const QString &workspace)
{
    m_mode = mode;
    switch (mode) {
    case Mode::NoWorkspace:
        m_title->setText(tr("Welcome to StoreLens"));
        m_text->setText(tr("Your stores' sales, customers and products in one place, on your "
                           "computer, with or without a network. Start with a workspace: one "
                           "encrypted file for your stores, or one per client."));
        m_primary->setText(tr("&Create a workspace…"));
        m_primary->show();
        m_demo->show();
        break;
    case Mode::NoStores:
        m_title->setText(tr("Connect your first store"));
        m_text->setText(tr("Workspace \"%1\" has no stores yet. Add a Shopify store with an "
                           "access token, or explore the demo first.")
                            .arg(workspace));
        m_primary->setText(tr("&Add a store…"));
        m_primary->show();
        m_demo->show();
        break;
    case Mode::Opening:
        m_title->setText(tr("Opening %1…").arg(workspace));
        m_text->setText(tr("Unlocking the workspace."));
        m_primary->hide();
        m_demo->hide();
        break;
    }
    m_primary->setAccessibleName(m_primary->text().remove(QLatin1Char('&')));
}

} // namespace storelens
