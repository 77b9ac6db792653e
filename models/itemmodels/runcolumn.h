// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Flowdesk::ItemModels {

/// A dynamic column of the runs table: one metric, param or tag key; a metric column shows
/// one of the aggregates kept in latest_metrics.
struct RunColumn
{
    enum class Kind { Metric, Param, Tag };
    enum class Aggregate { Latest, Min, Max, Mean, AtStep };

    Kind kind = Kind::Metric;
    QString key;
    Aggregate aggregate = Aggregate::Latest; ///< metrics only
    qint64 step = 0; ///< AtStep: the last value logged at this step

    /// The order_by key of the search language for this column, e.g. "min(metrics.`val loss`)".
    QString orderKey() const;
    /// "metrics.loss", "params.lr", "tags.team": how a filter names the key.
    QString filterKey() const;

    friend bool operator==(const RunColumn &, const RunColumn &) = default;
};

using RunColumns = QList<RunColumn>;

} // namespace Flowdesk::ItemModels
