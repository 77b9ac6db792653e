// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/trackingstore.h"

#include "models/store/database.h"
#include "models/store/metricwriter.h"
#include "models/store/runnamegenerator.h"
#include "models/store/runwriter.h"
#include "models/store/storeerror.h"
#include "models/store/transaction.h"
#include "models/store/validation.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDriver>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

namespace {

const QString RunNameTag = u"mlflow.runName"_s;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

[[noreturn]] void throwRunNotFound(const QString &runId)
{
    throw StoreError(ErrorCode::ResourceDoesNotExist, u"Run with id=%1 not found"_s.arg(runId));
}

[[noreturn]] void throwExperimentNotFound(qint64 experimentId)
{
    throw StoreError(ErrorCode::ResourceDoesNotExist,
                     u"No Experiment with id=%1 exists"_s.arg(experimentId));
}

LifecycleStage stageFromText(const QString &text)
{
    return text == u"deleted"_s ? LifecycleStage::Deleted : LifecycleStage::Active;
}

QString viewCondition(ViewType view, const QString &column)
{
    switch (view) {
    case ViewType::ActiveOnly:
        return column + u" = 'active'"_s;
    case ViewType::DeletedOnly:
        return column + u" = 'deleted'"_s;
    case ViewType::All:
        return u"1"_s;
    }
    return u"1"_s;
}

std::optional<qint64> timeFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

Experiment experimentFrom(const QSqlQuery &q)
{
    Experiment e;
    e.experimentId = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.artifactLocation = q.value(2).toString();
    e.lifecycleStage = stageFromText(q.value(3).toString());
    e.creationTime = q.value(4).toLongLong();
    e.lastUpdateTime = q.value(5).toLongLong();
    return e;
}

// Validates the tags and returns the run name, which MLflow takes from the argument or the
// mlflow.runName tag (they must agree) or generates; `tags` gets the other tags plus that one.
QString resolveRunName(const QString &requested, const QList<Tag> &given, QList<Tag> &tags)
{
    QString runName = requested;
    for (const Tag &tag : given) {
        Validation::validateTag(tag);
        if (tag.key == RunNameTag) {
            if (!runName.isEmpty() && runName != tag.value) {
                throw StoreError(
                    ErrorCode::InvalidParameterValue,
                    u"Both 'run_name' argument and 'mlflow.runName' tag are specified, but with "
                    "different values (run_name='%1', mlflow.runName='%2')."_s.arg(runName,
                                                                                   tag.value));
            }
            runName = tag.value;
            continue;
        }
        tags.append(tag);
    }
    if (runName.isEmpty())
        runName = TrackingStore::generateRunName();
    tags.append({RunNameTag, runName});
    return runName;
}

const QString ExperimentColumns =
    u"experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time"_s;

const QString RunInfoColumns = u"run_id, experiment_id, name, user_id, status, start_time, "
                               "end_time, lifecycle_stage, artifact_uri"_s;

RunInfo runInfoFrom(const QSqlQuery &q)
{
    RunInfo info;
    info.runId = q.value(0).toString();
    info.experimentId = q.value(1).toLongLong();
    info.runName = q.value(2).toString();
    info.userId = q.value(3).toString();
    info.status = runStatusFromName(q.value(4).toString()).value_or(RunStatus::Running);
    info.startTime = timeFrom(q.value(5));
    info.endTime = timeFrom(q.value(6));
    info.lifecycleStage = stageFromText(q.value(7).toString());
    info.artifactUri = q.value(8).toString();
    return info;
}

} // namespace

TrackingStore::TrackingStore(Database &database)
    : m_database(database)
    , m_metricWriter(std::make_unique<MetricWriter>(database))
    , m_runWriter(std::make_unique<RunWriter>(database))
{
}

TrackingStore::~TrackingStore() = default;

// ---------------------------------------------------------------------------------------------
// Experiments

qint64 TrackingStore::createExperiment(const QString &name,
                                       const QString &artifactLocation,
                                       const QList<Tag> &tags,
                                       std::optional<qint64> experimentId)
{
    Validation::validateExperimentName(name);
    for (const Tag &tag : tags)
        Validation::validateExperimentTag(tag);
    if (experimentId && *experimentId < 0) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"Invalid experiment ID: '%1'"_s.arg(*experimentId));
    }

    Transaction transaction(m_database);
    if (findExperimentByName(name)) {
        throw StoreError(ErrorCode::ResourceAlreadyExists,
                         u"Experiment(name=%1) already exists."_s.arg(name));
    }
    qint64 id = 0;
    if (experimentId) {
        QSqlQuery &exists =
            m_database.cached(u"SELECT 1 FROM experiments WHERE experiment_id = ?"_s);
        exists.bindValue(0, *experimentId);
        Database::exec(exists);
        const bool taken = exists.next();
        exists.finish();
        if (taken) {
            throw StoreError(ErrorCode::ResourceAlreadyExists,
                             u"Experiment with id=%1 already exists."_s.arg(*experimentId));
        }
        id = *experimentId;
    } else {
        // MLflow's SQL store hands out ids in sequence; keep clear of large imported ids by
        // continuing after the largest id below 2^31 (file-store ids are huge random numbers).
        QSqlQuery next =
            m_database.prepare(u"SELECT COALESCE(MAX(experiment_id), -1) + 1 FROM experiments "
                               "WHERE experiment_id < 2147483647"_s);
        Database::exec(next);
        next.next();
        id = next.value(0).toLongLong();
    }
    const qint64 now = nowMs();
    QSqlQuery &insert = m_database.cached(
        u"INSERT INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, "
        "creation_time, last_update_time) VALUES (?, ?, ?, 'active', ?, ?)"_s);
    insert.bindValue(0, id);
    insert.bindValue(1, Database::text(name));
    insert.bindValue(
        2, artifactLocation.isEmpty() ? u"mlflow-artifacts:/%1"_s.arg(id) : artifactLocation);
    insert.bindValue(3, now);
    insert.bindValue(4, now);
    Database::exec(insert);
    for (const Tag &tag : tags) {
        QSqlQuery &tagInsert = m_database.cached(
            u"INSERT OR REPLACE INTO experiment_tags (experiment_id, key, value) VALUES (?, ?, ?)"_s);
        tagInsert.bindValue(0, id);
        tagInsert.bindValue(1, Database::text(tag.key));
        tagInsert.bindValue(2, Database::text(tag.value));
        Database::exec(tagInsert);
    }
    transaction.commit();
    return id;
}

Experiment TrackingStore::experiment(qint64 experimentId)
{
    QSqlQuery &q = m_database.cached(u"SELECT "_s + ExperimentColumns
                                     + u" FROM experiments WHERE experiment_id = ?"_s);
    q.bindValue(0, experimentId);
    Database::exec(q);
    if (!q.next()) {
        q.finish();
        throwExperimentNotFound(experimentId);
    }
    Experiment e = experimentFrom(q);
    q.finish();
    QSqlQuery &tags = m_database.cached(
        u"SELECT key, value FROM experiment_tags WHERE experiment_id = ? ORDER BY key"_s);
    tags.bindValue(0, experimentId);
    Database::exec(tags);
    while (tags.next())
        e.tags.append({tags.value(0).toString(), tags.value(1).toString()});
    tags.finish();
    return e;
}

std::optional<Experiment> TrackingStore::findExperimentByName(const QString &name)
{
    QSqlQuery &q = m_database.cached(u"SELECT experiment_id FROM experiments WHERE name = ?"_s);
    q.bindValue(0, Database::text(name));
    Database::exec(q);
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return experiment(id);
}

Experiment TrackingStore::experimentByName(const QString &name)
{
    if (auto found = findExperimentByName(name))
        return *found;
    throw StoreError(ErrorCode::ResourceDoesNotExist,
                     u"Could not find experiment with name '%1'"_s.arg(name));
}

QList<Experiment> TrackingStore::experiments(ViewType view)
{
    QSqlQuery q = m_database.prepare(
        u"SELECT "_s + ExperimentColumns + u" FROM experiments WHERE "_s
        + viewCondition(view, u"lifecycle_stage"_s) + u" ORDER BY experiment_id"_s);
    Database::exec(q);
    QList<Experiment> result;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), result.size());
        result.append(experimentFrom(q));
    }
    QSqlQuery tags = m_database.prepare(
        u"SELECT experiment_id, key, value FROM experiment_tags ORDER BY experiment_id, key"_s);
    Database::exec(tags);
    while (tags.next()) {
        const auto it = index.constFind(tags.value(0).toLongLong());
        if (it != index.cend())
            result[it.value()].tags.append({tags.value(1).toString(), tags.value(2).toString()});
    }
    return result;
}

void TrackingStore::renameExperiment(qint64 experimentId, const QString &newName)
{
    Validation::validateExperimentName(newName);
    Transaction transaction(m_database);
    const Experiment current = experiment(experimentId);
    if (current.lifecycleStage != LifecycleStage::Active)
        throw StoreError(ErrorCode::InvalidState, u"Cannot rename a non-active experiment."_s);
    if (current.name == newName)
        return;
    // MLflow answers BAD_REQUEST here (its unique-constraint error), not RESOURCE_ALREADY_EXISTS.
    if (findExperimentByName(newName)) {
        throw StoreError(ErrorCode::BadRequest,
                         u"Experiment(name=%1) already exists."_s.arg(newName));
    }
    QSqlQuery &q = m_database.cached(
        u"UPDATE experiments SET name = ?, last_update_time = ? WHERE experiment_id = ?"_s);
    q.bindValue(0, Database::text(newName));
    q.bindValue(1, nowMs());
    q.bindValue(2, experimentId);
    Database::exec(q);
    transaction.commit();
}

void TrackingStore::deleteExperiment(qint64 experimentId)
{
    Transaction transaction(m_database);
    const Experiment current = experiment(experimentId);
    // MLflow answers an already-deleted experiment as if it did not exist.
    if (current.lifecycleStage != LifecycleStage::Active)
        throwExperimentNotFound(experimentId);
    const qint64 now = nowMs();
    QSqlQuery &q = m_database.cached(u"UPDATE experiments SET lifecycle_stage = 'deleted', "
                                     "last_update_time = ? WHERE experiment_id = ?"_s);
    q.bindValue(0, now);
    q.bindValue(1, experimentId);
    Database::exec(q);
    // MLflow deletes the experiment's runs with it (and restores them with it).
    QSqlQuery &runs =
        m_database.cached(u"UPDATE runs SET lifecycle_stage = 'deleted', deleted_time = ? "
                          "WHERE experiment_id = ? AND lifecycle_stage = 'active'"_s);
    runs.bindValue(0, now);
    runs.bindValue(1, experimentId);
    Database::exec(runs);
    transaction.commit();
}

void TrackingStore::restoreExperiment(qint64 experimentId)
{
    Transaction transaction(m_database);
    const Experiment current = experiment(experimentId);
    if (current.lifecycleStage != LifecycleStage::Deleted)
        throwExperimentNotFound(experimentId);
    QSqlQuery &q = m_database.cached(u"UPDATE experiments SET lifecycle_stage = 'active', "
                                     "last_update_time = ? WHERE experiment_id = ?"_s);
    q.bindValue(0, nowMs());
    q.bindValue(1, experimentId);
    Database::exec(q);
    QSqlQuery &runs =
        m_database.cached(u"UPDATE runs SET lifecycle_stage = 'active', deleted_time = NULL "
                          "WHERE experiment_id = ? AND lifecycle_stage = 'deleted'"_s);
    runs.bindValue(0, experimentId);
    Database::exec(runs);
    transaction.commit();
}

void TrackingStore::requireActiveExperiment(qint64 experimentId)
{
    const Experiment current = experiment(experimentId);
    if (current.lifecycleStage != LifecycleStage::Active) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"The experiment %1 must be in the 'active' state. Current state is "
                         "deleted."_s.arg(experimentId));
    }
}

void TrackingStore::setExperimentTag(qint64 experimentId, const Tag &tag)
{
    Validation::validateExperimentTag(tag);
    Transaction transaction(m_database);
    requireActiveExperiment(experimentId);
    QSqlQuery &q = m_database.cached(
        u"INSERT OR REPLACE INTO experiment_tags (experiment_id, key, value) VALUES (?, ?, ?)"_s);
    q.bindValue(0, experimentId);
    q.bindValue(1, Database::text(tag.key));
    q.bindValue(2, Database::text(tag.value));
    Database::exec(q);
    touchExperiment(experimentId);
    transaction.commit();
}

void TrackingStore::deleteExperimentTag(qint64 experimentId, const QString &key)
{
    Transaction transaction(m_database);
    requireActiveExperiment(experimentId);
    QSqlQuery &q =
        m_database.cached(u"DELETE FROM experiment_tags WHERE experiment_id = ? AND key = ?"_s);
    q.bindValue(0, experimentId);
    q.bindValue(1, Database::text(key));
    Database::exec(q);
    if (q.numRowsAffected() == 0) {
        throw StoreError(
            ErrorCode::ResourceDoesNotExist,
            u"No tag with name: %1 in experiment with id %2"_s.arg(key).arg(experimentId));
    }
    touchExperiment(experimentId);
    transaction.commit();
}

void TrackingStore::touchExperiment(qint64 experimentId)
{
    QSqlQuery &q =
        m_database.cached(u"UPDATE experiments SET last_update_time = ? WHERE experiment_id = ?"_s);
    q.bindValue(0, nowMs());
    q.bindValue(1, experimentId);
    Database::exec(q);
}

QHash<qint64, qint64> TrackingStore::runCounts(ViewType view)
{
    QSqlQuery q = m_database.prepare(u"SELECT experiment_id, COUNT(*) FROM runs WHERE "_s
                                     + viewCondition(view, u"lifecycle_stage"_s)
                                     + u" GROUP BY experiment_id"_s);
    Database::exec(q);
    QHash<qint64, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return counts;
}

// ---------------------------------------------------------------------------------------------
// Runs

QString TrackingStore::generateRunId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString TrackingStore::generateRunName()
{
    return RunNameGenerator::generate();
}

Run TrackingStore::createRun(const RunCreation &creation)
{
    const QString runId = creation.runId.isEmpty() ? generateRunId() : creation.runId;
    Validation::validateRunId(runId);
    QList<Tag> tags;
    const QString runName = resolveRunName(creation.runName, creation.tags, tags);

    Transaction transaction(m_database);
    const Experiment exp = experiment(creation.experimentId);
    if (exp.lifecycleStage != LifecycleStage::Active) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"The experiment %1 must be in the 'active' state. Current state is "
                         "deleted."_s.arg(creation.experimentId));
    }
    if (hasRun(runId)) {
        throw StoreError(ErrorCode::ResourceAlreadyExists,
                         u"Run with id=%1 already exists."_s.arg(runId));
    }
    QString location = exp.artifactLocation;
    while (location.endsWith(u'/'))
        location.chop(1);
    const QString artifactUri = location + u'/' + runId + u"/artifacts"_s;
    QSqlQuery &insert = m_database.cached(
        u"INSERT INTO runs (run_id, experiment_id, name, user_id, status, start_time, "
        "lifecycle_stage, artifact_uri) VALUES (?, ?, ?, ?, ?, ?, 'active', ?)"_s);
    insert.bindValue(0, Database::text(runId));
    insert.bindValue(1, creation.experimentId);
    insert.bindValue(2, Database::text(runName));
    insert.bindValue(3, Database::text(creation.userId));
    insert.bindValue(4, runStatusName(creation.status));
    insert.bindValue(5, creation.startTime.value_or(nowMs()));
    insert.bindValue(6, artifactUri);
    Database::exec(insert);
    RunState state;
    state.runKey = insert.lastInsertId().toLongLong();
    state.experimentId = creation.experimentId;
    writeTags(state, tags);
    transaction.commit();
    return run(runId);
}

bool TrackingStore::hasRun(const QString &runId)
{
    QSqlQuery &q = m_database.cached(u"SELECT 1 FROM runs WHERE run_id = ?"_s);
    q.bindValue(0, Database::text(runId));
    Database::exec(q);
    const bool found = q.next();
    q.finish();
    return found;
}

TrackingStore::RunState TrackingStore::runState(const QString &runId)
{
    QSqlQuery &q = m_database.cached(
        u"SELECT run_key, experiment_id, lifecycle_stage FROM runs WHERE run_id = ?"_s);
    q.bindValue(0, Database::text(runId));
    Database::exec(q);
    if (!q.next()) {
        q.finish();
        throwRunNotFound(runId);
    }
    RunState state{
        q.value(0).toLongLong(), q.value(1).toLongLong(), stageFromText(q.value(2).toString())};
    q.finish();
    return state;
}

TrackingStore::RunState TrackingStore::activeRunState(const QString &runId)
{
    const RunState state = runState(runId);
    if (state.stage != LifecycleStage::Active) {
        throw StoreError(
            ErrorCode::InvalidParameterValue,
            u"The run %1 must be in the 'active' state. Current state is deleted."_s.arg(runId));
    }
    return state;
}

qint64 TrackingStore::runKey(const QString &runId)
{
    return runState(runId).runKey;
}

Run TrackingStore::run(const QString &runId)
{
    QSqlQuery &q = m_database.cached(u"SELECT "_s + RunInfoColumns
                                     + u", run_key FROM runs WHERE run_id = ?"_s);
    q.bindValue(0, Database::text(runId));
    Database::exec(q);
    if (!q.next()) {
        q.finish();
        throwRunNotFound(runId);
    }
    Run result;
    result.info = runInfoFrom(q);
    const qint64 key = q.value(9).toLongLong();
    q.finish();

    QSqlQuery &params =
        m_database.cached(u"SELECT key, value FROM params WHERE run_key = ? ORDER BY key"_s);
    params.bindValue(0, key);
    Database::exec(params);
    while (params.next())
        result.params.append({params.value(0).toString(), params.value(1).toString()});
    params.finish();

    QSqlQuery &tags =
        m_database.cached(u"SELECT key, value FROM run_tags WHERE run_key = ? ORDER BY key"_s);
    tags.bindValue(0, key);
    Database::exec(tags);
    while (tags.next())
        result.tags.append({tags.value(0).toString(), tags.value(1).toString()});
    tags.finish();

    QSqlQuery &metrics = m_database.cached(
        u"SELECT k.key, m.value, m.is_nan, m.timestamp, m.step FROM latest_metrics m "
        "JOIN metric_keys k ON k.key_id = m.key_id WHERE m.run_key = ? ORDER BY k.key"_s);
    metrics.bindValue(0, key);
    Database::exec(metrics);
    while (metrics.next()) {
        const double value = metrics.value(2).toInt() ? std::numeric_limits<double>::quiet_NaN()
                                                      : metrics.value(1).toDouble();
        result.latestMetrics.append({metrics.value(0).toString(),
                                     value,
                                     metrics.value(3).toLongLong(),
                                     metrics.value(4).toLongLong()});
    }
    metrics.finish();

    QSqlQuery &inputs = m_database.cached(
        u"SELECT i.input_key, d.name, d.digest, d.source_type, d.source, d.schema, d.profile "
        "FROM run_inputs i JOIN datasets d ON d.dataset_key = i.dataset_key "
        "WHERE i.run_key = ? ORDER BY i.input_key"_s);
    inputs.bindValue(0, key);
    Database::exec(inputs);
    QList<qint64> inputKeys;
    while (inputs.next()) {
        inputKeys.append(inputs.value(0).toLongLong());
        DatasetInput input;
        input.dataset = {inputs.value(1).toString(),
                         inputs.value(2).toString(),
                         inputs.value(3).toString(),
                         inputs.value(4).toString(),
                         inputs.value(5).toString(),
                         inputs.value(6).toString()};
        result.inputs.append(input);
    }
    inputs.finish();
    for (qsizetype i = 0; i < inputKeys.size(); ++i) {
        QSqlQuery &inputTags = m_database.cached(
            u"SELECT key, value FROM run_input_tags WHERE input_key = ? ORDER BY key"_s);
        inputTags.bindValue(0, inputKeys.at(i));
        Database::exec(inputTags);
        while (inputTags.next())
            result.inputs[i].tags.append(
                {inputTags.value(0).toString(), inputTags.value(1).toString()});
        inputTags.finish();
    }
    return result;
}

RunInfo TrackingStore::updateRun(const QString &runId,
                                 std::optional<RunStatus> status,
                                 std::optional<qint64> endTime,
                                 std::optional<QString> runName)
{
    if (runName && !runName->isEmpty())
        Validation::validateTag({RunNameTag, *runName});
    Transaction transaction(m_database);
    const RunState state = activeRunState(runId);
    if (status) {
        QSqlQuery &q = m_database.cached(u"UPDATE runs SET status = ? WHERE run_key = ?"_s);
        q.bindValue(0, runStatusName(*status));
        q.bindValue(1, state.runKey);
        Database::exec(q);
    }
    if (endTime) {
        QSqlQuery &q = m_database.cached(u"UPDATE runs SET end_time = ? WHERE run_key = ?"_s);
        q.bindValue(0, *endTime);
        q.bindValue(1, state.runKey);
        Database::exec(q);
    }
    if (runName && !runName->isEmpty())
        writeTags(state, {{RunNameTag, *runName}});
    transaction.commit();
    return run(runId).info;
}

void TrackingStore::deleteRun(const QString &runId)
{
    Transaction transaction(m_database);
    const RunState state = runState(runId);
    if (state.stage == LifecycleStage::Deleted)
        return; // MLflow answers 200 for an already-deleted run
    QSqlQuery &q = m_database.cached(
        u"UPDATE runs SET lifecycle_stage = 'deleted', deleted_time = ? WHERE run_key = ?"_s);
    q.bindValue(0, nowMs());
    q.bindValue(1, state.runKey);
    Database::exec(q);
    transaction.commit();
}

void TrackingStore::restoreRun(const QString &runId)
{
    Transaction transaction(m_database);
    const RunState state = runState(runId);
    QSqlQuery &q = m_database.cached(
        u"UPDATE runs SET lifecycle_stage = 'active', deleted_time = NULL WHERE run_key = ?"_s);
    q.bindValue(0, state.runKey);
    Database::exec(q);
    transaction.commit();
}

QList<RunInfo> TrackingStore::runInfos(qint64 experimentId, ViewType view)
{
    QSqlQuery q = m_database.prepare(
        u"SELECT "_s + RunInfoColumns + u" FROM runs WHERE experiment_id = ? AND "_s
        + viewCondition(view, u"lifecycle_stage"_s) + u" ORDER BY start_time DESC, run_id ASC"_s);
    q.bindValue(0, experimentId);
    Database::exec(q);
    QList<RunInfo> result;
    while (q.next())
        result.append(runInfoFrom(q));
    return result;
}

void TrackingStore::writeParams(const RunState &run,
                                const QString &runId,
                                const QList<Param> &params,
                                ParamErrorStyle style)
{
    if (params.isEmpty())
        return;

    // Params are immutable: the same value again is fine, a different one is an error that
    // names every changed key, as MLflow's log-batch does.
    struct Change
    {
        QString key, oldValue, newValue;
    };

    QList<Change> changes;
    QList<Param> fresh;
    for (const Param &param : params) {
        QSqlQuery &existing =
            m_database.cached(u"SELECT value FROM params WHERE run_key = ? AND key = ?"_s);
        existing.bindValue(0, run.runKey);
        existing.bindValue(1, Database::text(param.key));
        Database::exec(existing);
        if (existing.next()) {
            const QString old = existing.value(0).toString();
            if (old != param.value)
                changes.append({param.key, old, param.value});
        } else {
            fresh.append(param);
        }
        existing.finish();
    }
    // log-parameter quotes the values plainly; log-batch shows Python dicts, quoted by repr().
    if (style == ParamErrorStyle::Single && changes.size() == 1) {
        const Change &c = changes.first();
        throw StoreError(
            ErrorCode::InvalidParameterValue,
            u"Changing param values is not allowed. Param with key='%1' was already "
            "logged with value='%2' for run ID='%3'. Attempted logging new value '%4'."_s.arg(
                c.key, c.oldValue, runId, c.newValue));
    }
    if (!changes.isEmpty()) {
        QStringList items;
        for (const Change &c : std::as_const(changes)) {
            items.append(u"{'key': %1, 'old_value': %2, 'new_value': %3}"_s.arg(
                Validation::pythonRepr(c.key),
                Validation::pythonRepr(c.oldValue),
                Validation::pythonRepr(c.newValue)));
        }
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"Changing param values is not allowed. Params were already logged='[%1]' "
                         "for run ID='%2'."_s.arg(items.join(u", "_s), runId));
    }
    for (const Param &param : std::as_const(fresh)) {
        QSqlQuery &insert =
            m_database.cached(u"INSERT INTO params (run_key, key, value) VALUES (?, ?, ?)"_s);
        insert.bindValue(0, run.runKey);
        insert.bindValue(1, Database::text(param.key));
        insert.bindValue(2, Database::text(param.value));
        Database::exec(insert);
    }
}

void TrackingStore::writeTags(const RunState &run, const QList<Tag> &tags)
{
    for (const Tag &tag : tags) {
        QSqlQuery &insert = m_database.cached(
            u"INSERT OR REPLACE INTO run_tags (run_key, key, value) VALUES (?, ?, ?)"_s);
        insert.bindValue(0, run.runKey);
        insert.bindValue(1, Database::text(tag.key));
        insert.bindValue(2, Database::text(tag.value));
        Database::exec(insert);
        // The run name lives in two places in MLflow; keep them equal.
        if (tag.key == RunNameTag) {
            QSqlQuery &rename = m_database.cached(u"UPDATE runs SET name = ? WHERE run_key = ?"_s);
            rename.bindValue(0, Database::text(tag.value));
            rename.bindValue(1, run.runKey);
            Database::exec(rename);
        }
    }
}

void TrackingStore::logParam(const QString &runId, const Param &param)
{
    writeBatch(runId, {}, {param}, {}, ParamErrorStyle::Single);
}

void TrackingStore::logMetric(const QString &runId, const Metric &metric)
{
    writeBatch(runId, {metric}, {}, {}, ParamErrorStyle::Single);
}

void TrackingStore::setTag(const QString &runId, const Tag &tag)
{
    writeBatch(runId, {}, {}, {tag}, ParamErrorStyle::Single);
}

void TrackingStore::deleteTag(const QString &runId, const QString &key)
{
    Transaction transaction(m_database);
    const RunState state = activeRunState(runId);
    QSqlQuery &q = m_database.cached(u"DELETE FROM run_tags WHERE run_key = ? AND key = ?"_s);
    q.bindValue(0, state.runKey);
    q.bindValue(1, Database::text(key));
    Database::exec(q);
    if (q.numRowsAffected() == 0) {
        throw StoreError(ErrorCode::ResourceDoesNotExist,
                         u"No tag with name: %1 in run with id %2"_s.arg(key, runId));
    }
    transaction.commit();
}

void TrackingStore::logBatch(const QString &runId,
                             const QList<Metric> &metrics,
                             const QList<Param> &params,
                             const QList<Tag> &tags)
{
    // log-batch checks the id's form first; the single-item calls answer "not found" instead.
    Validation::validateRunId(runId);
    writeBatch(runId, metrics, params, tags, ParamErrorStyle::Batch);
}

void TrackingStore::writeBatch(const QString &runId,
                               const QList<Metric> &metrics,
                               const QList<Param> &params,
                               const QList<Tag> &tags,
                               ParamErrorStyle style)
{
    // MLflow's order: each item, then the batch limits, then duplicate param keys. A batch
    // names few distinct metric keys many times, so each key is checked once.
    QSet<QString> checkedKeys;
    for (const Metric &metric : metrics) {
        if (!checkedKeys.contains(metric.key)) {
            Validation::validateMetric(metric);
            checkedKeys.insert(metric.key);
        }
    }
    for (const Param &param : params)
        Validation::validateParam(param);
    for (const Tag &tag : tags)
        Validation::validateTag(tag);
    Validation::validateBatchLimits(metrics.size(), params.size(), tags.size());
    Validation::validateNoDuplicateParamKeys(params);

    try {
        Transaction transaction(m_database);
        const RunState state = activeRunState(runId);
        writeParams(state, runId, params, style);
        m_metricWriter->write(state.runKey, metrics);
        writeTags(state, tags);
        transaction.commit();
    } catch (...) {
        m_metricWriter->forgetKeys();
        throw;
    }
}

void TrackingStore::logInputs(const QString &runId, const QList<DatasetInput> &inputs)
{
    Validation::validateRunId(runId);
    if (inputs.size() > Validation::MaxDatasetsPerBatch) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"A batch logging request can contain at most %1 datasets. Got %2 "
                         "datasets. Please split up datasets across multiple requests and try "
                         "again."_s.arg(Validation::MaxDatasetsPerBatch)
                             .arg(inputs.size()));
    }
    for (const DatasetInput &input : inputs)
        Validation::validateDatasetInput(input);

    Transaction transaction(m_database);
    writeInputs(activeRunState(runId), inputs);
    transaction.commit();
}

void TrackingStore::writeInputs(const RunState &state, const QList<DatasetInput> &inputs)
{
    for (const DatasetInput &input : inputs) {
        const Dataset &d = input.dataset;
        // A dataset is shared by the runs of its experiment, keyed by name and digest.
        QSqlQuery &findDataset = m_database.cached(
            u"SELECT dataset_key FROM datasets WHERE experiment_id = ? AND name = ? AND digest = ?"_s);
        findDataset.bindValue(0, state.experimentId);
        findDataset.bindValue(1, Database::text(d.name));
        findDataset.bindValue(2, Database::text(d.digest));
        Database::exec(findDataset);
        qint64 datasetKey = -1;
        if (findDataset.next())
            datasetKey = findDataset.value(0).toLongLong();
        findDataset.finish();
        if (datasetKey < 0) {
            QSqlQuery &insert = m_database.cached(
                u"INSERT INTO datasets (experiment_id, name, digest, source_type, source, schema, "
                "profile) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            insert.bindValue(0, state.experimentId);
            insert.bindValue(1, Database::text(d.name));
            insert.bindValue(2, Database::text(d.digest));
            insert.bindValue(3, Database::text(d.sourceType));
            insert.bindValue(4, Database::text(d.source));
            insert.bindValue(5,
                             d.schema.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(d.schema));
            insert.bindValue(6,
                             d.profile.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(d.profile));
            Database::exec(insert);
            datasetKey = insert.lastInsertId().toLongLong();
        }
        QSqlQuery &findInput = m_database.cached(
            u"SELECT input_key FROM run_inputs WHERE run_key = ? AND dataset_key = ?"_s);
        findInput.bindValue(0, state.runKey);
        findInput.bindValue(1, datasetKey);
        Database::exec(findInput);
        qint64 inputKey = -1;
        if (findInput.next())
            inputKey = findInput.value(0).toLongLong();
        findInput.finish();
        if (inputKey >= 0)
            continue; // MLflow keeps the first logging of the same dataset for a run
        QSqlQuery &insertInput =
            m_database.cached(u"INSERT INTO run_inputs (run_key, dataset_key) VALUES (?, ?)"_s);
        insertInput.bindValue(0, state.runKey);
        insertInput.bindValue(1, datasetKey);
        Database::exec(insertInput);
        inputKey = insertInput.lastInsertId().toLongLong();
        for (const Tag &tag : input.tags) {
            QSqlQuery &insertTag = m_database.cached(
                u"INSERT OR REPLACE INTO run_input_tags (input_key, key, value) VALUES (?, ?, ?)"_s);
            insertTag.bindValue(0, inputKey);
            insertTag.bindValue(1, Database::text(tag.key));
            insertTag.bindValue(2, Database::text(tag.value));
            Database::exec(insertTag);
        }
    }
}

QString TrackingStore::insertRun(const RunRecord &record)
{
    RunInfo info = record.info;
    if (info.runId.isEmpty())
        info.runId = generateRunId();
    Validation::validateRunId(info.runId);
    QList<Tag> tags;
    info.runName = resolveRunName(info.runName, record.tags, tags);
    for (const Param &param : record.params)
        Validation::validateParam(param);
    Validation::validateNoDuplicateParamKeys(record.params);
    // A history repeats a handful of keys many times; check each name once.
    QSet<QString> metricKeys;
    for (const Metric &metric : record.metrics) {
        if (!metricKeys.contains(metric.key)) {
            Validation::validateMetric(metric);
            metricKeys.insert(metric.key);
        }
    }
    for (const DatasetInput &input : record.inputs)
        Validation::validateDatasetInput(input);

    try {
        Transaction transaction(m_database);
        const Experiment exp = experiment(info.experimentId);
        if (exp.lifecycleStage != LifecycleStage::Active) {
            throw StoreError(ErrorCode::InvalidParameterValue,
                             u"The experiment %1 must be in the 'active' state. Current state is "
                             "deleted."_s.arg(info.experimentId));
        }
        if (hasRun(info.runId)) {
            throw StoreError(ErrorCode::ResourceAlreadyExists,
                             u"Run with id=%1 already exists."_s.arg(info.runId));
        }
        if (info.artifactUri.isEmpty()) {
            QString location = exp.artifactLocation;
            while (location.endsWith(u'/'))
                location.chop(1);
            info.artifactUri = location + u'/' + info.runId + u"/artifacts"_s;
        }
        const qint64 now = nowMs();
        if (!info.startTime)
            info.startTime = now;
        const bool deleted = info.lifecycleStage == LifecycleStage::Deleted;
        RunState state;
        state.runKey = m_runWriter->insertRun(info, deleted ? std::optional<qint64>(now)
                                                            : std::nullopt);
        state.experimentId = info.experimentId;
        state.stage = info.lifecycleStage;
        m_runWriter->insertParams(state.runKey, record.params);
        m_runWriter->insertTags(state.runKey, tags);
        m_metricWriter->write(state.runKey, record.metrics);
        writeInputs(state, record.inputs);
        transaction.commit();
    } catch (...) {
        m_metricWriter->forgetKeys();
        throw;
    }
    return info.runId;
}

QList<Metric> TrackingStore::metricHistory(const QString &runId, const QString &key)
{
    const qint64 run = runKey(runId);
    QSqlQuery &q = m_database.cached(
        u"SELECT m.value, m.is_nan, m.timestamp, m.step FROM metrics m "
        "JOIN metric_keys k ON k.key_id = m.key_id WHERE m.run_key = ? AND k.key = ? "
        "ORDER BY m.timestamp, m.step, m.value"_s);
    q.bindValue(0, run);
    q.bindValue(1, Database::text(key));
    Database::exec(q);
    QList<Metric> history;
    while (q.next()) {
        const double value =
            q.value(1).toInt() ? std::numeric_limits<double>::quiet_NaN() : q.value(0).toDouble();
        history.append({key, value, q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    q.finish();
    return history;
}

QStringList TrackingStore::metricKeys(const QString &runId)
{
    const qint64 run = runKey(runId);
    QSqlQuery &q = m_database.cached(
        u"SELECT k.key FROM latest_metrics m JOIN metric_keys k ON k.key_id = m.key_id "
        "WHERE m.run_key = ? ORDER BY k.key"_s);
    q.bindValue(0, run);
    Database::exec(q);
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    q.finish();
    return keys;
}

// ---------------------------------------------------------------------------------------------
// Import and pull

namespace {

// SQLite stores a null QString as NULL; the store's text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

} // namespace

qint64 TrackingStore::totalChanges() const
{
    return sqlite3_total_changes64(m_database.handle());
}

std::optional<qint64> TrackingStore::runDeletedTime(const QString &runId)
{
    QSqlQuery &q = m_database.cached(u"SELECT deleted_time FROM runs WHERE run_id = ?"_s);
    q.bindValue(0, runId);
    Database::exec(q);
    if (!q.next()) {
        q.finish();
        throwRunNotFound(runId);
    }
    const std::optional<qint64> result = timeFrom(q.value(0));
    q.finish();
    return result;
}

bool TrackingStore::applyExperimentRecord(const Experiment &record)
{
    for (const Tag &tag : record.tags)
        Validation::validateExperimentTag(tag);
    Transaction transaction(m_database);
    experiment(record.experimentId); // throws when missing
    const qint64 before = totalChanges();
    // Only a real difference counts as a change: the WHERE clause skips identical rows.
    QSqlQuery &q = m_database.cached(
        u"UPDATE experiments SET lifecycle_stage = ?, creation_time = ?, last_update_time = ? "
        "WHERE experiment_id = ? AND (lifecycle_stage, creation_time, last_update_time) "
        "IS NOT (?, ?, ?)"_s);
    q.bindValue(0, lifecycleStageName(record.lifecycleStage));
    q.bindValue(1, record.creationTime);
    q.bindValue(2, record.lastUpdateTime);
    q.bindValue(3, record.experimentId);
    q.bindValue(4, lifecycleStageName(record.lifecycleStage));
    q.bindValue(5, record.creationTime);
    q.bindValue(6, record.lastUpdateTime);
    Database::exec(q);
    for (const Tag &tag : record.tags) {
        QSqlQuery &upsert = m_database.cached(
            u"INSERT INTO experiment_tags (experiment_id, key, value) VALUES (?, ?, ?) "
            "ON CONFLICT (experiment_id, key) DO UPDATE SET value = excluded.value "
            "WHERE value IS NOT excluded.value"_s);
        upsert.bindValue(0, record.experimentId);
        upsert.bindValue(1, text(tag.key));
        upsert.bindValue(2, text(tag.value));
        Database::exec(upsert);
    }
    const bool changed = totalChanges() != before;
    transaction.commit();
    return changed;
}

bool TrackingStore::applyRunRecord(const RunInfo &record, std::optional<qint64> deletedTime)
{
    Validation::validateRunId(record.runId);
    if (!record.runName.isEmpty())
        Validation::validateTag({RunNameTag, record.runName});
    Transaction transaction(m_database);
    experiment(record.experimentId); // throws when missing
    const qint64 before = totalChanges();
    const QVariant start =
        record.startTime ? QVariant(*record.startTime) : QVariant(QMetaType::fromType<qint64>());
    const QVariant end =
        record.endTime ? QVariant(*record.endTime) : QVariant(QMetaType::fromType<qint64>());
    const bool deleted = record.lifecycleStage == LifecycleStage::Deleted;
    const QVariant deletedAt =
        deleted && deletedTime ? QVariant(*deletedTime) : QVariant(QMetaType::fromType<qint64>());
    QSqlQuery &upsert = m_database.cached(
        u"INSERT INTO runs (run_id, experiment_id, name, user_id, status, start_time, end_time, "
        "deleted_time, lifecycle_stage, artifact_uri) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?) ON CONFLICT (run_id) DO UPDATE SET name = excluded.name, user_id = excluded.user_id, "
        "status = excluded.status, start_time = excluded.start_time, end_time = excluded.end_time, "
        "deleted_time = excluded.deleted_time, lifecycle_stage = excluded.lifecycle_stage, "
        "artifact_uri = excluded.artifact_uri WHERE (name, user_id, status, start_time, end_time, "
        "deleted_time, lifecycle_stage, artifact_uri) IS NOT (excluded.name, excluded.user_id, "
        "excluded.status, excluded.start_time, excluded.end_time, excluded.deleted_time, "
        "excluded.lifecycle_stage, excluded.artifact_uri)"_s);
    upsert.bindValue(0, text(record.runId));
    upsert.bindValue(1, record.experimentId);
    upsert.bindValue(2, text(record.runName));
    upsert.bindValue(3, text(record.userId));
    upsert.bindValue(4, runStatusName(record.status));
    upsert.bindValue(5, start);
    upsert.bindValue(6, end);
    upsert.bindValue(7, deletedAt);
    upsert.bindValue(8, lifecycleStageName(record.lifecycleStage));
    upsert.bindValue(9, text(record.artifactUri));
    Database::exec(upsert);
    if (!record.runName.isEmpty()) {
        QSqlQuery &tag =
            m_database.cached(u"INSERT INTO run_tags (run_key, key, value) "
                              "SELECT run_key, ?, ? FROM runs WHERE run_id = ? "
                              "ON CONFLICT (run_key, key) DO UPDATE SET value = excluded.value "
                              "WHERE value IS NOT excluded.value"_s);
        tag.bindValue(0, RunNameTag);
        tag.bindValue(1, text(record.runName));
        tag.bindValue(2, text(record.runId));
        Database::exec(tag);
    }
    const bool changed = totalChanges() != before;
    transaction.commit();
    return changed;
}

bool TrackingStore::writeRunRecordData(const QString &runId,
                                       const QList<Metric> &metrics,
                                       const QList<Param> &params,
                                       const QList<Tag> &tags)
{
    for (const Param &param : params)
        Validation::validateParam(param);
    Validation::validateNoDuplicateParamKeys(params);
    // A history repeats its key many times; checking each distinct key once keeps large
    // imports fast.
    QSet<QString> metricKeys;
    for (const Metric &metric : metrics) {
        if (!metricKeys.contains(metric.key)) {
            Validation::validateMetric(metric);
            metricKeys.insert(metric.key);
        }
    }
    for (const Tag &tag : tags)
        Validation::validateTag(tag);

    try {
        Transaction transaction(m_database);
        const RunState state = runState(runId);
        const qint64 before = totalChanges();
        writeParams(state, runId, params, ParamErrorStyle::Batch);
        m_metricWriter->write(state.runKey, metrics);
        // Upsert only what differs, so that an identical tag is not counted as a change.
        QHash<QString, QString> stored;
        QSqlQuery &existing =
            m_database.cached(u"SELECT key, value FROM run_tags WHERE run_key = ?"_s);
        existing.bindValue(0, state.runKey);
        Database::exec(existing);
        while (existing.next())
            stored.insert(existing.value(0).toString(), existing.value(1).toString());
        existing.finish();
        QList<Tag> changedTags;
        for (const Tag &tag : tags) {
            const auto it = stored.constFind(tag.key);
            if (it == stored.cend() || it.value() != tag.value)
                changedTags.append(tag);
        }
        writeTags(state, changedTags);
        const bool changed = totalChanges() != before;
        transaction.commit();
        return changed;
    } catch (...) {
        m_metricWriter->forgetKeys();
        throw;
    }
}

bool TrackingStore::writeRunRecordInputs(const QString &runId, const QList<DatasetInput> &inputs)
{
    for (const DatasetInput &input : inputs)
        Validation::validateDatasetInput(input);
    Transaction transaction(m_database);
    const RunState state = runState(runId);
    const qint64 before = totalChanges();
    writeInputs(state, inputs);
    const bool changed = totalChanges() != before;
    transaction.commit();
    return changed;
}

} // namespace Flowdesk::Store
