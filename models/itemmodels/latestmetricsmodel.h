// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QAbstractTableModel>

namespace Flowdesk::ItemModels {

/// A run's latest metric values (MLflow's latest rule) with their step; the time they were
/// logged is in the tooltip.
class LatestMetricsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatestMetricsModel)
public:
    enum Column { KeyColumn, ValueColumn, StepColumn, ColumnCount };

    enum Role { SortValueRole = Qt::UserRole + 1 };

    explicit LatestMetricsModel(QObject *parent = nullptr);

    void setMetrics(const QList<Store::Metric> &metrics);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Store::Metric> m_metrics;
};

} // namespace Flowdesk::ItemModels
