// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/runcolumn.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Flowdesk::ItemModels {

class StoreReader;

/// The runs table grouped by the value of one param or tag: per group the number of runs and,
/// for each chosen metric, the min / mean / max of its latest value (NaN left out). Computed in
/// one query on the StoreReader's worker over the runs the table lists (its phase-1 keys); the
/// result is small (one row per distinct value), so it is held in memory.
class RunGroupModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunGroupModel)
public:
    /// Then three columns per chosen metric: min, mean, max (see metricColumn()).
    enum Column { ValueColumn, CountColumn, FirstMetricColumn };

    enum Statistic { Min, Mean, Max, StatisticCount };

    enum Role {
        IsMissingValueRole = Qt::UserRole + 1, ///< the group of runs without the key
        SortValueRole,
    };

    struct Statistics
    {
        double min = 0;
        double mean = 0;
        double max = 0;
        bool hasValue = false; ///< some run of the group has a (non-NaN) value
    };

    struct Group
    {
        QString value;
        bool missing = false; ///< runs that lack the key
        qint64 count = 0;
        QList<Statistics> metrics; ///< one per metricKeys() entry
    };

    explicit RunGroupModel(StoreReader *reader, QObject *parent = nullptr);

    /// Groups these runs by kind (Param or Tag) key, with statistics of each metric (none:
    /// counts only).
    void setGrouping(const QList<qint64> &runKeys,
                     RunColumn::Kind kind,
                     const QString &key,
                     const QStringList &metricKeys);

    const Group &groupAt(int row) const { return m_groups.at(row); }

    RunColumn::Kind kind() const { return m_kind; }

    const QString &key() const { return m_key; }

    const QStringList &metricKeys() const { return m_metricKeys; }

    static int metricColumn(int metricIndex, Statistic statistic)
    {
        return FirstMetricColumn + metricIndex * StatisticCount + statistic;
    }

    /// The filter clause that lists exactly the runs of the group at row, in MLflow's syntax
    /// (the group of runs without the key uses Flowdesk's IS NULL extension).
    QString filterClause(int row) const;
    static QString filterClause(RunColumn::Kind kind, const QString &key, const Group &group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// In memory (the groups are few and all loaded); kept when the groups reload. Sorted by
    /// value, the group of runs without the key stays last; sorted by a metric statistic, so do
    /// the groups without a value for it. Numeric values compare as numbers.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }

    Qt::SortOrder sortOrder() const { return m_sortOrder; }

signals:
    void loaded();
    void failed(const QString &message);

private:
    StoreReader *m_reader = nullptr;
    QList<Group> m_groups;
    RunColumn::Kind m_kind = RunColumn::Kind::Param;
    QString m_key;
    QStringList m_metricKeys;
    quint64 m_request = 0;
    int m_sortColumn = CountColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;

    void sortGroups();
};

} // namespace Flowdesk::ItemModels
