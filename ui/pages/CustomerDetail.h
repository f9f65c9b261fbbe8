#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace storelens {

class Database;

// A customer and their most recent orders, read on a reader thread.
struct CustomerDetail
{
    struct OrderLine
    {
        qint64 id = 0;
        QString name;
        qint64 processedAtMs = 0;
        QString financialStatus;
        bool cancelled = false;
        QString currency;
        qint64 total = 0;
    };

    bool found = false;
    qint64 storeId = 0;
    QString name;
    QString email;
    QString phone;
    QString country;
    qint64 createdAtMs = 0;
    std::optional<qint64> ordersCount; // as the platform reports it
    std::optional<qint64> amountSpent;
    QString currency;
    qint64 storedOrders = 0;       // orders of the customer in this workspace
    std::vector<OrderLine> orders; // newest first, at most kMaxOrders

    static constexpr int kMaxOrders = 200;
    static CustomerDetail read(Database &db, qint64 customerRowId);
};

} // namespace storelens
