#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace storelens::cli {

// The options of one command, parsed by QCommandLineParser: `--help` prints
// the command's own usage, an unknown option or a missing value is a usage
// error that names the command.
//
//   CommandLine cl(cx, "store list", "--workspace W [--json]");
//   cl.addOption("workspace", description, "W");
//   cl.addSwitch("json", description);
//   if (const auto done = cl.parse(args)) return *done;
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine(CliContext &context, QString command, QString synopsis, QString description = {});

    void addOption(const QString &name, const QString &description, const QString &valueName);
    void addSwitch(const QString &name, const QString &description);
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});

    // Empty to go on; else the exit code (Ok after --help, Usage on an error).
    std::optional<int> parse(const QStringList &arguments);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    std::optional<QString> value(const QString &name) const;
    QStringList positional() const { return m_parser.positionalArguments(); }
    // The options given, by their names.
    QStringList optionNames() const { return m_parser.optionNames(); }

    // The usage line and the options, as `--help` prints them.
    QString help() const;
    // Prints "storelens-cli COMMAND: message" and where the usage is.
    int usageError(const QString &message);

private:
    CliContext &m_cx;
    QString m_command;
    QString m_synopsis;
    QString m_description;
    QCommandLineParser m_parser;
};

} // namespace storelens::cli
