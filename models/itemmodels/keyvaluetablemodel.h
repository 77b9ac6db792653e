// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QAbstractTableModel>

namespace Flowdesk::ItemModels {

/// A run's params or tags as a two-column table (key, value); small and in memory.
class KeyValueTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueTableModel)
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    explicit KeyValueTableModel(QObject *parent = nullptr);

    void setItems(const QList<Store::Tag> &items);

    const QList<Store::Tag> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Store::Tag> m_items;
};

} // namespace Flowdesk::ItemModels
