#pragma once

#include <QString>
#include <QStringView>

namespace storelens {

// Latin text in plain ASCII, as people write it where accents cannot go (an
// e-mail address, a file name): "Zoë Müller" -> "Zoe Muller". Accents and
// other combining marks are dropped after compatibility decomposition (NFKD);
// letters that do not decompose are spelled out (ß -> ss, æ -> ae, ø -> o,
// ł -> l, đ -> d, þ -> th, …). What has no ASCII spelling is left out.
class Transliteration
{
public:
    static QString toAscii(QStringView text);
    // A name as the local part of an e-mail address: lower-case ASCII
    // letters and digits, words joined by dots ("Jean-Luc" -> "jean.luc",
    // "O'Brien" -> "obrien"); empty when nothing is left.
    static QString emailLocalPart(QStringView name);
};

} // namespace storelens
