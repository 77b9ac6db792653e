// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/experimentlistmodel.h"

#include "models/itemmodels/displayformat.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/trackingstore.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

ExperimentListModel::ExperimentListModel(StoreReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{}

void ExperimentListModel::reload()
{
    const quint64 request = ++m_loadRequest;
    m_reader->submit(
        this,
        [](Store::Database &database) {
            Snapshot snapshot;
            Store::TrackingStore store(database);
            const QList<Store::Experiment> experiments = store.experiments(Store::ViewType::All);
            // Deleting an experiment deletes its runs with it, so a deleted experiment shows
            // the runs that a restore would bring back.
            QHash<qint64, qint64> active;
            QHash<qint64, qint64> deleted;
            QSqlQuery &counts =
                database.cached(u"SELECT experiment_id, lifecycle_stage, COUNT(*) FROM runs "
                                "GROUP BY experiment_id, lifecycle_stage"_s);
            Store::Database::exec(counts);
            while (counts.next()) {
                const qint64 n = counts.value(2).toLongLong();
                auto &target = counts.value(1).toString() == u"deleted"_s ? deleted : active;
                target.insert(counts.value(0).toLongLong(), n);
                snapshot.totalRuns += n;
            }
            counts.finish();
            for (const Store::Experiment &experiment : experiments) {
                const bool isDeleted = experiment.lifecycleStage == Store::LifecycleStage::Deleted;
                snapshot.rows.append(
                    {experiment, (isDeleted ? deleted : active).value(experiment.experimentId)});
            }
            return snapshot;
        },
        [this, request](const Snapshot &snapshot) {
            if (request == m_loadRequest)
                apply(snapshot);
        },
        [this, request](const Store::StoreError &error) {
            if (request == m_loadRequest)
                emit loadFailed(error.message());
        });
}

void ExperimentListModel::apply(const Snapshot &snapshot)
{
    bool sameIds = snapshot.rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < m_rows.size(); ++i)
        sameIds =
            snapshot.rows.at(i).experiment.experimentId == m_rows.at(i).experiment.experimentId;
    m_totalRuns = snapshot.totalRuns;
    if (sameIds) {
        // Renames and new counts update in place, so selections in views survive a refresh.
        m_rows = snapshot.rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = snapshot.rows;
        endResetModel();
    }
    m_loaded = true;
    emit loaded();
}

bool ExperimentListModel::isStoreEmpty() const
{
    return m_loaded && m_totalRuns == 0 && m_rows.size() == 1
        && m_rows.first().experiment.experimentId == 0;
}

qsizetype ExperimentListModel::activeCount() const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.experiment.lifecycleStage == Store::LifecycleStage::Active;
    });
}

int ExperimentListModel::rowOfExperiment(qint64 experimentId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).experiment.experimentId == experimentId)
            return int(i);
    }
    return -1;
}

qint64 ExperimentListModel::experimentIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).experiment.experimentId : -1;
}

void ExperimentListModel::createExperiment(const QString &name)
{
    runAction(Action::Create, -1, name);
}

void ExperimentListModel::renameExperiment(qint64 experimentId, const QString &newName)
{
    runAction(Action::Rename, experimentId, newName);
}

void ExperimentListModel::deleteExperiment(qint64 experimentId)
{
    runAction(Action::Delete, experimentId, {});
}

void ExperimentListModel::restoreExperiment(qint64 experimentId)
{
    runAction(Action::Restore, experimentId, {});
}

void ExperimentListModel::runAction(Action action, qint64 experimentId, const QString &name)
{
    m_reader->submit(
        this,
        [action, experimentId, name](Store::Database &database) {
            Store::TrackingStore store(database);
            switch (action) {
            case Action::Create:
                return store.createExperiment(name);
            case Action::Rename:
                store.renameExperiment(experimentId, name);
                break;
            case Action::Delete:
                store.deleteExperiment(experimentId);
                break;
            case Action::Restore:
                store.restoreExperiment(experimentId);
                break;
            }
            return experimentId;
        },
        [this, action](qint64 id) {
            reload();
            emit actionSucceeded(action, id);
        },
        [this, action](const Store::StoreError &error) {
            emit actionFailed(action, error.code(), error.message());
        });
}

int ExperimentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExperimentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExperimentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ExperimentIdRole:
        return row.experiment.experimentId;
    case NameRole:
        return row.experiment.name;
    case RunCountRole:
        return row.runCount;
    case IsDeletedRole:
        return row.experiment.lifecycleStage == Store::LifecycleStage::Deleted;
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(row.experiment.name)
                                            : QVariant(DisplayFormat::count(row.runCount));
    case Qt::ToolTipRole:
        if (row.experiment.lifecycleStage == Store::LifecycleStage::Deleted) {
            //: Tooltip of a deleted experiment: %1 name, %2 id
            return tr("%1 (ID %2), deleted")
                .arg(row.experiment.name)
                .arg(row.experiment.experimentId);
        }
        //: Tooltip of an experiment: %1 name, %2 id, %3 run count
        return tr("%1 (ID %2)\n%Ln run(s)", nullptr, int(qMin<qint64>(row.runCount, INT_MAX)))
            .arg(row.experiment.name)
            .arg(row.experiment.experimentId);
    case Qt::TextAlignmentRole:
        if (index.column() == RunCountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant ExperimentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    //: Column headers of the experiment list
    return section == NameColumn ? tr("Experiment") : tr("Runs");
}

} // namespace Flowdesk::ItemModels
