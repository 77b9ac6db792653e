// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/runpage.h"

#include "models/store/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

RunPage RunPage::load(Store::Database &database, const QList<qint64> &runKeys)
{
    RunPage page;
    const qsizetype n = runKeys.size();
    page.keys = runKeys;
    page.found.fill(false, n);
    page.runIds.resize(n);
    page.names.resize(n);
    page.statuses.fill(Store::RunStatus::Running, n);
    page.startTimes.fill(NoTime, n);
    page.endTimes.fill(NoTime, n);
    page.users.resize(n);
    page.sources.resize(n);
    page.stages.fill(Store::LifecycleStage::Active, n);
    if (n == 0)
        return page;

    QHash<qint64, qsizetype> rowOfKey;
    rowOfKey.reserve(n);
    QJsonArray keys;
    for (qsizetype i = 0; i < n; ++i) {
        rowOfKey.insert(runKeys.at(i), i);
        keys.append(runKeys.at(i));
    }

    // The key list travels as one JSON parameter, so the statement text is constant and stays
    // prepared for the life of the connection, whatever the page size.
    QSqlQuery &q = database.cached(
        u"SELECT r.run_key, r.run_id, r.name, r.status, r.start_time, r.end_time, r.user_id, "
        "r.lifecycle_stage, (SELECT t.value FROM run_tags t WHERE t.run_key = r.run_key "
        "AND t.key = ?) FROM runs r WHERE r.run_key IN (SELECT value FROM json_each(?))"_s);
    q.bindValue(0, u"mlflow.source.name"_s);
    q.bindValue(1, QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)));
    Store::Database::exec(q);
    while (q.next()) {
        const auto it = rowOfKey.constFind(q.value(0).toLongLong());
        if (it == rowOfKey.cend())
            continue;
        const qsizetype i = it.value();
        page.found[i] = true;
        page.runIds[i] = q.value(1).toString();
        page.names[i] = q.value(2).toString();
        page.statuses[i] =
            Store::runStatusFromName(q.value(3).toString()).value_or(Store::RunStatus::Running);
        page.startTimes[i] = q.value(4).isNull() ? NoTime : q.value(4).toLongLong();
        page.endTimes[i] = q.value(5).isNull() ? NoTime : q.value(5).toLongLong();
        page.users[i] = q.value(6).toString();
        page.stages[i] = q.value(7).toString() == u"deleted"_s ? Store::LifecycleStage::Deleted
                                                               : Store::LifecycleStage::Active;
        page.sources[i] = q.value(8).toString();
    }
    q.finish();
    return page;
}

} // namespace Flowdesk::ItemModels
