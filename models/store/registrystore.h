// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QString>

namespace Flowdesk::Store {

class Database;

/// MLflow's model-registry API over the local store: registered models, versions numbered per
/// model and never reused, tags, legacy stages and aliases (one alias -> one version; setting
/// an existing alias moves it). Throws StoreError with MLflow's codes and messages.
class RegistryStore final
{
public:
    explicit RegistryStore(Database &database);

    RegisteredModel createRegisteredModel(const QString &name,
                                          const QString &description = {},
                                          const QList<Tag> &tags = {});
    RegisteredModel registeredModel(const QString &name);
    bool hasRegisteredModel(const QString &name);
    /// All models, by name; the search issue adds filtering and paging.
    QList<RegisteredModel> registeredModels();
    RegisteredModel renameRegisteredModel(const QString &name, const QString &newName);
    RegisteredModel updateRegisteredModel(const QString &name, const QString &description);
    void deleteRegisteredModel(const QString &name);
    void setRegisteredModelTag(const QString &name, const Tag &tag);
    /// Deleting a missing tag is not an error, as in MLflow.
    void deleteRegisteredModelTag(const QString &name, const QString &key);

    ModelVersion createModelVersion(const ModelVersionCreation &creation);
    ModelVersion modelVersion(const QString &name, qint64 version);
    QList<ModelVersion> modelVersions(const QString &name);
    ModelVersion updateModelVersion(const QString &name, qint64 version, const QString &description);
    ModelVersion transitionModelVersionStage(const QString &name,
                                             qint64 version,
                                             ModelVersionStage stage,
                                             bool archiveExistingVersions);
    /// Also removes the aliases that pointed at it (MLflow 2.14 leaves them dangling).
    void deleteModelVersion(const QString &name, qint64 version);
    /// The newest version per stage, for the given stages (all when empty).
    QList<ModelVersion> latestVersions(const QString &name, const QList<ModelVersionStage> &stages);
    void setModelVersionTag(const QString &name, qint64 version, const Tag &tag);
    void deleteModelVersionTag(const QString &name, qint64 version, const QString &key);

    void setAlias(const QString &name, const QString &alias, qint64 version);
    /// Deleting a missing alias is not an error, as in MLflow.
    void deleteAlias(const QString &name, const QString &alias);
    ModelVersion modelVersionByAlias(const QString &name, const QString &alias);

    // Import and pull: record what another registry holds, exactly (times, stage, status).
    // Each returns whether any stored row changed.
    /// Creates the model or sets its description and times; upserts its tags (tags missing
    /// from `record` stay). Aliases are set with setAlias.
    bool applyRegisteredModelRecord(const RegisteredModel &record);
    /// Creates version `record.version` of model `record.name` or sets every field of it
    /// (description, times, user, source, run id/link, status and message, stage, storage
    /// location); upserts its tags. The version number is never handed out again.
    bool applyModelVersionRecord(const ModelVersion &record);

private:
    qint64 totalChanges() const;
    qint64 modelKey(const QString &name);
    void requireVersion(qint64 modelKey, const QString &name, qint64 version);
    void touchModel(qint64 modelKey, qint64 now);
    void touchVersion(qint64 modelKey, qint64 version, qint64 now);
    ModelVersion readVersion(qint64 modelKey, const QString &name, qint64 version);

    Database &m_database;
};

} // namespace Flowdesk::Store
