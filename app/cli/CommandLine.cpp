#include "CommandLine.h"

namespace storelens::cli {

namespace {
// The headings QCommandLineParser puts above the lists of options and
// arguments, in its own context: our translations hold them too, for systems
// without Qt's.
[[maybe_unused]] constexpr const char *kParserHeadings[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:")};

// Breaks a paragraph between words to fit a terminal, as QCommandLineParser
// does the descriptions of options.
QString wrapped(const QString &text, qsizetype width = 79)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

CommandLine::CommandLine(CliContext &context, QString command, QString synopsis,
                         QString description)
    : m_cx(context)
    , m_command(std::move(command))
    , m_synopsis(std::move(synopsis))
    , m_description(std::move(description))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
}

void CommandLine::addOption(const QString &name, const QString &description,
                            const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
    m_valueOptions.insert(name);
}

void CommandLine::addSwitch(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

void CommandLine::addHiddenOption(const QString &name, const QString &valueName)
{
    QCommandLineOption option(name, QString(), valueName);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(option);
    if (!valueName.isEmpty())
        m_valueOptions.insert(name);
}

void CommandLine::addPositional(const QString &name, const QString &description,
                                const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_positionalNames << name;
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    // QCommandLineParser reads the program's name first.
    if (!m_parser.parse(QStringList{QStringLiteral("storelens-cli")} + arguments))
        return usageError(parseError(arguments));
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_cx.out() << help();
        return Ok;
    }
    // QCommandLineParser keeps the last of repeated values; a script that
    // says "--store A --store B" more likely has a mistake than a preference.
    for (const QString &name : m_parser.optionNames()) {
        if (m_valueOptions.contains(name) && m_parser.values(name).size() > 1)
            return usageError(tr("--%1 is given more than once.").arg(name));
    }
    return std::nullopt;
}

QString CommandLine::parseError(const QStringList &arguments) const
{
    // How an option was spelled: "-x" and "--x" are the same option.
    auto spelled = [&](const QString &name) {
        const QString single = QStringLiteral("-") + name;
        const QString dashed = QStringLiteral("--") + name;
        for (const QString &a : arguments) {
            const QString flag = a.section(QLatin1Char('='), 0, 0);
            if (flag == single || flag == dashed)
                return flag;
        }
        return dashed;
    };
    const QStringList unknown = m_parser.unknownOptionNames();
    if (!unknown.isEmpty())
        return tr("unknown option %1").arg(spelled(unknown.first()));
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            break;
        if (a.size() < 2 || !a.startsWith(QLatin1Char('-')))
            continue;
        const QString flag = a.section(QLatin1Char('='), 0, 0);
        const QString name = flag.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        const bool assigned = a.contains(QLatin1Char('='));
        if (m_valueOptions.contains(name)) {
            if (!assigned && i + 1 == arguments.size())
                return tr("%1 needs a value.").arg(flag);
            if (!assigned)
                ++i; // its value, whatever it looks like
        } else if (assigned) {
            return tr("%1 takes no value.").arg(flag);
        }
    }
    return m_parser.errorText();
}

std::optional<QString> CommandLine::value(const QString &name) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    return m_parser.value(name);
}

std::optional<int> CommandLine::expectPositional(qsizetype min, qsizetype max)
{
    const QStringList given = m_parser.positionalArguments();
    if (given.size() < min) {
        const QString name = m_positionalNames.value(
            std::min(given.size(), m_positionalNames.size() - 1), QStringLiteral("?"));
        return usageError(tr("%1 is needed.").arg(name));
    }
    if (max >= 0 && given.size() > max)
        return usageError(tr("unexpected argument \"%1\"").arg(given[max]));
    return std::nullopt;
}

int CommandLine::missingOption(const QString &name)
{
    return usageError(tr("--%1 is needed.").arg(name));
}

QString CommandLine::help() const
{
    // QCommandLineParser's own first lines name the binary by its path and
    // know nothing of the command: keep only its lists of options and
    // arguments, after our usage line.
    QString text = tr("Usage: storelens-cli %1 %2").arg(m_command, m_synopsis) + QLatin1Char('\n');
    if (!m_description.isEmpty())
        text += QLatin1Char('\n') + wrapped(m_description) + QLatin1Char('\n');
    const QString generated = m_parser.helpText();
    const qsizetype lists = generated.indexOf(QLatin1String("\n\n"));
    if (lists >= 0)
        text += generated.mid(lists + 1);
    return text;
}

int CommandLine::usageError(const QString &message)
{
    m_cx.err() << "storelens-cli " << m_command << ": " << message << Qt::endl
               << tr("Usage: storelens-cli %1 %2").arg(m_command, m_synopsis) << Qt::endl
               << tr("Run \"storelens-cli %1 --help\" for its options.").arg(m_command) << Qt::endl;
    return Usage;
}

CommandGroup::CommandGroup(CliContext &context, QString group)
    : m_cx(context)
    , m_group(std::move(group))
{}

void CommandGroup::add(const QString &name, const QString &summary, Run run)
{
    m_entries.append({name, summary, std::move(run)});
}

int CommandGroup::run(QStringList arguments, const QString &missing, const QString &unknown)
{
    // The sub-command may follow switches ("workspace --json list"), as it
    // could before the commands had parsers of their own.
    qsizetype at = 0;
    while (at < arguments.size() && arguments[at].startsWith(QLatin1Char('-')))
        ++at;
    if (at == arguments.size()) {
        for (const QString &a : std::as_const(arguments)) {
            if (a == QLatin1String("--help") || a == QLatin1String("-help") ||
                a == QLatin1String("-h")) {
                m_cx.out() << help();
                return Ok;
            }
        }
        return usageError(missing);
    }
    const QString name = arguments.takeAt(at);
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.name == name)
            return e.run(arguments, e.summary);
    }
    return usageError(unknown.arg(name));
}

int CommandGroup::usageError(const QString &message)
{
    m_cx.err() << "storelens-cli: " << message << Qt::endl
               << tr("Run \"storelens-cli %1 --help\" for its commands.").arg(m_group) << Qt::endl;
    return Usage;
}

QString CommandGroup::help() const
{
    qsizetype width = 0;
    for (const Entry &e : m_entries)
        width = std::max(width, e.name.size());
    QString text = tr("Usage: storelens-cli %1 COMMAND [OPTIONS]").arg(m_group) +
                   QLatin1Char('\n') + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Entry &e : m_entries)
        text +=
            QStringLiteral("  ") + e.name.leftJustified(width + 2) + e.summary + QLatin1Char('\n');
    text += QLatin1Char('\n') +
            tr("Every command answers --help with its usage and options, e.g. "
               "\"storelens-cli %1 %2 --help\".")
                .arg(m_group, m_entries.isEmpty() ? QString() : m_entries.first().name) +
            QLatin1Char('\n');
    return text;
}

} // namespace storelens::cli
