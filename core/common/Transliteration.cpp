#include "Transliteration.h"

namespace storelens {

namespace {
// Letters without a decomposition to ASCII, and punctuation that NFKD keeps.
const char *spelledOut(char32_t c)
{
    switch (c) {
    case U'ß':
        return "ss";
    case U'ẞ':
        return "SS";
    case U'æ':
        return "ae";
    case U'Æ':
        return "AE";
    case U'œ':
        return "oe";
    case U'Œ':
        return "OE";
    case U'ø':
        return "o";
    case U'Ø':
        return "O";
    case U'ł':
        return "l";
    case U'Ł':
        return "L";
    case U'đ':
    case U'ð':
        return "d";
    case U'Đ':
    case U'Ð':
        return "D";
    case U'þ':
        return "th";
    case U'Þ':
        return "Th";
    case U'ı':
        return "i";
    case U'ħ':
        return "h";
    case U'Ħ':
        return "H";
    case U'ŧ':
        return "t";
    case U'Ŧ':
        return "T";
    case U'ŋ':
        return "ng";
    case U'Ŋ':
        return "NG";
    case U'‘':
    case U'’':
    case U'ʼ':
        return "'";
    case U'“':
    case U'”':
        return "\"";
    case U'⁄':
        return "/";
    case U'‐':
    case U'‑':
    case U'‒':
    case U'–':
    case U'—':
        return "-";
    default:
        return nullptr;
    }
}
} // namespace

QString Transliteration::toAscii(QStringView text)
{
    // Compatibility decomposition first: "é" becomes "e" and a combining
    // acute, "ﬁ" becomes "fi", "½" becomes "1⁄2".
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.unicode() < 0x80)
            out += c;
        else if (const char *s = spelledOut(c.unicode()))
            out += QLatin1String(s);
        // Everything else (combining marks, scripts without a Latin
        // spelling, characters beyond the BMP) has no ASCII form.
    }
    return out;
}

QString Transliteration::emailLocalPart(QStringView name)
{
    const QString ascii = toAscii(name).toLower();
    QString out;
    out.reserve(ascii.size());
    bool pendingDot = false;
    for (const QChar c : ascii) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (pendingDot && !out.isEmpty())
                out += QLatin1Char('.');
            pendingDot = false;
            out += c;
        } else if (u == u' ' || u == u'-' || u == u'.' || u == u'_') {
            pendingDot = true;
        }
        // Apostrophes and other signs are left out: "O'Brien" -> "obrien".
    }
    return out;
}

} // namespace storelens
