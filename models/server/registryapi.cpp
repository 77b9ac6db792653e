// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/server/registryapi.h"

#include "models/mlflow/mlflowjson.h"
#include "models/query/registrysearcher.h"
#include "models/server/router.h"
#include "models/server/trackingapi.h"
#include "models/store/registrystore.h"
#include "models/store/storeerror.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Server {

using namespace Flowdesk::Store;

namespace {

qint64 versionNumber(const QString &text)
{
    static const QRegularExpression integer(u"^\\s*[-+]?[0-9]{1,18}\\s*$"_s);
    if (!integer.match(text).hasMatch()) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"Model version must be an integer, got '%1'"_s.arg(text));
    }
    return text.trimmed().toLongLong();
}

ModelVersionStage canonicalStage(const QString &text)
{
    const auto stage = stageFromName(text);
    if (!stage) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"Invalid Model Version stage: %1. Value must be one of None, Staging, "
                         "Production, Archived."_s.arg(text));
    }
    return *stage;
}

// MLflow's is_local_uri: no scheme (a plain path) or file:.
bool isLocalUri(const QString &source)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    if (source.startsWith(u"file:"_s))
        return true;
    return !scheme.match(source).hasMatch();
}

} // namespace

RegistryApi::RegistryApi(const ApiContext &context)
    : m_context(context)
{}

void RegistryApi::registerRoutes(Router &router)
{
    using Access = Router::Access;
    const auto bind = [this](QJsonObject (RegistryApi::*method)(const Reader &)) {
        return [this, method](const Reader &r) {
            return (this->*method)(r);
        };
    };
    const QByteArrayList post{"POST"};
    const QByteArrayList get{"GET"};
    const QByteArrayList patch{"PATCH"};
    const QByteArrayList del{"DELETE"};
    const QString models = u"registered-models/"_s;
    const QString versions = u"model-versions/"_s;
    router.addEndpoint(
        models + u"create"_s, post, Access::Write, bind(&RegistryApi::createRegisteredModel));
    router.addEndpoint(
        models + u"get"_s, get, Access::Read, bind(&RegistryApi::getRegisteredModel));
    router.addEndpoint(
        models + u"rename"_s, post, Access::Write, bind(&RegistryApi::renameRegisteredModel));
    router.addEndpoint(
        models + u"update"_s, patch, Access::Write, bind(&RegistryApi::updateRegisteredModel));
    router.addEndpoint(
        models + u"delete"_s, del, Access::Write, bind(&RegistryApi::deleteRegisteredModel));
    router.addEndpoint(
        models + u"set-tag"_s, post, Access::Write, bind(&RegistryApi::setRegisteredModelTag));
    router.addEndpoint(
        models + u"delete-tag"_s, del, Access::Write, bind(&RegistryApi::deleteRegisteredModelTag));
    router.addEndpoint(models + u"get-latest-versions"_s,
                       {"POST", "GET"},
                       Access::Read,
                       bind(&RegistryApi::getLatestVersions));
    router.addEndpoint(
        models + u"search"_s, get, Access::Read, bind(&RegistryApi::searchRegisteredModels));
    router.addEndpoint(
        versions + u"search"_s, get, Access::Read, bind(&RegistryApi::searchModelVersions));
    router.addEndpoint(models + u"alias"_s, post, Access::Write, bind(&RegistryApi::setAlias));
    router.addEndpoint(models + u"alias"_s, del, Access::Write, bind(&RegistryApi::deleteAlias));
    router.addEndpoint(models + u"alias"_s, get, Access::Read, bind(&RegistryApi::getByAlias));
    router.addEndpoint(
        versions + u"create"_s, post, Access::Write, bind(&RegistryApi::createModelVersion));
    router.addEndpoint(versions + u"get"_s, get, Access::Read, bind(&RegistryApi::getModelVersion));
    router.addEndpoint(
        versions + u"update"_s, patch, Access::Write, bind(&RegistryApi::updateModelVersion));
    router.addEndpoint(
        versions + u"transition-stage"_s, post, Access::Write, bind(&RegistryApi::transitionStage));
    router.addEndpoint(
        versions + u"delete"_s, del, Access::Write, bind(&RegistryApi::deleteModelVersion));
    router.addEndpoint(
        versions + u"get-download-uri"_s, get, Access::Read, bind(&RegistryApi::getDownloadUri));
    router.addEndpoint(
        versions + u"set-tag"_s, post, Access::Write, bind(&RegistryApi::setModelVersionTag));
    router.addEndpoint(
        versions + u"delete-tag"_s, del, Access::Write, bind(&RegistryApi::deleteModelVersionTag));
}

QJsonObject RegistryApi::modelJson(const QString &name)
{
    const RegisteredModel model = m_context.registry.registeredModel(name);
    const QList<ModelVersion> latest =
        Mlflow::latestVersionsPerStage(m_context.registry.modelVersions(name));
    return Mlflow::registeredModelToJson(model, latest);
}

QJsonObject RegistryApi::createRegisteredModel(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    const QList<Tag> tags = r.tagList(u"tags"_s);
    const QString description = r.string(u"description"_s);
    const RegisteredModel model = m_context.registry.createRegisteredModel(name, description, tags);
    return {{u"registered_model"_s, Mlflow::registeredModelToJson(model, {})}};
}

QJsonObject RegistryApi::getRegisteredModel(const Reader &r)
{
    return {{u"registered_model"_s, modelJson(r.requiredString(u"name"_s))}};
}

QJsonObject RegistryApi::renameRegisteredModel(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    const QString newName = r.requiredString(u"new_name"_s);
    m_context.registry.renameRegisteredModel(name, newName);
    return {{u"registered_model"_s, modelJson(newName)}};
}

QJsonObject RegistryApi::updateRegisteredModel(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    m_context.registry.updateRegisteredModel(name, r.string(u"description"_s));
    return {{u"registered_model"_s, modelJson(name)}};
}

QJsonObject RegistryApi::deleteRegisteredModel(const Reader &r)
{
    m_context.registry.deleteRegisteredModel(r.requiredString(u"name"_s));
    return {};
}

QJsonObject RegistryApi::setRegisteredModelTag(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    const QString key = r.requiredString(u"key"_s);
    m_context.registry.setRegisteredModelTag(name, {key, r.string(u"value"_s)});
    return {};
}

QJsonObject RegistryApi::deleteRegisteredModelTag(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    m_context.registry.deleteRegisteredModelTag(name, r.requiredString(u"key"_s));
    return {};
}

QJsonObject RegistryApi::getLatestVersions(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    QList<ModelVersionStage> stages;
    for (const QString &stage : r.stringList(u"stages"_s))
        stages.append(canonicalStage(stage));
    QJsonArray versions;
    for (const ModelVersion &version :
         Mlflow::latestVersionsPerStage(m_context.registry.modelVersions(name))) {
        if (stages.isEmpty() || stages.contains(version.currentStage))
            versions.append(Mlflow::modelVersionToJson(version, Mlflow::VersionAliases::Omit));
    }
    if (versions.isEmpty())
        return {};
    return {{u"model_versions"_s, versions}};
}

QJsonObject RegistryApi::searchRegisteredModels(const Reader &r)
{
    Query::RegistrySearchRequest request;
    request.filter = r.string(u"filter"_s);
    request.maxResults = TrackingApi::maxResults(r, 100);
    request.orderBy = r.stringList(u"order_by"_s);
    request.pageToken = r.string(u"page_token"_s);
    const Query::ModelSearchPage page =
        Query::RegistrySearcher(m_context.database).searchRegisteredModels(request);
    QJsonArray models;
    for (const QString &name : page.names)
        models.append(modelJson(name));
    QJsonObject json;
    if (!models.isEmpty())
        json.insert(u"registered_models"_s, models);
    if (!page.nextPageToken.isEmpty())
        json.insert(u"next_page_token"_s, page.nextPageToken);
    return json;
}

QJsonObject RegistryApi::searchModelVersions(const Reader &r)
{
    Query::RegistrySearchRequest request;
    request.filter = r.string(u"filter"_s);
    request.maxResults = TrackingApi::maxResults(r, 10000);
    request.orderBy = r.stringList(u"order_by"_s);
    request.pageToken = r.string(u"page_token"_s);
    const Query::VersionSearchPage page =
        Query::RegistrySearcher(m_context.database).searchModelVersions(request);
    QJsonArray versions;
    for (const auto &[name, number] : page.versions) {
        versions.append(Mlflow::modelVersionToJson(m_context.registry.modelVersion(name, number),
                                                   Mlflow::VersionAliases::Omit));
    }
    QJsonObject json;
    if (!versions.isEmpty())
        json.insert(u"model_versions"_s, versions);
    if (!page.nextPageToken.isEmpty())
        json.insert(u"next_page_token"_s, page.nextPageToken);
    return json;
}

QJsonObject RegistryApi::setAlias(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    const QString alias = r.requiredString(u"alias"_s);
    const qint64 version = versionNumber(r.requiredString(u"version"_s));
    m_context.registry.setAlias(name, alias, version);
    return {};
}

QJsonObject RegistryApi::deleteAlias(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    m_context.registry.deleteAlias(name, r.requiredString(u"alias"_s));
    return {};
}

QJsonObject RegistryApi::getByAlias(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    const ModelVersion version =
        m_context.registry.modelVersionByAlias(name, r.requiredString(u"alias"_s));
    return {
        {u"model_version"_s, Mlflow::modelVersionToJson(version, Mlflow::VersionAliases::Include)}};
}

QJsonObject RegistryApi::createModelVersion(const Reader &r)
{
    ModelVersionCreation creation;
    creation.name = r.requiredString(u"name"_s);
    creation.source = r.requiredString(u"source"_s);
    creation.runId = r.string(u"run_id"_s);
    creation.tags = r.tagList(u"tags"_s);
    creation.runLink = r.string(u"run_link"_s);
    creation.description = r.string(u"description"_s);
    // MLflow only registers local paths that lie inside the run's own artifact directory; the
    // runs of this server keep their artifacts behind mlflow-artifacts:, so none qualifies.
    if (isLocalUri(creation.source)) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"Invalid model version source: '%1'. To use a local path as a model "
                         "version source, the run_id request parameter has to be specified and "
                         "the local path has to be contained within the artifact directory of the "
                         "run specified by the run_id."_s.arg(creation.source));
    }
    const ModelVersion version = m_context.registry.createModelVersion(creation);
    return {
        {u"model_version"_s, Mlflow::modelVersionToJson(version, Mlflow::VersionAliases::Omit)}};
}

QJsonObject RegistryApi::getModelVersion(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    const qint64 version = versionNumber(r.requiredString(u"version"_s));
    return {{u"model_version"_s,
             Mlflow::modelVersionToJson(m_context.registry.modelVersion(name, version),
                                        Mlflow::VersionAliases::Include)}};
}

QJsonObject RegistryApi::updateModelVersion(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    const qint64 version = versionNumber(r.requiredString(u"version"_s));
    const ModelVersion updated =
        m_context.registry.updateModelVersion(name, version, r.string(u"description"_s));
    return {
        {u"model_version"_s, Mlflow::modelVersionToJson(updated, Mlflow::VersionAliases::Omit)}};
}

QJsonObject RegistryApi::transitionStage(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    const qint64 version = versionNumber(r.requiredString(u"version"_s));
    const ModelVersionStage stage = canonicalStage(r.requiredString(u"stage"_s));
    const bool archive = r.optionalBool(u"archive_existing_versions"_s).value_or(false);
    const ModelVersion updated =
        m_context.registry.transitionModelVersionStage(name, version, stage, archive);
    return {
        {u"model_version"_s, Mlflow::modelVersionToJson(updated, Mlflow::VersionAliases::Omit)}};
}

QJsonObject RegistryApi::deleteModelVersion(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    m_context.registry.deleteModelVersion(name, versionNumber(r.requiredString(u"version"_s)));
    return {};
}

QJsonObject RegistryApi::getDownloadUri(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    const ModelVersion version =
        m_context.registry.modelVersion(name, versionNumber(r.requiredString(u"version"_s)));
    return {{u"artifact_uri"_s,
             version.storageLocation.isEmpty() ? version.source : version.storageLocation}};
}

QJsonObject RegistryApi::setModelVersionTag(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    const qint64 version = versionNumber(r.requiredString(u"version"_s));
    const QString key = r.requiredString(u"key"_s);
    m_context.registry.setModelVersionTag(name, version, {key, r.string(u"value"_s)});
    return {};
}

QJsonObject RegistryApi::deleteModelVersionTag(const Reader &r)
{
    const QString name = r.requiredString(u"name"_s);
    const qint64 version = versionNumber(r.requiredString(u"version"_s));
    m_context.registry.deleteModelVersionTag(name, version, r.requiredString(u"key"_s));
    return {};
}

} // namespace Flowdesk::Server
