#include "CommandLine.h"

namespace storelens::cli {

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
}

void CommandLine::addSwitch(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

void CommandLine::addPositional(const QString &name, const QString &description,
                                const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    // QCommandLineParser reads the program's name first.
    if (!m_parser.parse(QStringList{QStringLiteral("storelens-cli")} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_cx.out() << help();
        return Ok;
    }
    return std::nullopt;
}

std::optional<QString> CommandLine::value(const QString &name) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    return m_parser.value(name);
}

QString CommandLine::help() const
{
    // QCommandLineParser's own first lines name the binary by its path and
    // know nothing of the command: keep only its lists of options and
    // arguments, after our usage line.
    QString text = tr("Usage: storelens-cli %1 %2").arg(m_command, m_synopsis) + QLatin1Char('\n');
    if (!m_description.isEmpty())
        text += QLatin1Char('\n') + m_description + QLatin1Char('\n');
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

} // namespace storelens::cli
