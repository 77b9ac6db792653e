// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/query/sqltoken.h"

#include <QString>

#include <vector>

namespace Flowdesk::Query {

/// Splits a filter or order-by string into tokens by the rules of MLflow's tokenizer, so that
/// every string MLflow accepts or rejects is cut the same way. Never fails: a character no rule
/// matches becomes an Error token.
class Lexer final
{
public:
    static std::vector<SqlToken> tokenize(const QString &text);
};

} // namespace Flowdesk::Query
