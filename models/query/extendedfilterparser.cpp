// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/extendedfilterparser.h"

#include "models/query/lexer.h"
#include "models/query/mlflowfilterparser.h"
#include "models/query/mlflowsyntax.h"
#include "models/query/queryerror.h"
#include "models/query/querytr.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Query {

namespace {

using Type = SqlToken::Type;

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
        for (SqlToken &token : Lexer::tokenize(text)) {
            if (!token.isWhitespace())
                m_tokens.push_back(std::move(token));
        }
    }

    FilterNode run()
    {
        if (m_tokens.empty())
            return {};
        FilterNode node = orExpression();
        if (m_index < m_tokens.size())
            fail(Tr::tr("Expected AND, OR or the end of the filter here."), current());
        return node;
    }

private:
    [[noreturn]] void fail(const QString &message, const SqlToken *token) const
    {
        if (!token)
            throw QueryError(message, int(m_text.size()), 0);
        throw QueryError(message, token->position, token->length());
    }

    const SqlToken *current() const
    {
        return m_index < m_tokens.size() ? &m_tokens[m_index] : nullptr;
    }

    bool atKeyword(const char *word) const
    {
        const SqlToken *t = current();
        return t && t->isKeyword(word);
    }

    bool atPunctuation(const char16_t *text) const
    {
        const SqlToken *t = current();
        return t && t->type == Type::Punctuation && t->text == QStringView(text);
    }

    static FilterNode combine(FilterNode::Kind kind, FilterNode left, FilterNode right)
    {
        FilterNode node;
        node.kind = kind;
        node.position = left.position;
        node.length = right.position + right.length - left.position;
        if (left.kind == kind)
            node.children = std::move(left.children);
        else
            node.children.push_back(std::move(left));
        node.children.push_back(std::move(right));
        return node;
    }

    FilterNode orExpression()
    {
        FilterNode node = andExpression();
        while (atKeyword("OR")) {
            ++m_index;
            node = combine(FilterNode::Kind::Or, std::move(node), andExpression());
        }
        return node;
    }

    FilterNode andExpression()
    {
        FilterNode node = unary();
        while (atKeyword("AND")) {
            ++m_index;
            if (!current())
                break; // a trailing AND is accepted, as MLflow does
            node = combine(FilterNode::Kind::And, std::move(node), unary());
        }
        return node;
    }

    FilterNode unary()
    {
        const SqlToken *t = current();
        if (!t)
            fail(Tr::tr("The filter ends where a condition is expected."), nullptr);
        if (t->isKeyword("NOT")) {
            ++m_index;
            FilterNode inner = unary();
            FilterNode node;
            node.kind = FilterNode::Kind::Not;
            node.position = t->position;
            node.length = inner.position + inner.length - t->position;
            node.children.push_back(std::move(inner));
            return node;
        }
        if (atPunctuation(u"(")) {
            const int start = t->position;
            ++m_index;
            FilterNode inner = orExpression();
            if (!atPunctuation(u")"))
                fail(Tr::tr("Expected ')' to close the '(' at position %1.").arg(start + 1),
                     current());
            inner.position = start;
            inner.length = current()->position + 1 - start;
            inner.parenthesized = true;
            ++m_index;
            return inner;
        }
        return comparison();
    }

    // A key: a run of names, dots and quoted names without spaces, as MLflow writes keys; or an
    // aggregate function around one; optionally followed by @step=N.
    FieldRef key()
    {
        const SqlToken *first = current();
        if (!first)
            fail(Tr::tr("Expected a key such as metrics.loss or params.lr."), nullptr);
        static const QStringList aggregates = {
            u"min"_s, u"max"_s, u"mean"_s, u"avg"_s, u"first"_s, u"last"_s, u"latest"_s};
        if (first->type == Type::Name && aggregates.contains(first->text.toLower())
            && m_index + 1 < m_tokens.size() && m_tokens[m_index + 1].type == Type::Punctuation
            && m_tokens[m_index + 1].text == u"("_s) {
            const QString function = first->text.toLower();
            m_index += 2;
            FieldRef field = plainKey();
            if (field.type != EntityType::Metric || field.aggregate != MetricAggregate::Latest)
                fail(Tr::tr("%1() takes a metric, e.g. %1(metrics.loss).").arg(function), first);
            if (!atPunctuation(u")"))
                fail(Tr::tr("Expected ')' after the metric."), current());
            const int end = current()->position + 1;
            ++m_index;
            if (function == u"min"_s)
                field.aggregate = MetricAggregate::Min;
            else if (function == u"max"_s)
                field.aggregate = MetricAggregate::Max;
            else if (function == u"mean"_s || function == u"avg"_s)
                field.aggregate = MetricAggregate::Mean;
            else if (function == u"first"_s)
                field.aggregate = MetricAggregate::First;
            field.position = first->position;
            field.length = end - first->position;
            return field;
        }
        return plainKey();
    }

    FieldRef plainKey()
    {
        const SqlToken *first = current();
        if (!first || !(first->type == Type::Name || first->type == Type::Symbol))
            fail(Tr::tr("Expected a key such as metrics.loss or params.lr."), first);
        const int start = first->position;
        int end = start + first->length();
        ++m_index;
        // Adjacent tokens (no space between) continue the key: metrics.`val/acc`, tags.a.b.
        while (const SqlToken *t = current()) {
            const bool adjacent = t->position == end;
            const bool joins = (t->type == Type::Punctuation && t->text == u"."_s)
                || t->type == Type::Name || t->type == Type::Symbol || t->type == Type::Integer;
            if (!adjacent || !joins || t->text.startsWith(u'@'))
                break;
            end = t->position + t->length();
            ++m_index;
        }
        const QString text = m_text.mid(start, end - start);
        // `duration` is Flowdesk's: this grammar only runs where extensions are allowed.
        FieldRef field = MlflowSyntax::identifier(
            text,
            SearchDialect::Runs,
            MlflowSyntax::filterAttributes(SearchDialect::Runs) << u"duration"_s,
            start,
            end - start);
        if (field.type == EntityType::Attribute)
            field.key = MlflowSyntax::translateAttribute(field.key);
        // metrics.loss@step=100
        if (const SqlToken *t = current();
            t && t->type == Type::Name && t->text.compare(u"@step"_s, Qt::CaseInsensitive) == 0) {
            if (field.type != EntityType::Metric)
                fail(Tr::tr("@step applies to metrics only."), t);
            ++m_index;
            const SqlToken *eq = current();
            if (!eq || eq->type != Type::Comparison || eq->text != u"="_s)
                fail(Tr::tr("Expected '=' and a step number after @step."), eq);
            ++m_index;
            const SqlToken *step = current();
            bool ok = false;
            const qint64 value =
                step && step->type == Type::Integer ? step->text.toLongLong(&ok) : 0;
            if (!ok)
                fail(Tr::tr("Expected a whole step number after @step=."), step);
            ++m_index;
            field.aggregate = MetricAggregate::AtStep;
            field.step = value;
            end = step->position + step->length();
        }
        field.position = start;
        field.length = end - start;
        return field;
    }

    QString stringValue(const SqlToken &token) const
    {
        return token.text.mid(1, token.text.size() - 2);
    }

    FilterNode comparison()
    {
        Condition condition;
        condition.field = key();
        const FieldRef &field = condition.field;
        const SqlToken *op = current();
        if (!op)
            fail(Tr::tr("Expected a comparison after the key."), nullptr);

        FilterNode node;
        node.kind = FilterNode::Kind::Condition;
        bool negate = false;

        if (op->isKeyword("IS")) {
            ++m_index;
            const SqlToken *next = current();
            if (next && next->isKeyword("NULL")) {
                condition.comparator = Comparator::IsNull;
            } else if (next && next->type == Type::Keyword
                       && next->text.simplified().compare(u"NOT NULL"_s, Qt::CaseInsensitive)
                           == 0) {
                condition.comparator = Comparator::IsNotNull;
            } else {
                fail(Tr::tr("Expected NULL or NOT NULL after IS."), next);
            }
            if (field.type == EntityType::Dataset)
                fail(Tr::tr("Datasets cannot be compared with NULL."), op);
            if (field.type == EntityType::Attribute && !field.isNumericAttribute())
                fail(Tr::tr("Only end_time, start_time and duration can be NULL."), op);
            const int end = next->position + next->length();
            ++m_index;
            return finish(std::move(condition), end);
        }

        if (op->isKeyword("NOT") && m_index + 1 < m_tokens.size()
            && m_tokens[m_index + 1].isKeyword("IN")) {
            ++m_index;
            op = current();
            condition.comparator = Comparator::NotIn;
        } else if (op->isKeyword("IN")) {
            condition.comparator = Comparator::In;
        }
        if (op->isKeyword("IN")) {
            ++m_index;
            if (field.type == EntityType::Metric || field.isNumericAttribute())
                fail(Tr::tr("IN takes strings; compare numbers with = or <, >."), op);
            if (!atPunctuation(u"("))
                fail(Tr::tr("Expected a list such as ('a', 'b') after IN."), current());
            ++m_index;
            while (true) {
                const SqlToken *value = current();
                if (!value || !(value->type == Type::String || value->type == Type::Symbol))
                    fail(Tr::tr("Expected a quoted string in the list."), value);
                condition.list.append(stringValue(*value));
                ++m_index;
                if (atPunctuation(u",")) {
                    ++m_index;
                    continue;
                }
                if (atPunctuation(u")"))
                    break;
                fail(Tr::tr("Expected ',' or ')' in the list."), current());
            }
            const int end = current()->position + 1;
            ++m_index;
            return finish(std::move(condition), end);
        }

        if (op->type != Type::Comparison)
            fail(Tr::tr("Expected a comparison such as =, !=, <, >, LIKE, IN or IS NULL."), op);
        const QString text = op->text.simplified().toUpper();
        static const QHash<QString, Comparator> comparators = {
            {u"="_s, Comparator::Equal},
            {u"!="_s, Comparator::NotEqual},
            {u"<>"_s, Comparator::NotEqual},
            {u"<"_s, Comparator::Less},
            {u"<="_s, Comparator::LessEqual},
            {u">"_s, Comparator::Greater},
            {u">="_s, Comparator::GreaterEqual},
            {u"LIKE"_s, Comparator::Like},
            {u"ILIKE"_s, Comparator::ILike},
            {u"NOT LIKE"_s, Comparator::Like},
            {u"NOT ILIKE"_s, Comparator::ILike},
        };
        const auto found = comparators.find(text);
        if (found == comparators.end())
            fail(Tr::tr("Unknown comparison '%1'.").arg(op->text), op);
        condition.comparator = *found;
        negate = text.startsWith(u"NOT "_s);
        ++m_index;

        const SqlToken *value = current();
        if (!value)
            fail(Tr::tr("Expected a value after '%1'.").arg(op->text), nullptr);
        const bool textComparator =
            condition.comparator == Comparator::Like || condition.comparator == Comparator::ILike;
        if (value->type == Type::Integer || value->type == Type::Float) {
            if (textComparator)
                fail(Tr::tr("LIKE takes a quoted pattern."), value);
            if (field.type == EntityType::Dataset
                || (field.type == EntityType::Attribute && !field.isNumericAttribute()))
                fail(Tr::tr("Compare %1 with a quoted string.")
                         .arg(m_text.mid(field.position, field.length)),
                     value);
            condition.numeric = true;
            condition.number = value->text.toDouble();
            condition.text = value->text;
        } else if (value->type == Type::String || value->type == Type::Symbol) {
            if (field.type == EntityType::Metric || field.isNumericAttribute())
                fail(Tr::tr("Compare %1 with a number.")
                         .arg(m_text.mid(field.position, field.length)),
                     value);
            const bool ordering = condition.comparator != Comparator::Equal
                && condition.comparator != Comparator::NotEqual && !textComparator;
            if (ordering)
                fail(Tr::tr("Strings are compared with =, !=, LIKE or ILIKE; use a number for < "
                            "and >."),
                     op);
            condition.text = stringValue(*value);
        } else {
            fail(Tr::tr("Expected a number or a quoted string."), value);
        }
        const int end = value->position + value->length();
        ++m_index;
        FilterNode result = finish(std::move(condition), end);
        if (!negate)
            return result;
        // NOT LIKE behaves like != : a run without the key does not match.
        FilterNode notNode;
        notNode.kind = FilterNode::Kind::Not;
        notNode.position = result.position;
        notNode.length = result.length;
        FilterNode present = result;
        present.condition.comparator = Comparator::IsNotNull;
        notNode.children.push_back(std::move(result));
        if (field.type != EntityType::Param && field.type != EntityType::Tag
            && !(field.type == EntityType::Attribute && field.key == u"run_name"_s))
            return notNode;
        FilterNode both;
        both.kind = FilterNode::Kind::And;
        both.position = notNode.position;
        both.length = notNode.length;
        both.children.push_back(std::move(present));
        both.children.push_back(std::move(notNode));
        return both;
    }

    FilterNode finish(Condition condition, int end)
    {
        FilterNode node;
        node.kind = FilterNode::Kind::Condition;
        condition.position = condition.field.position;
        condition.length = end - condition.field.position;
        node.position = condition.position;
        node.length = condition.length;
        node.condition = std::move(condition);
        return node;
    }

    const QString &m_text;
    std::vector<SqlToken> m_tokens;
    size_t m_index = 0;
};

} // namespace

FilterNode ExtendedFilterParser::parse(const QString &filter)
{
    return Parser(filter).run();
}

FilterNode ExtendedFilterParser::conjunction(const QList<Condition> &conditions)
{
    FilterNode node;
    if (conditions.isEmpty())
        return node;
    node.kind = FilterNode::Kind::And;
    for (const Condition &condition : conditions) {
        FilterNode child;
        child.kind = FilterNode::Kind::Condition;
        child.condition = condition;
        child.position = condition.position;
        child.length = condition.length;
        node.children.push_back(std::move(child));
    }
    return node;
}

FilterNode ExtendedFilterParser::parseRunFilter(const QString &filter, bool allowExtensions)
{
    try {
        return conjunction(MlflowFilterParser::parseConditions(filter, SearchDialect::Runs));
    } catch (const QueryError &) {
        if (!allowExtensions)
            throw;
    }
    return parse(filter);
}

bool ExtendedFilterParser::isMlflowCompatible(const FilterNode &node)
{
    switch (node.kind) {
    case FilterNode::Kind::All:
        return true;
    case FilterNode::Kind::Or:
    case FilterNode::Kind::Not:
        return false;
    case FilterNode::Kind::And:
        for (const FilterNode &child : node.children) {
            if (!isMlflowCompatible(child))
                return false;
        }
        return true;
    case FilterNode::Kind::Condition: {
        const Condition &c = node.condition;
        if (c.field.aggregate != MetricAggregate::Latest || c.field.isDuration()
            || c.comparator == Comparator::IsNull || c.comparator == Comparator::IsNotNull)
            return false;
        if ((c.comparator == Comparator::In || c.comparator == Comparator::NotIn)
            && !(c.field.type == EntityType::Dataset
                 || (c.field.type == EntityType::Attribute && c.field.key == u"run_id"_s)))
            return false;
        if ((c.field.type == EntityType::Param || c.field.type == EntityType::Tag) && c.numeric)
            return false;
        return true;
    }
    }
    return false;
}

} // namespace Flowdesk::Query
