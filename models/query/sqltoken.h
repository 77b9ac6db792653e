// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

namespace Flowdesk::Query {

/// A token of a filter or order-by string, classified the way MLflow's tokenizer (sqlparse)
/// classifies it, or a group of tokens (identifier, comparison, parenthesis, ...) after the
/// same grouping. Positions are QChar offsets into the original string, for error underlines.
struct SqlToken
{
    enum class Type {
        // leaves
        Whitespace,
        Comment,
        Name, ///< bare word, `backticked` or [bracketed] name
        BuiltinName, ///< a type name such as INT or TIMESTAMP
        Placeholder, ///< ?, %s, :name, $name
        Keyword, ///< AND, OR, NOT, IS, NULL, IN, ...
        OrderKeyword, ///< ASC, DESC
        String, ///< 'single-quoted'
        Symbol, ///< "double-quoted"
        Integer,
        Float,
        Hexadecimal,
        Punctuation,
        Comparison, ///< = != < <= > >= LIKE ILIKE NOT LIKE, and any other run of <>=~!
        Operator,
        Wildcard,
        Error, ///< a character no rule matches
        // groups
        Identifier,
        ComparisonGroup,
        Parenthesis,
        Operation,
        IdentifierList,
        Function,
    };

    Type type = Type::Error;
    QString text; ///< the exact source text (for a group: its children's text)
    int position = 0;
    std::vector<SqlToken> children;

    bool isGroup() const { return type >= Type::Identifier; }

    bool isWhitespace() const { return type == Type::Whitespace; }

    bool isNumber() const
    {
        return type == Type::Integer || type == Type::Float || type == Type::Hexadecimal;
    }

    bool isKeyword(const char *upper) const
    {
        return type == Type::Keyword
            && text.compare(QLatin1String(upper), Qt::CaseInsensitive) == 0;
    }

    int length() const { return int(text.size()); }

    /// The non-whitespace children.
    std::vector<const SqlToken *> significantChildren() const;
};

} // namespace Flowdesk::Query
