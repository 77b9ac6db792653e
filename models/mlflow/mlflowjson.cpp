// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/mlflow/mlflowjson.h"

#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Mlflow {

using namespace Flowdesk::Store;

QJsonValue metricValueToJson(double value)
{
    // JSON has no non-finite numbers; protobuf's JSON mapping spells them as strings, which
    // the Python client parses back. MLflow's sqlite store would clamp ±Inf to ±DBL_MAX.
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"Infinity"_s : u"-Infinity"_s;
    return value;
}

QJsonObject metricToJson(const Metric &metric)
{
    return {{u"key"_s, metric.key},
            {u"value"_s, metricValueToJson(metric.value)},
            {u"timestamp"_s, metric.timestamp},
            {u"step"_s, metric.step}};
}

QJsonArray tagsToJson(const QList<Tag> &tags)
{
    QJsonArray array;
    for (const Tag &tag : tags)
        array.append(QJsonObject{{u"key"_s, tag.key}, {u"value"_s, tag.value}});
    return array;
}

QJsonObject experimentToJson(const Experiment &experiment)
{
    QJsonObject json{{u"experiment_id"_s, QString::number(experiment.experimentId)},
                     {u"name"_s, experiment.name},
                     {u"artifact_location"_s, experiment.artifactLocation},
                     {u"lifecycle_stage"_s, lifecycleStageName(experiment.lifecycleStage)},
                     {u"last_update_time"_s, experiment.lastUpdateTime},
                     {u"creation_time"_s, experiment.creationTime}};
    if (!experiment.tags.isEmpty())
        json.insert(u"tags"_s, tagsToJson(experiment.tags));
    return json;
}

QJsonObject runInfoToJson(const RunInfo &info)
{
    QJsonObject json{{u"run_uuid"_s, info.runId},
                     {u"run_id"_s, info.runId},
                     {u"experiment_id"_s, QString::number(info.experimentId)},
                     {u"run_name"_s, info.runName},
                     {u"user_id"_s, info.userId},
                     {u"status"_s, runStatusName(info.status)},
                     {u"artifact_uri"_s, info.artifactUri},
                     {u"lifecycle_stage"_s, lifecycleStageName(info.lifecycleStage)}};
    if (info.startTime)
        json.insert(u"start_time"_s, *info.startTime);
    if (info.endTime)
        json.insert(u"end_time"_s, *info.endTime);
    return json;
}

QJsonObject runToJson(const Run &run, RunInputs inputs)
{
    QJsonObject data;
    if (!run.latestMetrics.isEmpty()) {
        QJsonArray metrics;
        for (const Metric &metric : run.latestMetrics)
            metrics.append(metricToJson(metric));
        data.insert(u"metrics"_s, metrics);
    }
    if (!run.params.isEmpty())
        data.insert(u"params"_s, tagsToJson(run.params));
    if (!run.tags.isEmpty())
        data.insert(u"tags"_s, tagsToJson(run.tags));
    QJsonObject json{{u"info"_s, runInfoToJson(run.info)}, {u"data"_s, data}};
    if (inputs == RunInputs::Include) {
        QJsonObject runInputs;
        QJsonArray datasetInputs;
        for (const DatasetInput &input : run.inputs) {
            QJsonObject dataset{{u"name"_s, input.dataset.name},
                                {u"digest"_s, input.dataset.digest},
                                {u"source_type"_s, input.dataset.sourceType},
                                {u"source"_s, input.dataset.source}};
            if (!input.dataset.schema.isEmpty())
                dataset.insert(u"schema"_s, input.dataset.schema);
            if (!input.dataset.profile.isEmpty())
                dataset.insert(u"profile"_s, input.dataset.profile);
            QJsonObject item{{u"dataset"_s, dataset}};
            if (!input.tags.isEmpty())
                item.insert(u"tags"_s, tagsToJson(input.tags));
            datasetInputs.append(item);
        }
        if (!datasetInputs.isEmpty())
            runInputs.insert(u"dataset_inputs"_s, datasetInputs);
        json.insert(u"inputs"_s, runInputs);
    }
    return json;
}

QJsonObject modelVersionToJson(const ModelVersion &version, VersionAliases aliases)
{
    QJsonObject json{{u"name"_s, version.name},
                     {u"version"_s, QString::number(version.version)},
                     {u"creation_timestamp"_s, version.creationTime},
                     {u"last_updated_timestamp"_s, version.lastUpdatedTime},
                     {u"current_stage"_s, stageName(version.currentStage)},
                     {u"description"_s, version.description},
                     {u"source"_s, version.source},
                     {u"run_id"_s, version.runId},
                     {u"status"_s, modelVersionStatusName(version.status)},
                     {u"run_link"_s, version.runLink}};
    if (!version.userId.isEmpty())
        json.insert(u"user_id"_s, version.userId);
    if (!version.statusMessage.isEmpty())
        json.insert(u"status_message"_s, version.statusMessage);
    if (!version.tags.isEmpty())
        json.insert(u"tags"_s, tagsToJson(version.tags));
    if (aliases == VersionAliases::Include && !version.aliases.isEmpty())
        json.insert(u"aliases"_s, QJsonArray::fromStringList(version.aliases));
    return json;
}

QJsonObject registeredModelToJson(const RegisteredModel &model,
                                  const QList<ModelVersion> &latestVersions)
{
    QJsonObject json{{u"name"_s, model.name},
                     {u"creation_timestamp"_s, model.creationTime},
                     {u"last_updated_timestamp"_s, model.lastUpdatedTime}};
    if (!model.description.isEmpty())
        json.insert(u"description"_s, model.description);
    if (!latestVersions.isEmpty()) {
        QJsonArray versions;
        for (const ModelVersion &version : latestVersions)
            versions.append(modelVersionToJson(version, VersionAliases::Omit));
        json.insert(u"latest_versions"_s, versions);
    }
    if (!model.tags.isEmpty())
        json.insert(u"tags"_s, tagsToJson(model.tags));
    if (!model.aliases.isEmpty()) {
        QJsonArray aliases;
        for (const Tag &alias : model.aliases)
            aliases.append(QJsonObject{{u"alias"_s, alias.key}, {u"version"_s, alias.value}});
        json.insert(u"aliases"_s, aliases);
    }
    return json;
}

QJsonObject fileInfoToJson(const QString &path, bool isDir, qint64 size)
{
    QJsonObject json{{u"path"_s, path}, {u"is_dir"_s, isDir}};
    if (!isDir)
        json.insert(u"file_size"_s, size);
    return json;
}

QList<ModelVersion> latestVersionsPerStage(const QList<ModelVersion> &versions)
{
    QList<ModelVersion> sorted = versions;
    std::sort(sorted.begin(), sorted.end(), [](const ModelVersion &a, const ModelVersion &b) {
        return a.version < b.version;
    });
    QList<ModelVersion> latest;
    for (const ModelVersion &version : std::as_const(sorted)) {
        const auto it = std::find_if(latest.begin(), latest.end(), [&](const ModelVersion &v) {
            return v.currentStage == version.currentStage;
        });
        if (it == latest.end())
            latest.append(version);
        else
            *it = version;
    }
    return latest;
}

} // namespace Flowdesk::Mlflow
