#pragma once

#include "ConnectionTester.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace storelens {

class AddStoreWizard;

// Tests the connection as soon as the page shows and says what it found:
// the shop's name, currency and time zone, or precisely what is wrong (no
// such shop, refused credentials, which scopes are missing).
class ConnectPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectPage(AddStoreWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

    QPushButton *testButton() const { return m_retest; }
    QLabel *verdictLabel() const { return m_verdict; }
    bool isTesting() const { return m_tester->isRunning(); }
    // The last test's outcome.
    const ConnectionTester::Verdict &verdict() const { return m_last; }
    bool hasVerdict() const { return m_hasVerdict; }

    // The verdict's headline, e.g. "The access token was refused".
    static QString headline(const SyncError &error);

signals:
    void tested(bool connected);

private:
    void startTest();
    void showVerdict(const ConnectionTester::Verdict &verdict);
    AddStoreWizard *m_wizard;
    ConnectionTester *m_tester = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_retest = nullptr;
    ConnectionTester::Verdict m_last;
    bool m_hasVerdict = false;
};

} // namespace storelens
