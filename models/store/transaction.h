// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

namespace Flowdesk::Store {

class Database;

/// A write transaction (BEGIN IMMEDIATE, so that a writer waits for the lock up front instead of
/// failing with SQLITE_BUSY when it upgrades a read). Rolled back unless commit() is called.
/// A nested Transaction is a savepoint inside the outermost one: when it is not committed, its
/// own writes are undone and the enclosing transaction can go on without half of it.
class Transaction final
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_database;
    bool m_outermost = false;
    bool m_done = false;
    int m_depth = 0;
};

} // namespace Flowdesk::Store
