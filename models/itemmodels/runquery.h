// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QList>
#include <QString>

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::ItemModels {

struct RunOrder
{
    /// An MLflow order_by key (`attributes.start_time`, `metrics.loss`, `params.lr`,
    /// `min(metrics.loss)`, ...); MLflow's default is the newest run first.
    QString key = QStringLiteral("attributes.start_time");
    Qt::SortOrder direction = Qt::DescendingOrder;

    /// The order_by clause for the query module, e.g. "metrics.loss DESC".
    QString clause() const
    {
        return key
            + (direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    }

    friend bool operator==(const RunOrder &, const RunOrder &) = default;
};

/// What the runs table shows: which experiments, which lifecycle stage, a filter in the search
/// language of models/query (MLflow's plus Flowdesk's extensions) and the order. Ties follow
/// MLflow (start_time DESC, run_id ASC).
struct RunQuery
{
    QList<qint64> experimentIds;
    Store::ViewType view = Store::ViewType::ActiveOnly;
    QString filter; ///< empty = every run
    RunOrder order;
    /// Child runs (tag mlflow.parentRunId) follow their parent, as MLflow's UI nests them;
    /// a child whose parent is not in the result stays where the order puts it.
    bool nestChildren = true;

    static RunQuery forExperiments(const QList<qint64> &ids,
                                   Store::ViewType view = Store::ViewType::ActiveOnly)
    {
        RunQuery query;
        query.experimentIds = ids;
        query.view = view;
        return query;
    }

    bool isEmpty() const { return experimentIds.isEmpty(); }

    bool isFiltered() const { return !filter.trimmed().isEmpty(); }

    friend bool operator==(const RunQuery &, const RunQuery &) = default;
};

/// Phase 1 of the keys + pages model: the ordered run keys of every match, and the number of
/// runs the query would show without its filter (the "M" of "N of M runs").
struct RunKeys
{
    QList<qint64> keys;
    qint64 unfilteredCount = 0;
    /// With nestChildren: per row, how deep it is nested (0 = top level) and how many direct
    /// children follow it. Empty when no listed run has a listed parent.
    QList<int> depths;
    QList<int> childCounts;
};

/// Runs phase 1 on the given connection through Query::RunSearcher. Throws Query::QueryError
/// for a filter or order the search language rejects, StoreError for store failures.
RunKeys loadRunKeys(Store::Database &database, const RunQuery &query);

} // namespace Flowdesk::ItemModels
