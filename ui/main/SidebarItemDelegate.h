#pragma once

#include <QStyledItemDelegate>

namespace storelens {

// Draws a sidebar item's second line (a store's sync state) smaller and
// dimmer than its name.
class SidebarItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont smallFont(const QFont &base);
};

} // namespace storelens
