// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/runquerycompiler.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Query {

namespace {

using Builder = RunQueryCompiler::Builder;

const QString RunNameTag = u"mlflow.runName"_s;
const QString DatasetContextTag = u"mlflow.data.context"_s;

// attributes.duration: end minus start; for a run still running, the time so far (as the runs
// table shows it); NULL for a run that stopped without an end time, which sorts with the
// missing values. Each use binds its own "now": the placeholders are positional.
QString durationExpression(Builder &b)
{
    return u"(COALESCE(r.end_time, CASE WHEN r.status = 'RUNNING' THEN "_s
        + b.bind(QDateTime::currentMSecsSinceEpoch()) + u" END) - r.start_time)"_s;
}

QString sqlOperator(Comparator comparator)
{
    switch (comparator) {
    case Comparator::Equal:
        return u"="_s;
    case Comparator::NotEqual:
        return u"!="_s;
    case Comparator::Less:
        return u"<"_s;
    case Comparator::LessEqual:
        return u"<="_s;
    case Comparator::Greater:
        return u">"_s;
    case Comparator::GreaterEqual:
        return u">="_s;
    default:
        return {};
    }
}

QVariant numberValue(const Condition &condition)
{
    bool ok = false;
    const qint64 integer = condition.text.toLongLong(&ok);
    if (ok)
        return integer;
    return condition.number;
}

} // namespace

QString RunQueryCompiler::valueTest(Builder &b,
                                    const QString &expression,
                                    const Condition &c,
                                    bool numericColumn)
{
    switch (c.comparator) {
    case Comparator::Like:
        return expression + u" GLOB "_s + b.bind(RunQueryCompiler::likeToGlob(c.text));
    case Comparator::ILike:
        return u"lower("_s + expression + u") GLOB "_s
            + b.bind(RunQueryCompiler::likeToGlob(RunQueryCompiler::asciiLower(c.text)));
    case Comparator::In:
    case Comparator::NotIn: {
        if (c.list.isEmpty())
            return c.comparator == Comparator::In ? u"0"_s : u"1"_s;
        QStringList marks;
        for (const QString &value : c.list)
            marks.append(b.bind(value));
        return expression + (c.comparator == Comparator::In ? u" IN ("_s : u" NOT IN ("_s)
            + marks.join(u", "_s) + u')';
    }
    case Comparator::IsNull:
        return expression + u" IS NULL"_s;
    case Comparator::IsNotNull:
        return expression + u" IS NOT NULL"_s;
    default:
        break;
    }
    QVariant value;
    if (c.numeric)
        value = numericColumn ? QVariant(c.text) : numberValue(c);
    else
        value = c.text;
    return expression + u' ' + sqlOperator(c.comparator) + u' ' + b.bind(value);
}

QStringList RunQueryCompiler::orderTerms(const QString &expression, bool ascending)
{
    return {u"CASE WHEN "_s + expression + u" IS NULL THEN 1 ELSE 0 END"_s,
            expression + (ascending ? QString() : u" DESC"_s)};
}

namespace {

using Builder = RunQueryCompiler::Builder;

QString metricKeyId(Builder &b, const QString &key)
{
    return u"(SELECT key_id FROM metric_keys WHERE key = "_s + b.bind(key) + u')';
}

QString aggregateColumn(MetricAggregate aggregate, const QString &alias)
{
    switch (aggregate) {
    case MetricAggregate::Min:
        return alias + u".min_value"_s;
    case MetricAggregate::Max:
        return alias + u".max_value"_s;
    case MetricAggregate::Mean:
        return alias + u".sum_value / "_s + alias + u".value_count"_s;
    case MetricAggregate::First:
        return alias + u".first_value"_s;
    default:
        return alias + u".value"_s;
    }
}

// The value of a metric at one step: the point logged last at that step (MLflow's latest rule
// within the step); NaN counts as no value.
QString valueAtStep(Builder &b, const FieldRef &field)
{
    // Binding order must follow the text: one bind per statement.
    QString sql = u"(SELECT CASE WHEN m.is_nan = 1 THEN NULL ELSE m.value END FROM metrics m "
                  "WHERE m.run_key = r.run_key AND m.key_id = "_s;
    sql += metricKeyId(b, field.key);
    sql += u" AND m.step = "_s;
    sql += b.bind(field.step);
    return sql + u" ORDER BY m.timestamp DESC, m.value DESC LIMIT 1)"_s;
}

QString keyValueCondition(Builder &b, const QString &table, const QString &key, const Condition &c)
{
    if (c.comparator == Comparator::IsNull || c.comparator == Comparator::IsNotNull) {
        return u"r.run_key "_s + (c.comparator == Comparator::IsNull ? u"NOT IN"_s : u"IN"_s)
            + u" (SELECT run_key FROM "_s + table + u" WHERE key = "_s + b.bind(key) + u')';
    }
    QString sql = u"r.run_key IN (SELECT run_key FROM "_s + table + u" WHERE key = "_s + b.bind(key)
        + u" AND "_s;
    // A number against a param or tag compares numerically, and only values that are numbers.
    sql += RunQueryCompiler::valueTest(b, c.numeric ? u"flowdesk_number(value)"_s : u"value"_s, c);
    return sql + u')';
}

QString conditionSql(Builder &b, const Condition &c)
{
    const FieldRef &field = c.field;
    switch (field.type) {
    case EntityType::Metric: {
        if (field.aggregate == MetricAggregate::AtStep) {
            const QString expression = valueAtStep(b, field);
            return RunQueryCompiler::valueTest(b, expression, c);
        }
        const QString column = aggregateColumn(field.aggregate, u"lm"_s);
        if (c.comparator == Comparator::IsNull || c.comparator == Comparator::IsNotNull) {
            return u"r.run_key "_s + (c.comparator == Comparator::IsNull ? u"NOT IN"_s : u"IN"_s)
                + u" (SELECT run_key FROM latest_metrics lm WHERE lm.key_id = "_s
                + metricKeyId(b, field.key) + u" AND "_s + column + u" IS NOT NULL)"_s;
        }
        QString sql = u"r.run_key IN (SELECT run_key FROM latest_metrics lm WHERE lm.key_id = "_s
            + metricKeyId(b, field.key) + u" AND "_s;
        if (field.aggregate == MetricAggregate::First)
            sql += u"lm.first_is_nan = 0 AND "_s;
        return sql + RunQueryCompiler::valueTest(b, column, c) + u')';
    }
    case EntityType::Param:
        return keyValueCondition(b, u"params"_s, field.key, c);
    case EntityType::Tag:
        return keyValueCondition(b, u"run_tags"_s, field.key, c);
    case EntityType::Attribute:
        // MLflow matches run names through the mlflow.runName tag.
        if (field.key == u"run_name"_s)
            return keyValueCondition(b, u"run_tags"_s, RunNameTag, c);
        // An expression has no column affinity: the value is bound as a number, not as text.
        if (field.isDuration()) {
            const QString duration = durationExpression(b); // its value comes before c's
            return RunQueryCompiler::valueTest(b, duration, c);
        }
        return RunQueryCompiler::valueTest(b, u"r."_s + field.key, c, field.isNumericAttribute());
    case EntityType::Dataset:
        if (field.key == u"context"_s) {
            QString sql =
                u"r.run_key IN (SELECT ri.run_key FROM run_inputs ri JOIN run_input_tags t ON "
                "t.input_key = ri.input_key WHERE t.key = "_s;
            sql += b.bind(DatasetContextTag);
            sql += u" AND "_s;
            sql += RunQueryCompiler::valueTest(b, u"t.value"_s, c);
            return sql + u')';
        }
        return u"r.run_key IN (SELECT ri.run_key FROM run_inputs ri JOIN datasets d ON "
               "d.dataset_key = ri.dataset_key WHERE "_s
            + RunQueryCompiler::valueTest(b, u"d."_s + field.key, c) + u')';
    }
    return u"0"_s;
}

QString nodeSql(Builder &b, const FilterNode &node)
{
    switch (node.kind) {
    case FilterNode::Kind::All:
        return u"1"_s;
    case FilterNode::Kind::Condition:
        return conditionSql(b, node.condition);
    case FilterNode::Kind::Not:
        return u"NOT ("_s + nodeSql(b, node.children.front()) + u')';
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or: {
        QStringList parts;
        for (const FilterNode &child : node.children)
            parts.append(nodeSql(b, child));
        if (parts.isEmpty())
            return u"1"_s;
        return u'(' + parts.join(node.kind == FilterNode::Kind::And ? u" AND "_s : u" OR "_s)
            + u')';
    }
    }
    return u"1"_s;
}

} // namespace

RunQueryCompiler::RunQueryCompiler(QList<qint64> experimentIds, Store::ViewType view)
    : m_experimentIds(std::move(experimentIds))
    , m_view(view)
{}

// Top-level AND conditions on a run's single value of a key (latest metric or its aggregate,
// param, tag) become inner joins on the key's primary key: SQLite can then start from the most
// selective one instead of testing every run against materialised sets.
QString RunQueryCompiler::filterJoins(Builder &b, FilterNode &remaining) const
{
    remaining = m_filter;
    std::vector<FilterNode> conditions;
    if (m_filter.kind == FilterNode::Kind::Condition)
        conditions.push_back(m_filter);
    else if (m_filter.kind == FilterNode::Kind::And)
        conditions = m_filter.children;
    else
        return {};
    QString sql;
    std::vector<FilterNode> rest;
    int alias = 0;
    for (const FilterNode &node : conditions) {
        const bool isCondition = node.kind == FilterNode::Kind::Condition;
        const Condition &c = node.condition;
        const bool nullTest =
            c.comparator == Comparator::IsNull || c.comparator == Comparator::IsNotNull;
        const bool joinable = isCondition && !nullTest
            && ((c.field.type == EntityType::Metric && c.field.aggregate != MetricAggregate::AtStep)
                || c.field.type == EntityType::Param || c.field.type == EntityType::Tag);
        if (!joinable) {
            rest.push_back(node);
            continue;
        }
        const QString a = u"f"_s + QString::number(++alias);
        if (c.field.type == EntityType::Metric) {
            sql += u" JOIN latest_metrics "_s + a + u" ON "_s + a + u".run_key = r.run_key AND "_s
                + a + u".key_id = "_s;
            sql += metricKeyId(b, c.field.key);
            if (c.field.aggregate == MetricAggregate::First)
                sql += u" AND "_s + a + u".first_is_nan = 0"_s;
            sql += u" AND "_s;
            sql += RunQueryCompiler::valueTest(b, aggregateColumn(c.field.aggregate, a), c);
        } else {
            sql += u" JOIN "_s + (c.field.type == EntityType::Param ? u"params "_s : u"run_tags "_s)
                + a + u" ON "_s + a + u".run_key = r.run_key AND "_s + a + u".key = "_s;
            sql += b.bind(c.field.key);
            sql += u" AND "_s;
            const QString column = c.numeric ? QString(u"flowdesk_number("_s + a + u".value)"_s)
                                             : QString(a + u".value"_s);
            sql += RunQueryCompiler::valueTest(b, column, c);
        }
    }
    if (rest.empty()) {
        remaining = FilterNode();
    } else {
        remaining.kind = FilterNode::Kind::And;
        remaining.children = std::move(rest);
    }
    return sql;
}

QString RunQueryCompiler::whereClause(Builder &b, const FilterNode &filter) const
{
    QString sql;
    if (m_experimentIds.isEmpty()) {
        sql = u"0"_s;
    } else {
        QStringList marks;
        for (qint64 id : m_experimentIds)
            marks.append(b.bind(id));
        sql = u"r.experiment_id IN ("_s + marks.join(u", "_s) + u')';
    }
    if (m_view == Store::ViewType::ActiveOnly)
        sql += u" AND r.lifecycle_stage = 'active'"_s;
    else if (m_view == Store::ViewType::DeletedOnly)
        sql += u" AND r.lifecycle_stage = 'deleted'"_s;
    if (filter.kind != FilterNode::Kind::All)
        sql += u" AND "_s + nodeSql(b, filter);
    return sql;
}

SqlStatement RunQueryCompiler::select(qint64 limit, qint64 offset) const
{
    Builder joins;
    Builder where;
    Builder order;
    FilterNode remaining;
    QString joinSql = filterJoins(joins, remaining);
    QStringList terms;
    bool orderedByStartTime = false;
    int alias = 0;
    for (const OrderKey &key : m_order) {
        const FieldRef &field = key.field;
        const QString direction = key.ascending ? QString() : u" DESC"_s;
        QString expression;
        QString missingFirst; // the "missing / NaN last" rank, always ascending
        switch (field.type) {
        case EntityType::Metric: {
            if (field.aggregate == MetricAggregate::AtStep) {
                missingFirst =
                    u"CASE WHEN "_s + valueAtStep(order, field) + u" IS NULL THEN 1 ELSE 0 END"_s;
                expression = valueAtStep(order, field);
                terms.append(missingFirst);
                terms.append(expression + direction);
                continue;
            }
            const QString a = u"o"_s + QString::number(++alias);
            joinSql += u" LEFT JOIN latest_metrics "_s + a + u" ON "_s + a
                + u".run_key = r.run_key AND "_s + a + u".key_id = "_s
                + metricKeyId(joins, field.key);
            expression = aggregateColumn(field.aggregate, a);
            if (field.aggregate == MetricAggregate::Latest) {
                missingFirst = u"CASE WHEN "_s + a + u".is_nan = 1 THEN 1 WHEN "_s + a
                    + u".value IS NULL THEN 2 ELSE 0 END"_s;
            } else if (field.aggregate == MetricAggregate::First) {
                missingFirst = u"CASE WHEN "_s + a + u".first_is_nan = 1 THEN 1 WHEN "_s + a
                    + u".first_value IS NULL THEN 2 ELSE 0 END"_s;
            } else {
                missingFirst = u"CASE WHEN "_s + expression + u" IS NULL THEN 1 ELSE 0 END"_s;
            }
            break;
        }
        case EntityType::Param:
        case EntityType::Tag: {
            const QString a = u"o"_s + QString::number(++alias);
            joinSql += u" LEFT JOIN "_s
                + (field.type == EntityType::Param ? u"params "_s : u"run_tags "_s) + a + u" ON "_s
                + a + u".run_key = r.run_key AND "_s + a + u".key = "_s + joins.bind(field.key);
            expression = a + u".value"_s;
            missingFirst = u"CASE WHEN "_s + expression + u" IS NULL THEN 1 ELSE 0 END"_s;
            break;
        }
        case EntityType::Attribute:
        case EntityType::Dataset:
            if (field.isDuration()) {
                // In SQL order: the rank's placeholder, then the term's.
                missingFirst =
                    u"CASE WHEN "_s + durationExpression(order) + u" IS NULL THEN 1 ELSE 0 END"_s;
                expression = durationExpression(order);
                break;
            }
            expression = field.key == u"run_name"_s ? u"r.name"_s : u"r."_s + field.key;
            missingFirst = u"CASE WHEN "_s + expression + u" IS NULL THEN 1 ELSE 0 END"_s;
            orderedByStartTime = orderedByStartTime || field.key == u"start_time"_s;
            break;
        }
        terms.append(missingFirst);
        terms.append(expression + direction);
    }
    if (!orderedByStartTime)
        terms.append(u"r.start_time DESC"_s);
    terms.append(u"r.run_id"_s);

    SqlStatement statement;
    statement.sql = u"SELECT r.run_key, r.run_id FROM runs r"_s + joinSql + u" WHERE "_s
        + whereClause(where, remaining) + u" ORDER BY "_s + terms.join(u", "_s);
    statement.bindings = joins.bindings + where.bindings + order.bindings;
    if (limit >= 0 || offset > 0) {
        statement.sql += u" LIMIT ? OFFSET ?"_s;
        statement.bindings.append(limit >= 0 ? limit : qint64(-1));
        statement.bindings.append(offset);
    }
    return statement;
}

SqlStatement RunQueryCompiler::count() const
{
    Builder joins;
    Builder where;
    FilterNode remaining;
    const QString joinSql = filterJoins(joins, remaining);
    SqlStatement statement;
    statement.sql =
        u"SELECT COUNT(*) FROM runs r"_s + joinSql + u" WHERE "_s + whereClause(where, remaining);
    statement.bindings = joins.bindings + where.bindings;
    return statement;
}

QString RunQueryCompiler::likeToGlob(const QString &pattern)
{
    QString glob;
    glob.reserve(pattern.size() + 8);
    for (const QChar c : pattern) {
        switch (c.unicode()) {
        case '%':
            glob += u'*';
            break;
        case '_':
            glob += u'?';
            break;
        case '*':
            glob += u"[*]"_s;
            break;
        case '?':
            glob += u"[?]"_s;
            break;
        case '[':
            glob += u"[[]"_s;
            break;
        default:
            glob += c;
        }
    }
    return glob;
}

QString RunQueryCompiler::asciiLower(const QString &text)
{
    QString lower = text;
    for (QChar &c : lower) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return lower;
}

} // namespace Flowdesk::Query
