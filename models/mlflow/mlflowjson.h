// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/artifactrepository.h"
#include "models/store/entities.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Flowdesk::Mlflow {

// MLflow's JSON wire format (the proto3 JSON mapping MLflow 2.14 uses) for the domain entities.
// As on the wire, unset fields and empty lists are left out, ids travel as strings and
// non-finite metric values as "NaN" / "Infinity" / "-Infinity".

enum class RunInputs {
    Omit, ///< runs/create answers without an "inputs" member
    Include, ///< runs/get and runs/search always carry one, even if empty
};

enum class VersionAliases {
    Omit, ///< search results, latest_versions, mutations
    Include, ///< model-versions/get and registered-models/alias
};

QJsonValue metricValueToJson(double value);
QJsonObject metricToJson(const Store::Metric &metric);
QJsonArray tagsToJson(const QList<Store::Tag> &tags);
QJsonObject experimentToJson(const Store::Experiment &experiment);
QJsonObject runInfoToJson(const Store::RunInfo &info);
QJsonObject runToJson(const Store::Run &run, RunInputs inputs);
QJsonObject modelVersionToJson(const Store::ModelVersion &version, VersionAliases aliases);
/// `latestVersions` is MLflow's latest version per stage, in first-seen stage order.
QJsonObject registeredModelToJson(const Store::RegisteredModel &model,
                                  const QList<Store::ModelVersion> &latestVersions);
/// A FileInfo; `path` is what the endpoint reports (relative path or base name).
QJsonObject fileInfoToJson(const QString &path, bool isDir, qint64 size);

/// MLflow's "latest_versions": the highest version of each stage, stages in the order in
/// which they first appear when the versions are walked by ascending number.
QList<Store::ModelVersion> latestVersionsPerStage(const QList<Store::ModelVersion> &versions);

} // namespace Flowdesk::Mlflow
