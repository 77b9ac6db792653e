// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/query/filterast.h"

#include <QList>
#include <QString>

namespace Flowdesk::Query {

/// Which MLflow search a filter belongs to: each accepts other keys and words its errors
/// differently.
enum class SearchDialect { Runs, Experiments, RegisteredModels, ModelVersions };

/// One `key comparator value` clause as MLflow's parser leaves it: comparator text as written
/// (upper-cased where MLflow upper-cases it), key not yet translated.
struct MlflowClause
{
    enum class ValueKind { Number, String, List };
    EntityType type = EntityType::Attribute;
    QString key;
    QString comparator;
    ValueKind valueKind = ValueKind::String;
    QString value;
    QStringList list;
    int position = 0; ///< the whole clause
    int length = 0;
    int comparatorPosition = 0;
    int comparatorLength = 0;
};

/// MLflow 2.14's filter language, exactly: the same filters are accepted, the same are rejected,
/// with MLflow's message, and the same meaning results. Two steps, because MLflow checks order_by
/// between them and the first error wins.
class MlflowFilterParser final
{
public:
    /// MLflow's parse_search_filter: structure, keys and values. Throws QueryError.
    static QList<MlflowClause> parse(const QString &filter, SearchDialect dialect);
    /// MLflow's later check of each comparator against its key, and the translation to
    /// Conditions (canonical keys, typed values). Throws QueryError.
    static QList<Condition> conditions(const QList<MlflowClause> &clauses, SearchDialect dialect);
    /// Both steps.
    static QList<Condition> parseConditions(const QString &filter, SearchDialect dialect);
};

} // namespace Flowdesk::Query
