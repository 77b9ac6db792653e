// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/importers/mlrunsexporter.h"

#include "models/importers/artifactfiles.h"
#include "models/importers/importertr.h"
#include "models/importers/mlrunsformat.h"
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

namespace Flowdesk::Importers {

namespace {

using MlrunsFormat::yamlString;

/// A top-level "key: value" scalar, folded as PyYAML folds long lines.
QString scalar(const QString &key, const QString &value)
{
    return yamlString(value, int(key.size()) + 2, 2);
}

struct WriteError
{
    QString path;
    QString reason;
};

void writeText(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        throw WriteError{path, Tr::tr("cannot create the folder")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw WriteError{path, Tr::tr("cannot write: %1").arg(file.errorString())};
}

/// "key: value" lines sorted by key, as PyYAML's safe_dump writes a mapping.
QByteArray yamlMap(QList<QPair<QString, QString>> entries)
{
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    QString out;
    for (const auto &[key, value] : entries)
        out += key + (value.startsWith(u'\n') ? u":"_s : u": "_s) + value + u'\n';
    return out.toUtf8();
}

QString time(std::optional<qint64> value)
{
    return value ? QString::number(*value) : u"null"_s;
}

QString nullable(const QString &key, const QString &value)
{
    return value.isEmpty() ? u"null"_s : scalar(key, value);
}

/// Files whose name is the key: keys with '/' become sub-folders, as MLflow does.
void writeKeyed(const QString &folder, const QList<Tag> &entries)
{
    for (const Tag &entry : entries)
        writeText(folder + u'/' + entry.key, entry.value.toUtf8());
}

bool isSafeKey(const QString &key)
{
    const QStringList parts = key.split(u'/');
    return !key.isEmpty() && !key.startsWith(u'/')
        && std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
               return part.isEmpty() || part == u"."_s || part == u".."_s;
           });
}

} // namespace

MlrunsExporter::MlrunsExporter(Database &database, QString artifactRoot)
    : m_database(database)
    , m_artifactRoot(QDir::cleanPath(std::move(artifactRoot)))
{}

MlrunsExporter::Report MlrunsExporter::run(const QString &directory, const Options &options)
{
    Report report;
    const QString root = QDir::cleanPath(QDir(directory).absolutePath());
    if (QFileInfo::exists(root)
        && !QDir(root)
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                .isEmpty()) {
        report.issues.append({root, Tr::tr("the folder is not empty; export into a new folder")});
        return report;
    }
    if (!QDir().mkpath(root)) {
        report.issues.append({root, Tr::tr("cannot create the folder")});
        return report;
    }
    const QString rootUri = MlrunsFormat::pathToFileUri(root);

    TrackingStore tracking(m_database);
    RegistryStore registry(m_database);
    QList<Experiment> experiments = tracking.experiments(ViewType::All);
    if (!options.experiments.isEmpty()) {
        QList<Experiment> selected;
        for (const QString &name : options.experiments) {
            const auto it = std::find_if(
                experiments.cbegin(), experiments.cend(), [&name](const Experiment &e) {
                    return e.name == name;
                });
            if (it == experiments.cend())
                report.issues.append({name, Tr::tr("no experiment named '%1'").arg(name)});
            else
                selected.append(*it);
        }
        experiments = selected;
    }

    QHash<qint64, QList<RunInfo>> runsByExperiment;
    qint64 total = 0;
    for (const Experiment &e : std::as_const(experiments)) {
        runsByExperiment.insert(e.experimentId, tracking.runInfos(e.experimentId, ViewType::All));
        total += runsByExperiment.value(e.experimentId).size();
    }
    qint64 done = 0;
    QHash<QString, QString> runUris; // store URI -> exported URI, for model version sources
    QSet<QString> exportedRuns;

    for (const Experiment &e : std::as_const(experiments)) {
        const QString id = QString::number(e.experimentId);
        const bool deleted = e.lifecycleStage == LifecycleStage::Deleted;
        const QString folder = root + (deleted ? u"/.trash/"_s : u"/"_s) + id;
        try {
            writeText(folder + u"/meta.yaml"_s,
                      yamlMap({{u"artifact_location"_s, rootUri + u'/' + id},
                               {u"creation_time"_s, QString::number(e.creationTime)},
                               {u"experiment_id"_s, u'\'' + id + u'\''},
                               {u"last_update_time"_s, QString::number(e.lastUpdateTime)},
                               {u"lifecycle_stage"_s, lifecycleStageName(e.lifecycleStage)},
                               {u"name"_s, scalar(u"name"_s, e.name)}}));
            writeKeyed(folder + u"/tags"_s, e.tags);
            ++report.experiments;
        } catch (const WriteError &error) {
            report.issues.append({error.path, error.reason});
            continue;
        }

        for (const RunInfo &info : runsByExperiment.value(e.experimentId)) {
            if (options.progress && !options.progress(done, total)) {
                report.cancelled = true;
                return report;
            }
            ++done;
            const QString runFolder = folder + u'/' + info.runId;
            try {
                const Run run = tracking.run(info.runId);
                // Artifacts: the store's own directory, or a linked local one, is copied next
                // to the run; anything else (s3://, ...) stays a reference.
                QString artifactUri = info.artifactUri;
                QString localArtifacts;
                if (info.artifactUri.startsWith(u"mlflow-artifacts:"_s)) {
                    QString rest = info.artifactUri.mid(17);
                    while (rest.startsWith(u'/'))
                        rest.remove(0, 1);
                    localArtifacts = m_artifactRoot + u'/' + rest;
                    artifactUri = MlrunsFormat::pathToFileUri(runFolder + u"/artifacts"_s);
                } else if (const QString local = MlrunsFormat::localPathOf(info.artifactUri);
                           !local.isEmpty() && QFileInfo(local).isDir()) {
                    localArtifacts = local;
                    artifactUri = MlrunsFormat::pathToFileUri(runFolder + u"/artifacts"_s);
                }
                if (!localArtifacts.isEmpty() && QFileInfo(localArtifacts).isDir()) {
                    const auto copy =
                        ArtifactFiles::copyTree(localArtifacts, runFolder + u"/artifacts"_s);
                    for (const QString &problem : copy.problems)
                        report.issues.append({localArtifacts, problem});
                }
                runUris.insert(info.artifactUri, artifactUri);

                QList<QPair<QString, QString>> meta = {
                    {u"artifact_uri"_s, scalar(u"artifact_uri"_s, artifactUri)},
                    {u"end_time"_s, time(info.endTime)},
                    {u"entry_point_name"_s, u"''"_s},
                    {u"experiment_id"_s, u'\'' + id + u'\''},
                    {u"lifecycle_stage"_s, lifecycleStageName(info.lifecycleStage)},
                    {u"run_id"_s, info.runId},
                    {u"run_name"_s, scalar(u"run_name"_s, info.runName)},
                    {u"run_uuid"_s, info.runId},
                    {u"source_name"_s, u"''"_s},
                    {u"source_type"_s, u"4"_s},
                    {u"source_version"_s, u"''"_s},
                    {u"start_time"_s, time(info.startTime)},
                    {u"status"_s, QString::number(MlrunsFormat::runStatusNumber(info.status))},
                    {u"tags"_s, u"[]"_s},
                    {u"user_id"_s, scalar(u"user_id"_s, info.userId)},
                };
                if (info.lifecycleStage == LifecycleStage::Deleted)
                    meta.append({u"deleted_time"_s, time(tracking.runDeletedTime(info.runId))});
                writeText(runFolder + u"/meta.yaml"_s, yamlMap(meta));
                for (const Param &param : run.params) {
                    if (!isSafeKey(param.key))
                        throw WriteError{
                            runFolder,
                            Tr::tr("param key '%1' cannot be a file name").arg(param.key)};
                }
                for (const Tag &tag : run.tags) {
                    if (!isSafeKey(tag.key))
                        throw WriteError{runFolder,
                                         Tr::tr("tag key '%1' cannot be a file name").arg(tag.key)};
                }
                writeKeyed(runFolder + u"/params"_s, run.params);
                writeKeyed(runFolder + u"/tags"_s, run.tags);
                for (const QString &key : tracking.metricKeys(info.runId)) {
                    if (!isSafeKey(key))
                        throw WriteError{runFolder,
                                         Tr::tr("metric key '%1' cannot be a file name").arg(key)};
                    QString lines;
                    for (const Metric &metric : tracking.metricHistory(info.runId, key))
                        lines += MlrunsFormat::metricLine(metric) + u'\n';
                    writeText(runFolder + u"/metrics/"_s + key, lines.toUtf8());
                }
                for (const DatasetInput &input : run.inputs) {
                    const Dataset &d = input.dataset;
                    const QString datasetId = MlrunsFormat::datasetId(d.name, d.digest);
                    QList<QPair<QString, QString>> dataset = {
                        {u"digest"_s, scalar(u"digest"_s, d.digest)},
                        {u"name"_s, scalar(u"name"_s, d.name)},
                        {u"source"_s, scalar(u"source"_s, d.source)},
                        {u"source_type"_s, scalar(u"source_type"_s, d.sourceType)},
                    };
                    dataset.append({u"profile"_s, nullable(u"profile"_s, d.profile)});
                    dataset.append({u"schema"_s, nullable(u"schema"_s, d.schema)});
                    writeText(folder + u"/datasets/"_s + datasetId + u"/meta.yaml"_s,
                              yamlMap(dataset));
                    QString tags;
                    for (const Tag &tag : input.tags)
                        tags += u"\n  "_s + yamlString(tag.key) + u": "_s + yamlString(tag.value);
                    // MLflow 2.14 writes the dataset id as destination_id too (the run is the
                    // folder); do the same so that it reads this back as it reads its own.
                    writeText(runFolder + u"/inputs/"_s
                                  + MlrunsFormat::inputId(datasetId, info.runId) + u"/meta.yaml"_s,
                              yamlMap({{u"destination_id"_s, datasetId},
                                       {u"destination_type"_s, u"RUN"_s},
                                       {u"source_id"_s, datasetId},
                                       {u"source_type"_s, u"DATASET"_s},
                                       {u"tags"_s, tags.isEmpty() ? u"{}"_s : tags}}));
                }
                exportedRuns.insert(info.runId);
                ++report.runs;
            } catch (const WriteError &error) {
                report.issues.append({error.path, error.reason});
            } catch (const StoreError &error) {
                report.issues.append({runFolder, error.message()});
            }
        }
    }

    // Registry
    const auto mapUri = [&runUris](const QString &uri) {
        QString best;
        for (auto it = runUris.cbegin(); it != runUris.cend(); ++it) {
            if ((uri == it.key() || uri.startsWith(it.key() + u'/'))
                && it.key().size() > best.size())
                best = it.key();
        }
        return best.isEmpty() ? uri : runUris.value(best) + uri.mid(best.size());
    };
    for (const RegisteredModel &model : registry.registeredModels()) {
        const QString folder = root + u"/models/"_s + model.name;
        if (model.name.contains(u'/') || model.name.startsWith(u'.')) {
            report.issues.append({model.name, Tr::tr("the model name cannot be a folder name")});
            continue;
        }
        QList<ModelVersion> versions = registry.modelVersions(model.name);
        if (!options.experiments.isEmpty()) {
            versions.removeIf([&exportedRuns](const ModelVersion &v) {
                return !exportedRuns.contains(v.runId);
            });
            if (versions.isEmpty())
                continue;
        }
        QSet<QString> versionNumbers;
        for (const ModelVersion &v : std::as_const(versions))
            versionNumbers.insert(QString::number(v.version));
        try {
            QString aliases;
            QList<Tag> aliasFiles;
            for (const Tag &alias : model.aliases) {
                if (!versionNumbers.contains(alias.value))
                    continue;
                aliases += u"\n  "_s + yamlString(alias.key) + u": '"_s + alias.value + u'\'';
                aliasFiles.append(alias);
            }
            writeText(
                folder + u"/meta.yaml"_s,
                yamlMap({{u"aliases"_s, aliases.isEmpty() ? u"{}"_s : aliases},
                         {u"creation_timestamp"_s, QString::number(model.creationTime)},
                         {u"description"_s, nullable(u"description"_s, model.description)},
                         {u"last_updated_timestamp"_s, QString::number(model.lastUpdatedTime)},
                         {u"name"_s, scalar(u"name"_s, model.name)}}));
            writeKeyed(folder + u"/tags"_s, model.tags);
            writeKeyed(folder + u"/aliases"_s, aliasFiles);
            for (const ModelVersion &v : std::as_const(versions)) {
                QString versionAliases;
                for (const QString &alias : v.aliases)
                    versionAliases += u"\n- "_s + yamlString(alias);
                const QString source = mapUri(v.source);
                const QString versionFolder = folder + u"/version-"_s + QString::number(v.version);
                writeText(
                    versionFolder + u"/meta.yaml"_s,
                    yamlMap({{u"aliases"_s, versionAliases.isEmpty() ? u"[]"_s : versionAliases},
                             {u"creation_timestamp"_s, QString::number(v.creationTime)},
                             {u"current_stage"_s, stageName(v.currentStage)},
                             {u"description"_s, nullable(u"description"_s, v.description)},
                             {u"last_updated_timestamp"_s, QString::number(v.lastUpdatedTime)},
                             {u"name"_s, scalar(u"name"_s, v.name)},
                             {u"run_id"_s, nullable(u"run_id"_s, v.runId)},
                             {u"run_link"_s, nullable(u"run_link"_s, v.runLink)},
                             {u"source"_s, scalar(u"source"_s, source)},
                             {u"status"_s, modelVersionStatusName(v.status)},
                             {u"status_message"_s, nullable(u"status_message"_s, v.statusMessage)},
                             {u"storage_location"_s,
                              scalar(u"storage_location"_s, mapUri(v.storageLocation))},
                             {u"user_id"_s, nullable(u"user_id"_s, v.userId)},
                             {u"version"_s, QString::number(v.version)}}));
                writeKeyed(versionFolder + u"/tags"_s, v.tags);
                ++report.modelVersions;
            }
            ++report.models;
        } catch (const WriteError &error) {
            report.issues.append({error.path, error.reason});
        }
    }
    if (options.progress)
        options.progress(done, total);
    return report;
}

} // namespace Flowdesk::Importers
