#pragma once

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

private:
    QTextStream m_out;
    QTextStream m_err;
};

// Minimal option scanner for "command --flag value --switch positional".
class Args
{
public:
    explicit Args(QStringList args)
        : m_args(std::move(args))
    {}
    // Removes and returns the value of --name VALUE or --name=VALUE.
    std::optional<QString> take(const QString &name);
    bool takeSwitch(const QString &name);
    // Everything still there, for a command that parses with CommandLine.
    const QStringList &arguments() const { return m_args; }
    // What is left that does not start with "--".
    QStringList positional() const;
    // Options that no command consumed, for a usage error.
    QStringList unknownOptions() const;
    bool missingValue() const { return m_missingValue; }
    QString missingValueName() const { return m_missingName; }

private:
    QStringList m_args;
    bool m_missingValue = false;
    QString m_missingName;
};

} // namespace storelens::cli
