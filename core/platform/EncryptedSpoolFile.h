#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace storelens {

// A file on disk whose content is encrypted with AES-256-CTR, seekable by
// byte offset. Bulk exports hold customer data; they are streamed to disk
// through this so that nothing readable ever lands outside the encrypted
// workspace. The key lives only in memory and in the workspace (with the
// sync checkpoint), so a killed sync can resume reading where it stopped.
class EncryptedSpoolFile
{
public:
    static QByteArray newKey();   // 32 random bytes
    static QByteArray newNonce(); // 8 random bytes

    EncryptedSpoolFile(QString path, QByteArray key, QByteArray nonce);
    ~EncryptedSpoolFile();

    bool open(QIODevice::OpenMode mode);
    QString errorString() const { return m_file.errorString(); }
    qint64 size() const { return m_file.size(); }
    // Appends plaintext at the end of the file.
    bool append(const QByteArray &plain);
    bool flush() { return m_file.flush(); }
    bool truncate(qint64 size) { return m_file.resize(size); }
    // Reads and decrypts up to `max` bytes at `offset`.
    QByteArray read(qint64 offset, qint64 max);
    void close() { m_file.close(); }
    QString path() const { return m_file.fileName(); }

private:
    QByteArray crypt(qint64 offset, const QByteArray &data) const;
    QFile m_file;
    QByteArray m_key;
    QByteArray m_nonce;
};

} // namespace storelens
