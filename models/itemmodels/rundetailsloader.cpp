// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/rundetailsloader.h"

#include "models/itemmodels/sparkline.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/trackingstore.h"

#include <QHash>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

namespace {

const QString parentRunTag = u"mlflow.parentRunId"_s;

QString tagValue(const Store::Run &run, const QString &key)
{
    for (const Store::Tag &tag : run.tags) {
        if (tag.key == key)
            return tag.value;
    }
    return {};
}

struct Aggregates
{
    std::optional<double> minValue;
    std::optional<double> maxValue;
    qint64 pointCount = 0;
};

} // namespace

RunDetailsLoader::RunDetailsLoader(StoreReader *reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{}

RunDetails RunDetailsLoader::readDetails(Store::Database &database, const Store::Run &run)
{
    Store::TrackingStore store(database);
    const qint64 runKey = store.runKey(run.info.runId);
    RunDetails details;
    details.runId = run.info.runId;

    QHash<QString, Aggregates> aggregates;
    {
        QSqlQuery &q = database.cached(
            u"SELECT k.key, lm.min_value, lm.max_value, lm.point_count FROM latest_metrics lm "
            "JOIN metric_keys k ON k.key_id = lm.key_id WHERE lm.run_key = ?"_s);
        q.bindValue(0, runKey);
        Store::Database::exec(q);
        while (q.next()) {
            Aggregates &entry = aggregates[q.value(0).toString()];
            if (!q.isNull(1))
                entry.minValue = q.value(1).toDouble();
            if (!q.isNull(2))
                entry.maxValue = q.value(2).toDouble();
            entry.pointCount = q.value(3).toLongLong();
        }
        q.finish();
    }
    for (const Store::Metric &latest : run.latestMetrics) {
        const Aggregates entry = aggregates.value(latest.key);
        details.metrics.append(
            {latest,
             entry.minValue,
             entry.maxValue,
             entry.pointCount,
             Sparkline::downsample(store.metricHistory(run.info.runId, latest.key))});
    }

    const QString parentId = tagValue(run, parentRunTag);
    if (!parentId.isEmpty()) {
        RunLink parent{-1, parentId, {}};
        QSqlQuery &q = database.cached(u"SELECT run_key, name FROM runs WHERE run_id = ?"_s);
        q.bindValue(0, Store::Database::text(parentId));
        Store::Database::exec(q);
        if (q.next()) {
            parent.runKey = q.value(0).toLongLong();
            parent.runName = q.value(1).toString();
        }
        q.finish();
        details.parent = parent;
    }

    QSqlQuery &q = database.cached(
        u"SELECT r.run_key, r.run_id, r.name FROM run_tags t JOIN runs r ON r.run_key = t.run_key "
        "WHERE t.key = ? AND t.value = ? ORDER BY r.start_time DESC, r.run_id"_s);
    q.bindValue(0, parentRunTag);
    q.bindValue(1, Store::Database::text(run.info.runId));
    Store::Database::exec(q);
    while (q.next())
        details.children.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    q.finish();
    return details;
}

void RunDetailsLoader::load(const QString &runId)
{
    m_runId = runId;
    const quint64 request = ++m_request;
    m_reader->submit(
        this,
        [runId](Store::Database &database) {
            Store::Run run = Store::TrackingStore(database).run(runId);
            RunDetails details = readDetails(database, run);
            return std::make_pair(std::move(run), std::move(details));
        },
        [this, request](const std::pair<Store::Run, RunDetails> &result) {
            if (request != m_request)
                return;
            emit loaded(result.first);
            if (request == m_request)
                emit detailsLoaded(result.second);
        },
        [this, request, runId](const Store::StoreError &error) {
            if (request == m_request)
                emit failed(runId, error.message());
        });
}

void RunDetailsLoader::clear()
{
    m_runId.clear();
    ++m_request;
}

} // namespace Flowdesk::ItemModels
