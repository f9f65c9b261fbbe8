#pragma once

#include "StoreDraft.h"
#include "platform/ShopInfo.h"
#include "platform/SyncError.h"

#include <QObject>

namespace storelens {

// "Test connection": reads the shop with the draft's credentials through its
// platform's connector, on a thread of its own, so the wizard can say exactly
// what is wrong (the address, the key, what permission is missing) before
// anything is stored.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    struct Verdict
    {
        SyncError error; // none when connected
        ShopInfo shop;
    };

    explicit ConnectionTester(QObject *parent = nullptr);
    void test(const StoreDraft &draft);
    bool isRunning() const { return m_running; }

    // A blocking test, for the worker thread.
    static Verdict run(const StoreDraft &draft);

signals:
    void finished(const storelens::ConnectionTester::Verdict &verdict);

private:
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace storelens
