// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/rawstatements.h"

#include "models/store/database.h"
#include "models/store/storeerror.h"

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

RawStatements::RawStatements(Database &database)
    : m_database(database)
{}

RawStatements::~RawStatements()
{
    for (sqlite3_stmt *stmt : m_statements)
        sqlite3_finalize(stmt);
}

void RawStatements::check(int rc, const char *what) const
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        throw StoreError(
            ErrorCode::InternalError,
            u"Database error (%1): %2"_s.arg(
                QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(m_database.handle()))));
    }
}

sqlite3_stmt *RawStatements::get(int index, const char *sql)
{
    sqlite3_stmt *&stmt = m_statements.at(size_t(index));
    if (!stmt) {
        check(sqlite3_prepare_v3(
                  m_database.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr),
              sql);
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return stmt;
}

} // namespace Flowdesk::Store
