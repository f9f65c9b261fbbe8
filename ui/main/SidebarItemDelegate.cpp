#include "SidebarItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace storelens {

QFont SidebarItemDelegate::smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

void SidebarItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor color =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setPen(color);
    painter->setFont(opt.font);
    const QFontMetrics fm(opt.font);
    const QRect first(textRect.left() + 2, textRect.top() + 2, textRect.width() - 4, fm.height());
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(text.left(newline), Qt::ElideRight, first.width()));
    const QFont small = smallFont(opt.font);
    QColor dim = color;
    dim.setAlphaF(selected ? 0.85 : 0.6);
    painter->setPen(dim);
    painter->setFont(small);
    const QFontMetrics sfm(small);
    const QRect second(first.left(), first.bottom() + 1, first.width(), sfm.height());
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(text.mid(newline + 1), Qt::ElideRight, second.width()));
    painter->restore();
}

QSize SidebarItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.contains(QLatin1Char('\n'))) {
        const QFontMetrics fm(option.font);
        const QFontMetrics sfm(smallFont(option.font));
        size.setHeight(fm.height() + sfm.height() + 6);
    } else {
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    }
    return size;
}

} // namespace storelens
