// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/rundetailsloader.h"

#include "models/itemmodels/sparkline.h"
#include "models/itemmodels/sparklinecache.h"
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
    qint64 keyId = -1;
    qint64 firstStep = 0;
    SparklineCache::Token token;
};

QList<RunModelVersion> readModelVersions(Store::Database &database, const QString &runId)
{
    QList<RunModelVersion> versions;
    QSqlQuery &q = database.cached(
        u"SELECT rm.name, mv.version, mv.current_stage, a.alias FROM model_versions mv "
        "JOIN registered_models rm ON rm.model_key = mv.model_key LEFT JOIN model_aliases a "
        "ON a.model_key = mv.model_key AND a.version = mv.version WHERE mv.run_id = ? "
        "ORDER BY rm.name, mv.version, a.alias"_s);
    q.bindValue(0, Store::Database::text(runId));
    Store::Database::exec(q);
    while (q.next()) {
        const QString name = q.value(0).toString();
        const qint64 version = q.value(1).toLongLong();
        if (versions.isEmpty() || versions.last().modelName != name
            || versions.last().version != version) {
            versions.append({name,
                             version,
                             {},
                             Store::stageFromName(q.value(2).toString())
                                 .value_or(Store::ModelVersionStage::None)});
        }
        if (!q.isNull(3))
            versions.last().aliases.append(q.value(3).toString());
    }
    q.finish();
    return versions;
}

} // namespace

RunDetailsLoader::RunDetailsLoader(StoreReader *reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_cache(std::make_shared<SparklineCache>())
{}

RunDetailsLoader::~RunDetailsLoader() = default;

RunDetails RunDetailsLoader::readDetails(Store::Database &database,
                                         const Store::Run &run,
                                         SparklineCache *cache)
{
    Store::TrackingStore store(database);
    const qint64 runKey = store.runKey(run.info.runId);
    RunDetails details;
    details.runId = run.info.runId;
    details.runKey = runKey;

    QHash<QString, Aggregates> aggregates;
    {
        QSqlQuery &q = database.cached(
            u"SELECT k.key, lm.min_value, lm.max_value, lm.point_count, lm.key_id, "
            "lm.first_step, lm.step, lm.timestamp, lm.value, lm.is_nan FROM latest_metrics lm "
            "JOIN metric_keys k ON k.key_id = lm.key_id WHERE lm.run_key = ?"_s);
        q.bindValue(0, runKey);
        Store::Database::exec(q);
        while (q.next()) {
            Aggregates &entry = aggregates[q.value(0).toString()];
            if (!q.isNull(1))
                entry.minValue = q.value(1).toDouble();
            if (!q.isNull(2))
                entry.maxValue = q.value(2).toDouble();
            entry.keyId = q.value(4).toLongLong();
            entry.firstStep = q.value(5).toLongLong();
            entry.token = {q.value(3).toLongLong(),
                           q.value(6).toLongLong(),
                           q.value(7).toLongLong(),
                           q.value(8).toDouble(),
                           q.value(9).toInt() != 0};
        }
        q.finish();
    }
    for (const Store::Metric &latest : run.latestMetrics) {
        const Aggregates entry = aggregates.value(latest.key);
        QList<QPointF> line;
        if (entry.keyId >= 0) {
            std::optional<QList<QPointF>> cached;
            if (cache)
                cached = cache->find(runKey, run.info.runId, latest.key, entry.token);
            if (cached) {
                line = *cached;
            } else {
                line = Sparkline::read(database,
                                       runKey,
                                       entry.keyId,
                                       entry.firstStep,
                                       entry.token.step,
                                       entry.token.pointCount);
                if (cache)
                    cache->insert(runKey, run.info.runId, latest.key, entry.token, line);
            }
        }
        details.metrics.append(
            {latest, entry.minValue, entry.maxValue, entry.token.pointCount, line});
    }
    details.modelVersions = readModelVersions(database, run.info.runId);

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
        [runId, cache = m_cache](Store::Database &database) {
            Store::Run run = Store::TrackingStore(database).run(runId);
            RunDetails details = readDetails(database, run, cache.get());
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
