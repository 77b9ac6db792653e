// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/delegates/experimentitemdelegate.h"

#include "models/itemmodels/experimentlistmodel.h"
#include "views/icons.h"

namespace Flowdesk::Views {

using ItemModels::ExperimentListModel;

ExperimentItemDelegate::ExperimentItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ExperimentItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                             const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool deleted = index.data(ExperimentListModel::IsDeletedRole).toBool();
    if (index.column() == ExperimentListModel::NameColumn) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = Icons::experiment(deleted);
        option->decorationSize = QSize(16, 16);
    } else {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
    if (deleted) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
}

} // namespace Flowdesk::Views
