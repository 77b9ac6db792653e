// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Flowdesk::Query {

enum class EntityType { Metric, Param, Tag, Attribute, Dataset };

/// Which value of a metric a key means. Latest is MLflow's (metrics.loss); the others are
/// Flowdesk extensions (metrics.loss.min, metrics.loss@step=100).
enum class MetricAggregate { Latest, Min, Max, Mean, First, AtStep };

enum class Comparator {
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Like,
    ILike,
    In,
    NotIn,
    IsNull,
    IsNotNull,
};

/// A key of a filter or order-by: `metrics.loss`, `params.lr`, `attributes.status`, ...
/// Attribute keys are canonical (run_name for `run name`, start_time for `created`).
struct FieldRef
{
    EntityType type = EntityType::Attribute;
    QString key;
    MetricAggregate aggregate = MetricAggregate::Latest;
    qint64 step = 0;
    int position = 0;
    int length = 0;

    bool isNumericAttribute() const
    {
        return type == EntityType::Attribute
            && (key == QLatin1String("start_time") || key == QLatin1String("end_time")
                || key == QLatin1String("duration"));
    }

    /// Flowdesk's `attributes.duration` (end_time - start_time in ms), an extension MLflow
    /// rejects as an invalid attribute key.
    bool isDuration() const
    {
        return type == EntityType::Attribute && key == QLatin1String("duration");
    }
};

/// One comparison `key <comparator> value`.
struct Condition
{
    FieldRef field;
    Comparator comparator = Comparator::Equal;
    QString text; ///< string value (LIKE patterns as written)
    double number = 0; ///< numeric value
    bool numeric = false; ///< the value is a number (metrics, numeric attributes, numeric params)
    QStringList list; ///< IN / NOT IN values
    int position = 0;
    int length = 0;
};

/// A filter as a tree. MLflow filters are an And of Conditions; the extensions add Or and Not.
struct FilterNode
{
    enum class Kind { All, Condition, And, Or, Not };
    Kind kind = Kind::All; ///< All: no filter, every run matches
    Query::Condition condition;
    std::vector<FilterNode> children;
    int position = 0;
    int length = 0;
    bool parenthesized = false; ///< written in parentheses (position/length include them)
};

struct OrderKey
{
    FieldRef field;
    bool ascending = true;
};

} // namespace Flowdesk::Query
