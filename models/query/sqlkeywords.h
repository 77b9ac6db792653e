// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Flowdesk::Query {

/// How MLflow's filter tokenizer classifies a bare word.
enum class SqlWordKind {
    Name, ///< an ordinary name: becomes an identifier
    BuiltinName, ///< a type name such as INT; also an identifier
    Keyword, ///< AND, OR, NOT, NULL, ... and every other SQL keyword
    OrderKeyword, ///< ASC, DESC
};

SqlWordKind sqlWordKind(const QString &word);

} // namespace Flowdesk::Query
