// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/runpage.h"

#include "models/store/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

namespace {

QString jsonList(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

RunPage
RunPage::load(Store::Database &database, const QList<qint64> &runKeys, const RunColumns &columns)
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
    page.experimentNames.resize(n);
    page.modelVersions.resize(n);
    page.columns.resize(columns.size());
    for (ColumnValues &values : page.columns) {
        values.states.fill(ColumnValues::Missing, n);
        values.numbers.fill(0.0, n);
        values.texts.resize(n);
    }
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
        "AND t.key = ?), e.name FROM runs r JOIN experiments e ON e.experiment_id = "
        "r.experiment_id WHERE r.run_key IN (SELECT value FROM json_each(?))"_s);
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
        page.experimentNames[i] = q.value(9).toString();
    }
    q.finish();
    loadModelVersions(database, page);
    if (!columns.isEmpty())
        loadColumns(database, page, rowOfKey, keys, columns);
    return page;
}

void RunPage::loadModelVersions(Store::Database &database, RunPage &page)
{
    QHash<QString, qsizetype> rowOfRunId;
    QJsonArray runIds;
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (!page.found.at(i))
            continue;
        rowOfRunId.insert(page.runIds.at(i), i);
        runIds.append(page.runIds.at(i));
    }
    if (runIds.isEmpty())
        return;
    // Deleting a version removes its row, so every row here is a live version.
    QSqlQuery &q = database.cached(
        u"SELECT v.run_id, m.name, v.version FROM model_versions v JOIN registered_models m ON "
        "m.model_key = v.model_key WHERE v.run_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY m.name, v.version"_s);
    q.bindValue(0, jsonList(runIds));
    Store::Database::exec(q);
    while (q.next()) {
        const qsizetype row = rowOfRunId.value(q.value(0).toString(), -1);
        if (row >= 0)
            page.modelVersions[row].append({q.value(1).toString(), q.value(2).toLongLong()});
    }
    q.finish();
}

void RunPage::loadColumns(Store::Database &database,
                          RunPage &page,
                          const QHash<qint64, qsizetype> &rowOfKey,
                          const QJsonArray &runKeys,
                          const RunColumns &columns)
{
    // Which dynamic columns show which key, per kind (values at a step: one query each).
    QList<qsizetype> stepColumns;
    QHash<QString, QList<qsizetype>> metricColumns;
    QHash<QString, QList<qsizetype>> paramColumns;
    QHash<QString, QList<qsizetype>> tagColumns;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const RunColumn &column = columns.at(c);
        if (column.kind == RunColumn::Kind::Metric
            && column.aggregate == RunColumn::Aggregate::AtStep) {
            stepColumns.append(c);
            continue;
        }
        auto &target = column.kind == RunColumn::Kind::Metric ? metricColumns
            : column.kind == RunColumn::Kind::Param           ? paramColumns
                                                              : tagColumns;
        target[column.key].append(c);
    }
    const QString keysJson = jsonList(runKeys);
    const auto namesJson = [](const QHash<QString, QList<qsizetype>> &byKey) {
        QJsonArray names;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            names.append(it.key());
        return jsonList(names);
    };

    if (!metricColumns.isEmpty()) {
        QSqlQuery &q = database.cached(
            u"SELECT m.run_key, k.key, m.value, m.is_nan, m.min_value, m.max_value, m.sum_value, "
            "m.value_count FROM latest_metrics m JOIN metric_keys k ON k.key_id = m.key_id "
            "WHERE m.run_key IN (SELECT value FROM json_each(?)) AND k.key IN (SELECT value "
            "FROM json_each(?))"_s);
        q.bindValue(0, keysJson);
        q.bindValue(1, namesJson(metricColumns));
        Store::Database::exec(q);
        while (q.next()) {
            const qsizetype row = rowOfKey.value(q.value(0).toLongLong(), -1);
            if (row < 0)
                continue;
            for (const qsizetype c : metricColumns.value(q.value(1).toString())) {
                ColumnValues &values = page.columns[c];
                QVariant value;
                bool nan = false;
                switch (columns.at(c).aggregate) {
                case RunColumn::Aggregate::Latest:
                    value = q.value(2);
                    nan = q.value(3).toInt() != 0;
                    break;
                case RunColumn::Aggregate::Min:
                    value = q.value(4);
                    break;
                case RunColumn::Aggregate::Max:
                    value = q.value(5);
                    break;
                case RunColumn::Aggregate::AtStep:
                    break; // read below
                case RunColumn::Aggregate::Mean: {
                    const qint64 count = q.value(7).toLongLong();
                    if (count > 0 && !q.value(6).isNull())
                        value = q.value(6).toDouble() / double(count);
                    break;
                }
                }
                if (nan) {
                    values.states[row] = ColumnValues::NaN;
                } else if (!value.isNull()) {
                    values.states[row] = ColumnValues::Present;
                    values.numbers[row] = value.toDouble();
                }
            }
        }
        q.finish();
    }

    // The last point logged at the step (latest timestamp, then largest value), as the search
    // language orders by metrics.x@step=N; a NaN there counts as no value.
    for (const qsizetype c : std::as_const(stepColumns)) {
        QSqlQuery &q = database.cached(
            u"SELECT m.run_key, m.value, m.is_nan FROM metrics m WHERE m.run_key IN (SELECT value "
            "FROM json_each(?)) AND m.key_id = (SELECT key_id FROM metric_keys WHERE key = ?) AND "
            "m.step = ? ORDER BY m.run_key, m.timestamp DESC, m.value DESC"_s);
        q.bindValue(0, keysJson);
        q.bindValue(1, columns.at(c).key);
        q.bindValue(2, columns.at(c).step);
        Store::Database::exec(q);
        qint64 previous = -1;
        while (q.next()) {
            const qint64 runKey = q.value(0).toLongLong();
            if (runKey == previous)
                continue; // only the first (last logged) point per run
            previous = runKey;
            const qsizetype row = rowOfKey.value(runKey, -1);
            if (row < 0 || q.value(2).toInt() != 0)
                continue;
            page.columns[c].states[row] = ColumnValues::Present;
            page.columns[c].numbers[row] = q.value(1).toDouble();
        }
        q.finish();
    }

    const auto loadTexts = [&](const QString &sql, const QHash<QString, QList<qsizetype>> &byKey) {
        if (byKey.isEmpty())
            return;
        QSqlQuery &q = database.cached(sql);
        q.bindValue(0, keysJson);
        q.bindValue(1, namesJson(byKey));
        Store::Database::exec(q);
        while (q.next()) {
            const qsizetype row = rowOfKey.value(q.value(0).toLongLong(), -1);
            if (row < 0)
                continue;
            for (const qsizetype c : byKey.value(q.value(1).toString())) {
                page.columns[c].states[row] = ColumnValues::Present;
                page.columns[c].texts[row] = q.value(2).toString();
            }
        }
        q.finish();
    };
    loadTexts(u"SELECT run_key, key, value FROM params WHERE run_key IN (SELECT value FROM "
              "json_each(?)) AND key IN (SELECT value FROM json_each(?))"_s,
              paramColumns);
    loadTexts(u"SELECT run_key, key, value FROM run_tags WHERE run_key IN (SELECT value FROM "
              "json_each(?)) AND key IN (SELECT value FROM json_each(?))"_s,
              tagColumns);
}

} // namespace Flowdesk::ItemModels
