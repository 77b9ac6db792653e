// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"
#include "models/store/storeerror.h"

#include <QAbstractTableModel>
#include <QList>

namespace Flowdesk::ItemModels {

class StoreReader;

/// All experiments of the store (active and deleted) with their run counts, loaded whole on
/// the StoreReader's worker (a store holds few experiments). Also the entry point for editing
/// experiments: the edits run on the worker and the list reloads after each.
class ExperimentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentListModel)
public:
    enum Column { NameColumn, RunCountColumn, ColumnCount };

    enum Role {
        ExperimentIdRole = Qt::UserRole + 1,
        NameRole,
        RunCountRole,
        IsDeletedRole,
    };
    Q_ENUM(Role)

    enum class Action { Create, Rename, Delete, Restore };
    Q_ENUM(Action)

    struct Row
    {
        Store::Experiment experiment;
        qint64 runCount = 0; ///< active runs; for a deleted experiment its deleted runs
    };

    explicit ExperimentListModel(StoreReader *reader, QObject *parent = nullptr);

    /// Loads the list on the worker; emits loaded() when it is in.
    void reload();

    bool isLoaded() const { return m_loaded; }

    /// A fresh store: only the Default experiment, and no run anywhere.
    bool isStoreEmpty() const;
    qsizetype activeCount() const;

    int rowOfExperiment(qint64 experimentId) const;
    qint64 experimentIdAt(int row) const;

    const Row &rowAt(int row) const { return m_rows.at(row); }

    void createExperiment(const QString &name);
    void renameExperiment(qint64 experimentId, const QString &newName);
    void deleteExperiment(qint64 experimentId);
    void restoreExperiment(qint64 experimentId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loaded();
    void loadFailed(const QString &errorMessage);
    /// experimentId is the created, renamed, deleted or restored experiment.
    void actionSucceeded(Flowdesk::ItemModels::ExperimentListModel::Action action,
                         qint64 experimentId);
    /// message is the store's English text; views word the error by code.
    void actionFailed(Flowdesk::ItemModels::ExperimentListModel::Action action,
                      Flowdesk::Store::ErrorCode code,
                      const QString &message);

private:
    struct Snapshot
    {
        QList<Row> rows;
        qint64 totalRuns = 0;
    };

    void apply(const Snapshot &snapshot);
    void runAction(Action action, qint64 experimentId, const QString &name);

    StoreReader *m_reader = nullptr;
    QList<Row> m_rows;
    qint64 m_totalRuns = 0;
    quint64 m_loadRequest = 0;
    bool m_loaded = false;
};

} // namespace Flowdesk::ItemModels
