// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/delegates/quickswitchdelegate.h"

#include "models/itemmodels/quickswitchmodel.h"
#include "views/icons.h"

#include <QApplication>
#include <QPainter>

namespace Flowdesk::Views {

using ItemModels::QuickSwitchModel;

namespace {

constexpr int DetailMargin = 10;

} // namespace

QuickSwitchDelegate::QuickSwitchDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void QuickSwitchDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
    if (index.data(QuickSwitchModel::KindRole).value<QuickSwitchModel::Kind>()
        == QuickSwitchModel::Kind::Run)
        option->icon =
            Icons::runStatus(Store::RunStatus(index.data(QuickSwitchModel::RunStatusRole).toInt()));
    else
        option->icon = Icons::experiment();
}

void QuickSwitchDelegate::paint(QPainter *painter,
                                const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QString detail = index.data(QuickSwitchModel::DetailRole).toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The name gives way to the detail only as far as it has to.
    const int detailWidth = detail.isEmpty()
        ? 0
        : qMin(opt.fontMetrics.horizontalAdvance(detail), opt.rect.width() / 3);
    QStyleOptionViewItem nameOption = opt;
    nameOption.rect.setRight(opt.rect.right() - detailWidth - 2 * DetailMargin);
    // The whole row is selected, not only the name's part.
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    QStyleOptionViewItem background = opt;
    background.text.clear();
    background.icon = {};
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, opt.widget);
    nameOption.backgroundBrush = Qt::NoBrush;
    nameOption.state &= ~QStyle::State_Selected;
    nameOption.state &= ~QStyle::State_HasFocus;
    if (opt.state & QStyle::State_Selected)
        nameOption.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    style->drawControl(QStyle::CE_ItemViewItem, &nameOption, painter, opt.widget);
    if (detailWidth == 0)
        return;
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(
        opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect detailRect(opt.rect.right() - detailWidth - DetailMargin,
                           opt.rect.top(),
                           detailWidth,
                           opt.rect.height());
    painter->drawText(detailRect,
                      Qt::AlignRight | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(detail, Qt::ElideRight, detailWidth));
    painter->restore();
}

QSize QuickSwitchDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace Flowdesk::Views
