// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/server/trackingapi.h"

#include "models/mlflow/mlflowjson.h"
#include "models/query/experimentsearcher.h"
#include "models/query/runsearcher.h"
#include "models/server/artifactapi.h"
#include "models/server/router.h"
#include "models/store/artifactrepository.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Server {

using namespace Flowdesk::Store;
using Mlflow::RequestReader;

namespace {

const QStringList RunStatusNames = {
    u"RUNNING"_s, u"SCHEDULED"_s, u"FINISHED"_s, u"FAILED"_s, u"KILLED"_s};
const QStringList ViewTypeNames = {u"ACTIVE_ONLY"_s, u"DELETED_ONLY"_s, u"ALL"_s};
const QString LoggedModelsTag = u"mlflow.log-model.history"_s;
constexpr int MaxRunsPerBulkInterval = 100;
constexpr qint64 MaxResultsPerRun = 2500;
constexpr qint64 MaxHistoryResults = 25000;
constexpr int MaxRunsPerBulk = 20;

// One metric of a log-batch. MLflow requires key, value, timestamp and step and names the
// whole list when one is missing; a value it cannot parse it stores as 0 (Flowdesk refuses).
Metric batchMetric(const QJsonValue &item, const QJsonValue &all)
{
    const QJsonObject object = item.toObject();
    const RequestReader fields(object);
    for (const QString &name : {u"key"_s, u"value"_s, u"timestamp"_s, u"step"_s}) {
        if (!fields.has(name) && !(name == u"value"_s && object.value(name).isDouble()))
            RequestReader::throwInvalid(u"metrics"_s, all);
    }
    const QJsonValue key = object.value(u"key"_s);
    if (!key.isString())
        RequestReader::throwInvalid(u"metrics"_s, all);
    Metric metric;
    metric.key = key.toString();
    const auto value = RequestReader::toDouble(object.value(u"value"_s));
    if (!value) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"Invalid value %1 for metric '%2' in parameter 'metrics': a metric value "
                         "must be a number, \"NaN\", \"Infinity\" or \"-Infinity\"."_s.arg(
                             RequestReader::pythonStr(object.value(u"value"_s)), metric.key));
    }
    metric.value = *value;
    for (const QString &name : {u"timestamp"_s, u"step"_s}) {
        const auto number = RequestReader::toInt64(object.value(name));
        if (!number) {
            throw StoreError(ErrorCode::InvalidParameterValue,
                             u"Invalid value %1 for '%2' of metric '%3' in parameter 'metrics': it "
                             "must be an integer."_s.arg(
                                 RequestReader::pythonStr(object.value(name)), name, metric.key));
        }
        (name == u"step"_s ? metric.step : metric.timestamp) = *number;
    }
    return metric;
}

QList<Tag> batchTags(const RequestReader &r, const QString &name)
{
    const QJsonValue all = r.params().value(name);
    QList<Tag> tags;
    for (const QJsonValue item : r.objectList(name)) {
        const QJsonObject object = item.toObject();
        const QJsonValue key = object.value(u"key"_s);
        const QJsonValue value = object.value(u"value"_s);
        if (!key.isString() || key.toString().isEmpty()
            || !(value.isString() || value.isUndefined() || value.isNull())) {
            RequestReader::throwInvalid(name, all);
        }
        tags.append({key.toString(), value.isString() ? value.toString() : u""_s});
    }
    return tags;
}

// MLflow's _get_sampled_steps_from_steps, including its index check against the step count.
std::set<qint64> sampledSteps(qint64 start, qint64 end, qint64 maxResults, const QList<qint64> &all)
{
    const qsizetype startIndex = std::lower_bound(all.cbegin(), all.cend(), start) - all.cbegin();
    const qsizetype endIndex = std::upper_bound(all.cbegin(), all.cend(), end) - all.cbegin();
    std::set<qint64> sampled;
    if (endIndex - startIndex <= maxResults) {
        for (qsizetype i = startIndex; i < endIndex; ++i)
            sampled.insert(all.at(i));
        return sampled;
    }
    const qsizetype count = endIndex - startIndex;
    const double interval = double(count) / double(maxResults);
    for (qint64 i = 0; i < maxResults; ++i) {
        const qsizetype index = startIndex + qsizetype(double(i) * interval);
        if (index < count)
            sampled.insert(all.at(index));
    }
    sampled.insert(all.at(endIndex - 1));
    return sampled;
}

} // namespace

TrackingApi::TrackingApi(const ApiContext &context)
    : m_context(context)
{}

qint64 TrackingApi::experimentId(const QString &text)
{
    static const QRegularExpression integer(u"^-?[0-9]{1,18}$"_s);
    if (!integer.match(text).hasMatch()) {
        throw StoreError(ErrorCode::ResourceDoesNotExist,
                         u"No Experiment with id=%1 exists"_s.arg(text));
    }
    return text.toLongLong();
}

Store::ViewType TrackingApi::viewType(const Mlflow::RequestReader &r, const QString &name)
{
    const auto number = r.optionalEnum(name, ViewTypeNames);
    if (!number)
        return ViewType::ActiveOnly;
    return *number == 2 ? ViewType::DeletedOnly
        : *number == 3  ? ViewType::All
                        : ViewType::ActiveOnly;
}

int TrackingApi::maxResults(const Mlflow::RequestReader &r, int fallback)
{
    const auto value = r.optionalInt64(u"max_results"_s);
    if (!value)
        return fallback;
    // Out-of-range values still reach the searchers, which answer with MLflow's message.
    return int(std::clamp<qint64>(
        *value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

void TrackingApi::registerRoutes(Router &router)
{
    using Access = Router::Access;
    const auto bind = [this](QJsonObject (TrackingApi::*method)(const Reader &)) {
        return [this, method](const Reader &r) {
            return (this->*method)(r);
        };
    };
    const QByteArrayList post{"POST"};
    const QByteArrayList get{"GET"};
    router.addEndpoint(
        u"experiments/create"_s, post, Access::Write, bind(&TrackingApi::createExperiment));
    router.addEndpoint(u"experiments/get"_s, get, Access::Read, bind(&TrackingApi::getExperiment));
    router.addEndpoint(
        u"experiments/get-by-name"_s, get, Access::Read, bind(&TrackingApi::getExperimentByName));
    router.addEndpoint(
        u"experiments/delete"_s, post, Access::Write, bind(&TrackingApi::deleteExperiment));
    router.addEndpoint(
        u"experiments/restore"_s, post, Access::Write, bind(&TrackingApi::restoreExperiment));
    router.addEndpoint(
        u"experiments/update"_s, post, Access::Write, bind(&TrackingApi::updateExperiment));
    router.addEndpoint(u"experiments/set-experiment-tag"_s,
                       post,
                       Access::Write,
                       bind(&TrackingApi::setExperimentTag));
    router.addEndpoint(u"experiments/search"_s,
                       {"POST", "GET"},
                       Access::Read,
                       bind(&TrackingApi::searchExperiments));
    router.addEndpoint(u"runs/search"_s, post, Access::Read, bind(&TrackingApi::searchRuns));
    router.addEndpoint(u"runs/create"_s, post, Access::Write, bind(&TrackingApi::createRun));
    router.addEndpoint(u"runs/get"_s, get, Access::Read, bind(&TrackingApi::getRun));
    router.addEndpoint(u"runs/update"_s, post, Access::Write, bind(&TrackingApi::updateRun));
    router.addEndpoint(u"runs/delete"_s, post, Access::Write, bind(&TrackingApi::deleteRun));
    router.addEndpoint(u"runs/restore"_s, post, Access::Write, bind(&TrackingApi::restoreRun));
    router.addEndpoint(u"runs/log-metric"_s, post, Access::Write, bind(&TrackingApi::logMetric));
    router.addEndpoint(u"runs/log-parameter"_s, post, Access::Write, bind(&TrackingApi::logParam));
    router.addEndpoint(u"runs/set-tag"_s, post, Access::Write, bind(&TrackingApi::setTag));
    router.addEndpoint(u"runs/delete-tag"_s, post, Access::Write, bind(&TrackingApi::deleteTag));
    router.addEndpoint(u"runs/log-batch"_s, post, Access::Write, bind(&TrackingApi::logBatch));
    router.addEndpoint(u"runs/log-inputs"_s, post, Access::Write, bind(&TrackingApi::logInputs));
    router.addEndpoint(u"runs/log-model"_s, post, Access::Write, bind(&TrackingApi::logModel));
    router.addEndpoint(
        u"metrics/get-history"_s, get, Access::Read, bind(&TrackingApi::getMetricHistory));
    router.addEndpoint(u"metrics/get-history-bulk-interval"_s,
                       get,
                       Access::Read,
                       bind(&TrackingApi::getMetricHistoryBulkInterval));
    router.addEndpoint(u"artifacts/list"_s, get, Access::Read, bind(&TrackingApi::listArtifacts));
    // A UI-only endpoint: MLflow serves it under /ajax-api only.
    router.addPath(u"/ajax-api/2.0/mlflow/metrics/get-history-bulk"_s,
                   get,
                   Access::Read,
                   [this](const HttpRequest &request) {
                       return getMetricHistoryBulk(request);
                   });
}

// ---------------------------------------------------------------------------------------------
// Experiments

QJsonObject TrackingApi::createExperiment(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    const QString artifactLocation = r.string(u"artifact_location"_s);
    const QList<Tag> tags = r.tagList(u"tags"_s);
    if (artifactLocation.contains(u'#') || artifactLocation.contains(u';')) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"'artifact_location' URL can't include fragments or params."_s);
    }
    const qint64 id = m_context.tracking.createExperiment(name, artifactLocation, tags);
    return {{u"experiment_id"_s, QString::number(id)}};
}

QJsonObject TrackingApi::getExperiment(const Reader &r)
{
    const qint64 id = experimentId(r.requiredString(u"experiment_id"_s));
    return {{u"experiment"_s, Mlflow::experimentToJson(m_context.tracking.experiment(id))}};
}

QJsonObject TrackingApi::getExperimentByName(const Reader &r)
{
    const QString name = r.requiredString(u"experiment_name"_s);
    return {{u"experiment"_s, Mlflow::experimentToJson(m_context.tracking.experimentByName(name))}};
}

QJsonObject TrackingApi::deleteExperiment(const Reader &r)
{
    m_context.tracking.deleteExperiment(experimentId(r.requiredString(u"experiment_id"_s)));
    return {};
}

QJsonObject TrackingApi::restoreExperiment(const Reader &r)
{
    m_context.tracking.restoreExperiment(experimentId(r.requiredString(u"experiment_id"_s)));
    return {};
}

QJsonObject TrackingApi::updateExperiment(const Reader &r)
{
    const qint64 id = experimentId(r.requiredString(u"experiment_id"_s));
    const QString newName = r.requiredString(u"new_name"_s);
    try {
        m_context.tracking.renameExperiment(id, newName);
    } catch (const StoreError &error) {
        // MLflow reports a rename onto a taken name as BAD_REQUEST (with raw SQL text).
        if (error.code() == ErrorCode::ResourceAlreadyExists)
            throw StoreError(ErrorCode::BadRequest, error.message());
        throw;
    }
    return {};
}

QJsonObject TrackingApi::setExperimentTag(const Reader &r)
{
    const qint64 id = experimentId(r.requiredString(u"experiment_id"_s));
    const QString key = r.requiredString(u"key"_s);
    m_context.tracking.setExperimentTag(id, {key, r.string(u"value"_s)});
    return {};
}

QJsonObject TrackingApi::searchExperiments(const Reader &r)
{
    Query::ExperimentSearchRequest request;
    request.view = viewType(r, u"view_type"_s);
    // No proto default: MLflow refuses a search without max_results.
    request.maxResults = maxResults(r, 0);
    request.orderBy = r.stringList(u"order_by"_s);
    request.filter = r.string(u"filter"_s);
    request.pageToken = r.string(u"page_token"_s);
    const Query::ExperimentSearchPage page =
        Query::ExperimentSearcher(m_context.database).search(request);
    QJsonArray experiments;
    for (qint64 id : page.experimentIds)
        experiments.append(Mlflow::experimentToJson(m_context.tracking.experiment(id)));
    QJsonObject json;
    if (!experiments.isEmpty())
        json.insert(u"experiments"_s, experiments);
    if (!page.nextPageToken.isEmpty())
        json.insert(u"next_page_token"_s, page.nextPageToken);
    return json;
}

// ---------------------------------------------------------------------------------------------
// Runs

QJsonObject TrackingApi::searchRuns(const Reader &r)
{
    Query::RunSearchRequest request;
    static const QRegularExpression integer(u"^-?[0-9]{1,18}$"_s);
    bool anyExperiment = false;
    for (const QString &id : r.stringList(u"experiment_ids"_s)) {
        anyExperiment = true;
        // A non-numeric id names no experiment; it matches nothing, as in MLflow.
        if (integer.match(id).hasMatch())
            request.experimentIds.append(id.toLongLong());
    }
    request.filter = r.string(u"filter"_s);
    request.view = viewType(r, u"run_view_type"_s);
    request.maxResults = maxResults(r, 1000);
    request.orderBy = r.stringList(u"order_by"_s);
    request.pageToken = r.string(u"page_token"_s);
    // MLflow answers a search without experiments with nothing at all.
    if (!anyExperiment)
        return {};
    const Query::RunSearchPage page = Query::RunSearcher(m_context.database).search(request);
    QJsonArray runs;
    for (const QString &runId : page.runIds)
        runs.append(Mlflow::runToJson(m_context.tracking.run(runId), Mlflow::RunInputs::Include));
    QJsonObject json;
    if (!runs.isEmpty())
        json.insert(u"runs"_s, runs);
    if (!page.nextPageToken.isEmpty())
        json.insert(u"next_page_token"_s, page.nextPageToken);
    return json;
}

QJsonObject TrackingApi::createRun(const Reader &r)
{
    const auto experimentText = r.optionalString(u"experiment_id"_s);
    RunCreation creation;
    creation.userId = r.string(u"user_id"_s);
    creation.startTime = r.optionalInt64(u"start_time"_s);
    creation.tags = r.tagList(u"tags"_s);
    creation.runName = r.string(u"run_name"_s);
    if (!experimentText || experimentText->isEmpty()) {
        // MLflow fails on the foreign key and answers BAD_REQUEST with the SQL statement.
        throw StoreError(ErrorCode::BadRequest,
                         u"A run needs an experiment: experiment_id is missing."_s);
    }
    creation.experimentId = experimentId(*experimentText);
    const Run run = m_context.tracking.createRun(creation);
    return {{u"run"_s, Mlflow::runToJson(run, Mlflow::RunInputs::Omit)}};
}

QJsonObject TrackingApi::getRun(const Reader &r)
{
    const Run run = m_context.tracking.run(r.runId());
    return {{u"run"_s, Mlflow::runToJson(run, Mlflow::RunInputs::Include)}};
}

QJsonObject TrackingApi::updateRun(const Reader &r)
{
    const QString runId = r.runId();
    const auto endTime = r.optionalInt64(u"end_time"_s);
    std::optional<RunStatus> status;
    if (const auto number = r.optionalEnum(u"status"_s, RunStatusNames))
        status = RunStatus(*number - 1);
    const auto runName = r.optionalString(u"run_name"_s);
    const RunInfo info = m_context.tracking.updateRun(runId, status, endTime, runName);
    return {{u"run_info"_s, Mlflow::runInfoToJson(info)}};
}

QJsonObject TrackingApi::deleteRun(const Reader &r)
{
    m_context.tracking.deleteRun(r.requiredString(u"run_id"_s));
    return {};
}

QJsonObject TrackingApi::restoreRun(const Reader &r)
{
    m_context.tracking.restoreRun(r.requiredString(u"run_id"_s));
    return {};
}

QJsonObject TrackingApi::logMetric(const Reader &r)
{
    const QString runId = r.runId();
    Metric metric;
    metric.key = r.requiredString(u"key"_s);
    metric.value = r.requiredDouble(u"value"_s);
    metric.timestamp = r.requiredInt64(u"timestamp"_s);
    metric.step = r.optionalInt64(u"step"_s).value_or(0);
    m_context.tracking.logMetric(runId, metric);
    return {};
}

QJsonObject TrackingApi::logParam(const Reader &r)
{
    const QString runId = r.runId();
    const QString key = r.requiredString(u"key"_s);
    m_context.tracking.logParam(runId, {key, r.string(u"value"_s)});
    return {};
}

QJsonObject TrackingApi::setTag(const Reader &r)
{
    const QString runId = r.runId();
    const QString key = r.requiredString(u"key"_s);
    m_context.tracking.setTag(runId, {key, r.string(u"value"_s)});
    return {};
}

QJsonObject TrackingApi::deleteTag(const Reader &r)
{
    const QString runId = r.requiredString(u"run_id"_s);
    const QString key = r.requiredString(u"key"_s);
    m_context.tracking.deleteTag(runId, key);
    return {};
}

QJsonObject TrackingApi::logBatch(const Reader &r)
{
    const QString runId = r.requiredString(u"run_id"_s);
    const QJsonValue allMetrics = r.params().value(u"metrics"_s);
    QList<Metric> metrics;
    const QJsonArray metricItems = r.objectList(u"metrics"_s);
    metrics.reserve(metricItems.size());
    for (const QJsonValue item : metricItems)
        metrics.append(batchMetric(item, allMetrics));
    const QList<Param> params = batchTags(r, u"params"_s);
    const QList<Tag> tags = batchTags(r, u"tags"_s);
    m_context.tracking.logBatch(runId, metrics, params, tags);
    return {};
}

QJsonObject TrackingApi::logInputs(const Reader &r)
{
    const QString runId = r.requiredString(u"run_id"_s);
    QList<DatasetInput> inputs;
    for (const QJsonValue item : r.objectList(u"datasets"_s)) {
        const Reader input(item.toObject());
        const Reader dataset(input.params().value(u"dataset"_s).toObject());
        DatasetInput value;
        value.dataset.name = dataset.string(u"name"_s);
        value.dataset.digest = dataset.string(u"digest"_s);
        value.dataset.sourceType = dataset.string(u"source_type"_s);
        value.dataset.source = dataset.string(u"source"_s);
        value.dataset.schema = dataset.string(u"schema"_s);
        value.dataset.profile = dataset.string(u"profile"_s);
        value.tags = input.tagList(u"tags"_s);
        inputs.append(value);
    }
    m_context.tracking.logInputs(runId, inputs);
    return {};
}

QJsonObject TrackingApi::logModel(const Reader &r)
{
    const QString runId = r.requiredString(u"run_id"_s);
    const QString modelJson = r.requiredString(u"model_json"_s);
    const QJsonDocument model = QJsonDocument::fromJson(modelJson.toUtf8());
    if (!model.isObject()) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"Malformed model info. \n %1 \n is not a valid JSON."_s.arg(modelJson));
    }
    QStringList missing;
    for (const QString &field :
         {u"artifact_path"_s, u"flavors"_s, u"utc_time_created"_s, u"run_id"_s}) {
        if (!model.object().contains(field))
            missing.append(u"'"_s + field + u"'"_s);
    }
    if (!missing.isEmpty()) {
        throw StoreError(
            ErrorCode::InvalidParameterValue,
            u"Model json is missing mandatory fields: {%1}"_s.arg(missing.join(u", "_s)));
    }
    // The run keeps every logged model's MLmodel dict in one JSON-list tag, as MLflow does.
    QJsonArray history;
    for (const Tag &tag : m_context.tracking.run(runId).tags) {
        if (tag.key == LoggedModelsTag)
            history = QJsonDocument::fromJson(tag.value.toUtf8()).array();
    }
    history.append(model.object());
    m_context.tracking.setTag(
        runId,
        {LoggedModelsTag,
         QString::fromUtf8(QJsonDocument(history).toJson(QJsonDocument::Compact))});
    return {};
}

// ---------------------------------------------------------------------------------------------
// Metric history and artifacts

QList<Metric> TrackingApi::historyOrEmpty(const QString &runId, const QString &key)
{
    try {
        return m_context.tracking.metricHistory(runId, key);
    } catch (const StoreError &error) {
        // MLflow answers history queries for an unknown run with nothing, not with an error.
        if (error.code() == ErrorCode::ResourceDoesNotExist)
            return {};
        throw;
    }
}

QJsonObject TrackingApi::getMetricHistory(const Reader &r)
{
    const QString runId = r.runId();
    const QString key = r.requiredString(u"metric_key"_s);
    // MLflow 2.14.1 accepts max_results and page_token and answers the full history.
    r.optionalInt64(u"max_results"_s);
    r.optionalString(u"page_token"_s);
    QJsonArray metrics;
    for (const Metric &metric : historyOrEmpty(runId, key))
        metrics.append(Mlflow::metricToJson(metric));
    if (metrics.isEmpty())
        return {};
    return {{u"metrics"_s, metrics}};
}

QJsonObject TrackingApi::getMetricHistoryBulkInterval(const Reader &r)
{
    if (!r.has(u"run_ids"_s))
        RequestReader::throwMissing(u"run_ids"_s);
    const QStringList runIds = r.stringList(u"run_ids"_s);
    if (runIds.size() > MaxRunsPerBulkInterval)
        RequestReader::throwInvalid(u"run_ids"_s, r.params().value(u"run_ids"_s));
    const QString key = r.requiredString(u"metric_key"_s);
    auto start = r.optionalInt64(u"start_step"_s);
    auto end = r.optionalInt64(u"end_step"_s);
    const qint64 maxResults = r.optionalInt64(u"max_results"_s).value_or(MaxResultsPerRun);
    if (maxResults < 1 || maxResults > MaxResultsPerRun)
        RequestReader::throwInvalid(u"max_results"_s, r.params().value(u"max_results"_s));
    if (start.has_value() != end.has_value()) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"If either start step or end step are specified, both must be "
                         "specified."_s);
    }
    if (start && *start > *end) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"end_step must be greater than start_step. Found start_step=%1 and "
                         "end_step=%2."_s.arg(*start)
                             .arg(*end));
    }

    QList<QList<Metric>> histories;
    std::set<qint64> stepSet;
    std::set<qint64> minsAndMaxes;
    for (const QString &runId : runIds) {
        histories.append(historyOrEmpty(runId, key));
        const QList<Metric> &history = histories.last();
        if (history.isEmpty())
            continue;
        const auto [low, high] = std::minmax_element(
            history.cbegin(), history.cend(), [](const Metric &a, const Metric &b) {
                return a.step < b.step;
            });
        minsAndMaxes.insert(low->step);
        minsAndMaxes.insert(high->step);
        for (const Metric &metric : history)
            stepSet.insert(metric.step);
    }
    const QList<qint64> allSteps(stepSet.cbegin(), stepSet.cend());
    if (!start) {
        start = 0;
        end = allSteps.isEmpty() ? 0 : allSteps.last();
    }
    std::set<qint64> steps = sampledSteps(*start, *end, maxResults, allSteps);
    for (qint64 step : minsAndMaxes) {
        if (step >= *start && step <= *end)
            steps.insert(step);
    }

    QJsonArray metrics;
    for (qsizetype i = 0; i < runIds.size(); ++i) {
        QList<Metric> selected;
        for (const Metric &metric : histories.at(i)) {
            if (steps.count(metric.step))
                selected.append(metric);
        }
        std::stable_sort(selected.begin(), selected.end(), [](const Metric &a, const Metric &b) {
            return std::tie(a.step, a.timestamp) < std::tie(b.step, b.timestamp);
        });
        for (qsizetype j = 0; j < selected.size() && j < MaxHistoryResults; ++j) {
            QJsonObject json = Mlflow::metricToJson(selected.at(j));
            json.insert(u"run_id"_s, runIds.at(i));
            metrics.append(json);
        }
    }
    if (metrics.isEmpty())
        return {};
    return {{u"metrics"_s, metrics}};
}

HttpResponse TrackingApi::getMetricHistoryBulk(const HttpRequest &request)
{
    const Reader r = Reader::fromQuery(request.query);
    QStringList runIds = r.stringList(u"run_id"_s);
    if (runIds.isEmpty()) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"GetMetricHistoryBulk request must specify at least one run_id."_s);
    }
    if (runIds.size() > MaxRunsPerBulk) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"GetMetricHistoryBulk request cannot specify more than %1 run_ids. "
                         "Received %2 run_ids."_s.arg(MaxRunsPerBulk)
                             .arg(runIds.size()));
    }
    if (!r.params().contains(u"metric_key"_s)) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"GetMetricHistoryBulk request must specify a metric_key."_s);
    }
    const QString key = r.string(u"metric_key"_s);
    const qint64 maxResults =
        std::min(r.optionalInt64(u"max_results"_s).value_or(MaxHistoryResults), MaxHistoryResults);
    std::sort(runIds.begin(), runIds.end());
    QJsonArray metrics;
    for (const QString &runId : std::as_const(runIds)) {
        for (const Metric &metric : historyOrEmpty(runId, key)) {
            if (metrics.size() >= maxResults)
                break;
            QJsonObject json = Mlflow::metricToJson(metric);
            json.insert(u"run_id"_s, runId);
            metrics.append(json);
        }
    }
    return HttpResponse::json({{u"metrics"_s, metrics}});
}

QJsonObject TrackingApi::listArtifacts(const Reader &r)
{
    const QString runId = r.runId();
    const auto path = r.optionalString(u"path"_s);
    const QString relative = path ? ArtifactApi::safeRelativePath(*path) : QString();
    r.optionalString(u"page_token"_s);
    const Run run = m_context.tracking.run(runId);
    QJsonObject json{{u"root_uri"_s, run.info.artifactUri}};
    const auto directory = ArtifactApi::localDirectory(m_context.artifacts, run.info.artifactUri);
    if (!directory)
        return json;
    QJsonArray files;
    for (const auto &entry :
         ArtifactApi::sortedByPath(m_context.artifacts.list(*directory, relative)))
        files.append(Mlflow::fileInfoToJson(entry.path, entry.isDir, entry.size));
    if (!files.isEmpty())
        json.insert(u"files"_s, files);
    return json;
}

} // namespace Flowdesk::Server
