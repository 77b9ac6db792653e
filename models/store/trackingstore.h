// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace Flowdesk::Store {

class Database;
class MetricWriter;
class RunWriter;

/// MLflow's tracking API over the local store: experiments, runs, params, metrics, tags and
/// dataset inputs, with MLflow's validation and error codes. Every write is one transaction.
/// Throws StoreError. Not thread-safe: one TrackingStore per Database (per thread).
class TrackingStore final
{
public:
    explicit TrackingStore(Database &database);
    ~TrackingStore();
    TrackingStore(const TrackingStore &) = delete;
    TrackingStore &operator=(const TrackingStore &) = delete;

    Database &database() const { return m_database; }

    // Experiments
    /// With an experimentId the experiment gets that id (import, pull); otherwise the next free
    /// one. An empty artifactLocation becomes `mlflow-artifacts:/<id>`.
    qint64 createExperiment(const QString &name,
                            const QString &artifactLocation = {},
                            const QList<Tag> &tags = {},
                            std::optional<qint64> experimentId = std::nullopt);
    Experiment experiment(qint64 experimentId);
    /// Throws RESOURCE_DOES_NOT_EXIST when missing (active or deleted are both found).
    Experiment experimentByName(const QString &name);
    std::optional<Experiment> findExperimentByName(const QString &name);
    QList<Experiment> experiments(ViewType view = ViewType::ActiveOnly);
    void renameExperiment(qint64 experimentId, const QString &newName);
    void deleteExperiment(qint64 experimentId);
    void restoreExperiment(qint64 experimentId);
    void setExperimentTag(qint64 experimentId, const Tag &tag);
    void deleteExperimentTag(qint64 experimentId, const QString &key);
    /// Run counts per experiment id, for the sidebar.
    QHash<qint64, qint64> runCounts(ViewType view = ViewType::ActiveOnly);

    // Runs
    Run createRun(const RunCreation &creation);
    Run run(const QString &runId);
    bool hasRun(const QString &runId);
    /// Only the fields that are set change. A runName also sets the mlflow.runName tag.
    RunInfo updateRun(const QString &runId,
                      std::optional<RunStatus> status,
                      std::optional<qint64> endTime,
                      std::optional<QString> runName = std::nullopt);
    void deleteRun(const QString &runId);
    void restoreRun(const QString &runId);
    QList<RunInfo> runInfos(qint64 experimentId, ViewType view = ViewType::ActiveOnly);

    void logParam(const QString &runId, const Param &param);
    void logMetric(const QString &runId, const Metric &metric);
    void setTag(const QString &runId, const Tag &tag);
    void deleteTag(const QString &runId, const QString &key);
    /// All of it or nothing, with MLflow's batch limits.
    void logBatch(const QString &runId,
                  const QList<Metric> &metrics,
                  const QList<Param> &params = {},
                  const QList<Tag> &tags = {});
    void logInputs(const QString &runId, const QList<DatasetInput> &inputs);
    /// Writes a complete new run (info with its final status and times, params, tags, metric
    /// history, inputs) in one transaction, with MLflow's validation of each item but without
    /// the per-request batch limits and read-backs of createRun/logBatch/updateRun: the bulk path
    /// for demo data and imports, several times faster. Returns the run id. Throws like
    /// createRun (RESOURCE_ALREADY_EXISTS for a taken run id).
    QString insertRun(const RunRecord &record);

    /// Full history in MLflow's get-history order: timestamp, then step, then value.
    QList<Metric> metricHistory(const QString &runId, const QString &key);
    QStringList metricKeys(const QString &runId);

    /// The store's internal key for a run id; throws RESOURCE_DOES_NOT_EXIST.
    qint64 runKey(const QString &runId);
    /// When the run was deleted; empty for an active run. Throws RESOURCE_DOES_NOT_EXIST.
    std::optional<qint64> runDeletedTime(const QString &runId);

    // Import and pull: these record what another store holds, exactly, whatever the lifecycle
    // stage of the run or experiment (MLflow keeps a deleted run's data). Each returns whether
    // any stored row changed, so that a re-import can tell "updated" from "unchanged".
    /// Sets the experiment's lifecycle stage and times to `record`'s and upserts its tags
    /// (tags missing from `record` stay). Does not cascade the stage to runs.
    bool applyExperimentRecord(const Experiment &record);
    /// Creates the run `record.runId` in `record.experimentId` or, when it exists, sets its
    /// name, user, status, start/end time, lifecycle stage (with `deletedTime`) and artifact
    /// URI. A non-empty run name is mirrored in the mlflow.runName tag, as createRun does.
    bool applyRunRecord(const RunInfo &record, std::optional<qint64> deletedTime);
    /// Writes recorded params, metric points and tags without MLflow's per-request batch
    /// limits: a param must equal what is stored (INVALID_PARAMETER_VALUE otherwise),
    /// identical metric points are kept once, tags are upserted.
    bool writeRunRecordData(const QString &runId,
                            const QList<Metric> &metrics,
                            const QList<Param> &params,
                            const QList<Tag> &tags);
    /// Adds recorded dataset inputs; an input already logged for the run is kept as it is.
    bool writeRunRecordInputs(const QString &runId, const QList<DatasetInput> &inputs);

    static QString generateRunId();
    static QString generateRunName();

private:
    struct RunState
    {
        qint64 runKey = 0;
        qint64 experimentId = 0;
        LifecycleStage stage = LifecycleStage::Active;
    };
    RunState runState(const QString &runId);
    RunState activeRunState(const QString &runId);
    void requireActiveExperiment(qint64 experimentId);
    // MLflow words a changed param differently for log-parameter and log-batch.
    enum class ParamErrorStyle { Single, Batch };
    void writeBatch(const QString &runId,
                    const QList<Metric> &metrics,
                    const QList<Param> &params,
                    const QList<Tag> &tags,
                    ParamErrorStyle style);
    void writeParams(const RunState &run,
                     const QString &runId,
                     const QList<Param> &params,
                     ParamErrorStyle style);
    void writeTags(const RunState &run, const QList<Tag> &tags);
    void writeInputs(const RunState &run, const QList<DatasetInput> &inputs);
    qint64 totalChanges() const;
    void touchExperiment(qint64 experimentId);

    Database &m_database;
    std::unique_ptr<MetricWriter> m_metricWriter;
    std::unique_ptr<RunWriter> m_runWriter;
};

} // namespace Flowdesk::Store
