// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QString>

namespace Flowdesk::Store::Validation {

// MLflow's limits (mlflow/utils/validation.py, 2.14). Every check throws StoreError with
// INVALID_PARAMETER_VALUE and MLflow's message.
inline constexpr int MaxEntityKeyLength = 250;
inline constexpr int MaxParamValueLength = 6000;
inline constexpr int MaxTagValueLength = 5000;
inline constexpr int MaxParamsTagsPerBatch = 100;
inline constexpr int MaxMetricsPerBatch = 1000;
inline constexpr int MaxEntitiesPerBatch = 1000;
inline constexpr int MaxRegistryTagKeyLength = 250;
inline constexpr int MaxRegistryTagValueLength = 5000;
inline constexpr int MaxAliasLength = 255;
inline constexpr int MaxDatasetNameLength = 500;
inline constexpr int MaxDatasetDigestLength = 36;
inline constexpr int MaxDatasetSourceLength = 65535;
inline constexpr int MaxDatasetSchemaLength = 1048575;
inline constexpr int MaxDatasetProfileLength = 16777215;
inline constexpr int MaxExperimentNameLength = 500;
inline constexpr int MaxInputTagKeyLength = 255;
inline constexpr int MaxInputTagValueLength = 500;
inline constexpr int MaxDatasetsPerBatch = 1000;

/// Python's repr() of a string, as MLflow embeds values in its messages.
QString pythonRepr(const QString &value);

void validateMetricName(const QString &name);
void validateParamName(const QString &name);
void validateTagName(const QString &name);
void validateLength(const QString &entityName, int limit, const QString &value);
void validateParam(const Param &param);
void validateTag(const Tag &tag);
void validateMetric(const Metric &metric);
void validateExperimentName(const QString &name);
void validateExperimentTag(const Tag &tag);
void validateRunId(const QString &runId);
void validateBatchLimits(qsizetype metrics, qsizetype params, qsizetype tags);
/// Rejects a batch that names the same param key twice.
void validateNoDuplicateParamKeys(const QList<Param> &params);
void validateDatasetInput(const DatasetInput &input);
void validateModelName(const QString &name);
/// Same as validateRegisteredModelTag (kept for existing callers).
void validateRegistryTag(const Tag &tag);
/// MLflow names the limits "Registered model key/value" and "Model version key/value".
void validateRegisteredModelTag(const Tag &tag);
void validateModelVersionTag(const Tag &tag);
/// The name rules of validateTagName without its "Tag key" length limit.
void validateTagNameOnly(const QString &name);
void validateAliasName(const QString &alias);
/// A stage name, case-insensitive ("production" is Production); anything else is refused with
/// MLflow's message.
ModelVersionStage validateStage(const QString &name);

} // namespace Flowdesk::Store::Validation
