// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/query/sqltoken.h"

#include <vector>

namespace Flowdesk::Query {

/// Groups lexer tokens into statements of identifiers, comparisons, parentheses, operations and
/// lists, in the order and with the rules of MLflow's parser (sqlparse), so that what MLflow
/// sees as one clause is one clause here too.
class Grouper final
{
public:
    /// Splits at ';' like sqlparse: a trailing all-whitespace remainder is no statement.
    static std::vector<std::vector<SqlToken>> statements(std::vector<SqlToken> tokens);
    /// Groups one statement's tokens in place.
    static void group(std::vector<SqlToken> &tokens);
};

} // namespace Flowdesk::Query
