// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/query/filterast.h"
#include "models/query/mlflowfilterparser.h"

#include <QList>
#include <QStringList>

namespace Flowdesk::Query {

/// MLflow's order_by clauses ("metrics.loss DESC", "`f1 score`", "timestamp"), with MLflow's
/// messages, and for runs optionally Flowdesk's metric aggregates ("metrics.loss.min DESC",
/// "metrics.loss@step=10").
class OrderByParser final
{
public:
    /// Throws QueryError; positions are within the one clause that failed.
    static QList<OrderKey>
    parse(const QStringList &orderBy, SearchDialect dialect, bool allowExtensions = false);
    /// One clause: the key text and direction, as MLflow's _parse_order_by_string.
    static std::pair<QString, bool> split(const QString &clause);
};

} // namespace Flowdesk::Query
