// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/latestmetricsmodel.h"

#include "models/itemmodels/displayformat.h"

#include <QLocale>

namespace Flowdesk::ItemModels {

LatestMetricsModel::LatestMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LatestMetricsModel::setMetrics(const QList<Store::Metric> &metrics)
{
    beginResetModel();
    m_metrics = metrics;
    endResetModel();
}

int LatestMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int LatestMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LatestMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::Metric &metric = m_metrics.at(index.row());
    if (role == SortValueRole) {
        switch (index.column()) {
        case KeyColumn:
            return metric.key;
        case ValueColumn:
            return metric.value;
        case StepColumn:
            return metric.step;
        case TimeColumn:
            return metric.timestamp;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != KeyColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return DisplayFormat::utcDateTime(metric.timestamp);
    if (role == Qt::ToolTipRole && index.column() == ValueColumn)
        return QString::number(metric.value, 'g', 17);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return metric.key;
    case ValueColumn:
        return DisplayFormat::metricValue(metric.value);
    case StepColumn:
        return QLocale().toString(metric.step);
    case TimeColumn:
        return DisplayFormat::localDateTime(metric.timestamp);
    }
    return {};
}

QVariant LatestMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        //: Column header in a run's metrics table
        return tr("Metric");
    case ValueColumn:
        //: Column header in a run's metrics table: the latest value
        return tr("Latest value");
    case StepColumn:
        //: Column header in a run's metrics table
        return tr("Step");
    case TimeColumn:
        //: Column header in a run's metrics table
        return tr("Logged");
    }
    return {};
}

} // namespace Flowdesk::ItemModels
