// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/query/filterast.h"

#include <QString>

namespace Flowdesk::Query {

/// Flowdesk's run filter language: MLflow's plus OR, NOT, parentheses, IS [NOT] NULL, IN lists
/// for params/tags/string attributes, numeric comparison of params and tags, and metric
/// aggregates (min(metrics.loss), max, mean, first, last; metrics.loss@step=100).
///
/// Only for filters MLflow rejects: parseRunFilter() tries MLflow's parser first, so a filter
/// MLflow accepts always keeps MLflow's meaning.
class ExtendedFilterParser final
{
public:
    /// The extended grammar alone. Throws QueryError with the position of the problem.
    static FilterNode parse(const QString &filter);

    /// MLflow's parser, then (when allowed and MLflow rejected the filter) the extended one.
    /// When both reject, the extended parser's error is thrown (it points at the problem).
    static FilterNode parseRunFilter(const QString &filter, bool allowExtensions);

    /// Wraps MLflow conditions (all ANDed) as a tree.
    static FilterNode conjunction(const QList<Condition> &conditions);

    /// True if the tree uses only what MLflow accepts (an And of plain MLflow conditions).
    static bool isMlflowCompatible(const FilterNode &node);
};

} // namespace Flowdesk::Query
