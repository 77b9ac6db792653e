// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::ItemModels {

/// A compiled search filter: a boolean SQL expression over the runs table (aliased `r`) with
/// `?` placeholders, and the values bound to them in order. models/query produces these; this
/// module only splices the fragment (never a value) into its statement.
struct RunFilter
{
    QString whereSql;
    QVariantList bindings;
    friend bool operator==(const RunFilter &, const RunFilter &) = default;
};

/// The fixed run attributes the table can sort by in SQL.
enum class RunSortField { Name, Status, StartTime, Duration, User, Source };

struct RunOrder
{
    RunSortField field = RunSortField::StartTime; ///< MLflow's default: newest first
    Qt::SortOrder direction = Qt::DescendingOrder;
    friend bool operator==(const RunOrder &, const RunOrder &) = default;
};

/// What the runs table shows: which experiments, which lifecycle stage, an optional filter and
/// the order. Ties are always broken by run_id ascending, as MLflow does.
struct RunQuery
{
    QList<qint64> experimentIds;
    Store::ViewType view = Store::ViewType::ActiveOnly;
    std::optional<RunFilter> filter;
    RunOrder order;

    static RunQuery forExperiments(const QList<qint64> &ids,
                                   Store::ViewType view = Store::ViewType::ActiveOnly)
    {
        RunQuery query;
        query.experimentIds = ids;
        query.view = view;
        return query;
    }

    bool isEmpty() const { return experimentIds.isEmpty(); }

    friend bool operator==(const RunQuery &, const RunQuery &) = default;
};

/// Phase 1 of the keys + pages model: the ordered run keys of every match, and the number of
/// runs the query would show without its filter (the "M" of "N of M runs").
struct RunKeys
{
    QList<qint64> keys;
    qint64 unfilteredCount = 0;
};

/// Runs phase 1 on the given connection. Throws StoreError (e.g. a filter fragment that does
/// not compile).
RunKeys loadRunKeys(Store::Database &database, const RunQuery &query);

} // namespace Flowdesk::ItemModels
