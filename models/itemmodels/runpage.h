// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/runcolumn.h"
#include "models/store/entities.h"

#include <QHash>
#include <QList>
#include <QString>

#include <limits>

class QJsonArray;

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::ItemModels {

/// Phase 2 of the keys + pages model: the table's columns for one page of rows, stored
/// column-wise. Row i belongs to keys[i]; a run deleted between the phases keeps its row with
/// found[i] == false.
struct RunPage
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    QList<qint64> keys;
    QList<bool> found;
    QList<QString> runIds;
    QList<QString> names;
    QList<Store::RunStatus> statuses;
    QList<qint64> startTimes; ///< ms since the epoch, or NoTime
    QList<qint64> endTimes; ///< ms since the epoch, or NoTime
    QList<QString> users;
    QList<QString> sources; ///< the mlflow.source.name tag
    QList<Store::LifecycleStage> stages;
    QList<QString> experimentNames;

    /// A registered model version created from a run (model_versions.run_id).
    struct ModelVersionRef
    {
        QString name;
        qint64 version = 0;
    };

    /// Per row: the run's model versions, by model name, then version.
    QList<QList<ModelVersionRef>> modelVersions;

    /// The values of one dynamic column for the page's rows.
    struct ColumnValues
    {
        enum State : quint8 { Missing, Present, NaN };

        QList<quint8> states;
        QList<double> numbers; ///< metrics
        QList<QString> texts; ///< params and tags
    };

    /// One per requested dynamic column, in the order asked for.
    QList<ColumnValues> columns;

    qsizetype size() const { return keys.size(); }

    /// The attribute columns in one query for all the given run keys, the registered model
    /// versions in one more, then the dynamic columns in one query per kind (metrics, params,
    /// tags) for the whole page; the rows come back in the order of runKeys.
    static RunPage
    load(Store::Database &database, const QList<qint64> &runKeys, const RunColumns &columns = {});

private:
    static void loadModelVersions(Store::Database &database, RunPage &page);
    static void loadColumns(Store::Database &database,
                            RunPage &page,
                            const QHash<qint64, qsizetype> &rowOfKey,
                            const QJsonArray &runKeys,
                            const RunColumns &columns);
};

} // namespace Flowdesk::ItemModels
