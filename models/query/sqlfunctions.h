// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Flowdesk::Store {
class Database;
}

// SQL functions the search compiler relies on, registered on a connection.
namespace Flowdesk::Query::SqlFunctions {

/// Registers flowdesk_number(text): the value as a REAL when the whole text (spaces aside) is a
/// decimal number ("0.01", "-3", "1e-4", ".5"), else NULL. Idempotent.
void install(Store::Database &database);

/// The same rule in C++, for tests and for callers that filter outside SQL.
bool parseNumber(const QString &text, double &value);

} // namespace Flowdesk::Query::SqlFunctions
