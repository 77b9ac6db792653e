// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/registrystore.h"

#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/transaction.h"
#include "models/store/validation.h"

#include <QDateTime>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

[[noreturn]] void throwModelNotFound(const QString &name)
{
    throw StoreError(ErrorCode::ResourceDoesNotExist,
                     u"Registered Model with name=%1 not found"_s.arg(name));
}

[[noreturn]] void throwVersionNotFound(const QString &name, qint64 version)
{
    throw StoreError(ErrorCode::ResourceDoesNotExist,
                     u"Model Version (name=%1, version=%2) not found"_s.arg(name).arg(version));
}

ModelVersionStatus statusFromName(const QString &text)
{
    if (text == u"PENDING_REGISTRATION"_s)
        return ModelVersionStatus::PendingRegistration;
    if (text == u"FAILED_REGISTRATION"_s)
        return ModelVersionStatus::FailedRegistration;
    return ModelVersionStatus::Ready;
}

} // namespace

RegistryStore::RegistryStore(Database &database)
    : m_database(database)
{
}

qint64 RegistryStore::modelKey(const QString &name)
{
    QSqlQuery &q = m_database.cached(u"SELECT model_key FROM registered_models WHERE name = ?"_s);
    q.bindValue(0, name);
    Database::exec(q);
    if (!q.next()) {
        q.finish();
        throwModelNotFound(name);
    }
    const qint64 key = q.value(0).toLongLong();
    q.finish();
    return key;
}

bool RegistryStore::hasRegisteredModel(const QString &name)
{
    QSqlQuery &q = m_database.cached(u"SELECT 1 FROM registered_models WHERE name = ?"_s);
    q.bindValue(0, name);
    Database::exec(q);
    const bool found = q.next();
    q.finish();
    return found;
}

void RegistryStore::touchModel(qint64 modelKey, qint64 now)
{
    QSqlQuery &q = m_database.cached(
        u"UPDATE registered_models SET last_updated_time = ? WHERE model_key = ?"_s);
    q.bindValue(0, now);
    q.bindValue(1, modelKey);
    Database::exec(q);
}

void RegistryStore::touchVersion(qint64 modelKey, qint64 version, qint64 now)
{
    QSqlQuery &q = m_database.cached(u"UPDATE model_versions SET last_updated_time = ? "
                                     "WHERE model_key = ? AND version = ?"_s);
    q.bindValue(0, now);
    q.bindValue(1, modelKey);
    q.bindValue(2, version);
    Database::exec(q);
}

RegisteredModel RegistryStore::createRegisteredModel(const QString &name,
                                                     const QString &description,
                                                     const QList<Tag> &tags)
{
    Validation::validateModelName(name);
    for (const Tag &tag : tags)
        Validation::validateRegistryTag(tag);
    Transaction transaction(m_database);
    if (hasRegisteredModel(name)) {
        throw StoreError(ErrorCode::ResourceAlreadyExists,
                         u"Registered Model (name=%1) already exists."_s.arg(name));
    }
    const qint64 now = nowMs();
    QSqlQuery &insert = m_database.cached(
        u"INSERT INTO registered_models (name, description, creation_time, last_updated_time) "
        "VALUES (?, ?, ?, ?)"_s);
    insert.bindValue(0, name);
    insert.bindValue(1, description);
    insert.bindValue(2, now);
    insert.bindValue(3, now);
    Database::exec(insert);
    const qint64 key = insert.lastInsertId().toLongLong();
    for (const Tag &tag : tags) {
        QSqlQuery &tagInsert = m_database.cached(
            u"INSERT OR REPLACE INTO registered_model_tags (model_key, key, value) VALUES (?, ?, ?)"_s);
        tagInsert.bindValue(0, key);
        tagInsert.bindValue(1, tag.key);
        tagInsert.bindValue(2, tag.value);
        Database::exec(tagInsert);
    }
    transaction.commit();
    return registeredModel(name);
}

RegisteredModel RegistryStore::registeredModel(const QString &name)
{
    QSqlQuery &q = m_database.cached(
        u"SELECT model_key, name, description, creation_time, last_updated_time "
        "FROM registered_models WHERE name = ?"_s);
    q.bindValue(0, name);
    Database::exec(q);
    if (!q.next()) {
        q.finish();
        throwModelNotFound(name);
    }
    const qint64 key = q.value(0).toLongLong();
    RegisteredModel model;
    model.name = q.value(1).toString();
    model.description = q.value(2).toString();
    model.creationTime = q.value(3).toLongLong();
    model.lastUpdatedTime = q.value(4).toLongLong();
    q.finish();

    QSqlQuery &tags = m_database.cached(
        u"SELECT key, value FROM registered_model_tags WHERE model_key = ? ORDER BY key"_s);
    tags.bindValue(0, key);
    Database::exec(tags);
    while (tags.next())
        model.tags.append({tags.value(0).toString(), tags.value(1).toString()});
    tags.finish();

    QSqlQuery &aliases = m_database.cached(
        u"SELECT alias, version FROM model_aliases WHERE model_key = ? ORDER BY alias"_s);
    aliases.bindValue(0, key);
    Database::exec(aliases);
    while (aliases.next())
        model.aliases.append({aliases.value(0).toString(), aliases.value(1).toString()});
    aliases.finish();
    return model;
}

QList<RegisteredModel> RegistryStore::registeredModels()
{
    QSqlQuery q = m_database.prepare(u"SELECT name FROM registered_models ORDER BY name"_s);
    Database::exec(q);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    q.finish();
    QList<RegisteredModel> models;
    for (const QString &name : std::as_const(names))
        models.append(registeredModel(name));
    return models;
}

RegisteredModel RegistryStore::renameRegisteredModel(const QString &name, const QString &newName)
{
    Validation::validateModelName(newName);
    Transaction transaction(m_database);
    const qint64 key = modelKey(name);
    if (newName != name && hasRegisteredModel(newName)) {
        throw StoreError(ErrorCode::ResourceAlreadyExists,
                         u"Registered Model (name=%1) already exists."_s.arg(newName));
    }
    QSqlQuery &q = m_database.cached(
        u"UPDATE registered_models SET name = ?, last_updated_time = ? WHERE model_key = ?"_s);
    q.bindValue(0, newName);
    q.bindValue(1, nowMs());
    q.bindValue(2, key);
    Database::exec(q);
    transaction.commit();
    return registeredModel(newName);
}

RegisteredModel RegistryStore::updateRegisteredModel(const QString &name, const QString &description)
{
    Transaction transaction(m_database);
    const qint64 key = modelKey(name);
    QSqlQuery &q = m_database.cached(u"UPDATE registered_models SET description = ?, "
                                     "last_updated_time = ? WHERE model_key = ?"_s);
    q.bindValue(0, description);
    q.bindValue(1, nowMs());
    q.bindValue(2, key);
    Database::exec(q);
    transaction.commit();
    return registeredModel(name);
}

void RegistryStore::deleteRegisteredModel(const QString &name)
{
    Transaction transaction(m_database);
    const qint64 key = modelKey(name);
    // Aliases and version tags go with their versions through ON DELETE CASCADE.
    QSqlQuery &q = m_database.cached(u"DELETE FROM registered_models WHERE model_key = ?"_s);
    q.bindValue(0, key);
    Database::exec(q);
    transaction.commit();
}

void RegistryStore::setRegisteredModelTag(const QString &name, const Tag &tag)
{
    Validation::validateRegistryTag(tag);
    Transaction transaction(m_database);
    const qint64 key = modelKey(name);
    QSqlQuery &q = m_database.cached(
        u"INSERT OR REPLACE INTO registered_model_tags (model_key, key, value) VALUES (?, ?, ?)"_s);
    q.bindValue(0, key);
    q.bindValue(1, tag.key);
    q.bindValue(2, tag.value);
    Database::exec(q);
    touchModel(key, nowMs());
    transaction.commit();
}

void RegistryStore::deleteRegisteredModelTag(const QString &name, const QString &key)
{
    Validation::validateTagName(key);
    Transaction transaction(m_database);
    const qint64 model = modelKey(name);
    QSqlQuery &q = m_database.cached(
        u"DELETE FROM registered_model_tags WHERE model_key = ? AND key = ?"_s);
    q.bindValue(0, model);
    q.bindValue(1, key);
    Database::exec(q);
    if (q.numRowsAffected() > 0)
        touchModel(model, nowMs());
    transaction.commit();
}

ModelVersion RegistryStore::createModelVersion(const ModelVersionCreation &creation)
{
    Validation::validateModelName(creation.name);
    for (const Tag &tag : creation.tags)
        Validation::validateRegistryTag(tag);
    if (creation.version < 0) {
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"Model version must be a positive integer, got '%1'"_s.arg(
                             creation.version));
    }
    Transaction transaction(m_database);
    const qint64 key = modelKey(creation.name);
    QSqlQuery &last = m_database.cached(
        u"SELECT last_version FROM registered_models WHERE model_key = ?"_s);
    last.bindValue(0, key);
    Database::exec(last);
    last.next();
    const qint64 lastVersion = last.value(0).toLongLong();
    last.finish();
    qint64 version = creation.version > 0 ? creation.version : lastVersion + 1;
    if (creation.version > 0) {
        QSqlQuery &exists = m_database.cached(
            u"SELECT 1 FROM model_versions WHERE model_key = ? AND version = ?"_s);
        exists.bindValue(0, key);
        exists.bindValue(1, version);
        Database::exec(exists);
        const bool taken = exists.next();
        exists.finish();
        if (taken) {
            throw StoreError(ErrorCode::ResourceAlreadyExists,
                             u"Model Version (name=%1, version=%2) already exists."_s.arg(
                                 creation.name).arg(version));
        }
    }
    const qint64 now = nowMs();
    QSqlQuery &insert = m_database.cached(
        u"INSERT INTO model_versions (model_key, version, description, creation_time, "
        "last_updated_time, user_id, source, run_id, run_link, status, storage_location) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'READY', ?)"_s);
    insert.bindValue(0, key);
    insert.bindValue(1, version);
    // Null QStrings would bind NULL; these columns are NOT NULL with '' for "none".
    const auto notNull = [](const QString &v) { return v.isNull() ? QString(u""_s) : v; };
    insert.bindValue(2, notNull(creation.description));
    insert.bindValue(3, now);
    insert.bindValue(4, now);
    insert.bindValue(5, notNull(creation.userId));
    insert.bindValue(6, notNull(creation.source));
    insert.bindValue(7, notNull(creation.runId));
    insert.bindValue(8, notNull(creation.runLink));
    insert.bindValue(9, notNull(creation.source));
    Database::exec(insert);
    QSqlQuery &bump = m_database.cached(
        u"UPDATE registered_models SET last_version = MAX(last_version, ?), "
        "last_updated_time = ? WHERE model_key = ?"_s);
    bump.bindValue(0, version);
    bump.bindValue(1, now);
    bump.bindValue(2, key);
    Database::exec(bump);
    for (const Tag &tag : creation.tags) {
        QSqlQuery &tagInsert = m_database.cached(
            u"INSERT OR REPLACE INTO model_version_tags (model_key, version, key, value) "
            "VALUES (?, ?, ?, ?)"_s);
        tagInsert.bindValue(0, key);
        tagInsert.bindValue(1, version);
        tagInsert.bindValue(2, tag.key);
        tagInsert.bindValue(3, tag.value);
        Database::exec(tagInsert);
    }
    transaction.commit();
    return modelVersion(creation.name, version);
}

void RegistryStore::requireVersion(qint64 modelKey, const QString &name, qint64 version)
{
    QSqlQuery &q = m_database.cached(
        u"SELECT 1 FROM model_versions WHERE model_key = ? AND version = ?"_s);
    q.bindValue(0, modelKey);
    q.bindValue(1, version);
    Database::exec(q);
    const bool found = q.next();
    q.finish();
    if (!found)
        throwVersionNotFound(name, version);
}

ModelVersion RegistryStore::readVersion(qint64 modelKey, const QString &name, qint64 version)
{
    QSqlQuery &q = m_database.cached(
        u"SELECT description, creation_time, last_updated_time, user_id, source, run_id, "
        "run_link, status, status_message, current_stage, storage_location FROM model_versions "
        "WHERE model_key = ? AND version = ?"_s);
    q.bindValue(0, modelKey);
    q.bindValue(1, version);
    Database::exec(q);
    if (!q.next()) {
        q.finish();
        throwVersionNotFound(name, version);
    }
    ModelVersion v;
    v.name = name;
    v.version = version;
    v.description = q.value(0).toString();
    v.creationTime = q.value(1).toLongLong();
    v.lastUpdatedTime = q.value(2).toLongLong();
    v.userId = q.value(3).toString();
    v.source = q.value(4).toString();
    v.runId = q.value(5).toString();
    v.runLink = q.value(6).toString();
    v.status = statusFromName(q.value(7).toString());
    v.statusMessage = q.value(8).toString();
    v.currentStage = stageFromName(q.value(9).toString()).value_or(ModelVersionStage::None);
    v.storageLocation = q.value(10).toString();
    q.finish();

    QSqlQuery &tags = m_database.cached(u"SELECT key, value FROM model_version_tags "
                                        "WHERE model_key = ? AND version = ? ORDER BY key"_s);
    tags.bindValue(0, modelKey);
    tags.bindValue(1, version);
    Database::exec(tags);
    while (tags.next())
        v.tags.append({tags.value(0).toString(), tags.value(1).toString()});
    tags.finish();

    QSqlQuery &aliases = m_database.cached(
        u"SELECT alias FROM model_aliases WHERE model_key = ? AND version = ? ORDER BY alias"_s);
    aliases.bindValue(0, modelKey);
    aliases.bindValue(1, version);
    Database::exec(aliases);
    while (aliases.next())
        v.aliases.append(aliases.value(0).toString());
    aliases.finish();
    return v;
}

ModelVersion RegistryStore::modelVersion(const QString &name, qint64 version)
{
    return readVersion(modelKey(name), name, version);
}

QList<ModelVersion> RegistryStore::modelVersions(const QString &name)
{
    const qint64 key = modelKey(name);
    QSqlQuery q = m_database.prepare(
        u"SELECT version FROM model_versions WHERE model_key = ? ORDER BY version"_s);
    q.bindValue(0, key);
    Database::exec(q);
    QList<qint64> numbers;
    while (q.next())
        numbers.append(q.value(0).toLongLong());
    q.finish();
    QList<ModelVersion> versions;
    for (qint64 number : std::as_const(numbers))
        versions.append(readVersion(key, name, number));
    return versions;
}

ModelVersion RegistryStore::updateModelVersion(const QString &name,
                                               qint64 version,
                                               const QString &description)
{
    Transaction transaction(m_database);
    const qint64 key = modelKey(name);
    requireVersion(key, name, version);
    QSqlQuery &q = m_database.cached(u"UPDATE model_versions SET description = ?, "
                                     "last_updated_time = ? WHERE model_key = ? AND version = ?"_s);
    q.bindValue(0, description);
    q.bindValue(1, nowMs());
    q.bindValue(2, key);
    q.bindValue(3, version);
    Database::exec(q);
    transaction.commit();
    return modelVersion(name, version);
}

ModelVersion RegistryStore::transitionModelVersionStage(const QString &name,
                                                        qint64 version,
                                                        ModelVersionStage stage,
                                                        bool archiveExistingVersions)
{
    Transaction transaction(m_database);
    const qint64 key = modelKey(name);
    requireVersion(key, name, version);
    const qint64 now = nowMs();
    if (archiveExistingVersions
        && (stage == ModelVersionStage::Staging || stage == ModelVersionStage::Production)) {
        QSqlQuery &archive = m_database.cached(
            u"UPDATE model_versions SET current_stage = 'Archived', last_updated_time = ? "
            "WHERE model_key = ? AND current_stage = ? AND version != ?"_s);
        archive.bindValue(0, now);
        archive.bindValue(1, key);
        archive.bindValue(2, stageName(stage));
        archive.bindValue(3, version);
        Database::exec(archive);
    }
    QSqlQuery &q = m_database.cached(u"UPDATE model_versions SET current_stage = ?, "
                                     "last_updated_time = ? WHERE model_key = ? AND version = ?"_s);
    q.bindValue(0, stageName(stage));
    q.bindValue(1, now);
    q.bindValue(2, key);
    q.bindValue(3, version);
    Database::exec(q);
    touchModel(key, now);
    transaction.commit();
    return modelVersion(name, version);
}

void RegistryStore::deleteModelVersion(const QString &name, qint64 version)
{
    Transaction transaction(m_database);
    const qint64 key = modelKey(name);
    requireVersion(key, name, version);
    QSqlQuery &q = m_database.cached(
        u"DELETE FROM model_versions WHERE model_key = ? AND version = ?"_s);
    q.bindValue(0, key);
    q.bindValue(1, version);
    Database::exec(q);
    touchModel(key, nowMs());
    transaction.commit();
}

QList<ModelVersion> RegistryStore::latestVersions(const QString &name,
                                                  const QList<ModelVersionStage> &stages)
{
    const qint64 key = modelKey(name);
    const QList<ModelVersionStage> wanted = stages.isEmpty()
                                                ? QList<ModelVersionStage>{ModelVersionStage::None,
                                                                           ModelVersionStage::Staging,
                                                                           ModelVersionStage::Production,
                                                                           ModelVersionStage::Archived}
                                                : stages;
    QList<ModelVersion> result;
    for (ModelVersionStage stage : wanted) {
        QSqlQuery &q = m_database.cached(u"SELECT MAX(version) FROM model_versions "
                                         "WHERE model_key = ? AND current_stage = ?"_s);
        q.bindValue(0, key);
        q.bindValue(1, stageName(stage));
        Database::exec(q);
        const bool found = q.next() && !q.value(0).isNull();
        const qint64 version = found ? q.value(0).toLongLong() : 0;
        q.finish();
        if (found)
            result.append(readVersion(key, name, version));
    }
    return result;
}

void RegistryStore::setModelVersionTag(const QString &name, qint64 version, const Tag &tag)
{
    Validation::validateRegistryTag(tag);
    Transaction transaction(m_database);
    const qint64 key = modelKey(name);
    requireVersion(key, name, version);
    QSqlQuery &q = m_database.cached(u"INSERT OR REPLACE INTO model_version_tags "
                                     "(model_key, version, key, value) VALUES (?, ?, ?, ?)"_s);
    q.bindValue(0, key);
    q.bindValue(1, version);
    q.bindValue(2, tag.key);
    q.bindValue(3, tag.value);
    Database::exec(q);
    touchVersion(key, version, nowMs());
    transaction.commit();
}

void RegistryStore::deleteModelVersionTag(const QString &name, qint64 version, const QString &key)
{
    Validation::validateTagName(key);
    Transaction transaction(m_database);
    const qint64 model = modelKey(name);
    requireVersion(model, name, version);
    QSqlQuery &q = m_database.cached(u"DELETE FROM model_version_tags "
                                     "WHERE model_key = ? AND version = ? AND key = ?"_s);
    q.bindValue(0, model);
    q.bindValue(1, version);
    q.bindValue(2, key);
    Database::exec(q);
    transaction.commit();
}

void RegistryStore::setAlias(const QString &name, const QString &alias, qint64 version)
{
    Validation::validateAliasName(alias);
    Transaction transaction(m_database);
    const qint64 key = modelKey(name);
    requireVersion(key, name, version);
    QSqlQuery &q = m_database.cached(
        u"INSERT OR REPLACE INTO model_aliases (model_key, alias, version) VALUES (?, ?, ?)"_s);
    q.bindValue(0, key);
    q.bindValue(1, alias);
    q.bindValue(2, version);
    Database::exec(q);
    touchModel(key, nowMs());
    transaction.commit();
}

void RegistryStore::deleteAlias(const QString &name, const QString &alias)
{
    Transaction transaction(m_database);
    const qint64 key = modelKey(name);
    QSqlQuery &q = m_database.cached(
        u"DELETE FROM model_aliases WHERE model_key = ? AND alias = ?"_s);
    q.bindValue(0, key);
    q.bindValue(1, alias);
    Database::exec(q);
    if (q.numRowsAffected() > 0)
        touchModel(key, nowMs());
    transaction.commit();
}

ModelVersion RegistryStore::modelVersionByAlias(const QString &name, const QString &alias)
{
    const qint64 key = modelKey(name);
    QSqlQuery &q = m_database.cached(
        u"SELECT version FROM model_aliases WHERE model_key = ? AND alias = ?"_s);
    q.bindValue(0, key);
    q.bindValue(1, alias);
    Database::exec(q);
    if (!q.next()) {
        q.finish();
        throw StoreError(ErrorCode::InvalidParameterValue,
                         u"Registered model alias %1 not found."_s.arg(alias));
    }
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    return readVersion(key, name, version);
}

// ---------------------------------------------------------------------------------------------
// Import and pull

namespace {

// SQLite stores a null QString as NULL; the store's text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

} // namespace

qint64 RegistryStore::totalChanges() const
{
    return sqlite3_total_changes64(m_database.handle());
}

bool RegistryStore::applyRegisteredModelRecord(const RegisteredModel &record)
{
    Validation::validateModelName(record.name);
    for (const Tag &tag : record.tags)
        Validation::validateRegistryTag(tag);
    Transaction transaction(m_database);
    const qint64 before = totalChanges();
    QSqlQuery &upsert = m_database.cached(
        u"INSERT INTO registered_models (name, description, creation_time, last_updated_time) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
        "description = excluded.description, creation_time = excluded.creation_time, "
        "last_updated_time = excluded.last_updated_time WHERE (description, creation_time, "
        "last_updated_time) IS NOT (excluded.description, excluded.creation_time, "
        "excluded.last_updated_time)"_s);
    upsert.bindValue(0, text(record.name));
    upsert.bindValue(1, text(record.description));
    upsert.bindValue(2, record.creationTime);
    upsert.bindValue(3, record.lastUpdatedTime);
    Database::exec(upsert);
    const qint64 key = modelKey(record.name);
    for (const Tag &tag : record.tags) {
        QSqlQuery &tagUpsert = m_database.cached(
            u"INSERT INTO registered_model_tags (model_key, key, value) VALUES (?, ?, ?) "
            "ON CONFLICT (model_key, key) DO UPDATE SET value = excluded.value "
            "WHERE value IS NOT excluded.value"_s);
        tagUpsert.bindValue(0, key);
        tagUpsert.bindValue(1, text(tag.key));
        tagUpsert.bindValue(2, text(tag.value));
        Database::exec(tagUpsert);
    }
    const bool changed = totalChanges() != before;
    transaction.commit();
    return changed;
}

bool RegistryStore::applyModelVersionRecord(const ModelVersion &record)
{
    Validation::validateModelName(record.name);
    for (const Tag &tag : record.tags)
        Validation::validateRegistryTag(tag);
    if (record.version <= 0) {
        throw StoreError(
            ErrorCode::InvalidParameterValue,
            u"Model version must be a positive integer, got '%1'"_s.arg(record.version));
    }
    Transaction transaction(m_database);
    const qint64 key = modelKey(record.name);
    const qint64 before = totalChanges();
    QSqlQuery &upsert = m_database.cached(
        u"INSERT INTO model_versions (model_key, version, description, creation_time, "
        "last_updated_time, user_id, source, run_id, run_link, status, status_message, "
        "current_stage, storage_location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?) ON CONFLICT (model_key, version) DO UPDATE SET "
        "description = excluded.description, creation_time = excluded.creation_time, "
        "last_updated_time = excluded.last_updated_time, user_id = excluded.user_id, "
        "source = excluded.source, run_id = excluded.run_id, run_link = excluded.run_link, "
        "status = excluded.status, status_message = excluded.status_message, "
        "current_stage = excluded.current_stage, storage_location = excluded.storage_location "
        "WHERE (description, creation_time, last_updated_time, user_id, source, run_id, run_link, "
        "status, status_message, current_stage, storage_location) IS NOT (excluded.description, "
        "excluded.creation_time, excluded.last_updated_time, excluded.user_id, excluded.source, "
        "excluded.run_id, excluded.run_link, excluded.status, excluded.status_message, "
        "excluded.current_stage, excluded.storage_location)"_s);
    upsert.bindValue(0, key);
    upsert.bindValue(1, record.version);
    upsert.bindValue(2, text(record.description));
    upsert.bindValue(3, record.creationTime);
    upsert.bindValue(4, record.lastUpdatedTime);
    upsert.bindValue(5, text(record.userId));
    upsert.bindValue(6, text(record.source));
    upsert.bindValue(7, text(record.runId));
    upsert.bindValue(8, text(record.runLink));
    upsert.bindValue(9, modelVersionStatusName(record.status));
    upsert.bindValue(10, text(record.statusMessage));
    upsert.bindValue(11, stageName(record.currentStage));
    upsert.bindValue(12, text(record.storageLocation));
    Database::exec(upsert);
    QSqlQuery &bump =
        m_database.cached(u"UPDATE registered_models SET last_version = ? WHERE model_key = ? "
                          "AND last_version < ?"_s);
    bump.bindValue(0, record.version);
    bump.bindValue(1, key);
    bump.bindValue(2, record.version);
    Database::exec(bump);
    for (const Tag &tag : record.tags) {
        QSqlQuery &tagUpsert = m_database.cached(
            u"INSERT INTO model_version_tags (model_key, version, key, value) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (model_key, version, key) DO UPDATE SET "
            "value = excluded.value WHERE value IS NOT excluded.value"_s);
        tagUpsert.bindValue(0, key);
        tagUpsert.bindValue(1, record.version);
        tagUpsert.bindValue(2, text(tag.key));
        tagUpsert.bindValue(3, text(tag.value));
        Database::exec(tagUpsert);
    }
    const bool changed = totalChanges() != before;
    transaction.commit();
    return changed;
}

} // namespace Flowdesk::Store
