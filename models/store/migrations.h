// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Flowdesk::Store {

class Database;

/// Schema version this build writes (`PRAGMA user_version`).
int currentSchemaVersion();

/// Brings the schema from its stored version up to currentSchemaVersion() in one transaction.
/// Throws StoreError (FAILED_PRECONDITION) for a store written by a newer Flowdesk, without
/// touching the file.
void migrateToCurrent(Database &database);

/// The DDL of each migration step; step i brings user_version i to i + 1.
const QList<QStringList> &migrationSteps();

} // namespace Flowdesk::Store
