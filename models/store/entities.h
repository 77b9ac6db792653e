// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Flowdesk::Store {

// The domain value types, shaped after MLflow's entities so that nothing is lost in either
// direction. Times are milliseconds since the epoch (UTC), as in MLflow.

enum class LifecycleStage { Active, Deleted };

enum class ViewType { ActiveOnly, DeletedOnly, All };

enum class RunStatus { Running, Scheduled, Finished, Failed, Killed };

struct Tag
{
    QString key;
    QString value;
    friend bool operator==(const Tag &, const Tag &) = default;
};

using Param = Tag;

struct Metric
{
    QString key;
    double value = 0;
    qint64 timestamp = 0;
    qint64 step = 0;
    friend bool operator==(const Metric &a, const Metric &b)
    {
        // NaN == NaN here: the store keeps NaN as a value like any other.
        const bool sameValue = a.value == b.value || (a.value != a.value && b.value != b.value);
        return a.key == b.key && sameValue && a.timestamp == b.timestamp && a.step == b.step;
    }
};

struct Experiment
{
    qint64 experimentId = -1;
    QString name;
    QString artifactLocation;
    LifecycleStage lifecycleStage = LifecycleStage::Active;
    qint64 creationTime = 0;
    qint64 lastUpdateTime = 0;
    QList<Tag> tags;
};

struct Dataset
{
    QString name;
    QString digest;
    QString sourceType;
    QString source;
    QString schema;
    QString profile;
    friend bool operator==(const Dataset &, const Dataset &) = default;
};

struct DatasetInput
{
    Dataset dataset;
    QList<Tag> tags;
    friend bool operator==(const DatasetInput &, const DatasetInput &) = default;
};

struct RunInfo
{
    QString runId;
    qint64 experimentId = -1;
    QString runName;
    QString userId;
    RunStatus status = RunStatus::Running;
    std::optional<qint64> startTime;
    std::optional<qint64> endTime;
    LifecycleStage lifecycleStage = LifecycleStage::Active;
    QString artifactUri;
};

struct Run
{
    RunInfo info;
    QList<Metric> latestMetrics; ///< one per key, by MLflow's latest rule
    QList<Param> params;
    QList<Tag> tags;
    QList<DatasetInput> inputs;
};

/// What createRun takes. An empty runId means "generate one".
struct RunCreation
{
    QString runId;
    qint64 experimentId = 0;
    QString runName;
    QString userId;
    std::optional<qint64> startTime;
    QList<Tag> tags;
    RunStatus status = RunStatus::Running;
};

/// A whole run at once, for TrackingStore::insertRun (demo data, imports). An empty runId means
/// "generate one"; an empty artifactUri means the experiment's default; no startTime means now.
struct RunRecord
{
    RunInfo info;
    QList<Param> params;
    QList<Tag> tags;
    QList<Metric> metrics; ///< the full history, any number of points
    QList<DatasetInput> inputs;
};

struct RegisteredModel
{
    QString name;
    QString description;
    qint64 creationTime = 0;
    qint64 lastUpdatedTime = 0;
    QList<Tag> tags;
    QList<Tag> aliases; ///< key = alias, value = version number as text
};

enum class ModelVersionStage { None, Staging, Production, Archived };

enum class ModelVersionStatus { PendingRegistration, FailedRegistration, Ready };

struct ModelVersion
{
    QString name;
    qint64 version = 0;
    QString description;
    qint64 creationTime = 0;
    qint64 lastUpdatedTime = 0;
    QString userId;
    QString source;
    QString runId;
    QString runLink;
    ModelVersionStatus status = ModelVersionStatus::Ready;
    QString statusMessage;
    ModelVersionStage currentStage = ModelVersionStage::None;
    QString storageLocation;
    QList<Tag> tags;
    QStringList aliases;
};

struct ModelVersionCreation
{
    QString name;
    QString source;
    QString runId;
    QString runLink;
    QString description;
    QString userId;
    QList<Tag> tags;
    qint64 version = 0; ///< 0 = next number; import and pull pass the remote's number
};

QString lifecycleStageName(LifecycleStage stage);
QString runStatusName(RunStatus status);
/// Accepts MLflow's names ("FINISHED"); empty optional for anything else.
std::optional<RunStatus> runStatusFromName(const QString &name);
QString stageName(ModelVersionStage stage);
/// Case-insensitive, as MLflow's stage names are.
std::optional<ModelVersionStage> stageFromName(const QString &name);
QString modelVersionStatusName(ModelVersionStatus status);

} // namespace Flowdesk::Store

Q_DECLARE_METATYPE(Flowdesk::Store::Run)
Q_DECLARE_METATYPE(Flowdesk::Store::Experiment)
