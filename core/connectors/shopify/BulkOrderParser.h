#pragma once

#include "ingest/IngestBatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>
#include <string>

namespace storelens {

// Reads the JSONL of a Shopify bulk export of orders (BulkOrders.graphql,
// groupObjects false): every object on its own line, children pointing to
// their parent with "__parentId" and coming after it. Each line becomes
// order pieces (order, line item, refund, refund line, refunded shipping);
// nothing waits in memory for a whole order, so a file of a million orders
// is read in constant memory. Only refund agreements are remembered, to
// place their sales.
//
// The initial sync of a large store is bound by this parser, so it reads
// lines with simdjson's on-demand API instead of QJsonDocument (measured in
// tests/bench/bench_bulk_ingest); ShopifyMapper reads the same objects from
// page queries. tst_bulk_import and tst_shopify_mapper check the two agree.
class BulkOrderParser
{
    Q_DECLARE_TR_FUNCTIONS(BulkOrderParser)
public:
    explicit BulkOrderParser(QString shopCurrency);
    ~BulkOrderParser();

    // Parses one line, appending pieces (or a rejected record) to `batch`.
    // Returns true when the line was a new order.
    bool parseLine(const QByteArray &line, IngestBatch &batch);
    bool parseLine(const char *data, qsizetype size, IngestBatch &batch);
    // After resuming mid-file: relearns from the lines already ingested what
    // later lines need (refund agreements for their sales, discounts for the
    // check in finish).
    void rememberIngested(const QByteArray &line);
    // At the end of the file: every order whose lines' discount allocations
    // (with its shipping line's) do not add up to its total discounts is
    // taken out again (deletedOrders) and kept aside with the reason. Lines
    // of an order come after it but anywhere in the file, so this can only be
    // known at the end.
    void finish(IngestBatch &batch);
    qint64 orders() const { return m_orders; }
    // The latest updatedAt of the orders read: where the next sync starts.
    qint64 maxUpdatedAtMs() const { return m_maxUpdatedAtMs; }
    // The customers of the orders read.
    const QSet<qint64> &customers() const { return m_customers; }

private:
    struct Line;
    struct Parser;
    // Fills `l` from a simdjson element (kept out of this header).
    static int readLine(const void *element, Line &l);
    bool money(std::string_view amount, qint64 *out, QString *reason) const;
    bool allocations(const std::string_view *amounts, size_t count, bool overflow, qint64 *out,
                     QString *reason) const;
    void reject(IngestBatch &batch, std::string_view parent, const QString &reason,
                const char *data, qsizetype size) const;

    QString m_currency;
    std::unique_ptr<Parser> m_parser;
    std::string m_buffer; // the current line plus simdjson's padding
    struct RefundRef
    {
        PlatformId orderId;
        PlatformId refundId;
    };
    // Agreement gid -> its refund. Kept for the whole file (with groupObjects
    // false a sale may come anywhere after its agreement), so in 24 bytes an
    // entry where the ids are numbers, as Shopify's are: keyed by the gid's
    // number, with a hash of its type to tell "RefundAgreement/7" from
    // "OrderAgreement/7".
    struct NumericRefundRef
    {
        qint64 orderId;
        qint64 refundId;
        size_t gidType;
    };
    QHash<qint64, NumericRefundRef> m_numericRefundAgreements;
    QHash<QByteArray, RefundRef> m_refundAgreements; // the rest
    void rememberRefundAgreement(std::string_view agreementGid, const PlatformId &orderId,
                                 const PlatformId &refundId);
    std::optional<RefundRef> refundOfAgreement(std::string_view agreementGid) const;
    // Orders with discounts, by order id: what their lines must add up to
    // (the total less the shipping's part) and what they did. Only orders
    // with a discount have an entry, 32 bytes each.
    struct DiscountBalance
    {
        qint64 expected = 0;
        qint64 allocated = 0;
        qint64 total = 0;
        bool header = false;
    };
    QHash<qint64, DiscountBalance> m_discounts;
    qint64 m_orders = 0;
    qint64 m_maxUpdatedAtMs = 0;
    QSet<qint64> m_customers;
};

} // namespace storelens
