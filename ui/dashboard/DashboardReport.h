#pragma once

#include <QCoreApplication>
#include <QSize>

class QPainter;

namespace storelens {

class DashboardPage;

// The dashboard as a one-page report (A4 landscape): the store or workspace,
// the period and the one compared with, the key figures with their changes,
// and the charts, always light as on paper. Written as PDF or PNG.
class DashboardReport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)
public:
    explicit DashboardReport(const DashboardPage &page);

    bool writePdf(const QString &path) const;
    bool writePng(const QString &path) const;

    // Page size in layout units (1/150 inch).
    static QSize pageSize();

private:
    void paint(QPainter &painter, const QSize &size) const;
    const DashboardPage &m_page;
};

} // namespace storelens
