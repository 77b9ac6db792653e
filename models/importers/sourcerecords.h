// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QList>
#include <QString>

#include <optional>

namespace Flowdesk::Importers {

// What an importer read from an MLflow source, before it goes into the store. Both the mlruns
// and the mlflow.db importer produce these, so that one RecordWriter applies the same rules
// (ids, merging, idempotence, artifacts) to both.

struct SourceExperiment
{
    QString path; ///< where in the source, for reports
    QString sourceId; ///< the source's experiment id, as text
    QString name;
    Store::LifecycleStage lifecycleStage = Store::LifecycleStage::Active;
    std::optional<qint64> creationTime; ///< missing in files of older MLflow versions
    std::optional<qint64> lastUpdateTime;
    QList<Store::Tag> tags;
};

struct SourceRun
{
    QString path;
    QString runId;
    QString runName;
    QString userId;
    Store::RunStatus status = Store::RunStatus::Running;
    std::optional<qint64> startTime;
    std::optional<qint64> endTime;
    Store::LifecycleStage lifecycleStage = Store::LifecycleStage::Active;
    std::optional<qint64> deletedTime;
    QString recordedArtifactUri; ///< as the source wrote it (placeholders and all)
    QString localArtifactDir; ///< where the artifacts really are here; empty if nowhere
    QString fallbackArtifactUri; ///< kept when there is no local directory; empty = the store's
    QList<Store::Param> params;
    QList<Store::Metric> metrics;
    QList<Store::Tag> tags;
    QList<Store::DatasetInput> inputs;
};

struct SourceModelVersion
{
    QString path;
    Store::ModelVersion version; ///< source and storage location as recorded
    bool deleted = false; ///< MLflow keeps deleted versions with stage Deleted_Internal
};

struct SourceModel
{
    QString path;
    Store::RegisteredModel model; ///< aliases: key = alias, value = version number
    QList<SourceModelVersion> versions;
};

} // namespace Flowdesk::Importers
