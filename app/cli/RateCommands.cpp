#include "RateCommands.h"

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

int RateCommands::run(Args args)
{
    const QStringList pos = args.positional();
    if (pos.isEmpty())
        return m_cx.usage(tr("rates: expected list, set, import or remove."));
    const QString verb = pos.first();
    if (verb == QLatin1String("list"))
        return list(args);
    if (verb == QLatin1String("set"))
        return set(args);
    if (verb == QLatin1String("import"))
        return import(args);
    if (verb == QLatin1String("remove"))
        return remove(args);
    return m_cx.usage(tr("rates: unknown command \"%1\".").arg(verb));
}

bool RateCommands::currencyPair(const QString &base, const QString &quote, QString *b, QString *q)
{
    *b = base.toUpper();
    *q = quote.toUpper();
    if (!Money::isCurrencyCode(*b) || !Money::isCurrencyCode(*q) || *b == *q) {
        m_cx.usage(tr("\"%1\" and \"%2\" are not two different ISO 4217 currency codes.")
                       .arg(base, quote));
        return false;
    }
    return true;
}

int RateCommands::list(Args &args)
{
    const auto workspace = args.take(QStringLiteral("workspace"));
    const bool json = args.takeSwitch(QStringLiteral("json"));
    if (!workspace || args.positional().size() != 1 || !args.unknownOptions().isEmpty())
        return m_cx.usage(tr("usage: storelens-cli rates list --workspace W [--json]"));
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

int RateCommands::set(Args &args)
{
    const auto workspace = args.take(QStringLiteral("workspace"));
    const QStringList pos = args.positional();
    if (!workspace || pos.size() != 4 || !args.unknownOptions().isEmpty())
        return m_cx.usage(tr("usage: storelens-cli rates set --workspace W BASE QUOTE RATE\n"
                             "(1 BASE = RATE QUOTE, e.g. rates set --workspace W EUR USD 1.0834)"));
    QString base, quote;
    if (!currencyPair(pos[1], pos[2], &base, &quote))
        return Usage;
    QString why;
    const auto rate = ExchangeRate::parse(pos[3], &why);
    if (!rate)
        return m_cx.usage(why);
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

int RateCommands::import(Args &args)
{
    const auto workspace = args.take(QStringLiteral("workspace"));
    const QStringList pos = args.positional();
    if (!workspace || pos.size() != 2 || !args.unknownOptions().isEmpty())
        return m_cx.usage(tr("usage: storelens-cli rates import --workspace W FILE\n"
                             "(CSV lines BASE,QUOTE,RATE, e.g. EUR,USD,1.0834)"));
    QFile file(pos[1]);
    if (!file.open(QIODevice::ReadOnly))
        return m_cx.fail(tr("Cannot read %1: %2").arg(pos[1], file.errorString()));
    const ExchangeRateFile::Result parsed = ExchangeRateFile::parse(file.read(1 << 20));
    if (!parsed.ok()) {
        for (const QString &e : parsed.errors)
            m_cx.err() << QFileInfo(pos[1]).fileName() << ": " << e << Qt::endl;
        return m_cx.fail(tr("No exchange rate was imported: the file has errors."));
    }
    if (parsed.entries.empty())
        return m_cx.fail(tr("%1 holds no exchange rates.").arg(pos[1]));
    auto ws = m_cx.openWorkspace(*workspace);
    if (!ws)
        return Failed;
    const QString source = QFileInfo(pos[1]).fileName();
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

int RateCommands::remove(Args &args)
{
    const auto workspace = args.take(QStringLiteral("workspace"));
    const QStringList pos = args.positional();
    if (!workspace || pos.size() != 3 || !args.unknownOptions().isEmpty())
        return m_cx.usage(tr("usage: storelens-cli rates remove --workspace W BASE QUOTE"));
    QString base, quote;
    if (!currencyPair(pos[1], pos[2], &base, &quote))
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
