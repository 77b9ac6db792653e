// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/keyvaluetablemodel.h"

namespace Flowdesk::ItemModels {

KeyValueTableModel::KeyValueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void KeyValueTableModel::setItems(const QList<Store::Tag> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int KeyValueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int KeyValueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyValueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    const Store::Tag &item = m_items.at(index.row());
    const QString &text = index.column() == KeyColumn ? item.key : item.value;
    // Values may hold thousands of characters or several lines; the cell shows the first line.
    if (role == Qt::DisplayRole && text.contains(u'\n'))
        return QString(text.section(u'\n', 0, 0) + QChar(0x2026));
    return text;
}

QVariant KeyValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    //: Column headers of the params and tags tables
    return section == KeyColumn ? tr("Key") : tr("Value");
}

} // namespace Flowdesk::ItemModels
