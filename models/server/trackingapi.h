// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/mlflow/requestreader.h"
#include "models/server/apicontext.h"
#include "models/server/httprequest.h"
#include "models/server/httpresponse.h"

#include <QJsonObject>

namespace Flowdesk::Server {

class Router;

/// MLflow's tracking endpoints (experiments, runs, metrics, artifacts/list) over the store,
/// with MLflow 2.14's request validation, answers and error codes.
class TrackingApi final
{
public:
    explicit TrackingApi(const ApiContext &context);
    void registerRoutes(Router &router);

    /// An experiment id from the wire; a non-numeric one names no experiment (404, as MLflow).
    static qint64 experimentId(const QString &text);
    /// ACTIVE_ONLY / DELETED_ONLY / ALL (or 1..3); ACTIVE_ONLY when absent.
    static Store::ViewType viewType(const Mlflow::RequestReader &r, const QString &name);
    /// max_results as the searchers take it; `fallback` is the proto's default.
    static int maxResults(const Mlflow::RequestReader &r, int fallback);

private:
    using Reader = Mlflow::RequestReader;

    QJsonObject createExperiment(const Reader &r);
    QJsonObject getExperiment(const Reader &r);
    QJsonObject getExperimentByName(const Reader &r);
    QJsonObject deleteExperiment(const Reader &r);
    QJsonObject restoreExperiment(const Reader &r);
    QJsonObject updateExperiment(const Reader &r);
    QJsonObject setExperimentTag(const Reader &r);
    QJsonObject searchExperiments(const Reader &r);
    QJsonObject createRun(const Reader &r);
    QJsonObject getRun(const Reader &r);
    QJsonObject updateRun(const Reader &r);
    QJsonObject deleteRun(const Reader &r);
    QJsonObject restoreRun(const Reader &r);
    QJsonObject searchRuns(const Reader &r);
    QJsonObject logMetric(const Reader &r);
    QJsonObject logParam(const Reader &r);
    QJsonObject setTag(const Reader &r);
    QJsonObject deleteTag(const Reader &r);
    QJsonObject logBatch(const Reader &r);
    QJsonObject logInputs(const Reader &r);
    QJsonObject logModel(const Reader &r);
    QJsonObject getMetricHistory(const Reader &r);
    QJsonObject getMetricHistoryBulkInterval(const Reader &r);
    HttpResponse getMetricHistoryBulk(const HttpRequest &request);
    QJsonObject listArtifacts(const Reader &r);

    QList<Store::Metric> historyOrEmpty(const QString &runId, const QString &key);

    ApiContext m_context;
};

} // namespace Flowdesk::Server
