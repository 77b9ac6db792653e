// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/importers/mlrunsreader.h"

#include "models/importers/importertr.h"
#include "models/importers/mlrunsformat.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

namespace Flowdesk::Importers {

namespace {

const QString MetaFile = u"meta.yaml"_s;

/// A problem with one file: where and why. Thrown inside the reader, caught per item.
struct ReadError
{
    QString path;
    QString reason;
};

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ReadError{path, Tr::tr("cannot read the file: %1").arg(file.errorString())};
    return file.readAll();
}

// The messages use translate() with the context spelled out: lupdate loses track of the
// Importers context inside this function (it takes YAML:: for a scope).
YAML::Node readYaml(const QString &path)
{
    if (!QFileInfo(path).isFile())
        throw ReadError{path, QCoreApplication::translate("Importers", "the file is missing")};
    const QByteArray bytes = readBytes(path);
    YAML::Node node;
    try {
        node = YAML::Load(std::string(bytes.constData(), size_t(bytes.size())));
    } catch (const YAML::Exception &e) {
        throw ReadError{path,
                        QCoreApplication::translate("Importers", "malformed YAML: %1")
                            .arg(QString::fromStdString(e.what()))};
    }
    if (!node.IsMap())
        throw ReadError{path,
                        QCoreApplication::translate(
                            "Importers", "malformed meta.yaml: not a mapping of keys to values")};
    return node;
}

bool isNull(const YAML::Node &node)
{
    return !node || node.IsNull();
}

QString text(const YAML::Node &map, const char *key, const QString &path, bool required = false)
{
    const YAML::Node node = map[key];
    if (isNull(node)) {
        if (required)
            throw ReadError{
                path, Tr::tr("malformed meta.yaml: '%1' is missing").arg(QString::fromLatin1(key))};
        return {};
    }
    if (!node.IsScalar())
        throw ReadError{
            path, Tr::tr("malformed meta.yaml: '%1' is not a value").arg(QString::fromLatin1(key))};
    return QString::fromStdString(node.Scalar());
}

std::optional<qint64> number(const YAML::Node &map, const char *key, const QString &path)
{
    const YAML::Node node = map[key];
    if (isNull(node))
        return std::nullopt;
    bool ok = false;
    const qint64 value =
        node.IsScalar() ? QString::fromStdString(node.Scalar()).toLongLong(&ok) : 0;
    if (!ok) {
        throw ReadError{path,
                        Tr::tr("malformed meta.yaml: '%1' is not a whole number")
                            .arg(QString::fromLatin1(key))};
    }
    return value;
}

LifecycleStage stage(const YAML::Node &map, const QString &path)
{
    const QString value = text(map, "lifecycle_stage", path);
    if (value.isEmpty() || value == u"active"_s)
        return LifecycleStage::Active;
    if (value == u"deleted"_s)
        return LifecycleStage::Deleted;
    throw ReadError{path, Tr::tr("malformed meta.yaml: unknown lifecycle_stage '%1'").arg(value)};
}

/// Files under `directory` as key (path relative to it, '/'-separated) -> content. Keys with a
/// '/' are sub-folders in the FileStore (metrics/val/acc).
QList<QPair<QString, QByteArray>> keyedFiles(const QString &directory)
{
    QList<QPair<QString, QByteArray>> files;
    if (!QFileInfo(directory).isDir())
        return files;
    const QDir base(directory);
    QDirIterator it(
        directory, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        files.append({base.relativeFilePath(file), readBytes(file)});
    }
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    return files;
}

QList<Tag> readTags(const QString &directory)
{
    QList<Tag> tags;
    for (const auto &[key, value] : keyedFiles(directory))
        tags.append({key, QString::fromUtf8(value)});
    return tags;
}

QStringList subfolders(const QString &directory)
{
    return QDir(directory).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

MlrunsReader::MlrunsReader(const QString &path)
    : m_root(QDir::cleanPath(QDir(path).absolutePath()))
{
    const QString nested = m_root + u"/mlruns"_s;
    if (!looksLikeMlruns(m_root) && looksLikeMlruns(nested))
        m_root = nested;
}

bool MlrunsReader::looksLikeMlruns(const QString &path)
{
    const QDir dir(path);
    if (!dir.exists())
        return false;
    if (QFileInfo(dir.filePath(u"models"_s)).isDir()
        || QFileInfo(dir.filePath(u".trash"_s)).isDir())
        return true;
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (QFileInfo(dir.filePath(sub + u'/' + MetaFile)).isFile())
            return true;
    }
    return false;
}

QString MlrunsReader::mapToLocal(const QString &recordedUri) const
{
    if (!m_recordedRoot.isEmpty()
        && (recordedUri == m_recordedRoot || recordedUri.startsWith(m_recordedRoot + u'/'))) {
        return m_root + QUrl::fromPercentEncoding(recordedUri.mid(m_recordedRoot.size()).toUtf8());
    }
    return MlrunsFormat::localPathOf(recordedUri);
}

QList<MlrunsReader::ExperimentEntry> MlrunsReader::experiments(ImportReport &report)
{
    QList<ExperimentEntry> entries;
    if (!QFileInfo(m_root).isDir()) {
        report.addIssue(m_root, Tr::tr("the folder does not exist"));
        return entries;
    }
    QList<QPair<QString, bool>> folders; // folder, in .trash
    for (const QString &sub : subfolders(m_root)) {
        if (sub.startsWith(u'.') || sub == u"models"_s)
            continue;
        folders.append({m_root + u'/' + sub, false});
    }
    for (const QString &sub : subfolders(m_root + u"/.trash"_s))
        folders.append({m_root + u"/.trash/"_s + sub, true});

    QHash<QString, int> recordedRoots;
    for (const auto &[folder, trashed] : std::as_const(folders)) {
        const QString metaPath = folder + u'/' + MetaFile;
        try {
            const YAML::Node meta = readYaml(metaPath);
            ExperimentEntry entry;
            entry.directory = folder;
            SourceExperiment &e = entry.experiment;
            e.path = folder;
            e.sourceId = text(meta, "experiment_id", metaPath);
            if (e.sourceId.isEmpty())
                e.sourceId = QFileInfo(folder).fileName();
            e.name = text(meta, "name", metaPath, true);
            e.lifecycleStage = trashed ? LifecycleStage::Deleted : stage(meta, metaPath);
            e.creationTime = number(meta, "creation_time", metaPath);
            e.lastUpdateTime = number(meta, "last_update_time", metaPath);
            e.tags = readTags(folder + u"/tags"_s);
            const QString location = text(meta, "artifact_location", metaPath);
            const QString suffix = u'/' + e.sourceId;
            if (location.endsWith(suffix))
                ++recordedRoots[location.chopped(suffix.size())];
            for (const QString &sub : subfolders(folder)) {
                if (sub != u"tags"_s && sub != u"datasets"_s && sub != u"traces"_s)
                    entry.runFolders.append(folder + u'/' + sub);
            }
            entries.append(entry);
        } catch (const ReadError &error) {
            ++report.experiments.skipped;
            report.addIssue(error.path, error.reason);
        }
    }
    // The most common prefix is the recorded location of this folder.
    int best = 0;
    for (auto it = recordedRoots.cbegin(); it != recordedRoots.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            m_recordedRoot = it.key();
        }
    }
    return entries;
}

std::optional<DatasetInput> MlrunsReader::readInput(const ExperimentEntry &experiment,
                                                    const QString &inputFolder,
                                                    QString *error)
{
    const QString metaPath = inputFolder + u'/' + MetaFile;
    const YAML::Node meta = readYaml(metaPath);
    if (text(meta, "source_type", metaPath) != u"DATASET"_s)
        return std::nullopt; // other input kinds (MLflow 2.14 has none) are not datasets
    const QString datasetId = text(meta, "source_id", metaPath, true);
    const QString datasetFolder = experiment.directory + u"/datasets/"_s + datasetId;
    QMutexLocker lock(&m_datasetsMutex);
    auto cached = m_datasets.constFind(datasetFolder);
    Dataset dataset;
    if (cached != m_datasets.cend()) {
        dataset = cached.value();
    } else {
        const QString datasetMeta = datasetFolder + u'/' + MetaFile;
        const YAML::Node d = readYaml(datasetMeta);
        dataset.name = text(d, "name", datasetMeta, true);
        dataset.digest = text(d, "digest", datasetMeta, true);
        dataset.sourceType = text(d, "source_type", datasetMeta, true);
        dataset.source = text(d, "source", datasetMeta, true);
        dataset.schema = text(d, "schema", datasetMeta);
        dataset.profile = text(d, "profile", datasetMeta);
        m_datasets.insert(datasetFolder, dataset);
    }
    lock.unlock();
    DatasetInput input;
    input.dataset = dataset;
    const YAML::Node tags = meta["tags"];
    if (tags && tags.IsMap()) {
        for (const auto &pair : tags) {
            input.tags.append(
                {QString::fromStdString(pair.first.as<std::string>()),
                 isNull(pair.second) ? QString() : QString::fromStdString(pair.second.Scalar())});
        }
        std::sort(input.tags.begin(), input.tags.end(), [](const Tag &a, const Tag &b) {
            return a.key < b.key;
        });
    } else if (tags && !tags.IsNull()) {
        *error = Tr::tr("malformed meta.yaml: 'tags' is not a mapping");
    }
    return input;
}

std::optional<SourceRun> MlrunsReader::readRun(const ExperimentEntry &experiment,
                                               const QString &runFolder,
                                               ImportReport &report)
{
    const QString metaPath = runFolder + u'/' + MetaFile;
    try {
        const YAML::Node meta = readYaml(metaPath);
        SourceRun run;
        run.path = runFolder;
        run.runId = text(meta, "run_id", metaPath);
        if (run.runId.isEmpty())
            run.runId = text(meta, "run_uuid", metaPath);
        if (run.runId.isEmpty())
            run.runId = QFileInfo(runFolder).fileName();
        run.runName = text(meta, "run_name", metaPath);
        if (run.runName.isEmpty())
            run.runName = text(meta, "name", metaPath); // MLflow 1.x
        run.userId = text(meta, "user_id", metaPath);
        const QString status = text(meta, "status", metaPath);
        bool isNumber = false;
        const int statusNumber = status.toInt(&isNumber);
        const std::optional<RunStatus> parsedStatus =
            isNumber ? MlrunsFormat::runStatusFromNumber(statusNumber) : runStatusFromName(status);
        if (!parsedStatus)
            throw ReadError{metaPath,
                            Tr::tr("malformed meta.yaml: unknown status '%1'").arg(status)};
        run.status = *parsedStatus;
        run.startTime = number(meta, "start_time", metaPath);
        run.endTime = number(meta, "end_time", metaPath);
        run.deletedTime = number(meta, "deleted_time", metaPath);
        run.lifecycleStage = stage(meta, metaPath);
        run.recordedArtifactUri = text(meta, "artifact_uri", metaPath);

        // Where the artifacts are here: the recorded location mapped onto this folder, or the
        // run's own artifacts folder (moved or trashed stores).
        const QStringList candidates = {mapToLocal(run.recordedArtifactUri),
                                        runFolder + u"/artifacts"_s};
        for (const QString &candidate : candidates) {
            if (!candidate.isEmpty() && QFileInfo(candidate).isDir()) {
                run.localArtifactDir = candidate;
                break;
            }
        }
        // A location outside this folder (s3://, another disk, ...) that is not here stays
        // the run's artifact URI; the run's own place in this folder becomes the store's.
        const bool insideRoot =
            !m_recordedRoot.isEmpty() && run.recordedArtifactUri.startsWith(m_recordedRoot + u'/');
        if (!run.recordedArtifactUri.isEmpty() && !insideRoot && run.localArtifactDir.isEmpty())
            run.fallbackArtifactUri = run.recordedArtifactUri;

        for (const auto &[key, value] : keyedFiles(runFolder + u"/params"_s))
            run.params.append({key, QString::fromUtf8(value)});
        run.tags = readTags(runFolder + u"/tags"_s);
        for (const auto &[key, content] : keyedFiles(runFolder + u"/metrics"_s)) {
            const QString file = runFolder + u"/metrics/"_s + key;
            const QList<QByteArray> lines = content.split('\n');
            int lineNumber = 0;
            for (const QByteArray &line : lines) {
                ++lineNumber;
                if (line.trimmed().isEmpty())
                    continue;
                const std::optional<Metric> metric =
                    MlrunsFormat::parseMetricLine(key, QString::fromUtf8(line));
                if (!metric) {
                    throw ReadError{u"%1:%2"_s.arg(file).arg(lineNumber),
                                    Tr::tr("metric line does not parse (expected \"timestamp "
                                           "value step\"): '%1'")
                                        .arg(QString::fromUtf8(line.trimmed()))};
                }
                run.metrics.append(*metric);
            }
        }
        const QString inputsFolder = runFolder + u"/inputs"_s;
        for (const QString &sub : subfolders(inputsFolder)) {
            QString error;
            const std::optional<DatasetInput> input =
                readInput(experiment, inputsFolder + u'/' + sub, &error);
            if (!error.isEmpty())
                throw ReadError{inputsFolder + u'/' + sub + u'/' + MetaFile, error};
            if (input)
                run.inputs.append(*input);
        }
        return run;
    } catch (const ReadError &error) {
        ++report.runs.skipped;
        report.addIssue(error.path, error.reason);
    } catch (const YAML::Exception &e) {
        ++report.runs.skipped;
        report.addIssue(metaPath,
                        Tr::tr("malformed YAML: %1").arg(QString::fromStdString(e.what())));
    }
    return std::nullopt;
}

QList<SourceModel> MlrunsReader::models(ImportReport &report)
{
    QList<SourceModel> models;
    const QString modelsFolder = m_root + u"/models"_s;
    for (const QString &sub : subfolders(modelsFolder)) {
        const QString folder = modelsFolder + u'/' + sub;
        const QString metaPath = folder + u'/' + MetaFile;
        try {
            const YAML::Node meta = readYaml(metaPath);
            SourceModel model;
            model.path = folder;
            model.model.name = text(meta, "name", metaPath);
            if (model.model.name.isEmpty())
                model.model.name = sub;
            model.model.description = text(meta, "description", metaPath);
            model.model.creationTime = number(meta, "creation_timestamp", metaPath).value_or(0);
            model.model.lastUpdatedTime =
                number(meta, "last_updated_timestamp", metaPath).value_or(model.model.creationTime);
            model.model.tags = readTags(folder + u"/tags"_s);
            // MLflow reads aliases from aliases/<alias> (content: the version); meta.yaml's
            // copy is the fallback for stores that lack the folder.
            const QList<Tag> aliasFiles = readTags(folder + u"/aliases"_s);
            if (!aliasFiles.isEmpty() || QFileInfo(folder + u"/aliases"_s).isDir()) {
                for (const Tag &alias : aliasFiles)
                    model.model.aliases.append({alias.key, alias.value.trimmed()});
            } else if (meta["aliases"] && meta["aliases"].IsMap()) {
                for (const auto &pair : meta["aliases"]) {
                    model.model.aliases.append(
                        {QString::fromStdString(pair.first.as<std::string>()),
                         QString::fromStdString(pair.second.as<std::string>())});
                }
            }
            for (const QString &versionFolderName : subfolders(folder)) {
                if (!versionFolderName.startsWith(u"version-"_s))
                    continue;
                const QString versionFolder = folder + u'/' + versionFolderName;
                const QString versionMeta = versionFolder + u'/' + MetaFile;
                try {
                    const YAML::Node v = readYaml(versionMeta);
                    SourceModelVersion version;
                    version.path = versionFolder;
                    ModelVersion &mv = version.version;
                    mv.name = model.model.name;
                    const std::optional<qint64> number_ = number(v, "version", versionMeta);
                    mv.version = number_.value_or(versionFolderName.mid(8).toLongLong());
                    if (mv.version <= 0)
                        throw ReadError{versionMeta,
                                        Tr::tr("malformed meta.yaml: no version number")};
                    mv.description = text(v, "description", versionMeta);
                    mv.creationTime = number(v, "creation_timestamp", versionMeta).value_or(0);
                    mv.lastUpdatedTime =
                        number(v, "last_updated_timestamp", versionMeta).value_or(mv.creationTime);
                    mv.userId = text(v, "user_id", versionMeta);
                    mv.source = text(v, "source", versionMeta);
                    mv.runId = text(v, "run_id", versionMeta);
                    mv.runLink = text(v, "run_link", versionMeta);
                    const QString status = text(v, "status", versionMeta);
                    if (status == u"PENDING_REGISTRATION"_s)
                        mv.status = ModelVersionStatus::PendingRegistration;
                    else if (status == u"FAILED_REGISTRATION"_s)
                        mv.status = ModelVersionStatus::FailedRegistration;
                    mv.statusMessage = text(v, "status_message", versionMeta);
                    const QString stageText = text(v, "current_stage", versionMeta);
                    version.deleted =
                        stageText.compare(u"Deleted_Internal"_s, Qt::CaseInsensitive) == 0;
                    if (!version.deleted) {
                        const auto parsed =
                            stageFromName(stageText.isEmpty() ? u"None"_s : stageText);
                        if (!parsed) {
                            throw ReadError{versionMeta,
                                            Tr::tr("malformed meta.yaml: unknown "
                                                   "current_stage '%1'")
                                                .arg(stageText)};
                        }
                        mv.currentStage = *parsed;
                    }
                    mv.storageLocation = text(v, "storage_location", versionMeta);
                    if (mv.storageLocation.isEmpty())
                        mv.storageLocation = mv.source;
                    mv.tags = readTags(versionFolder + u"/tags"_s);
                    model.versions.append(version);
                } catch (const ReadError &error) {
                    ++report.modelVersions.skipped;
                    report.addIssue(error.path, error.reason);
                }
            }
            std::sort(model.versions.begin(),
                      model.versions.end(),
                      [](const SourceModelVersion &a, const SourceModelVersion &b) {
                          return a.version.version < b.version.version;
                      });
            models.append(model);
        } catch (const ReadError &error) {
            ++report.models.skipped;
            report.addIssue(error.path, error.reason);
        } catch (const YAML::Exception &e) {
            ++report.models.skipped;
            report.addIssue(metaPath,
                            Tr::tr("malformed YAML: %1").arg(QString::fromStdString(e.what())));
        }
    }
    return models;
}

} // namespace Flowdesk::Importers
