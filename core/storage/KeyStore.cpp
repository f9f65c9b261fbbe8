#include "KeyStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace storelens {

namespace {
constexpr int kTimeoutMs = 20'000;

KeyStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeyStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return KeyStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeyStore::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeyStore::Status::Unavailable;
    default:
        return KeyStore::Status::Failed;
    }
}

// Runs a job to completion on a local event loop.
KeyStore::Result run(QKeychain::Job &job)
{
    KeyStore::Result result;
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        result.status = KeyStore::Status::Unavailable;
        result.error = KeyStore::tr("The system keychain did not answer within %1 seconds.")
                           .arg(kTimeoutMs / 1000);
        return result;
    }
    result.status = statusOf(job.error());
    if (!result.ok())
        result.error = job.errorString();
    return result;
}

KeyStore::Result disabled()
{
    return {KeyStore::Status::Unavailable,
            {},
            KeyStore::tr("The system keychain is turned off (STORELENS_NO_KEYCHAIN).")};
}
} // namespace

QString KeyStore::serviceName()
{
    return QStringLiteral("StoreLens");
}

bool KeyStore::disabledByEnvironment()
{
    const QString value = qEnvironmentVariable("STORELENS_NO_KEYCHAIN");
    return !value.isEmpty() && value != QLatin1String("0");
}

KeyStore::Result KeyStore::read(const QString &key)
{
    if (disabledByEnvironment())
        return disabled();
    QKeychain::ReadPasswordJob job(serviceName());
    job.setInsecureFallback(false);
    job.setKey(key);
    Result result = run(job);
    if (result.ok())
        result.secret = job.binaryData();
    return result;
}

KeyStore::Result KeyStore::write(const QString &key, const QByteArray &secret)
{
    if (disabledByEnvironment())
        return disabled();
    QKeychain::WritePasswordJob job(serviceName());
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(secret);
    return run(job);
}

KeyStore::Result KeyStore::remove(const QString &key)
{
    if (disabledByEnvironment())
        return disabled();
    QKeychain::DeletePasswordJob job(serviceName());
    job.setInsecureFallback(false);
    job.setKey(key);
    Result result = run(job);
    // Deleting what is not there is success for our purposes.
    if (result.status == Status::NotFound)
        result.status = Status::Ok;
    return result;
}

bool KeyStore::isAvailable()
{
    if (disabledByEnvironment())
        return false;
    const Result probe = read(QStringLiteral("probe/availability"));
    return probe.status == Status::Ok || probe.status == Status::NotFound;
}

} // namespace storelens
