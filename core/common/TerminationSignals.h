#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace storelens {

// SIGINT and SIGTERM (Ctrl+C, a logout, `kill`) as a Qt signal, so that the
// event loop can stop its syncs and commit what they have instead of dying
// mid-transaction. The handler only writes a byte to a socket pair (no Qt
// call is safe in a handler); the event loop reads it. One at a time per
// process; the default handlers come back when it goes.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;
    // False when the socket pair could not be made: the defaults stay.
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void received(int signal);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace storelens
