// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/latestmetricsmodel.h"

#include "models/itemmodels/displayformat.h"

#include <QLocale>

#include <cmath>

namespace Flowdesk::ItemModels {

namespace {

// The details pane is narrow and shows six numbers a row: six significant digits, the exact
// value in the tooltip.
QString compactValue(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'g', 6)
                                : DisplayFormat::metricValue(value);
}

} // namespace

LatestMetricsModel::LatestMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LatestMetricsModel::setMetrics(const QList<Store::Metric> &metrics)
{
    QList<MetricSummary> summaries;
    summaries.reserve(metrics.size());
    for (const Store::Metric &metric : metrics)
        summaries.append({metric, std::nullopt, std::nullopt, 0, {}});
    setSummaries(summaries);
}

void LatestMetricsModel::setSummaries(const QList<MetricSummary> &summaries)
{
    beginResetModel();
    m_metrics = summaries;
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
    const MetricSummary &summary = m_metrics.at(index.row());
    const Store::Metric &metric = summary.latest;
    if (role == SparklineRole)
        return index.column() == HistoryColumn ? QVariant::fromValue(summary.sparkline)
                                               : QVariant();
    if (role == SortValueRole) {
        switch (index.column()) {
        case KeyColumn:
            return metric.key;
        case ValueColumn:
            return metric.value;
        case StepColumn:
            return metric.step;
        case MinColumn:
            return summary.minValue ? QVariant(*summary.minValue) : QVariant();
        case MaxColumn:
            return summary.maxValue ? QVariant(*summary.maxValue) : QVariant();
        case PointsColumn:
            return summary.pointCount;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != KeyColumn
        && index.column() != HistoryColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == HistoryColumn) {
        if (summary.pointCount == 0)
            return {};
        //: Tooltip of a metric's sparkline: %1 key, %2 number of logged points
        return tr("History of %1 by step (%2 points; NaN not drawn)")
            .arg(metric.key, QLocale().toString(summary.pointCount));
    }
    if (role == Qt::ToolTipRole && (index.column() == MinColumn || index.column() == MaxColumn)) {
        const std::optional<double> value =
            index.column() == MinColumn ? summary.minValue : summary.maxValue;
        return value ? DisplayFormat::metricValue(*value) : QString();
    }
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
        return compactValue(metric.value);
    case StepColumn:
        return QLocale().toString(metric.step);
    case MinColumn:
        return summary.minValue ? compactValue(*summary.minValue) : QString();
    case MaxColumn:
        return summary.maxValue ? compactValue(*summary.maxValue) : QString();
    case PointsColumn:
        return summary.pointCount > 0 ? QLocale().toString(summary.pointCount) : QString();
    case HistoryColumn:
        return {};
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
    case MinColumn:
        //: Column header in a run's metrics table: the smallest value logged (NaN ignored)
        return tr("Min");
    case MaxColumn:
        //: Column header in a run's metrics table: the largest value logged (NaN ignored)
        return tr("Max");
    case PointsColumn:
        //: Column header in a run's metrics table: how many values were logged
        return tr("Points");
    case HistoryColumn:
        //: Column header in a run's metrics table: a small chart of the values by step
        return tr("History");
    }
    return {};
}

} // namespace Flowdesk::ItemModels
