// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>

struct sqlite3_stmt;

namespace Flowdesk::Store {

class Database;

/// The prepared raw-SQLite statements of one bulk writer (MetricWriter, RunWriter), compiled
/// once per connection and finalized with the writer.
class RawStatements final
{
public:
    static constexpr int Capacity = 8;

    explicit RawStatements(Database &database);
    ~RawStatements();
    RawStatements(const RawStatements &) = delete;
    RawStatements &operator=(const RawStatements &) = delete;

    /// Statement number `index` (compiled from `sql` on first use), reset with no bindings.
    sqlite3_stmt *get(int index, const char *sql);
    /// Throws StoreError (INTERNAL_ERROR) with SQLite's message unless rc is OK, ROW or DONE.
    void check(int rc, const char *what) const;

private:
    Database &m_database;
    std::array<sqlite3_stmt *, Capacity> m_statements = {};
};

} // namespace Flowdesk::Store
