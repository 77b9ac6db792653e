// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/query/filterast.h"
#include "models/store/entities.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Flowdesk::Query {

/// SQL text plus the values for its `?` placeholders, in order. Values never enter the text.
struct SqlStatement
{
    QString sql;
    QVariantList bindings;
};

/// Compiles a run filter tree and order keys to SQL over the store schema, with MLflow's
/// semantics: a clause on a key a run lacks never matches; LIKE is case-sensitive without an
/// escape character; ILIKE folds ASCII case only (as MLflow on SQLite); missing values sort last
/// in both directions, a NaN latest metric after every number; ties by start_time DESC, run_id.
class RunQueryCompiler final
{
public:
    RunQueryCompiler(QList<qint64> experimentIds, Store::ViewType view);

    void setFilter(const FilterNode &filter) { m_filter = filter; }

    void setOrder(const QList<OrderKey> &order) { m_order = order; }

    /// SELECT run_key, run_id in the search order; limit -1 = all.
    SqlStatement select(qint64 limit = -1, qint64 offset = 0) const;
    SqlStatement count() const;

    /// LIKE pattern -> GLOB pattern (case-sensitive, no escape character, GLOB's own
    /// metacharacters taken literally).
    static QString likeToGlob(const QString &pattern);
    /// ASCII-only lower case, as SQLite's lower().
    static QString asciiLower(const QString &text);

    /// Collects bound values in the order their placeholders appear.
    struct Builder
    {
        QVariantList bindings;

        QString bind(const QVariant &value)
        {
            bindings.append(value);
            return QStringLiteral("?");
        }
    };

    /// `expression <comparator> value` for one condition, with its values bound: LIKE as GLOB,
    /// ILIKE on ASCII-lowered text, lists, IS NULL. `numericColumn` binds a number as MLflow
    /// does (text that SQLite converts against the integer column).
    static QString valueTest(Builder &builder,
                             const QString &expression,
                             const Condition &condition,
                             bool numericColumn = false);
    /// The ORDER BY term that puts NULLs last whatever the direction, then the value.
    static QStringList orderTerms(const QString &expression, bool ascending);

private:
    QString filterJoins(Builder &builder, FilterNode &remaining) const;
    QString whereClause(Builder &builder, const FilterNode &filter) const;

    QList<qint64> m_experimentIds;
    Store::ViewType m_view;
    FilterNode m_filter;
    QList<OrderKey> m_order;
};

} // namespace Flowdesk::Query
