#include "CliContext.h"

#include "storage/StoreRepository.h"
#include "storage/WorkspaceDirectory.h"
#include "storage/WorkspaceError.h"

#include <QIODevice>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace storelens::cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{}

CliContext::CliContext(QString *out, QString *err)
    : m_out(out, QIODevice::WriteOnly)
    , m_err(err, QIODevice::WriteOnly)
{}

int CliContext::fail(const QString &message)
{
    m_err << "storelens-cli: " << message << Qt::endl;
    return Failed;
}

int CliContext::usage(const QString &message)
{
    m_err << "storelens-cli: " << message << Qt::endl
          << tr("Run \"storelens-cli help\" for the list of commands.") << Qt::endl;
    return Usage;
}

bool CliContext::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QString> CliContext::promptLine(const QString &prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    m_err << prompt << Qt::flush;
    char buffer[1024];
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return std::nullopt;
    return QString::fromLocal8Bit(buffer).trimmed();
}

std::optional<QString> CliContext::promptSecret(const QString &prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    m_err << prompt << Qt::flush;
    char buffer[1024];
    const bool ok = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    m_err << Qt::endl;
    if (!ok)
        return std::nullopt;
    QString line = QString::fromLocal8Bit(buffer);
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

std::optional<QString> CliContext::passphrase(const QString &workspace, bool confirm)
{
    const QString fromEnv = qEnvironmentVariable("STORELENS_PASSPHRASE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    auto first = promptSecret(tr("Passphrase for workspace \"%1\": ").arg(workspace));
    if (!first)
        return std::nullopt;
    if (confirm) {
        if (first->size() < 8) {
            m_err << tr("A passphrase needs at least 8 characters.") << Qt::endl;
            return std::nullopt;
        }
        auto second = promptSecret(tr("Repeat the passphrase: "));
        if (!second || *second != *first) {
            m_err << tr("The passphrases do not match.") << Qt::endl;
            return std::nullopt;
        }
    }
    return first;
}

std::unique_ptr<Workspace> CliContext::openWorkspace(const QString &name)
{
    WorkspaceDirectory directory;
    std::optional<QString> passphrase;
    const std::optional<WorkspaceMeta> meta = directory.meta(name);
    if (meta && meta->keySource == WorkspaceMeta::KeySource::Passphrase) {
        passphrase = this->passphrase(name, false);
        if (!passphrase) {
            fail(tr("Workspace \"%1\" is protected by a passphrase: set STORELENS_PASSPHRASE or "
                    "run on a terminal to be asked for it.")
                     .arg(name));
            return nullptr;
        }
    }
    try {
        return directory.open(name, passphrase);
    } catch (const WorkspaceError &e) {
        fail(e.message());
        return nullptr;
    }
}

std::optional<Store> CliContext::findStore(Database &db, const QString &workspace,
                                           const QString &name)
{
    bool ambiguous = false;
    auto store = StoreRepository(db).find(name, &ambiguous);
    if (!store)
        fail(ambiguous ? tr("Several stores are named \"%1\"; use the shop domain.").arg(name)
                       : tr("Workspace \"%1\" has no store \"%2\".").arg(workspace, name));
    return store;
}

} // namespace storelens::cli
