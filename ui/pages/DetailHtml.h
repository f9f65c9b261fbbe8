#pragma once

#include <QString>
#include <QStringList>

namespace storelens {

// Builds the HTML of a detail view (a QTextBrowser): a title, facts as label
// and value pairs, and tables. Every text given is escaped here.
class DetailHtml
{
public:
    void title(const QString &text, const QString &subtitle = {});
    void facts(const QList<std::pair<QString, QString>> &pairs);
    void section(const QString &text);
    // `numeric` marks the right-aligned columns; a cell may be a link when
    // given as {text, href}.
    void table(const QStringList &headers, const QList<QStringList> &rows,
               const QList<bool> &numeric, const QList<QString> &rowLinks = {});
    void paragraph(const QString &text);
    void link(const QString &text, const QString &href);
    void note(const QString &text);
    QString html() const;

private:
    QString m_html;
};

} // namespace storelens
