#pragma once

#include "model/Store.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace storelens::cli {

// Exit codes of storelens-cli.
enum ExitCode
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

// What every command needs: output streams, the workspace folder, passphrase
// and confirmation prompts that work on a terminal and refuse politely
// without one.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext();
    // Writes into strings instead of stdout and stderr, for a test that runs
    // a command in-process.
    CliContext(QString *out, QString *err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "storelens-cli: <message>" to stderr and returns Failed.
    int fail(const QString &message);
    int usage(const QString &message);

    static bool stdinIsTerminal();
    // Reads a line from the terminal without echo. Empty optional when there is
    // no terminal.
    std::optional<QString> promptSecret(const QString &prompt);
    std::optional<QString> promptLine(const QString &prompt);

    // The passphrase for a workspace without keychain: STORELENS_PASSPHRASE, or
    // asked on the terminal (twice when `confirm`).
    std::optional<QString> passphrase(const QString &workspace, bool confirm);

    // Opens a workspace by name, asking for its passphrase when it needs one.
    // Prints the error and returns null on failure.
    std::unique_ptr<Workspace> openWorkspace(const QString &name);
    // The store a user named (its name or shop domain) in workspace `workspace`;
    // prints what is wrong (no such store, several of that name) and returns
    // nothing.
    std::optional<Store> findStore(Database &db, const QString &workspace, const QString &name);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace storelens::cli
