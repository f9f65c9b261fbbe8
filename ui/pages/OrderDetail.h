#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace storelens {

class Database;

// What the order detail view shows, read in one go on a reader thread.
struct OrderDetail
{
    struct Line
    {
        QString title;
        QString sku;
        qint64 quantity = 0;
        qint64 unitPrice = 0;
        qint64 discount = 0;
        qint64 tax = 0;
    };
    struct RefundLine
    {
        QString title;
        qint64 quantity = 0;
        qint64 subtotal = 0;
    };
    struct Refund
    {
        qint64 createdAtMs = 0;
        QString note;
        qint64 shipping = 0;
        qint64 total = 0;
        std::vector<RefundLine> lines;
    };

    bool found = false;
    qint64 storeId = 0;
    QString name;
    QString platformId;
    qint64 processedAtMs = 0;
    std::optional<qint64> cancelledAtMs;
    QString financialStatus;
    QString fulfillmentStatus;
    QString channel;
    QString currency;
    QString email;
    QString customerName;
    qint64 customerRowId = 0;
    bool test = false;
    qint64 subtotal = 0;
    qint64 discounts = 0;
    qint64 shipping = 0;
    qint64 tax = 0;
    qint64 total = 0;
    std::vector<Line> lines;
    std::vector<Refund> refunds;

    static OrderDetail read(Database &db, qint64 orderId);
};

} // namespace storelens
