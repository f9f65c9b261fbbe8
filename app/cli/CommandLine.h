#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace storelens::cli {

// The options of one command, parsed by QCommandLineParser: `--help` prints
// the command's own usage, an unknown option, a missing value or an option
// given twice is a usage error that names the command.
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
    // Accepted, but not listed by --help: knobs for tests and benchmarks, and
    // spellings that earlier scripts pass. An empty valueName makes a switch.
    void addHiddenOption(const QString &name, const QString &valueName = {});
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});

    // Empty to go on; else the exit code (Ok after --help, Usage on an error).
    std::optional<int> parse(const QStringList &arguments);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    std::optional<QString> value(const QString &name) const;
    QStringList positional() const { return m_parser.positionalArguments(); }
    // The options given, by their names.
    QStringList optionNames() const { return m_parser.optionNames(); }

    // Empty when from `min` to `max` positional arguments were given (max -1:
    // no limit); else a usage error naming the first missing or extra one.
    std::optional<int> expectPositional(qsizetype min, qsizetype max);
    // The usage error of a command run without an option it needs.
    int missingOption(const QString &name);

    // The usage line and the options, as `--help` prints them.
    QString help() const;
    // Prints "storelens-cli COMMAND: message" and where the usage is.
    int usageError(const QString &message);

private:
    // Why QCommandLineParser refused the arguments, in the words of the
    // scanner it replaced ("unknown option --xml", "--store needs a value.").
    QString parseError(const QStringList &arguments) const;

    CliContext &m_cx;
    QString m_command;
    QString m_synopsis;
    QString m_description;
    QCommandLineParser m_parser;
    QSet<QString> m_valueOptions;
    QStringList m_positionalNames;
};

// A command made of sub-commands ("store add|list|remove"): the first argument
// that is not an option names the sub-command, which parses the others with
// its own CommandLine; `--help` without a sub-command lists them.
class CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(CommandGroup)
public:
    // A sub-command's arguments (without its name) and its one-line summary,
    // for its --help.
    using Run = std::function<int(const QStringList &arguments, const QString &summary)>;

    CommandGroup(CliContext &context, QString group);
    void add(const QString &name, const QString &summary, Run run);

    // `missing` is the usage error without a sub-command, `unknown` (with %1)
    // the one for a name that is none.
    int run(QStringList arguments, const QString &missing, const QString &unknown);
    QString help() const;

private:
    int usageError(const QString &message);

    struct Entry
    {
        QString name;
        QString summary;
        Run run;
    };
    CliContext &m_cx;
    QString m_group;
    QList<Entry> m_entries;
};

} // namespace storelens::cli
