#include "DetailHtml.h"

namespace storelens {

void DetailHtml::title(const QString &text, const QString &subtitle)
{
    m_html += QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>").arg(text.toHtmlEscaped());
    if (!subtitle.isEmpty())
        m_html += QStringLiteral("<p style=\"margin-top:0\">%1</p>").arg(subtitle.toHtmlEscaped());
}

void DetailHtml::facts(const QList<std::pair<QString, QString>> &pairs)
{
    m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : pairs) {
        if (value.isEmpty())
            continue;
        m_html += QStringLiteral("<tr><td style=\"padding-right:12px\"><i>%1</i></td>"
                                 "<td>%2</td></tr>")
                      .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    m_html += QStringLiteral("</table>");
}

void DetailHtml::section(const QString &text)
{
    m_html += QStringLiteral("<h3 style=\"margin-top:14px;margin-bottom:4px\">%1</h3>")
                  .arg(text.toHtmlEscaped());
}

void DetailHtml::table(const QStringList &headers, const QList<QStringList> &rows,
                       const QList<bool> &numeric, const QList<QString> &rowLinks)
{
    m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
                             "<tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        m_html += QStringLiteral("<th align=\"%1\" style=\"border-bottom:1px solid gray\">%2</th>")
                      .arg(numeric.value(i) ? QStringLiteral("right") : QStringLiteral("left"),
                           headers[i].toHtmlEscaped());
    }
    m_html += QStringLiteral("</tr>");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        m_html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < rows[r].size(); ++i) {
            QString cell = rows[r][i].toHtmlEscaped();
            if (i == 0 && !rowLinks.value(r).isEmpty())
                cell =
                    QStringLiteral("<a href=\"%1\">%2</a>").arg(rowLinks[r].toHtmlEscaped(), cell);
            // Amounts never break across lines.
            m_html +=
                numeric.value(i)
                    ? QStringLiteral("<td align=\"right\" style=\"white-space:nowrap\">%1</td>")
                          .arg(cell)
                    : QStringLiteral("<td>%1</td>").arg(cell);
        }
        m_html += QStringLiteral("</tr>");
    }
    m_html += QStringLiteral("</table>");
}

void DetailHtml::paragraph(const QString &text)
{
    m_html += QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

void DetailHtml::link(const QString &text, const QString &href)
{
    m_html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                  .arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

void DetailHtml::note(const QString &text)
{
    m_html += QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped());
}

QString DetailHtml::html() const
{
    return m_html;
}

} // namespace storelens
