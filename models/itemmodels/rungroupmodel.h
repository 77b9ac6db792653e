// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/runcolumn.h"

#include <QAbstractTableModel>
#include <QList>

namespace Flowdesk::ItemModels {

class StoreReader;

/// The runs table grouped by the value of one param or tag: per group the number of runs and
/// the min / mean / max of one metric's latest value (NaN left out). Computed in one query on
/// the StoreReader's worker over the runs the table lists (its phase-1 keys); the result is
/// small (one row per distinct value), so it is held in memory.
class RunGroupModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunGroupModel)
public:
    enum Column { ValueColumn, CountColumn, MinColumn, MeanColumn, MaxColumn, ColumnCount };

    enum Role {
        IsMissingValueRole = Qt::UserRole + 1, ///< the group of runs without the key
        SortValueRole,
    };

    struct Group
    {
        QString value;
        bool missing = false; ///< runs that lack the key
        qint64 count = 0;
        double min = 0;
        double mean = 0;
        double max = 0;
        bool hasMetric = false; ///< some run of the group has a (non-NaN) value
    };

    explicit RunGroupModel(StoreReader *reader, QObject *parent = nullptr);

    /// Groups these runs by kind (Param or Tag) key; metricKey may be empty (counts only).
    void setGrouping(const QList<qint64> &runKeys,
                     RunColumn::Kind kind,
                     const QString &key,
                     const QString &metricKey);

    const Group &groupAt(int row) const { return m_groups.at(row); }

    const QString &key() const { return m_key; }

    const QString &metricKey() const { return m_metricKey; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loaded();
    void failed(const QString &message);

private:
    StoreReader *m_reader = nullptr;
    QList<Group> m_groups;
    RunColumn::Kind m_kind = RunColumn::Kind::Param;
    QString m_key;
    QString m_metricKey;
    quint64 m_request = 0;
};

} // namespace Flowdesk::ItemModels
