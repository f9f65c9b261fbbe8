#include "BulkOrderParser.h"

#include <QJsonDocument>

namespace storelens {

namespace {
const QLatin1String kParent("__parentId");
const QLatin1String kTypename("__typename");
} // namespace

BulkOrderParser::BulkOrderParser(QString shopCurrency)
    : m_mapper(std::move(shopCurrency))
{}

void BulkOrderParser::rememberAgreement(const QByteArray &line)
{
    if (!line.contains("RefundAgreement"))
        return;
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (!ShopifyMapper::isRefundAgreement(o))
        return;
    m_refundAgreements.insert(
        o.value(QLatin1String("id")).toString(),
        {PlatformId::fromGid(o.value(kParent).toString()),
         PlatformId::fromGid(
             o.value(QLatin1String("refund")).toObject().value(QLatin1String("id")).toString())});
}

bool BulkOrderParser::parseLine(const QByteArray &line, IngestBatch &batch)
{
    if (line.trimmed().isEmpty())
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        batch.rejected.push_back(
            {QStringLiteral("orders"), QString(),
             QStringLiteral("malformed JSON line: %1").arg(error.errorString()),
             QString::fromUtf8(line.left(2000))});
        return false;
    }
    const QJsonObject o = doc.object();
    const QString id = o.value(QLatin1String("id")).toString();
    const QString type = o.value(kTypename).toString();
    const QString gidType = PlatformId::gidType(id);
    QString reason;
    OrderPiece piece;

    if (!o.contains(kParent)) {
        piece.kind = OrderPiece::Kind::Header;
        if (!m_mapper.orderHeader(o, &piece.header, &reason)) {
            batch.rejected.push_back(
                {QStringLiteral("orders"), id, reason, QString::fromUtf8(line.left(2000))});
            return false;
        }
        piece.orderId = piece.header.id;
        batch.orderPieces.push_back(std::move(piece));
        ++m_orders;
        return true;
    }

    const QString parent = o.value(kParent).toString();
    if (gidType == QLatin1String("LineItem")) {
        piece.kind = OrderPiece::Kind::Line;
        piece.orderId = PlatformId::fromGid(parent);
        if (!m_mapper.lineItem(o, &piece.line, &reason)) {
            batch.rejected.push_back(
                {QStringLiteral("orders"), parent, reason, QString::fromUtf8(line.left(2000))});
            return false;
        }
        batch.orderPieces.push_back(std::move(piece));
        return false;
    }
    if (type.endsWith(QLatin1String("Agreement"))) {
        if (!ShopifyMapper::isRefundAgreement(o))
            return false; // the original sale or an edit: nothing refunded
        Refund refund;
        bool isRefund = false;
        if (!m_mapper.refund(o, {}, &refund, &isRefund, &reason)) {
            batch.rejected.push_back(
                {QStringLiteral("orders"), parent, reason, QString::fromUtf8(line.left(2000))});
            return false;
        }
        piece.kind = OrderPiece::Kind::Refund;
        piece.orderId = PlatformId::fromGid(parent);
        piece.refundId = refund.id;
        piece.refund = refund;
        m_refundAgreements.insert(id, {piece.orderId, refund.id});
        batch.orderPieces.push_back(std::move(piece));
        return false;
    }
    if (type.endsWith(QLatin1String("Sale"))) {
        const auto it = m_refundAgreements.constFind(parent);
        if (it == m_refundAgreements.constEnd())
            return false; // a sale of the original order or an edit
        Refund single;
        if (!m_mapper.refundSale(o, &single, &reason)) {
            batch.rejected.push_back(
                {QStringLiteral("orders"), parent, reason, QString::fromUtf8(line.left(2000))});
            return false;
        }
        piece.orderId = it->orderId;
        piece.refundId = it->refundId;
        if (!single.lines.empty()) {
            piece.kind = OrderPiece::Kind::RefundLine;
            piece.refundLine = single.lines.front();
            batch.orderPieces.push_back(std::move(piece));
        } else if (single.shipping || single.shippingTax) {
            piece.kind = OrderPiece::Kind::RefundShipping;
            piece.refund.shipping = single.shipping;
            piece.refund.shippingTax = single.shippingTax;
            batch.orderPieces.push_back(std::move(piece));
        }
        return false;
    }
    return false; // a kind of child this query does not ask for
}

} // namespace storelens
