// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/mlflowfilterparser.h"

#include "models/query/grouper.h"
#include "models/query/lexer.h"
#include "models/query/mlflowsyntax.h"
#include "models/query/queryerror.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Query {

namespace {

using Type = SqlToken::Type;
using namespace MlflowSyntax;

const QString stringAttributeComparators = u"{'LIKE', 'IN', 'ILIKE', '!=', 'NOT IN', '='}"_s;
const QString tagComparators = u"{'LIKE', '=', '!=', 'ILIKE'}"_s;
const QString metricComparators = u"{'>', '>=', '!=', '=', '<', '<='}"_s;

[[noreturn]] void fail(const QString &message, const SqlToken &token)
{
    throw QueryError(message, token.position, token.length());
}

// Python's evaluation of one string literal, as ast.literal_eval sees it: '' inside is two
// adjacent literals (concatenated), backslash escapes are processed.
QString pythonStringValue(const QString &literal)
{
    QString result;
    const QString body = literal.mid(1, literal.size() - 2);
    const QChar quote = literal.at(0);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == quote && i + 1 < body.size() && body.at(i + 1) == quote) {
            ++i;
            continue;
        }
        if (c != u'\\' || i + 1 >= body.size()) {
            result += c;
            continue;
        }
        const QChar next = body.at(++i);
        switch (next.unicode()) {
        case 'n':
            result += u'\n';
            break;
        case 't':
            result += u'\t';
            break;
        case 'r':
            result += u'\r';
            break;
        case '0':
            result += QChar(0);
            break;
        case '\\':
        case '\'':
        case '"':
            result += next;
            break;
        default:
            result += u'\\';
            result += next;
        }
    }
    return result;
}

// MLflow's _check_valid_identifier_list + _parse_list_from_sql_token + the lower-case filter of
// _parse_run_ids (ids are lower-case hex; other values are dropped).
QStringList parseList(const SqlToken &parenthesis)
{
    std::vector<const SqlToken *> inner;
    for (size_t i = 1; i + 1 < parenthesis.children.size(); ++i)
        inner.push_back(&parenthesis.children[i]);
    if (inner.empty()) {
        fail(u"While parsing a list in the query, expected a non-empty list of string values, but "
             "got empty list"_s,
             parenthesis);
    }
    QStringList values;
    if (inner.size() == 1 && inner.front()->type == Type::String) {
        values.append(pythonStringValue(inner.front()->text));
    } else {
        if (inner.front()->type != Type::IdentifierList) {
            fail(u"While parsing a list in the query, expected a non-empty list of string values, "
                 "but got ill-formed list."_s,
                 parenthesis);
        }
        for (const SqlToken &item : inner.front()->children) {
            if (item.type != Type::String && item.type != Type::Punctuation
                && !item.isWhitespace()) {
                fail(u"While parsing a list in the query, expected string value, punctuation, or "
                     "whitespace, but got different type in list: %1"_s.arg(parenthesis.text),
                     parenthesis);
            }
        }
        // Whatever follows the list inside the parentheses must still be valid Python.
        for (size_t i = 1; i < inner.size(); ++i) {
            if (!inner[i]->isWhitespace()) {
                fail(u"While parsing a list in the query, expected a non-empty list of string "
                     "values, but got ill-formed list."_s,
                     parenthesis);
            }
        }
        for (const SqlToken &item : inner.front()->children) {
            if (item.type == Type::String)
                values.append(pythonStringValue(item.text));
        }
    }
    QStringList lowerCase;
    for (const QString &value : values) {
        if (pythonIsLower(value))
            lowerCase.append(value);
    }
    return lowerCase;
}

QString quotedValue(const SqlToken &token)
{
    const QString &text = token.text;
    if (text.size() >= 2
        && ((text.startsWith(u'\'') && text.endsWith(u'\''))
            || (text.startsWith(u'"') && text.endsWith(u'"'))))
        return text.mid(1, text.size() - 2);
    fail(u"Parameter value is either not quoted or unidentified quote types used for string "
         "value %1. Use either single or double quotes."_s.arg(text),
         token);
}

bool isStringLike(const SqlToken &token)
{
    return token.type == Type::String || token.type == Type::Identifier;
}

bool isNumeric(const SqlToken &token)
{
    return token.type == Type::Integer || token.type == Type::Float;
}

void setValue(MlflowClause &clause, const SqlToken &token, SearchDialect dialect)
{
    const EntityType type = clause.type;
    const QString &key = clause.key;
    auto setString = [&] {
        clause.valueKind = MlflowClause::ValueKind::String;
        clause.value = quotedValue(token);
    };
    auto setNumber = [&] {
        clause.valueKind = MlflowClause::ValueKind::Number;
        clause.value = token.text;
    };
    auto setList = [&] {
        clause.valueKind = MlflowClause::ValueKind::List;
        clause.list = parseList(token);
        clause.value = token.text;
    };

    if (dialect == SearchDialect::RegisteredModels || dialect == SearchDialect::ModelVersions) {
        if (type == EntityType::Tag) {
            if (isStringLike(token))
                return setString();
            fail(u"Expected a quoted string value for tag (e.g. 'my-value'). Got value %1"_s.arg(
                     token.text),
                 token);
        }
        if (isStringLike(token))
            return setString();
        if (token.type == Type::Parenthesis) {
            if (key != u"run_id"_s) {
                fail(
                    u"Only the 'run_id' attribute supports comparison with a list of quoted string values."_s,
                    token);
            }
            return setList();
        }
        if (dialect == SearchDialect::ModelVersions && isNumeric(token)) {
            if (key != u"version_number"_s) {
                fail(u"Only the '{'version_number', 'creation_timestamp', "
                     u"'last_updated_timestamp'}' "
                     "attributes support comparison with numeric values."_s,
                     token);
            }
            return setNumber();
        }
        if (dialect == SearchDialect::ModelVersions && token.type == Type::Hexadecimal)
            fail(u"Invalid filter value %1"_s.arg(token.text), token);
        fail(u"Expected a quoted string value or a list of quoted string values for attributes. "
             "Got value %1"_s.arg(token.text),
             token);
    }

    switch (type) {
    case EntityType::Metric:
        if (!isNumeric(token))
            fail(u"Expected numeric value type for metric. Found %1"_s.arg(token.text), token);
        return setNumber();
    case EntityType::Param:
    case EntityType::Tag:
        if (isStringLike(token))
            return setString();
        fail(u"Expected a quoted string value for %1 (e.g. 'my-value'). Got value %2"_s.arg(
                 type == EntityType::Param ? u"parameter"_s : u"tag"_s, token.text),
             token);
    case EntityType::Attribute: {
        const bool numericKey = dialect == SearchDialect::Experiments
            ? (key == u"creation_time"_s || key == u"last_update_time"_s)
            : (key == u"start_time"_s || key == u"end_time"_s || key == u"created"_s
               || key == u"Created"_s);
        if (numericKey) {
            if (!isNumeric(token)) {
                fail(u"Expected numeric value type for numeric attribute: %1. Found %2"_s.arg(
                         key, token.text),
                     token);
            }
            return setNumber();
        }
        if (isStringLike(token))
            return setString();
        if (token.type == Type::Parenthesis) {
            if (key != u"run_id"_s) {
                fail(
                    u"Only the 'run_id' attribute supports comparison with a list of quoted string values."_s,
                    token);
            }
            return setList();
        }
        fail(u"Expected a quoted string value for attributes. Got value %1"_s.arg(token.text),
             token);
    }
    case EntityType::Dataset:
        if (isStringLike(token))
            return setString();
        if (token.type == Type::Parenthesis)
            return setList();
        fail(u"Expected a quoted string value for dataset attributes. Got value %1"_s.arg(
                 token.text),
             token);
    }
}

MlflowClause clauseFrom(const SqlToken &comparison, SearchDialect dialect)
{
    std::vector<const SqlToken *> parts = comparison.significantChildren();
    if (parts.size() != 3) {
        fail(u"Invalid comparison clause. Expected 3 tokens found %1"_s.arg(parts.size()),
             comparison);
    }
    if (parts[0]->type != Type::Identifier) {
        fail(u"Invalid comparison clause. Expected 'Identifier' found '%1'"_s.arg(parts[0]->text),
             *parts[0]);
    }
    MlflowClause clause;
    clause.position = comparison.position;
    clause.length = comparison.length();
    const FieldRef field = identifier(
        parts[0]->text, dialect, filterAttributes(dialect), parts[0]->position, parts[0]->length());
    clause.type = field.type;
    clause.key = field.key;
    // Experiments keep the comparator as written; the other searches upper-case it.
    clause.comparator =
        dialect == SearchDialect::Experiments ? parts[1]->text : parts[1]->text.toUpper();
    clause.comparatorPosition = parts[1]->position;
    clause.comparatorLength = parts[1]->length();
    setValue(clause, *parts[2], dialect);
    return clause;
}

// sqlparse >= 0.4.4 leaves `key IN (...)` and `key NOT IN (...)` ungrouped; MLflow joins them
// into comparisons with this exact walk (which skips what follows a non-matching identifier).
std::vector<SqlToken> joinInComparisons(const std::vector<SqlToken> &statement)
{
    std::vector<SqlToken> tokens;
    for (const SqlToken &token : statement) {
        if (!token.isWhitespace())
            tokens.push_back(token);
    }
    std::vector<SqlToken> joined;
    const size_t count = tokens.size();
    size_t index = 0;
    while (index < count) {
        if (count - index < 3) {
            joined.insert(joined.end(), tokens.begin() + long(index), tokens.end());
            break;
        }
        const SqlToken &first = tokens[index];
        if (first.type != Type::Identifier) {
            joined.push_back(first);
            ++index;
            continue;
        }
        const SqlToken &second = tokens[index + 1];
        const SqlToken &third = tokens[index + 2];
        if (second.isKeyword("IN") && third.type == Type::Parenthesis) {
            SqlToken comparison;
            comparison.type = Type::ComparisonGroup;
            comparison.children = {first, second, third};
            comparison.position = first.position;
            comparison.text = first.text + u' ' + second.text + u' ' + third.text;
            joined.push_back(std::move(comparison));
            index += 3;
            continue;
        }
        if (index + 3 >= count) {
            joined.push_back(first);
            joined.push_back(second);
            joined.push_back(third);
            break;
        }
        const SqlToken &fourth = tokens[index + 3];
        if (second.isKeyword("NOT") && third.isKeyword("IN") && fourth.type == Type::Parenthesis) {
            SqlToken comparator;
            comparator.type = Type::Keyword;
            comparator.text = u"NOT IN"_s;
            comparator.position = second.position;
            SqlToken comparison;
            comparison.type = Type::ComparisonGroup;
            comparison.children = {first, comparator, fourth};
            comparison.position = first.position;
            comparison.text = first.text + u" NOT IN "_s + fourth.text;
            joined.push_back(std::move(comparison));
            index += 4;
            continue;
        }
        joined.push_back(first);
        joined.push_back(second);
        joined.push_back(third);
        joined.push_back(fourth);
        index += 4;
    }
    return joined;
}

[[noreturn]] void
invalidComparator(const MlflowClause &clause, const QString &set, bool closingQuote)
{
    throw QueryError(u"Invalid comparator '%1' not one of '%2%3"_s.arg(
                         clause.comparator, set, closingQuote ? u"'"_s : QString()),
                     clause.comparatorPosition,
                     clause.comparatorLength);
}

[[noreturn]] void plainError(const MlflowClause &clause, const QString &message)
{
    throw QueryError(message, clause.comparatorPosition, clause.comparatorLength);
}

std::optional<Comparator> comparatorFrom(const QString &text)
{
    static const QHash<QString, Comparator> map = {
        {u"="_s, Comparator::Equal},
        {u"!="_s, Comparator::NotEqual},
        {u"<"_s, Comparator::Less},
        {u"<="_s, Comparator::LessEqual},
        {u">"_s, Comparator::Greater},
        {u">="_s, Comparator::GreaterEqual},
        {u"LIKE"_s, Comparator::Like},
        {u"ILIKE"_s, Comparator::ILike},
        {u"IN"_s, Comparator::In},
        {u"NOT IN"_s, Comparator::NotIn},
    };
    const auto it = map.find(text);
    if (it == map.end())
        return std::nullopt;
    return *it;
}

bool isOneOf(const QString &comparator, std::initializer_list<const char16_t *> allowed)
{
    for (const char16_t *a : allowed) {
        if (comparator == QStringView(a))
            return true;
    }
    return false;
}

} // namespace

QList<MlflowClause> MlflowFilterParser::parse(const QString &filter, SearchDialect dialect)
{
    if (filter.isEmpty())
        return {};
    auto statements = Grouper::statements(Lexer::tokenize(filter));
    if (statements.empty())
        throw QueryError(
            u"Invalid filter '%1'. Could not be parsed."_s.arg(filter), 0, int(filter.size()));
    if (statements.size() > 1) {
        throw QueryError(u"Search filter contained multiple expression '%1'. Provide AND-ed "
                         "expression list."_s.arg(filter),
                         statements[1].front().position,
                         1);
    }
    std::vector<SqlToken> &statement = statements.front();
    Grouper::group(statement);
    const std::vector<SqlToken> tokens = joinInComparisons(statement);

    QStringList invalid;
    const SqlToken *firstInvalid = nullptr;
    for (const SqlToken &token : tokens) {
        if (token.type == Type::ComparisonGroup || token.isKeyword("AND"))
            continue;
        if (!firstInvalid)
            firstInvalid = &token;
        invalid.append(dialect == SearchDialect::Runs ? u'\'' + token.text + u'\'' : token.text);
    }
    if (firstInvalid) {
        throw QueryError(u"Invalid clause(s) in filter string: %1"_s.arg(invalid.join(u", "_s)),
                         firstInvalid->position,
                         firstInvalid->length());
    }
    QList<MlflowClause> clauses;
    for (const SqlToken &token : tokens) {
        if (token.type == Type::ComparisonGroup)
            clauses.append(clauseFrom(token, dialect));
    }
    return clauses;
}

QList<Condition> MlflowFilterParser::conditions(const QList<MlflowClause> &clauses,
                                                SearchDialect dialect)
{
    QList<Condition> result;
    for (const MlflowClause &clause : clauses) {
        Condition condition;
        condition.field.type = clause.type;
        condition.field.key = clause.key;
        condition.position = clause.position;
        condition.length = clause.length;
        const QString &op = clause.comparator;

        switch (dialect) {
        case SearchDialect::Runs: {
            const QString key = translateAttribute(clause.key);
            condition.field.key = clause.type == EntityType::Attribute ? key : clause.key;
            switch (clause.type) {
            case EntityType::Attribute:
                if (key == u"start_time"_s || key == u"end_time"_s) {
                    if (!isOneOf(op, {u"=", u"!=", u"<", u"<=", u">", u">="}))
                        invalidComparator(clause, stringAttributeComparators, false);
                } else if (!isOneOf(op, {u"=", u"!=", u"LIKE", u"ILIKE", u"IN", u"NOT IN"})) {
                    invalidComparator(clause, stringAttributeComparators, true);
                }
                break;
            case EntityType::Metric:
                if (!isOneOf(op, {u"=", u"!=", u"<", u"<=", u">", u">="}))
                    invalidComparator(clause, metricComparators, false);
                break;
            case EntityType::Param:
                if (!isOneOf(op, {u"=", u"!=", u"LIKE", u"ILIKE"}))
                    invalidComparator(clause, tagComparators, true);
                break;
            case EntityType::Tag:
                if (!isOneOf(op, {u"=", u"!=", u"LIKE", u"ILIKE"}))
                    invalidComparator(clause, tagComparators, false);
                break;
            case EntityType::Dataset:
                if (!isOneOf(op, {u"=", u"!=", u"LIKE", u"ILIKE", u"IN", u"NOT IN"}))
                    invalidComparator(clause, stringAttributeComparators, false);
                break;
            }
            break;
        }
        case SearchDialect::Experiments: {
            if (clause.type == EntityType::Tag) {
                if (!isOneOf(op, {u"=", u"!=", u"LIKE", u"ILIKE"}))
                    plainError(clause, u"Invalid comparator for tag: %1"_s.arg(op));
            } else if (clause.key == u"name"_s) {
                if (!isOneOf(op, {u"=", u"!=", u"LIKE", u"ILIKE", u"IN", u"NOT IN"}))
                    invalidComparator(clause, stringAttributeComparators, true);
                if (!isOneOf(op, {u"=", u"!=", u"LIKE", u"ILIKE"}))
                    plainError(clause, u"Invalid comparator for string attribute: %1"_s.arg(op));
            } else if (!isOneOf(op, {u"=", u"!=", u"<", u"<=", u">", u">="})) {
                invalidComparator(clause, stringAttributeComparators, false);
            }
            break;
        }
        case SearchDialect::RegisteredModels:
            if (!isOneOf(op, {u"=", u"!=", u"LIKE", u"ILIKE"})) {
                plainError(clause,
                           (clause.type == EntityType::Tag
                                ? u"Invalid comparator for tag: %1"_s
                                : u"Invalid comparator for attribute: %1"_s)
                               .arg(op));
            }
            break;
        case SearchDialect::ModelVersions:
            if (clause.type == EntityType::Tag) {
                if (!isOneOf(op, {u"=", u"!=", u"LIKE", u"ILIKE"}))
                    plainError(clause, u"Invalid comparator for tag: %1"_s.arg(op));
            } else if (clause.key == u"version_number"_s) {
                if (!isOneOf(op, {u"=", u"!=", u"<", u"<=", u">", u">="}))
                    plainError(clause,
                               u"Invalid comparator for attribute %1: %2"_s.arg(clause.key, op));
            } else if (!isOneOf(op, {u"=", u"!=", u"LIKE", u"ILIKE", u"IN"})
                       || (op == u"IN"_s && clause.key != u"run_id"_s)) {
                plainError(clause, u"Invalid comparator for attribute: %1"_s.arg(op));
            }
            break;
        }

        condition.comparator = *comparatorFrom(op);
        const bool listValue = clause.valueKind == MlflowClause::ValueKind::List;
        const bool listComparator =
            condition.comparator == Comparator::In || condition.comparator == Comparator::NotIn;
        if (listValue != listComparator) {
            // MLflow hands these to the database and fails with an internal error.
            plainError(clause, u"Invalid comparator '%1' for the value %2"_s.arg(op, clause.value));
        }
        condition.list = clause.list;
        condition.text = clause.value;
        if (clause.valueKind == MlflowClause::ValueKind::Number) {
            condition.numeric = true;
            condition.number = clause.value.toDouble();
        }
        result.append(condition);
    }
    return result;
}

QList<Condition> MlflowFilterParser::parseConditions(const QString &filter, SearchDialect dialect)
{
    return conditions(parse(filter, dialect), dialect);
}

} // namespace Flowdesk::Query
