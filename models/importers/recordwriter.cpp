// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/importers/recordwriter.h"

#include "models/importers/artifactfiles.h"
#include "models/importers/importertr.h"
#include "models/importers/mlrunsformat.h"
#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

namespace Flowdesk::Importers {

namespace {

bool experimentIdTaken(TrackingStore &tracking, qint64 id)
{
    try {
        tracking.experiment(id);
        return true;
    } catch (const StoreError &error) {
        if (error.code() == ErrorCode::ResourceDoesNotExist)
            return false;
        throw;
    }
}

void count(ImportCounts &counts, bool existed, bool changed)
{
    if (!existed)
        ++counts.imported;
    else if (changed)
        ++counts.updated;
    else
        ++counts.unchanged;
}

QString trimmedUri(QString uri)
{
    while (uri.endsWith(u'/'))
        uri.chop(1);
    return uri;
}

} // namespace

RecordWriter::RecordWriter(Database &database,
                           const QString &artifactRoot,
                           ArtifactMode mode,
                           ImportReport &report)
    : m_database(database)
    , m_tracking(database)
    , m_registry(database)
    , m_artifacts(artifactRoot)
    , m_mode(mode)
    , m_report(report)
{}

void RecordWriter::addRootMapping(const QString &recordedPrefix, const QString &realPath)
{
    const QString prefix = trimmedUri(recordedPrefix);
    if (prefix.isEmpty())
        return;
    for (const auto &mapping : std::as_const(m_rootMappings)) {
        if (mapping.first == prefix)
            return;
    }
    m_rootMappings.append({prefix, QDir::cleanPath(realPath)});
}

QString RecordWriter::mapRecordedUri(const QString &uri) const
{
    // The longest run URI that prefixes `uri` wins: a model's source inside a run's artifacts.
    QString bestRun;
    for (auto it = m_runUriMap.cbegin(); it != m_runUriMap.cend(); ++it) {
        if ((uri == it.key() || uri.startsWith(it.key() + u'/'))
            && it.key().size() > bestRun.size())
            bestRun = it.key();
    }
    if (!bestRun.isEmpty())
        return m_runUriMap.value(bestRun) + uri.mid(bestRun.size());
    for (const auto &mapping : m_rootMappings) {
        if (uri == mapping.first || uri.startsWith(mapping.first + u'/')) {
            const QString rest = QUrl::fromPercentEncoding(uri.mid(mapping.first.size()).toUtf8());
            const QString path = mapping.second + rest;
            return uri.startsWith(u"file:"_s) ? MlrunsFormat::pathToFileUri(path) : path;
        }
    }
    return uri;
}

std::optional<qint64> RecordWriter::writeExperiment(const SourceExperiment &source)
{
    try {
        Transaction transaction(m_database);
        const std::optional<Experiment> existing = m_tracking.findExperimentByName(source.name);
        bool sourceIdIsNumber = false;
        const qint64 sourceId = source.sourceId.toLongLong(&sourceIdIsNumber);
        Experiment record;
        record.name = source.name;
        record.tags = source.tags;
        bool changed = false;
        if (existing) {
            record.experimentId = existing->experimentId;
            // Same name and id: the experiment this source gave before (or Default), so its
            // stage and times follow the source. Another experiment that only shares the name
            // keeps its own and just receives the runs.
            const bool same = sourceIdIsNumber && sourceId == existing->experimentId;
            record.lifecycleStage = same ? source.lifecycleStage : existing->lifecycleStage;
            record.creationTime = same ? source.creationTime.value_or(existing->creationTime)
                                       : existing->creationTime;
            record.lastUpdateTime = same ? source.lastUpdateTime.value_or(existing->lastUpdateTime)
                                         : existing->lastUpdateTime;
        } else {
            const bool keepId =
                sourceIdIsNumber && sourceId >= 0 && !experimentIdTaken(m_tracking, sourceId);
            record.experimentId = m_tracking.createExperiment(
                source.name, {}, {}, keepId ? std::optional<qint64>(sourceId) : std::nullopt);
            const Experiment created = m_tracking.experiment(record.experimentId);
            record.lifecycleStage = source.lifecycleStage;
            record.creationTime = source.creationTime.value_or(created.creationTime);
            record.lastUpdateTime = source.lastUpdateTime.value_or(created.lastUpdateTime);
        }
        changed = m_tracking.applyExperimentRecord(record);
        transaction.commit();
        count(m_report.experiments, existing.has_value(), changed);
        return record.experimentId;
    } catch (const StoreError &error) {
        ++m_report.experiments.skipped;
        m_report.addIssue(
            source.path,
            Tr::tr("experiment '%1' not imported: %2").arg(source.name, error.message()));
        return std::nullopt;
    }
}

QString RecordWriter::artifactUriFor(const SourceRun &run, qint64 experimentId) const
{
    if (!run.localArtifactDir.isEmpty() && m_mode == ArtifactMode::Link)
        return MlrunsFormat::pathToFileUri(run.localArtifactDir);
    if (run.localArtifactDir.isEmpty() && !run.fallbackArtifactUri.isEmpty())
        return run.fallbackArtifactUri;
    // The store's own place, the one createRun gives and the server serves.
    return u"mlflow-artifacts:/%1/%2/artifacts"_s.arg(experimentId).arg(run.runId);
}

void RecordWriter::writeRun(const SourceRun &source,
                            qint64 experimentId,
                            bool experimentDeleted,
                            std::optional<qint64> experimentDeletedTime)
{
    bool existed = false;
    QString copiedTo;
    try {
        existed = m_tracking.hasRun(source.runId);
        qint64 targetExperiment = experimentId;
        if (existed) {
            // A run keeps its experiment in the store; the import only brings its data up to
            // date.
            targetExperiment = m_tracking.run(source.runId).info.experimentId;
        }
        RunInfo info;
        info.runId = source.runId;
        info.experimentId = targetExperiment;
        info.runName = source.runName;
        info.userId = source.userId;
        info.status = source.status;
        info.startTime = source.startTime;
        info.endTime = source.endTime;
        info.lifecycleStage = source.lifecycleStage;
        std::optional<qint64> deletedTime = source.deletedTime;
        if (experimentDeleted && info.lifecycleStage == LifecycleStage::Active) {
            // MLflow deletes the runs with their experiment; the store keeps that invariant.
            info.lifecycleStage = LifecycleStage::Deleted;
            deletedTime = experimentDeletedTime;
        }
        if (info.lifecycleStage == LifecycleStage::Deleted && !deletedTime)
            deletedTime = source.endTime;
        info.artifactUri = artifactUriFor(source, targetExperiment);

        // Files first: if they cannot be copied, the run is not written at all.
        bool filesChanged = false;
        if (!source.localArtifactDir.isEmpty() && m_mode == ArtifactMode::Copy) {
            const QString target = m_artifacts.runDirectory(targetExperiment, source.runId);
            const bool targetExisted = QFileInfo::exists(target);
            const ArtifactFiles::CopyResult copy =
                ArtifactFiles::copyTree(source.localArtifactDir, target);
            if (!targetExisted)
                copiedTo = target;
            if (!copy.problems.isEmpty()) {
                throw StoreError(
                    ErrorCode::InternalError,
                    Tr::tr("artifacts could not be copied: %1").arg(copy.problems.join(u"; "_s)));
            }
            filesChanged = copy.changed;
        }

        Transaction transaction(m_database);
        bool changed = m_tracking.applyRunRecord(info, deletedTime);
        changed =
            m_tracking.writeRunRecordData(source.runId, source.metrics, source.params, source.tags)
            || changed;
        changed = m_tracking.writeRunRecordInputs(source.runId, source.inputs) || changed;
        transaction.commit();
        if (!source.recordedArtifactUri.isEmpty())
            m_runUriMap.insert(trimmedUri(source.recordedArtifactUri), info.artifactUri);
        count(m_report.runs, existed, changed || filesChanged);
    } catch (const StoreError &error) {
        if (!existed && !copiedTo.isEmpty())
            QDir(copiedTo).removeRecursively();
        ++m_report.runs.skipped;
        m_report.addIssue(source.path,
                          Tr::tr("run %1 not imported: %2").arg(source.runId, error.message()));
    }
}

void RecordWriter::writeModel(const SourceModel &source,
                              const std::optional<QSet<QString>> &runFilter)
{
    QList<SourceModelVersion> versions;
    for (const SourceModelVersion &v : source.versions) {
        if (v.deleted)
            continue;
        if (runFilter && !runFilter->contains(v.version.runId))
            continue;
        versions.append(v);
    }
    if (runFilter && versions.isEmpty())
        return;

    try {
        Transaction transaction(m_database);
        const bool existed = m_registry.hasRegisteredModel(source.model.name);
        RegisteredModel record = source.model;
        bool changed = m_registry.applyRegisteredModelRecord(record);

        // Counted only once the model commits: a failure later takes the versions back too.
        ImportCounts versionCounts;
        QList<ImportIssue> versionIssues;
        QSet<qint64> written;
        for (const SourceModelVersion &v : std::as_const(versions)) {
            ModelVersion version = v.version;
            version.name = source.model.name;
            version.source = mapRecordedUri(version.source);
            version.storageLocation = mapRecordedUri(version.storageLocation);
            std::optional<ModelVersion> stored;
            try {
                stored = m_registry.modelVersion(version.name, version.version);
            } catch (const StoreError &error) {
                if (error.code() != ErrorCode::ResourceDoesNotExist)
                    throw;
            }
            if (stored && stored->runId != version.runId) {
                // Another model that only shares the name: never overwrite its versions.
                ++versionCounts.skipped;
                versionIssues.append({v.path,
                                      Tr::tr("version %1 of '%2' not imported: the store "
                                             "already has a version %1 from run '%3'")
                                          .arg(version.version)
                                          .arg(version.name, stored->runId)});
                continue;
            }
            const bool versionChanged = m_registry.applyModelVersionRecord(version);
            count(versionCounts, stored.has_value(), versionChanged);
            written.insert(version.version);
        }

        const RegisteredModel current = m_registry.registeredModel(source.model.name);
        bool aliasesChanged = false;
        for (const Tag &alias : source.model.aliases) {
            const qint64 version = alias.value.toLongLong();
            if (!written.contains(version))
                continue;
            const bool same = std::any_of(
                current.aliases.cbegin(), current.aliases.cend(), [&alias](const Tag &a) {
                    return a.key == alias.key && a.value == alias.value;
                });
            if (!same) {
                m_registry.setAlias(source.model.name, alias.key, version);
                aliasesChanged = true;
            }
        }
        if (aliasesChanged) {
            // setAlias stamps the model with the current time; keep the recorded one.
            m_registry.applyRegisteredModelRecord(record);
            changed = true;
        }
        transaction.commit();
        count(m_report.models, existed, changed);
        m_report.modelVersions.imported += versionCounts.imported;
        m_report.modelVersions.updated += versionCounts.updated;
        m_report.modelVersions.unchanged += versionCounts.unchanged;
        m_report.modelVersions.skipped += versionCounts.skipped;
        m_report.issues += versionIssues;
    } catch (const StoreError &error) {
        ++m_report.models.skipped;
        m_report.addIssue(source.path,
                          Tr::tr("registered model '%1' not imported: %2")
                              .arg(source.model.name, error.message()));
    }
}

} // namespace Flowdesk::Importers
