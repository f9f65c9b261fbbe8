#include "WooConnector.h"

#include "WooRefundReader.h"
#include "model/Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>
#include <QVersionNumber>

#include <algorithm>
#include <deque>
#include <map>

namespace storelens {

namespace {
using Query = QList<std::pair<QString, QString>>;

QJsonObject cursorOf(const ConnectorContext &cx, const QString &resource)
{
    if (cx.full || !cx.checkpoint)
        return {};
    return QJsonDocument::fromJson(cx.checkpoint(resource).toUtf8()).object();
}

QString cursorText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 syncStartMs(const ConnectorContext &cx)
{
    const qint64 now = cx.nowMs > 0 ? cx.nowMs : QDateTime::currentMSecsSinceEpoch();
    // modified_before is exclusive and to the second: up to the next second,
    // so that what changed in this one is read now (what changes after the
    // listing read it comes again through the next sync's overlap).
    return (now / 1000 + 1) * 1000;
}

// WordPress's gmt_offset (hours, may be fractional or a string) as a zone id.
QString zoneFromOffset(const QJsonValue &offset)
{
    const double hours = offset.isString() ? offset.toString().toDouble() : offset.toDouble();
    const int minutes = int(hours * 60 + (hours < 0 ? -0.5 : 0.5));
    if (minutes == 0)
        return QStringLiteral("UTC");
    return QStringLiteral("UTC%1%2:%3")
        .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'))
        .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

WooConnector::WooConnector(WooClient &client)
    : m_client(client)
    , m_mapper(QString())
{}

QStringList WooConnector::allResources()
{
    return {QStringLiteral("customers"), QStringLiteral("products"), QStringLiteral("orders")};
}

SyncError WooConnector::stopped() const
{
    return m_client.errorFor(SyncError::Kind::Cancelled, {});
}

bool WooConnector::emit_(const ConnectorContext &cx, IngestBatch &&batch) const
{
    batch.storeId = cx.storeId;
    return cx.sink && cx.sink(std::move(batch));
}

SyncError WooConnector::fetchShop(ShopInfo *out)
{
    WooConnection &c = m_client.connection();
    const QUrl site = c.siteUrl;
    const bool https = site.scheme() == QLatin1String("https");
    if (!https && !WooClient::isLoopback(site)) {
        SyncError e = m_client.errorFor(SyncError::Kind::ShopNotFound,
                                        QStringLiteral("plain HTTP site: %1").arg(site.host()));
        e.message = tr("StoreLens connects to WooCommerce only over HTTPS: the API key would "
                       "travel readable over plain HTTP. Use the https:// address of %1.")
                        .arg(site.host());
        return e;
    }
    if (!https && c.auth != WooConnection::Auth::OAuth1 &&
        c.auth != WooConnection::Auth::Automatic && !WooClient::isLoopback(site))
        return m_client.errorFor(SyncError::Kind::ShopNotFound, QStringLiteral("plain HTTP"));

    // The WordPress index: pretty permalinks, else ?rest_route=.
    QJsonObject index;
    for (const bool plain : {false, true}) {
        const WooResponse r = m_client.probe(m_client.indexUrl(plain));
        if (m_client.isCancelled())
            return stopped();
        if (r.status == 0)
            return r.error.isError() ? r.error
                                     : m_client.errorFor(SyncError::Kind::Network, QString());
        if (r.status == 200 && r.json.isObject() &&
            r.json.object().contains(QLatin1String("namespaces"))) {
            index = r.json.object();
            c.plainPermalinks = plain;
            break;
        }
    }
    if (index.isEmpty()) {
        SyncError e = m_client.errorFor(SyncError::Kind::ShopNotFound,
                                        QStringLiteral("no WordPress REST index at /wp-json/ or "
                                                       "?rest_route=/"));
        e.message = tr("%1 is not a WordPress site (it has no WordPress REST API). Check the "
                       "address: it is the address of the shop's home page.")
                        .arg(site.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        return e;
    }
    const QJsonArray namespaces = index.value(QLatin1String("namespaces")).toArray();
    auto wooInactive = [&](const QString &detail) {
        SyncError e = m_client.errorFor(SyncError::Kind::ShopUnavailable, detail);
        e.message = tr("WooCommerce is not active on %1 (WordPress answers, but without the "
                       "WooCommerce REST API). Activate the WooCommerce plugin, then connect "
                       "again.")
                        .arg(site.host());
        return e;
    };
    if (!namespaces.contains(QJsonValue(QStringLiteral("wc/v3"))))
        return wooInactive(QStringLiteral("namespace wc/v3 missing"));

    WooResponse settings = m_client.get({QStringLiteral("/wc/v3/settings/general"), {}});
    if (!settings.ok()) {
        if (settings.code == QLatin1String("rest_no_route"))
            return wooInactive(settings.error.detail);
        return settings.error;
    }
    QString currency;
    for (const QJsonValue &v : settings.json.array()) {
        const QJsonObject s = v.toObject();
        const QString id = s.value(QLatin1String("id")).toString();
        if (id == QLatin1String("woocommerce_currency"))
            currency = s.value(QLatin1String("value")).toString();
        else if (id == QLatin1String("woocommerce_price_num_decimals"))
            m_decimals = s.value(QLatin1String("value")).toVariant().toInt();
    }
    WooResponse status = m_client.get({QStringLiteral("/wc/v3/system_status"), {}});
    if (!status.ok())
        return status.error;
    const QJsonObject system = status.json.object();
    m_version = system.value(QLatin1String("environment"))
                    .toObject()
                    .value(QLatin1String("version"))
                    .toString();
    const QJsonObject sysSettings = system.value(QLatin1String("settings")).toObject();
    if (currency.isEmpty())
        currency = sysSettings.value(QLatin1String("currency")).toString();
    if (sysSettings.contains(QLatin1String("number_of_decimals")))
        m_decimals = sysSettings.value(QLatin1String("number_of_decimals")).toVariant().toInt();
    m_refundsListing = QVersionNumber::fromString(m_version) >= QVersionNumber(9, 0);
    if (QVersionNumber::fromString(m_version) < QVersionNumber(5, 8)) {
        SyncError e = m_client.errorFor(SyncError::Kind::ShopUnavailable,
                                        QStringLiteral("WooCommerce version %1").arg(m_version));
        e.message = tr("WooCommerce %1 on store \"%2\" is too old: StoreLens needs WooCommerce 5.8 "
                       "or later (to ask for changed orders with modified_after). Update "
                       "WooCommerce, then connect again.")
                        .arg(m_version.isEmpty() ? tr("(unknown version)") : m_version,
                             m_client.storeLabel());
        return e;
    }
    // Read permission on orders (a write-only key passes the checks above on
    // some versions).
    WooResponse orders = m_client.get({QStringLiteral("/wc/v3/orders"),
                                       {{QStringLiteral("per_page"), QStringLiteral("1")},
                                        {QStringLiteral("_fields"), QStringLiteral("id")}}});
    if (!orders.ok())
        return orders.error;

    if (!Money::isCurrencyCode(currency)) {
        return m_client.errorFor(SyncError::Kind::ServerError,
                                 QStringLiteral("currency \"%1\"").arg(currency));
    }
    m_mapper = WooMapper(currency);
    ShopInfo info;
    info.name = index.value(QLatin1String("name")).toString();
    info.domain = site.host();
    info.currency = currency;
    info.timezone = index.value(QLatin1String("timezone_string")).toString();
    if (info.timezone.isEmpty() || !QTimeZone(info.timezone.toUtf8()).isValid())
        info.timezone = zoneFromOffset(index.value(QLatin1String("gmt_offset")));
    info.plan = QStringLiteral("WooCommerce %1").arg(m_version);
    info.scopes = {QStringLiteral("read")};
    if (c.storeName.isEmpty())
        c.storeName = info.name;
    *out = info;
    return {};
}

SyncError WooConnector::listing(const QString &route, const Query &query,
                                const ChunkHandler &onChunk)
{
    auto pageRequest = [&](qint64 page) {
        WooRequest r{route, query};
        r.query.append({QStringLiteral("per_page"), QString::number(kPerPage)});
        r.query.append({QStringLiteral("page"), QString::number(page)});
        return r;
    };
    for (int attempt = 0; attempt < 5; ++attempt) {
        WooResponse first = m_client.get(pageRequest(1));
        if (m_client.isCancelled())
            return stopped();
        if (!first.ok())
            return first.error;
        const qint64 total = first.total;
        const qint64 pages = first.totalPages >= 0 ? first.totalPages : 1;
        // The next chunks are on their way while one is handed on.
        std::deque<WooClient::Ticket> ahead;
        qint64 nextPage = 2;
        auto startChunk = [&] {
            if (nextPage > pages)
                return;
            std::vector<WooRequest> requests;
            for (qint64 p = nextPage; p < nextPage + kPagesPerChunk && p <= pages; ++p)
                requests.push_back(pageRequest(p));
            nextPage += kPagesPerChunk;
            ahead.push_back(m_client.start(requests));
        };
        auto stop = [&](SyncError e) {
            for (WooClient::Ticket t : ahead)
                m_client.discard(t);
            return e;
        };
        for (int i = 0; i < kChunksAhead; ++i)
            startChunk();
        if (SyncError e = onChunk(first.json.array(), total); e.isError())
            return stop(e);
        bool consistent = true;
        while (!ahead.empty()) {
            const WooClient::Ticket ticket = ahead.front();
            ahead.pop_front();
            startChunk();
            const std::vector<WooResponse> answers = m_client.collect(ticket);
            if (m_client.isCancelled())
                return stop(stopped());
            QJsonArray records;
            for (const WooResponse &r : answers) {
                if (!r.ok())
                    return stop(r.error);
                if (r.total != total) {
                    consistent = false;
                    break;
                }
                for (const QJsonValue &v : r.json.array())
                    records.append(v);
            }
            if (!consistent) {
                stop({});
                break;
            }
            if (SyncError e = onChunk(records, total); e.isError())
                return stop(e);
        }
        if (consistent)
            return {};
    }
    return m_client.errorFor(
        SyncError::Kind::ServerError,
        QStringLiteral("%1: the listing kept changing while it was read").arg(route));
}

SyncError WooConnector::sync(const QString &resource, const ConnectorContext &context)
{
    if (m_mapper.currency().isEmpty())
        return m_client.errorFor(SyncError::Kind::None, tr("The store's currency is not known yet: "
                                                           "test the connection first."));
    if (resource == QLatin1String("orders"))
        return syncOrders(context);
    if (resource == QLatin1String("customers"))
        return syncCustomers(context);
    if (resource == QLatin1String("products"))
        return syncProducts(context);
    return m_client.errorFor(SyncError::Kind::None, tr("Unknown resource %1.").arg(resource));
}

SyncError WooConnector::syncCustomers(const ConnectorContext &cx)
{
    // /customers has no modified_after: registered customers are listed in
    // full (they are few next to orders); guests come with their orders.
    const qint64 start = syncStartMs(cx);
    qint64 done = 0;
    const Query query = {{QStringLiteral("role"), QStringLiteral("all")},
                         {QStringLiteral("orderby"), QStringLiteral("id")},
                         {QStringLiteral("order"), QStringLiteral("asc")}};
    return listing(
        QStringLiteral("/wc/v3/customers"), query,
        [&](const QJsonArray &records, qint64 total) -> SyncError {
            IngestBatch batch;
            for (const QJsonValue &v : records) {
                Customer c;
                QString reason;
                if (m_mapper.customer(v.toObject(), &c, &reason))
                    batch.customers.push_back(std::move(c));
                else
                    batch.rejected.push_back(
                        {QStringLiteral("customers"),
                         v.toObject().value(QLatin1String("id")).toVariant().toString(), reason,
                         QString::fromUtf8(
                             QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))});
            }
            done += records.size();
            if (done >= total)
                batch.checkpoints.push_back({QStringLiteral("customers"),
                                             cursorText({{QStringLiteral("listedAt"), start}})});
            if (cx.progress)
                cx.progress(QStringLiteral("customers"), done, total);
            if (!emit_(cx, std::move(batch)))
                return stopped();
            return {};
        });
}

SyncError WooConnector::syncProducts(const ConnectorContext &cx)
{
    const QJsonObject cursor = cursorOf(cx, QStringLiteral("products"));
    const qint64 before = syncStartMs(cx);
    Query query = {{QStringLiteral("orderby"), QStringLiteral("modified")},
                   {QStringLiteral("order"), QStringLiteral("asc")},
                   {QStringLiteral("dates_are_gmt"), QStringLiteral("true")},
                   {QStringLiteral("modified_before"), WooMapper::gmtParam(before)},
                   {QStringLiteral("status"), QStringLiteral("any")}};
    if (cursor.contains(QLatin1String("after")))
        query.append(
            {QStringLiteral("modified_after"),
             WooMapper::gmtParam(cursor.value(QLatin1String("after")).toInteger() - kOverlapMs)});
    qint64 done = 0;
    bool first = true;
    SyncError e = listing(
        QStringLiteral("/wc/v3/products"), query,
        [&](const QJsonArray &records, qint64 total) -> SyncError {
            IngestBatch batch;
            if (first)
                batch.locations.push_back(WooMapper::location());
            first = false;
            std::vector<WooRequest> variationRequests;
            std::vector<qint64> parents;
            qint64 latest = 0;
            for (const QJsonValue &v : records) {
                const QJsonObject p = v.toObject();
                Product product;
                QString reason;
                if (!m_mapper.product(p, &product, &batch.variants, &batch.inventoryLevels,
                                      &reason)) {
                    batch.rejected.push_back(
                        {QStringLiteral("products"),
                         p.value(QLatin1String("id")).toVariant().toString(), reason,
                         QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact))});
                    continue;
                }
                latest = std::max(latest, product.updatedAtMs);
                if (product.productType == QLatin1String("variable")) {
                    parents.push_back(product.id.number());
                    variationRequests.push_back(
                        {QStringLiteral("/wc/v3/products/%1/variations").arg(product.id.number()),
                         {{QStringLiteral("per_page"), QString::number(kPerPage)}}});
                }
                batch.products.push_back(std::move(product));
            }
            const std::vector<WooResponse> answers = m_client.getAll(variationRequests);
            if (m_client.isCancelled())
                return stopped();
            for (size_t i = 0; i < answers.size(); ++i) {
                if (!answers[i].ok())
                    return answers[i].error;
                QJsonArray all = answers[i].json.array();
                for (qint64 page = 2; page <= answers[i].totalPages; ++page) {
                    WooRequest more = variationRequests[i];
                    more.query.append({QStringLiteral("page"), QString::number(page)});
                    const WooResponse r = m_client.get(more);
                    if (!r.ok())
                        return r.error;
                    for (const QJsonValue &v : r.json.array())
                        all.append(v);
                }
                for (const QJsonValue &v : all) {
                    Variant variant;
                    QString reason;
                    if (m_mapper.variation(v.toObject(), parents[i], &variant,
                                           &batch.inventoryLevels, &reason))
                        batch.variants.push_back(std::move(variant));
                    else
                        batch.rejected.push_back(
                            {QStringLiteral("variants"),
                             v.toObject().value(QLatin1String("id")).toVariant().toString(),
                             reason,
                             {}});
                }
            }
            done += records.size();
            const qint64 after = done >= total ? before : latest / 1000 * 1000;
            batch.checkpoints.push_back(
                {QStringLiteral("products"), cursorText({{QStringLiteral("after"), after}})});
            if (cx.progress)
                cx.progress(QStringLiteral("products"), done, total);
            if (!emit_(cx, std::move(batch)))
                return stopped();
            return {};
        });
    return e;
}

QByteArray WooConnector::encodeIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QByteArray raw;
    qint64 previous = 0;
    for (qint64 id : std::as_const(ids)) {
        quint64 delta = quint64(id - previous);
        previous = id;
        do {
            quint8 byte = delta & 0x7f;
            delta >>= 7;
            if (delta)
                byte |= 0x80;
            raw.append(char(byte));
        } while (delta);
    }
    return qCompress(raw).toBase64();
}

QList<qint64> WooConnector::decodeIds(const QByteArray &text)
{
    QList<qint64> ids;
    if (text.isEmpty())
        return ids;
    const QByteArray raw = qUncompress(QByteArray::fromBase64(text));
    qint64 previous = 0;
    quint64 value = 0;
    int shift = 0;
    for (char c : raw) {
        value |= quint64(quint8(c) & 0x7f) << shift;
        shift += 7;
        if (!(quint8(c) & 0x80)) {
            previous += qint64(value);
            ids.append(previous);
            value = 0;
            shift = 0;
        }
    }
    return ids;
}

SyncError WooConnector::readOrderIds(QSet<qint64> *out, const QString &status,
                                     const QString &modifiedAfter)
{
    Query query = {{QStringLiteral("_fields"), QStringLiteral("id")},
                   {QStringLiteral("orderby"), QStringLiteral("id")},
                   {QStringLiteral("order"), QStringLiteral("asc")}};
    if (!status.isEmpty())
        query.append({QStringLiteral("status"), status});
    if (!modifiedAfter.isEmpty()) {
        query.append({QStringLiteral("dates_are_gmt"), QStringLiteral("true")});
        query.append({QStringLiteral("modified_after"), modifiedAfter});
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        QSet<qint64> ids;
        qint64 expected = -1;
        SyncError e =
            listing(QStringLiteral("/wc/v3/orders"), query,
                    [&](const QJsonArray &records, qint64 total) -> SyncError {
                        expected = total;
                        for (const QJsonValue &v : records)
                            ids.insert(v.toObject().value(QLatin1String("id")).toInteger());
                        return {};
                    });
        if (e.isError())
            return e;
        // A listing that lost ids to shifting offsets would delete live orders.
        if (expected < 0 || ids.size() >= expected) {
            *out = ids;
            return {};
        }
    }
    return m_client.errorFor(SyncError::Kind::ServerError,
                             QStringLiteral("order id listing incomplete"));
}

SyncError WooConnector::syncOrders(const ConnectorContext &cx)
{
    const QJsonObject cursor = cursorOf(cx, QStringLiteral("orders"));
    const qint64 before = syncStartMs(cx);
    // A full sync reads everything again, yet still knows the orders it had:
    // those deleted since must leave the figures too.
    const QJsonObject stored =
        cx.checkpoint
            ? QJsonDocument::fromJson(cx.checkpoint(QStringLiteral("orders")).toUtf8()).object()
            : QJsonObject();
    QSet<qint64> known;
    for (qint64 id : decodeIds(stored.value(QLatin1String("known")).toString().toLatin1()))
        known.insert(id);
    qint64 reconciledAt = cursor.value(QLatin1String("reconciledAt")).toInteger();
    const bool incremental = cursor.contains(QLatin1String("after"));
    const QString modifiedAfter =
        incremental
            ? WooMapper::gmtParam(cursor.value(QLatin1String("after")).toInteger() - kOverlapMs)
            : QString();
    auto checkpoint = [&](qint64 after) {
        return Checkpoint{QStringLiteral("orders"),
                          cursorText({{QStringLiteral("after"), after},
                                      {QStringLiteral("reconciledAt"), reconciledAt},
                                      {QStringLiteral("known"),
                                       QString::fromLatin1(encodeIds(known.values()))}})};
    };

    Query query = {{QStringLiteral("orderby"), QStringLiteral("modified")},
                   {QStringLiteral("order"), QStringLiteral("asc")},
                   {QStringLiteral("dates_are_gmt"), QStringLiteral("true")},
                   {QStringLiteral("modified_before"), WooMapper::gmtParam(before)}};
    if (incremental)
        query.append({QStringLiteral("modified_after"), modifiedAfter});
    qint64 done = 0;
    qint64 upserted = 0;
    // Every order the listing showed (mapped or not) but those deleted while
    // it was read: with the orders changed since, the store's orders.
    QSet<qint64> listed;
    // Mapped chunks wait here for their refunds, and go to the writer in order.
    WooRefundReader refunds(m_client, m_mapper, m_refundsListing);
    struct Mapped
    {
        IngestBatch batch;
        qint64 chunk = 0;
        qint64 done = 0;
        qint64 total = 0;
        qint64 latest = 0;
    };
    std::deque<Mapped> mapped;
    auto emitReady = [&](bool all) -> SyncError {
        if (all)
            refunds.flush();
        while (!mapped.empty() && (all || refunds.ready(mapped.front().chunk))) {
            Mapped m = std::move(mapped.front());
            mapped.pop_front();
            IngestBatch &batch = m.batch;
            std::vector<bool> drop(batch.orders.size(), false);
            const size_t rejectedBefore = batch.rejected.size();
            if (SyncError r = refunds.finish(m.chunk, batch.orders, &drop, &batch.rejected);
                r.isError())
                return r;
            QSet<QString> unmapped; // dropped for a refund that does not map, not deleted
            for (size_t i = rejectedBefore; i < batch.rejected.size(); ++i)
                unmapped.insert(batch.rejected[i].platformId);
            std::vector<Order> kept;
            for (size_t i = 0; i < batch.orders.size(); ++i) {
                if (drop[i] && !unmapped.contains(batch.orders[i].id.toString()))
                    listed.remove(batch.orders[i].id.number()); // deleted meanwhile
                if (!drop[i]) {
                    known.insert(batch.orders[i].id.number());
                    kept.push_back(std::move(batch.orders[i]));
                }
            }
            batch.orders = std::move(kept);
            upserted += qint64(batch.orders.size());
            batch.checkpoints.push_back(
                checkpoint(m.done >= m.total ? before : m.latest / 1000 * 1000));
            if (cx.progress)
                cx.progress(QStringLiteral("orders"), m.done, m.total);
            if (!emit_(cx, std::move(batch)))
                return stopped();
        }
        return {};
    };
    SyncError e = listing(
        QStringLiteral("/wc/v3/orders"), query,
        [&](const QJsonArray &records, qint64 total) -> SyncError {
            Mapped m;
            IngestBatch &batch = m.batch;
            std::map<QString, Customer> guests;
            qint64 latest = 0;
            for (const QJsonValue &v : records) {
                const QJsonObject o = v.toObject();
                listed.insert(o.value(QLatin1String("id")).toInteger());
                Order order;
                QString reason;
                if (!m_mapper.order(o, &order, &reason)) {
                    batch.rejected.push_back(
                        {QStringLiteral("orders"),
                         o.value(QLatin1String("id")).toVariant().toString(), reason,
                         QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
                    continue;
                }
                latest = std::max(latest, order.updatedAtMs);
                Customer guest;
                if (m_mapper.guestCustomer(o, &guest)) {
                    auto it = guests.find(guest.email);
                    if (it == guests.end())
                        guests.emplace(guest.email, guest);
                    else if (guest.createdAtMs < it->second.createdAtMs)
                        it->second.createdAtMs = guest.createdAtMs;
                }
                batch.orders.push_back(std::move(order));
            }
            for (auto &[email, guest] : guests)
                batch.customers.push_back(std::move(guest));
            // The refunds' lines and refunded shipping, asked for now, put in
            // before the chunk goes to the writer.
            m.chunk = refunds.add(batch.orders);
            done += records.size();
            m.done = done;
            m.total = total;
            m.latest = latest;
            mapped.push_back(std::move(m));
            return emitReady(false);
        });
    if (!e.isError())
        e = emitReady(true);
    m_refundsListing = refunds.refundsListing();
    if (e.isError())
        return e;

    // Orders that left the store: trashed ones (cheap, by modification date)
    // every incremental sync, and a reconciliation of every id periodically
    // (permanently deleted orders leave no trace to ask for).
    QSet<qint64> removed;
    if (incremental) {
        QSet<qint64> trashed;
        if (SyncError t = readOrderIds(&trashed, QStringLiteral("trash"), modifiedAfter);
            t.isError())
            return t;
        removed = trashed;
    }
    const bool reconcile = !incremental || before - reconciledAt >= reconcileIntervalMs;
    if (!incremental) {
        // The listing just read every order modified before the sync started:
        // with the ids of those changed since, it is the reconciliation (one
        // deleted while it ran goes at the next).
        QSet<qint64> live = listed;
        QSet<qint64> recent;
        if (SyncError r =
                readOrderIds(&recent, QString(), WooMapper::gmtParam(before - kOverlapMs));
            r.isError())
            return r;
        live.unite(recent);
        for (qint64 id : std::as_const(known))
            if (!live.contains(id))
                removed.insert(id);
        known = live;
        reconciledAt = before;
    } else if (reconcile) {
        QSet<qint64> live;
        if (SyncError r = readOrderIds(&live, QString(), QString()); r.isError())
            return r;
        for (qint64 id : std::as_const(known))
            if (!live.contains(id))
                removed.insert(id);
        // Orders created since this sync's start are read next time.
        known = live;
        reconciledAt = before;
    }
    for (qint64 id : std::as_const(removed))
        known.remove(id);
    IngestBatch last;
    QList<qint64> sortedRemoved = removed.values();
    std::sort(sortedRemoved.begin(), sortedRemoved.end());
    for (qint64 id : std::as_const(sortedRemoved))
        last.deletedOrders.push_back(PlatformId(id));
    last.checkpoints.push_back(checkpoint(before));
    if (!emit_(cx, std::move(last)))
        return stopped();
    if (cx.log) {
        cx.log(tr("%n order(s) read from WooCommerce.", nullptr, int(upserted)));
        if (reconcile || !removed.isEmpty())
            cx.log(tr("%n order(s) removed: trashed or deleted in WooCommerce.", nullptr,
                      int(removed.size())));
    }
    return {};
}

} // namespace storelens
