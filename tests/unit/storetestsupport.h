// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/database.h"
#include "models/store/storeerror.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

// Helpers shared by the store's unit tests.
namespace Flowdesk::Store::TestSupport {

/// The StoreError an action throws, or nothing when it succeeds.
inline std::optional<StoreError> errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StoreError &error) {
        return error;
    }
    return std::nullopt;
}

/// Every row of every table, as sorted text: two equal snapshots mean a store was not changed.
inline QStringList snapshot(Database &database)
{
    QSqlQuery tables(database.connection());
    tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QStringList rows;
    for (const QString &name : std::as_const(names)) {
        QSqlQuery query(database.connection());
        // The table names come from sqlite_master, not from input.
        query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells.append(query.value(i).isNull() ? QStringLiteral("<null>")
                                                     : query.value(i).toString());
            rows.append(name + u':' + cells.join(u'|'));
        }
    }
    rows.sort();
    return rows;
}

} // namespace Flowdesk::Store::TestSupport
