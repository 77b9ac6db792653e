// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/rundetails.h"
#include "models/store/entities.h"

#include <QAbstractTableModel>

namespace Flowdesk::ItemModels {

/// A run's latest metric values (MLflow's latest rule) with their step, and once the details
/// are loaded their min, max, number of points and a downsampled history for a sparkline; the
/// time the latest value was logged is in the tooltip.
class LatestMetricsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatestMetricsModel)
public:
    enum Column {
        KeyColumn,
        HistoryColumn,
        ValueColumn,
        MinColumn,
        MaxColumn,
        PointsColumn,
        StepColumn,
        ColumnCount
    };

    enum Role {
        SortValueRole = Qt::UserRole + 1,
        SparklineRole, ///< HistoryColumn: QList<QPointF>, x = step, y = value
    };

    explicit LatestMetricsModel(QObject *parent = nullptr);

    /// Latest values only; min, max, points and history stay empty.
    void setMetrics(const QList<Store::Metric> &metrics);
    void setSummaries(const QList<MetricSummary> &summaries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<MetricSummary> m_metrics;
};

} // namespace Flowdesk::ItemModels
