// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/mlflow/requestreader.h"
#include "models/server/apicontext.h"

#include <QJsonObject>

namespace Flowdesk::Server {

class Router;

/// MLflow's model-registry endpoints (registered-models/..., model-versions/...) over the store.
class RegistryApi final
{
public:
    explicit RegistryApi(const ApiContext &context);
    void registerRoutes(Router &router);

private:
    using Reader = Mlflow::RequestReader;

    QJsonObject createRegisteredModel(const Reader &r);
    QJsonObject getRegisteredModel(const Reader &r);
    QJsonObject renameRegisteredModel(const Reader &r);
    QJsonObject updateRegisteredModel(const Reader &r);
    QJsonObject deleteRegisteredModel(const Reader &r);
    QJsonObject setRegisteredModelTag(const Reader &r);
    QJsonObject deleteRegisteredModelTag(const Reader &r);
    QJsonObject getLatestVersions(const Reader &r);
    QJsonObject searchRegisteredModels(const Reader &r);
    QJsonObject searchModelVersions(const Reader &r);
    QJsonObject setAlias(const Reader &r);
    QJsonObject deleteAlias(const Reader &r);
    QJsonObject getByAlias(const Reader &r);
    QJsonObject createModelVersion(const Reader &r);
    QJsonObject getModelVersion(const Reader &r);
    QJsonObject updateModelVersion(const Reader &r);
    QJsonObject transitionStage(const Reader &r);
    QJsonObject deleteModelVersion(const Reader &r);
    QJsonObject getDownloadUri(const Reader &r);
    QJsonObject setModelVersionTag(const Reader &r);
    QJsonObject deleteModelVersionTag(const Reader &r);

    QJsonObject modelJson(const QString &name);

    ApiContext m_context;
};

} // namespace Flowdesk::Server
