// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/grouper.h"

#include <functional>
#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Query {

namespace {

using Type = SqlToken::Type;
using Tokens = std::vector<SqlToken>;
using Predicate = std::function<bool(const SqlToken *)>;
using Post = std::function<std::pair<int, int>(const Tokens &, int, int, int)>;

int nextSignificant(const Tokens &tokens, int index)
{
    for (int i = index + 1; i < int(tokens.size()); ++i) {
        if (!tokens[size_t(i)].isWhitespace())
            return i;
    }
    return -1;
}

int previousSignificant(const Tokens &tokens, int index)
{
    for (int i = index - 1; i >= 0; --i) {
        if (!tokens[size_t(i)].isWhitespace())
            return i;
    }
    return -1;
}

void refreshText(SqlToken &group)
{
    group.text.clear();
    for (const SqlToken &child : group.children)
        group.text += child.text;
    if (!group.children.empty())
        group.position = group.children.front().position;
}

void groupTokens(Tokens &tokens, Type type, int from, int to, bool extend)
{
    if (extend && tokens[size_t(from)].type == type) {
        SqlToken &group = tokens[size_t(from)];
        for (int i = from + 1; i <= to; ++i)
            group.children.push_back(std::move(tokens[size_t(i)]));
        tokens.erase(tokens.begin() + from + 1, tokens.begin() + to + 1);
        refreshText(group);
        return;
    }
    SqlToken group;
    group.type = type;
    for (int i = from; i <= to; ++i)
        group.children.push_back(std::move(tokens[size_t(i)]));
    refreshText(group);
    tokens.erase(tokens.begin() + from + 1, tokens.begin() + to + 1);
    tokens[size_t(from)] = std::move(group);
}

// sqlparse's _group: joins `prev <match> next` into a group of `type`. It walks a snapshot of
// the list while grouping the live one, and keeps looking at snapshot tokens that were already
// swallowed by a group; the same walk is reproduced here because it decides how chains such as
// `a < 1 < 2` group.
void groupBinary(Tokens &tokens,
                 Type type,
                 const Predicate &match,
                 const Predicate &validPrevious,
                 const Predicate &validNext,
                 const Post &post,
                 bool extend,
                 bool recurse = true)
{
    if (recurse) {
        for (SqlToken &token : tokens) {
            if (token.isGroup() && token.type != type)
                groupBinary(token.children, type, match, validPrevious, validNext, post, extend);
        }
    }
    const Tokens snapshot = tokens;
    int offset = 0;
    int previousIndex = -1;
    const SqlToken *previous = nullptr;
    std::optional<SqlToken> grouped;
    for (int index = 0; index < int(snapshot.size()); ++index) {
        const int live = index - offset;
        if (live < 0)
            continue;
        const SqlToken &token = snapshot[size_t(index)];
        if (token.isWhitespace())
            continue;
        if (match(&token)) {
            const int nextIndex = live < int(tokens.size()) ? nextSignificant(tokens, live) : -1;
            const SqlToken *next = nextIndex >= 0 ? &tokens[size_t(nextIndex)] : nullptr;
            if (previous && validPrevious(previous) && validNext(next)) {
                const auto [from, to] = post(tokens, previousIndex, live, nextIndex);
                groupTokens(tokens, type, from, to, extend);
                offset += to - from;
                previousIndex = from;
                grouped = tokens[size_t(from)];
                previous = &*grouped;
                continue;
            }
        }
        previousIndex = live;
        previous = &token;
    }
}

bool isNameLeaf(const SqlToken *t)
{
    return t && (t->type == Type::Name || t->type == Type::Symbol);
}

// sqlparse's imt() with a tuple of token types matches them exactly (no subtypes): hexadecimal
// numbers, type names and order keywords are not values here.
bool isValue(const SqlToken *t)
{
    return t
        && (t->type == Type::Parenthesis || t->type == Type::Function || t->type == Type::Identifier
            || t->type == Type::Operation || t->type == Type::Integer || t->type == Type::Float
            || t->type == Type::String || t->type == Type::Symbol || t->type == Type::Name
            || t->type == Type::Placeholder);
}

void groupParentheses(Tokens &tokens)
{
    Tokens output;
    std::vector<size_t> opens;
    for (SqlToken &token : tokens) {
        if (token.type == Type::Punctuation && token.text == u"("_s) {
            opens.push_back(output.size());
            output.push_back(std::move(token));
        } else if (token.type == Type::Punctuation && token.text == u")"_s && !opens.empty()) {
            const size_t open = opens.back();
            opens.pop_back();
            SqlToken group;
            group.type = Type::Parenthesis;
            for (size_t i = open; i < output.size(); ++i)
                group.children.push_back(std::move(output[i]));
            group.children.push_back(std::move(token));
            refreshText(group);
            output.resize(open);
            output.push_back(std::move(group));
        } else {
            output.push_back(std::move(token));
        }
    }
    tokens = std::move(output);
}

void groupFunctions(Tokens &tokens)
{
    for (SqlToken &token : tokens) {
        if (token.isGroup() && token.type != Type::Function)
            groupFunctions(token.children);
    }
    for (int i = 0; i < int(tokens.size()); ++i) {
        const Type type = tokens[size_t(i)].type;
        if (type != Type::Name && type != Type::BuiltinName && type != Type::Placeholder)
            continue;
        const int next = nextSignificant(tokens, i);
        if (next >= 0 && tokens[size_t(next)].type == Type::Parenthesis)
            groupTokens(tokens, Type::Function, i, next, false);
    }
}

void groupPeriods(Tokens &tokens)
{
    groupBinary(
        tokens,
        Type::Identifier,
        [](const SqlToken *t) {
            return t->type == Type::Punctuation && t->text == u"."_s;
        },
        [](const SqlToken *t) {
            return t->type == Type::Identifier || isNameLeaf(t);
        },
        [](const SqlToken *) {
            return true;
        },
        [](const Tokens &list, int previous, int current, int next) {
            const SqlToken *n = next >= 0 ? &list[size_t(next)] : nullptr;
            const bool validNext =
                n && (n->type == Type::Function || isNameLeaf(n) || n->type == Type::Wildcard);
            return validNext ? std::pair{previous, next} : std::pair{previous, current};
        },
        true);
}

void groupIdentifiers(Tokens &tokens)
{
    for (SqlToken &token : tokens) {
        if (token.isGroup() && token.type != Type::Identifier) {
            groupIdentifiers(token.children);
        } else if (isNameLeaf(&token)) {
            SqlToken group;
            group.type = Type::Identifier;
            group.children.push_back(std::move(token));
            refreshText(group);
            token = std::move(group);
        }
    }
}

void groupOrder(Tokens &tokens)
{
    for (int i = 0; i < int(tokens.size()); ++i) {
        if (tokens[size_t(i)].type != Type::OrderKeyword)
            continue;
        const int previous = previousSignificant(tokens, i);
        if (previous >= 0
            && (tokens[size_t(previous)].type == Type::Identifier
                || tokens[size_t(previous)].isNumber())) {
            groupTokens(tokens, Type::Identifier, previous, i, false);
            i = previous;
        }
    }
}

void groupOperators(Tokens &tokens)
{
    const Predicate valid = [](const SqlToken *t) {
        return isValue(t)
            || (t && t->type == Type::Keyword
                && (t->isKeyword("CURRENT_DATE") || t->isKeyword("CURRENT_TIME")
                    || t->isKeyword("CURRENT_TIMESTAMP")));
    };
    groupBinary(
        tokens,
        Type::Operation,
        [](const SqlToken *t) {
            return t->type == Type::Operator || t->type == Type::Wildcard;
        },
        valid,
        valid,
        [](const Tokens &, int previous, int, int next) {
            return std::pair{previous, next};
        },
        false);
}

void groupComparisons(Tokens &tokens)
{
    const Predicate valid = [](const SqlToken *t) {
        return isValue(t) || (t && t->isKeyword("NULL"));
    };
    groupBinary(
        tokens,
        Type::ComparisonGroup,
        [](const SqlToken *t) {
            return t->type == Type::Comparison;
        },
        valid,
        valid,
        [](const Tokens &, int previous, int, int next) {
            return std::pair{previous, next};
        },
        false);
}

void groupAliased(Tokens &tokens)
{
    for (SqlToken &token : tokens) {
        if (token.isGroup())
            groupAliased(token.children);
    }
    for (int i = 0; i < int(tokens.size()); ++i) {
        const SqlToken &token = tokens[size_t(i)];
        const bool aliasable = token.type == Type::Parenthesis || token.type == Type::Function
            || token.type == Type::Identifier || token.type == Type::Operation
            || token.type == Type::ComparisonGroup || token.isNumber();
        if (!aliasable)
            continue;
        const int next = nextSignificant(tokens, i);
        if (next >= 0 && tokens[size_t(next)].type == Type::Identifier)
            groupTokens(tokens, Type::Identifier, i, next, true);
    }
}

void groupIdentifierLists(Tokens &tokens)
{
    const Predicate valid = [](const SqlToken *t) {
        if (!t)
            return false;
        switch (t->type) {
        case Type::Function:
        case Type::Identifier:
        case Type::ComparisonGroup:
        case Type::IdentifierList:
        case Type::Operation:
        case Type::Integer:
        case Type::Float:
        case Type::String:
        case Type::Symbol:
        case Type::Name:
        case Type::Placeholder:
        case Type::Keyword:
        case Type::Wildcard:
            return true;
        default:
            return false;
        }
    };
    groupBinary(
        tokens,
        Type::IdentifierList,
        [](const SqlToken *t) {
            return t->type == Type::Punctuation && t->text == u","_s;
        },
        valid,
        valid,
        [](const Tokens &, int previous, int, int next) {
            return std::pair{previous, next};
        },
        true);
}

} // namespace

std::vector<std::vector<SqlToken>> Grouper::statements(std::vector<SqlToken> tokens)
{
    std::vector<Tokens> result;
    Tokens current;
    for (SqlToken &token : tokens) {
        const bool semicolon = token.type == Type::Punctuation && token.text == u";"_s;
        current.push_back(std::move(token));
        if (semicolon) {
            result.push_back(std::move(current));
            current.clear();
        }
    }
    bool allWhitespace = true;
    for (const SqlToken &token : current)
        allWhitespace = allWhitespace && token.isWhitespace();
    if (!current.empty() && !allWhitespace)
        result.push_back(std::move(current));
    else if (!current.empty() && !result.empty()) {
        for (SqlToken &token : current)
            result.back().push_back(std::move(token));
    }
    return result;
}

void Grouper::group(std::vector<SqlToken> &tokens)
{
    groupParentheses(tokens);
    groupFunctions(tokens);
    groupPeriods(tokens);
    groupIdentifiers(tokens);
    groupOrder(tokens);
    groupOperators(tokens);
    groupComparisons(tokens);
    groupAliased(tokens);
    groupIdentifierLists(tokens);
}

} // namespace Flowdesk::Query
