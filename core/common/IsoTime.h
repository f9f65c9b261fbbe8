#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace storelens {

// Fast, exact parsing and printing of the ISO 8601 timestamps platforms send
// ("2024-03-01T05:00:00Z", "2024-03-01T00:00:00.123-05:00"). Ingest parses
// several per order, so this avoids QDateTime's general parser.
class IsoTime
{
public:
    // UTC epoch milliseconds, or nothing when the text is not such a timestamp.
    static std::optional<qint64> parseMs(QStringView text);
    static std::optional<qint64> parseMs(std::string_view text);
    // "2024-03-01T05:00:00Z" (milliseconds only when non-zero).
    static QString formatUtc(qint64 ms);
};

} // namespace storelens
