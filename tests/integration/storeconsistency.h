// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <cmath>

// Checks of a store's file and of the latest_metrics summaries against the full history, for
// the tests that write from other processes.
namespace Flowdesk::Store::TestSupport {

inline QString integrityCheck(Database &database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return QStringLiteral("integrity_check did not run");
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(u'\n');
}

/// Every (run, key) whose latest_metrics row disagrees with its history; empty when all agree.
inline QStringList summaryMismatches(Database &database)
{
    QStringList problems;
    QSqlQuery pairs(database.connection());
    pairs.exec(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM (SELECT DISTINCT run_key, key_id FROM metrics)), "
        "(SELECT COUNT(*) FROM latest_metrics)"));
    if (pairs.next() && pairs.value(0).toLongLong() != pairs.value(1).toLongLong()) {
        problems.append(QStringLiteral("%1 (run, key) pairs in the history, %2 summary rows")
                            .arg(pairs.value(0).toLongLong())
                            .arg(pairs.value(1).toLongLong()));
    }
    QSqlQuery q(database.connection());
    q.exec(QStringLiteral(
        "SELECT l.run_key, l.key_id, l.point_count, l.value_count, l.min_value, l.max_value, "
        "l.sum_value, l.step, l.timestamp, l.value, l.is_nan, l.first_step, l.first_timestamp, "
        "l.first_value, l.first_is_nan, "
        "(SELECT COUNT(*) FROM metrics m WHERE m.run_key = l.run_key AND m.key_id = l.key_id), "
        "(SELECT COUNT(*) FROM metrics m WHERE m.run_key = l.run_key AND m.key_id = l.key_id "
        " AND m.is_nan = 0), "
        "(SELECT MIN(value) FROM metrics m WHERE m.run_key = l.run_key AND m.key_id = l.key_id "
        " AND m.is_nan = 0), "
        "(SELECT MAX(value) FROM metrics m WHERE m.run_key = l.run_key AND m.key_id = l.key_id "
        " AND m.is_nan = 0), "
        "(SELECT SUM(value) FROM metrics m WHERE m.run_key = l.run_key AND m.key_id = l.key_id "
        " AND m.is_nan = 0), "
        "(SELECT step || '/' || timestamp || '/' || value || '/' || is_nan FROM metrics m "
        " WHERE m.run_key = l.run_key AND m.key_id = l.key_id "
        " ORDER BY step DESC, timestamp DESC, value DESC LIMIT 1), "
        "(SELECT step || '/' || timestamp || '/' || value || '/' || is_nan FROM metrics m "
        " WHERE m.run_key = l.run_key AND m.key_id = l.key_id "
        " ORDER BY step, timestamp, value LIMIT 1), "
        "l.step || '/' || l.timestamp || '/' || l.value || '/' || l.is_nan, "
        "l.first_step || '/' || l.first_timestamp || '/' || l.first_value || '/' || "
        "l.first_is_nan "
        "FROM latest_metrics l"));
    while (q.next()) {
        const QString where =
            QStringLiteral("run %1 key %2: ").arg(q.value(0).toString(), q.value(1).toString());
        if (q.value(2).toLongLong() != q.value(15).toLongLong())
            problems.append(where + QStringLiteral("point_count"));
        if (q.value(3).toLongLong() != q.value(16).toLongLong())
            problems.append(where + QStringLiteral("value_count"));
        if (q.value(4) != q.value(17) || q.value(5) != q.value(18))
            problems.append(where + QStringLiteral("min/max"));
        const double sum = q.value(6).toDouble();
        const double expected = q.value(19).toDouble();
        if (std::abs(sum - expected) > 1e-9 * std::max(1.0, std::abs(expected)))
            problems.append(where + QStringLiteral("sum %1 != %2").arg(sum).arg(expected));
        if (q.value(22).toString() != q.value(20).toString())
            problems.append(where + QStringLiteral("latest ") + q.value(22).toString()
                            + QStringLiteral(" != ") + q.value(20).toString());
        if (q.value(23).toString() != q.value(21).toString())
            problems.append(where + QStringLiteral("first"));
    }
    return problems;
}

} // namespace Flowdesk::Store::TestSupport
