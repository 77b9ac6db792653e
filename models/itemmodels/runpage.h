// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QList>
#include <QString>

#include <limits>

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

    qsizetype size() const { return keys.size(); }

    /// One query for all the given run keys; the rows come back in the order of runKeys.
    static RunPage load(Store::Database &database, const QList<qint64> &runKeys);
};

} // namespace Flowdesk::ItemModels
