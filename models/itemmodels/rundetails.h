// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Flowdesk::ItemModels {

/// One metric of a run for the details panel: the latest point, the aggregates kept in
/// latest_metrics and a downsampled history (x = step, y = value; NaN left out).
struct MetricSummary
{
    Store::Metric latest;
    std::optional<double> minValue; ///< empty when every point is NaN
    std::optional<double> maxValue;
    qint64 pointCount = 0;
    QList<QPointF> sparkline;
};

/// Another run a run points at (its parent) or that points at it (a child).
struct RunLink
{
    qint64 runKey = -1; ///< -1 when the run is not in the store
    QString runId;
    QString runName;
};

/// A registered model version created from a run (model_versions.run_id = the run).
struct RunModelVersion
{
    QString modelName;
    qint64 version = 0;
    QStringList aliases; ///< sorted
    Store::ModelVersionStage stage = Store::ModelVersionStage::None;
};

/// What the details panel shows beyond Store::Run.
struct RunDetails
{
    QString runId;
    qint64 runKey = -1;
    QList<MetricSummary> metrics;
    std::optional<RunLink> parent;
    QList<RunLink> children;
    QList<RunModelVersion> modelVersions; ///< by model name, then version
};

} // namespace Flowdesk::ItemModels

Q_DECLARE_METATYPE(Flowdesk::ItemModels::RunDetails)
