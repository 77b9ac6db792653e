// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/runquery.h"

#include "models/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

namespace {

QString sortExpression(RunSortField field)
{
    switch (field) {
    case RunSortField::Name:
        return u"r.name"_s;
    case RunSortField::Status:
        return u"r.status"_s;
    case RunSortField::StartTime:
        return u"r.start_time"_s;
    case RunSortField::Duration:
        return u"(r.end_time - r.start_time)"_s;
    case RunSortField::User:
        return u"r.user_id"_s;
    case RunSortField::Source:
        return u"(SELECT t.value FROM run_tags t WHERE t.run_key = r.run_key "
               "AND t.key = 'mlflow.source.name')"_s;
    }
    return u"r.start_time"_s;
}

// The WHERE clause shared by the key and count statements; appends its bound values.
QString scopeCondition(const RunQuery &query, QVariantList &bindings)
{
    QString where;
    // A single experiment compares with '=' so that SQLite walks runs_by_experiment in order
    // (no sort step for the default order).
    if (query.experimentIds.size() == 1) {
        where = u"r.experiment_id = ?"_s;
        bindings.append(query.experimentIds.first());
    } else {
        QJsonArray ids;
        for (const qint64 id : query.experimentIds)
            ids.append(id);
        where = u"r.experiment_id IN (SELECT value FROM json_each(?))"_s;
        bindings.append(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    }
    if (query.view != Store::ViewType::All) {
        where += u" AND r.lifecycle_stage = ?"_s;
        bindings.append(query.view == Store::ViewType::DeletedOnly ? u"deleted"_s : u"active"_s);
    }
    return where;
}

// Prepared afresh each time: filter fragments vary, and a per-connection statement cache keyed
// by their text would grow without bound.
QSqlQuery executed(Store::Database &database, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query = database.prepare(sql);
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(int(i), bindings.at(i));
    Store::Database::exec(query);
    return query;
}

} // namespace

RunKeys loadRunKeys(Store::Database &database, const RunQuery &query)
{
    RunKeys result;
    if (query.isEmpty())
        return result;

    QVariantList bindings;
    QString sql = u"SELECT r.run_key FROM runs r WHERE "_s + scopeCondition(query, bindings);
    const bool filtered = query.filter && !query.filter->whereSql.trimmed().isEmpty();
    if (filtered) {
        sql += u" AND ("_s + query.filter->whereSql + u')';
        bindings.append(query.filter->bindings);
    }
    const QString direction = query.order.direction == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    sql += u" ORDER BY "_s + sortExpression(query.order.field) + u' ' + direction
        + u", r.run_id ASC"_s;

    QSqlQuery keys = executed(database, sql, bindings);
    while (keys.next())
        result.keys.append(keys.value(0).toLongLong());
    keys.finish();

    if (!filtered) {
        result.unfilteredCount = result.keys.size();
        return result;
    }
    QVariantList countBindings;
    const QString countSql =
        u"SELECT COUNT(*) FROM runs r WHERE "_s + scopeCondition(query, countBindings);
    QSqlQuery count = executed(database, countSql, countBindings);
    if (count.next())
        result.unfilteredCount = count.value(0).toLongLong();
    return result;
}

} // namespace Flowdesk::ItemModels
