// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/orderbyparser.h"

#include "models/query/grouper.h"
#include "models/query/lexer.h"
#include "models/query/mlflowsyntax.h"
#include "models/query/queryerror.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Query {

namespace {

using Type = SqlToken::Type;
using namespace MlflowSyntax;

[[noreturn]] void unparsable(const QString &clause)
{
    throw QueryError(
        u"Invalid order_by clause '%1'. Could not be parsed."_s.arg(clause), 0, int(clause.size()));
}

std::optional<MetricAggregate> aggregateNamed(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"min"_s)
        return MetricAggregate::Min;
    if (lower == u"max"_s)
        return MetricAggregate::Max;
    if (lower == u"mean"_s || lower == u"avg"_s)
        return MetricAggregate::Mean;
    if (lower == u"first"_s)
        return MetricAggregate::First;
    if (lower == u"last"_s || lower == u"latest"_s)
        return MetricAggregate::Latest;
    return std::nullopt;
}

// Flowdesk's order keys: min(metrics.loss), metrics.loss@step=10, with an optional ASC/DESC.
std::optional<OrderKey> extendedKey(const QString &clause)
{
    static const QRegularExpression direction(u"^(.*?)\\s+(ASC|DESC)\\s*$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QString key = clause.trimmed();
    bool ascending = true;
    if (const auto m = direction.match(key); m.hasMatch()) {
        key = m.captured(1).trimmed();
        ascending = m.captured(2).compare(u"ASC"_s, Qt::CaseInsensitive) == 0;
    }
    static const QRegularExpression function(u"^([A-Za-z]+)\\s*\\(\\s*(.+?)\\s*\\)$"_s);
    static const QRegularExpression atStep(u"^(.+?)\\s*@\\s*step\\s*=\\s*(-?\\d+)$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    OrderKey order;
    order.ascending = ascending;
    order.field.position = 0;
    order.field.length = int(clause.size());
    try {
        const FieldRef field = identifier(key,
                                          SearchDialect::Runs,
                                          orderByAttributes(SearchDialect::Runs) << u"duration"_s,
                                          0,
                                          int(clause.size()));
        if (field.isDuration()) {
            order.field.type = EntityType::Attribute;
            order.field.key = field.key;
            return order;
        }
    } catch (const QueryError &) {
        // not the duration attribute: maybe an aggregate below
    }
    QString metric;
    if (const auto m = function.match(key); m.hasMatch()) {
        const auto aggregate = aggregateNamed(m.captured(1));
        if (!aggregate)
            return std::nullopt;
        order.field.aggregate = *aggregate;
        metric = m.captured(2);
    } else if (const auto m = atStep.match(key); m.hasMatch()) {
        bool ok = false;
        order.field.step = m.captured(2).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        order.field.aggregate = MetricAggregate::AtStep;
        metric = m.captured(1);
    } else {
        return std::nullopt;
    }
    try {
        const FieldRef field = identifier(metric,
                                          SearchDialect::Runs,
                                          orderByAttributes(SearchDialect::Runs),
                                          0,
                                          int(clause.size()));
        if (field.type != EntityType::Metric)
            return std::nullopt;
        order.field.type = EntityType::Metric;
        order.field.key = field.key;
    } catch (const QueryError &) {
        return std::nullopt;
    }
    order.field.position = 0;
    order.field.length = int(clause.size());
    return order;
}

QString keyForDuplicates(const OrderKey &key)
{
    return QString::number(int(key.field.type)) + u'\x1f' + key.field.key + u'\x1f'
        + QString::number(int(key.field.aggregate)) + u'\x1f' + QString::number(key.field.step);
}

} // namespace

std::pair<QString, bool> OrderByParser::split(const QString &clause)
{
    auto statements = Grouper::statements(Lexer::tokenize(clause));
    if (statements.size() != 1)
        unparsable(clause);
    std::vector<SqlToken> &tokens = statements.front();
    Grouper::group(tokens);
    QString value;
    // A key is one identifier (sqlparse already joined "key DESC"); `timestamp` is a type name,
    // which the tokenizer makes an identifier as well.
    // `timestamp` is a type name, not an identifier; MLflow accepts it alone or with a direction.
    auto isTimestamp = [](const SqlToken &t) {
        return t.type == Type::BuiltinName && t.text == u"timestamp"_s;
    };
    bool middleIsSpace = true;
    for (size_t i = 1; i + 1 < tokens.size(); ++i)
        middleIsSpace = middleIsSpace && tokens[i].isWhitespace();
    if (tokens.size() == 1 && tokens.front().type == Type::Identifier)
        value = tokens.front().text;
    else if (tokens.size() == 1 && isTimestamp(tokens.front()))
        value = u"timestamp"_s;
    else if (isTimestamp(tokens.front()) && middleIsSpace
             && tokens.back().type == Type::OrderKeyword)
        value = u"timestamp "_s + tokens.back().text;
    else
        unparsable(clause);
    const auto words = shellSplit(QString(value).replace(u'`', u'"'));
    if (!words || words->size() > 2)
        unparsable(clause);
    bool ascending = true;
    if (words->size() == 2) {
        const QString order = words->at(1).toLower();
        if (order != u"asc"_s && order != u"desc"_s) {
            throw QueryError(u"Invalid ordering key in order_by clause '%1'."_s.arg(clause),
                             0,
                             int(clause.size()));
        }
        ascending = order == u"asc"_s;
        value = words->at(0);
    }
    return {value, ascending};
}

QList<OrderKey>
OrderByParser::parse(const QStringList &orderBy, SearchDialect dialect, bool allowExtensions)
{
    QList<OrderKey> keys;
    QSet<QString> seen;
    for (const QString &clause : orderBy) {
        OrderKey key;
        try {
            const auto [value, ascending] = split(clause);
            key.ascending = ascending;
            const QString trimmed = value.trimmed();
            if (dialect == SearchDialect::RegisteredModels) {
                if (!orderByAttributes(dialect).contains(trimmed)
                    && trimmed != u"last_updated_timestamp"_s) {
                    throw QueryError(
                        u"Invalid order by key '%1' specified. Valid keys are '%2'"_s.arg(
                            trimmed, pythonSet(orderByAttributes(dialect))),
                        0,
                        int(clause.size()));
                }
                key.field.type = EntityType::Attribute;
                key.field.key = trimmed == u"name"_s ? trimmed : u"last_updated_timestamp"_s;
            } else {
                key.field =
                    identifier(trimmed, dialect, orderByAttributes(dialect), 0, int(clause.size()));
                if (dialect == SearchDialect::Runs) {
                    if (key.field.type == EntityType::Attribute)
                        key.field.key = translateAttribute(key.field.key);
                    if (key.field.type == EntityType::Dataset) {
                        throw QueryError(
                            u"Invalid identifier type 'dataset'"_s, 0, int(clause.size()));
                    }
                } else if (key.field.type != EntityType::Attribute) {
                    const QString message = dialect == SearchDialect::ModelVersions
                        ? u"Invalid order by key '%1' specified. Valid keys are %2"_s.arg(
                            key.field.key, pythonSet(orderByAttributes(dialect)))
                        : u"Invalid order_by entity: tag"_s;
                    throw QueryError(message, 0, int(clause.size()));
                }
            }
        } catch (const QueryError &) {
            if (!allowExtensions || dialect != SearchDialect::Runs)
                throw;
            const auto extended = extendedKey(clause);
            if (!extended)
                throw;
            key = *extended;
        }
        key.field.position = 0;
        key.field.length = int(clause.size());
        const QString identity = keyForDuplicates(key);
        if (seen.contains(identity)) {
            throw QueryError(u"`order_by` contains duplicate fields: %1"_s.arg(pythonList(orderBy)),
                             0,
                             int(clause.size()));
        }
        seen.insert(identity);
        keys.append(key);
    }
    return keys;
}

} // namespace Flowdesk::Query
