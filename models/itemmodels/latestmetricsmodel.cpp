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
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != KeyColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        //: Tooltip of a latest metric: %1 key, %2 exact value, %3 local time, %4 UTC time
        return tr("%1 = %2\nLogged %3 (%4)")
            .arg(metric.key,
                 QString::number(metric.value, 'g', 17),
                 DisplayFormat::localDateTime(metric.timestamp),
                 DisplayFormat::utcDateTime(metric.timestamp));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return metric.key;
    case ValueColumn:
        return DisplayFormat::metricValue(metric.value);
    case StepColumn:
        return QLocale().toString(metric.step);
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
    }
    return {};
}

} // namespace Flowdesk::ItemModels
