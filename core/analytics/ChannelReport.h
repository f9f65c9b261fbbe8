#pragma once

#include "PeriodFigures.h"
#include "ReportCurrency.h"

#include <vector>

namespace storelens {

// Sales by channel: the platform's source of the order ("web", "pos",
// "shopify_draft_order", a marketplace's name; empty when unknown). Returns are
// counted for the channel of their order, on the refund's day.
struct ChannelRow
{
    QString channel;
    SalesFigures sales;
};

struct ChannelReport
{
    ReportCurrency currency;
    DateRange range;
    std::vector<ChannelRow> rows; // by net sales, highest first
};

} // namespace storelens
