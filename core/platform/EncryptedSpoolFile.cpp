#include "EncryptedSpoolFile.h"

#include "storage/KeyDerivation.h"

#include <QtEndian>

#include <openssl/evp.h>

#include <memory>

namespace storelens {

QByteArray EncryptedSpoolFile::newKey()
{
    return KeyDerivation::randomBytes(32);
}

QByteArray EncryptedSpoolFile::newNonce()
{
    return KeyDerivation::randomBytes(8);
}

EncryptedSpoolFile::EncryptedSpoolFile(QString path, QByteArray key, QByteArray nonce)
    : m_file(path)
    , m_key(std::move(key))
    , m_nonce(std::move(nonce))
{}

EncryptedSpoolFile::~EncryptedSpoolFile()
{
    KeyDerivation::wipe(m_key);
}

bool EncryptedSpoolFile::open(QIODevice::OpenMode mode)
{
    if (m_key.size() != 32 || m_nonce.size() != 8)
        return false;
    if (!m_file.open(mode))
        return false;
    if (mode & QIODevice::WriteOnly)
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QByteArray EncryptedSpoolFile::crypt(qint64 offset, const QByteArray &data) const
{
    // CTR: the keystream block at index i encrypts bytes [16 i, 16 i + 16).
    // Start at the block holding `offset` and skip into it.
    const quint64 block = quint64(offset) / 16;
    const int skip = int(offset % 16);
    unsigned char iv[16];
    std::memcpy(iv, m_nonce.constData(), 8);
    qToBigEndian<quint64>(block, iv + 8);
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        &EVP_CIPHER_CTX_free);
    EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_ctr(), nullptr,
                       reinterpret_cast<const unsigned char *>(m_key.constData()), iv);
    QByteArray out(skip + data.size(), Qt::Uninitialized);
    QByteArray in(skip, '\0');
    in += data;
    int len = 0;
    EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                      reinterpret_cast<const unsigned char *>(in.constData()), int(in.size()));
    return out.mid(skip);
}

bool EncryptedSpoolFile::append(const QByteArray &plain)
{
    const qint64 at = m_file.size();
    if (!m_file.seek(at))
        return false;
    const QByteArray cipher = crypt(at, plain);
    return m_file.write(cipher) == cipher.size();
}

QByteArray EncryptedSpoolFile::read(qint64 offset, qint64 max)
{
    if (!m_file.seek(offset))
        return {};
    return crypt(offset, m_file.read(max));
}

} // namespace storelens
