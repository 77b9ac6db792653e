// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/delegates/runcelldelegate.h"

#include "models/itemmodels/runtablemodel.h"
#include "views/icons.h"

#include <QApplication>
#include <QPainter>

namespace Flowdesk::Views {

using ItemModels::RunTableModel;

RunCellDelegate::RunCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void RunCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == RunTableModel::NameColumn) {
        const QVariant status = index.data(RunTableModel::RunStatusRole);
        if (status.isValid()) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = Icons::runStatus(Store::RunStatus(status.toInt()));
            option->decorationSize = QSize(16, 16);
        }
    }
    // Paths keep both their root and their file name.
    if (index.column() == RunTableModel::SourceColumn)
        option->textElideMode = Qt::ElideMiddle;
    if (index.data(RunTableModel::IsDeletedRole).toBool()) {
        option->font.setStrikeOut(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
}

QRect RunCellDelegate::arrowRect(const QRect &cell, int depth)
{
    return QRect(cell.left() + depth * IndentWidth, cell.top(), IndentWidth, cell.height());
}

void RunCellDelegate::paint(QPainter *painter,
                            const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const auto *model = qobject_cast<const RunTableModel *>(index.model());
    if (index.column() == RunTableModel::NameColumn && model && model->hasNestedRuns()) {
        // Child runs sit indented under their parent; a parent has a fold arrow.
        const int depth = index.data(RunTableModel::DepthRole).toInt();
        QStyleOptionViewItem nested = option;
        initStyleOption(&nested, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        // Background over the whole cell first, then the content shifted right.
        QStyleOptionViewItem background = nested;
        background.text.clear();
        background.icon = QIcon();
        background.features &= ~QStyleOptionViewItem::HasDecoration;
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        if (index.data(RunTableModel::ChildCountRole).toInt() > 0) {
            QStyleOption branch;
            branch.rect = arrowRect(option.rect, depth);
            branch.palette = option.palette;
            branch.state = QStyle::State_Children | QStyle::State_Item | QStyle::State_Enabled;
            const qint64 key = index.data(RunTableModel::RunKeyRole).toLongLong();
            if (m_isExpanded && m_isExpanded(key))
                branch.state |= QStyle::State_Open;
            style->drawPrimitive(QStyle::PE_IndicatorBranch, &branch, painter, widget);
        }
        QStyleOptionViewItem content = option;
        content.rect.setLeft(option.rect.left() + (depth + 1) * IndentWidth);
        // The shifted cell paints no background of its own (already painted).
        content.backgroundBrush = Qt::NoBrush;
        content.state &= ~QStyle::State_Selected;
        content.features &= ~QStyleOptionViewItem::Alternate;
        if (option.state & QStyle::State_Selected)
            content.palette.setColor(QPalette::Text,
                                     option.palette.color(QPalette::HighlightedText));
        if (index.data(RunTableModel::IsLoadedRole).toBool()) {
            QStyledItemDelegate::paint(painter, content, index);
            return;
        }
    }
    if (index.data(RunTableModel::IsLoadedRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's page is on its way: draw the background (selection, alternate colour) and a
    // bar in the text's place, so that scrolling fast never shows stale or blank-looking data.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int height = option.fontMetrics.height() / 2;
    const int width = qMax(12, option.rect.width() * (index.column() == 0 ? 3 : 2) / 5);
    const QRect bar(option.rect.left() + 6, option.rect.center().y() - height / 2, width, height);
    QColor color = option.palette.color(QPalette::Text);
    color.setAlphaF(0.12f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(
        bar.intersected(option.rect.adjusted(0, 0, -6, 0)), height / 2.0, height / 2.0);
    painter->restore();
}

} // namespace Flowdesk::Views
