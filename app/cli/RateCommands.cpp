#include "RateCommands.h"

#include "CommandLine.h"
#include "analytics/ExchangeRateFile.h"
#include "model/Money.h"
#include "storage/DatabaseError.h"
#include "storage/ExchangeRateRepository.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens::cli {

int RateCommands::run(const QStringList &arguments)
{
    CommandGroup group(m_cx, QStringLiteral("rates"));
    group.add(QStringLiteral("list"), tr("Lists the exchange rates of a workspace."),
              [this](const QStringList &a, const QString &s) { return list(a, s); });
    group.add(QStringLiteral("set"), tr("Sets the exchange rate of a currency pair by hand."),
              [this](const QStringList &a, const QString &s) { return set(a, s); });
    group.add(QStringLiteral("import"), tr("Imports exchange rates from a CSV file."),
              [this](const QStringList &a, const QString &s) { return import(a, s); });
    group.add(QStringLiteral("remove"), tr("Removes the exchange rate of a currency pair."),
              [this](const QStringList &a, const QString &s) { return remove(a, s); });
    return group.run(arguments, tr("rates: expected list, set, import or remove."),
                     tr("rates: unknown command \"%1\"."));
}

bool RateCommands::currencyPair(CommandLine &cl, const QString &base, const QString &quote,
                                QString *b, QString *q)
{
    *b = base.toUpper();
    *q = quote.toUpper();
    if (!Money::isCurrencyCode(*b) || !Money::isCurrencyCode(*q) || *b == *q) {
        cl.usageError(tr("\"%1\" and \"%2\" are not two different ISO 4217 currency codes.")
                          .arg(base, quote));
        return false;
    }
    return true;
}

int RateCommands::list(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("rates list"), tr("--workspace W [--json]"), summary);
    cl.addOption(QStringLiteral("workspace"), tr("The workspace whose rates to list."),
                 QStringLiteral("W"));
    cl.addSwitch(QStringLiteral("json"), tr("Print the rates as JSON."));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    const bool json = cl.isSet(QStringLiteral("json"));
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    if (const auto error = cl.expectPositional(0, 0))
        return *error;
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    const QList<StoredRate> rates = ExchangeRateRepository(ws->db()).list();
    if (json) {
        QJsonArray array;
        for (const StoredRate &r : rates) {
            array.append(QJsonObject{
                {QStringLiteral("base"), r.base},
                {QStringLiteral("quote"), r.quote},
                {QStringLiteral("rate"), r.rate.toString()},
                {QStringLiteral("source"), r.source},
                {QStringLiteral("updated_at"),
                 QDateTime::fromMSecsSinceEpoch(r.updatedAtMs, Qt::UTC).toString(Qt::ISODate)}});
        }
        m_cx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (rates.isEmpty()) {
        m_cx.out() << tr("Workspace \"%1\" has no exchange rates.").arg(*workspace) << Qt::endl;
        return Ok;
    }
    const QLocale locale;
    for (const StoredRate &r : rates) {
        m_cx.out() << tr("1 %1 = %2 %3 (%4, %5)")
                          .arg(r.base, r.rate.toString(), r.quote,
                               ExchangeRateRepository::sourceLabel(r.source),
                               locale.toString(QDateTime::fromMSecsSinceEpoch(r.updatedAtMs),
                                               QLocale::ShortFormat))
                   << Qt::endl;
    }
    return Ok;
}

int RateCommands::set(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("rates set"), tr("--workspace W BASE QUOTE RATE"),
                   summary + QLatin1Char('\n') +
                       tr("1 BASE = RATE QUOTE, e.g. rates set --workspace W EUR USD 1.0834"));
    cl.addOption(QStringLiteral("workspace"), tr("The workspace to set the rate in."),
                 QStringLiteral("W"));
    cl.addPositional(tr("BASE"), tr("The currency converted from, an ISO 4217 code."));
    cl.addPositional(tr("QUOTE"), tr("The currency converted into, an ISO 4217 code."));
    cl.addPositional(tr("RATE"), tr("What 1 BASE is worth in QUOTE, a plain decimal."));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    if (const auto error = cl.expectPositional(3, 3))
        return *error;
    const QStringList pos = cl.positional();
    QString base, quote;
    if (!currencyPair(cl, pos[0], pos[1], &base, &quote))
        return Usage;
    QString why;
    const auto rate = ExchangeRate::parse(pos[2], &why);
    if (!rate)
        return cl.usageError(why);
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    try {
        ExchangeRateRepository(ws->db()).set({base, quote, *rate,
                                              QLatin1String(ExchangeRateRepository::kManualSource),
                                              QDateTime::currentMSecsSinceEpoch()});
    } catch (const DatabaseError &e) {
        return m_cx.fail(tr("Could not save the exchange rate: %1").arg(e.message()));
    }
    m_cx.out()
        << tr("1 %1 = %2 %3 in workspace \"%4\".").arg(base, rate->toString(), quote, *workspace)
        << Qt::endl;
    return Ok;
}

int RateCommands::import(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("rates import"), tr("--workspace W FILE"), summary);
    cl.addOption(QStringLiteral("workspace"), tr("The workspace to import the rates into."),
                 QStringLiteral("W"));
    cl.addPositional(tr("FILE"), tr("CSV lines BASE,QUOTE,RATE, e.g. EUR,USD,1.0834"));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    if (const auto error = cl.expectPositional(1, 1))
        return *error;
    const QString path = cl.positional().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m_cx.fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const ExchangeRateFile::Result parsed = ExchangeRateFile::parse(file.read(1 << 20));
    if (!parsed.ok()) {
        for (const QString &e : parsed.errors)
            m_cx.err() << QFileInfo(path).fileName() << ": " << e << Qt::endl;
        return m_cx.fail(tr("No exchange rate was imported: the file has errors."));
    }
    if (parsed.entries.empty())
        return m_cx.fail(tr("%1 holds no exchange rates.").arg(path));
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    const QString source = QFileInfo(path).fileName();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    try {
        Transaction tx(ws->db());
        ExchangeRateRepository rates(ws->db());
        for (const ExchangeRateFile::Entry &e : parsed.entries)
            rates.set({e.base, e.quote, e.rate, source, now});
        tx.commit();
    } catch (const DatabaseError &e) {
        return m_cx.fail(tr("Could not save the exchange rates: %1").arg(e.message()));
    }
    m_cx.out() << tr("Imported %n exchange rate(s) into workspace \"%1\".", nullptr,
                     int(parsed.entries.size()))
                      .arg(*workspace)
               << Qt::endl;
    return Ok;
}

int RateCommands::remove(const QStringList &arguments, const QString &summary)
{
    CommandLine cl(m_cx, QStringLiteral("rates remove"), tr("--workspace W BASE QUOTE"), summary);
    cl.addOption(QStringLiteral("workspace"), tr("The workspace to remove the rate from."),
                 QStringLiteral("W"));
    cl.addPositional(tr("BASE"), tr("The currency converted from, an ISO 4217 code."));
    cl.addPositional(tr("QUOTE"), tr("The currency converted into, an ISO 4217 code."));
    if (const auto done = cl.parse(arguments))
        return *done;
    const auto workspace = cl.value(QStringLiteral("workspace"));
    if (!workspace)
        return cl.missingOption(QStringLiteral("workspace"));
    if (const auto error = cl.expectPositional(2, 2))
        return *error;
    const QStringList pos = cl.positional();
    QString base, quote;
    if (!currencyPair(cl, pos[0], pos[1], &base, &quote))
        return Usage;
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    if (!ExchangeRateRepository(ws->db()).remove(base, quote))
        return m_cx.fail(tr("Workspace \"%1\" has no exchange rate from %2 to %3.")
                             .arg(*workspace, base, quote));
    m_cx.out() << tr("Removed the exchange rate from %1 to %2.").arg(base, quote) << Qt::endl;
    return Ok;
}

} // namespace storelens::cli
