#pragma once

#include "KeyDerivation.h"

#include <QString>
#include <QUuid>

namespace storelens {

// The small plain-text file beside a workspace database: its identity and how
// its key is found. Holds no secret: a KDF salt and a key-check value only.
struct WorkspaceMeta
{
    enum class KeySource
    {
        Keychain,
        Passphrase
    };

    QString name;
    QUuid uuid;
    KeySource keySource = KeySource::Keychain;
    KdfParams kdf;       // for KeySource::Passphrase
    QByteArray keyCheck; // KeyDerivation::keyCheck of the key
    qint64 createdAtMs = 0;

    // Keychain entry of the workspace key: "workspace/<uuid>".
    QString keychainKey() const;

    QByteArray toJson() const;
    // Returns false when the text is not a valid meta document.
    static bool fromJson(const QByteArray &json, WorkspaceMeta *out);
};

} // namespace storelens
