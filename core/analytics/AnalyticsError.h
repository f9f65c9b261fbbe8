#pragma once

#include <QString>

#include <stdexcept>

namespace storelens {

// A question analytics cannot answer as asked (an unknown store, a missing
// exchange rate, an invalid range). The message is for the user.
class AnalyticsError : public std::runtime_error
{
public:
    explicit AnalyticsError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace storelens
