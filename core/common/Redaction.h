#pragma once

#include <QString>

namespace storelens {

// Removes secrets from text before it reaches a log, an error message or test
// output: platform access tokens, client secrets, bearer headers and the
// values of secret-named JSON or form fields.
class Redaction
{
public:
    static QString redact(const QString &text);
};

} // namespace storelens
