// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/importers/mlrunsimporter.h"

#include "models/importers/importertr.h"
#include "models/importers/mlrunsreader.h"
#include "models/importers/recordwriter.h"

#include <QFileInfo>
#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Importers {

MlrunsImporter::MlrunsImporter(Store::Database &database, QString artifactRoot)
    : m_database(database)
    , m_artifactRoot(std::move(artifactRoot))
{}

ImportReport MlrunsImporter::run(const QString &path, const ImportOptions &options)
{
    ImportReport report;
    MlrunsReader reader(path);
    report.source = reader.root();
    QList<MlrunsReader::ExperimentEntry> entries = reader.experiments(report);
    if (!options.experiments.isEmpty()) {
        QList<MlrunsReader::ExperimentEntry> selected;
        for (const QString &name : options.experiments) {
            bool found = false;
            for (const auto &entry : std::as_const(entries)) {
                if (entry.experiment.name == name) {
                    selected.append(entry);
                    found = true;
                }
            }
            if (!found)
                report.addIssue(reader.root(), Tr::tr("no experiment named '%1'").arg(name));
        }
        entries = selected;
    }
    const QList<SourceModel> models = reader.models(report);

    qint64 total = models.size();
    for (const auto &entry : std::as_const(entries))
        total += entry.runFolders.size();
    ImportProgress progress{0, total, {}};
    const auto proceed = [&](const QString &item) {
        progress.item = item;
        if (options.progress && !options.progress(progress)) {
            report.cancelled = true;
            return false;
        }
        return true;
    };

    RecordWriter writer(m_database, m_artifactRoot, options.artifacts, report);
    if (!reader.recordedRoot().isEmpty())
        writer.addRootMapping(reader.recordedRoot(), reader.root());
    QSet<QString> importedRuns;

    // Reading and parsing the files of the next chunk of runs overlaps with writing this one;
    // results stay in folder order, and each chunk bounds what is held in memory.
    struct ReadResult
    {
        std::optional<SourceRun> run;
        ImportReport report; ///< this run's counts and issues, merged in order
    };

    constexpr qsizetype ChunkSize = 128;
    for (const auto &entry : std::as_const(entries)) {
        if (!proceed(entry.experiment.name))
            return report;
        const std::optional<qint64> experimentId = writer.writeExperiment(entry.experiment);
        const bool deleted = entry.experiment.lifecycleStage == Store::LifecycleStage::Deleted;
        const auto readChunk = [&reader, &entry](qsizetype from) {
            const QStringList folders = entry.runFolders.mid(from, ChunkSize);
            return QtConcurrent::mapped(folders, [&reader, &entry](const QString &folder) {
                ReadResult result;
                result.run = reader.readRun(entry, folder, result.report);
                return result;
            });
        };
        QFuture<ReadResult> current;
        if (experimentId && !entry.runFolders.isEmpty())
            current = readChunk(0);
        for (qsizetype chunk = 0; chunk < entry.runFolders.size(); chunk += ChunkSize) {
            QFuture<ReadResult> next;
            if (experimentId && chunk + ChunkSize < entry.runFolders.size())
                next = readChunk(chunk + ChunkSize);
            const qsizetype end = std::min(chunk + ChunkSize, entry.runFolders.size());
            for (qsizetype i = chunk; i < end; ++i) {
                const QString &runFolder = entry.runFolders.at(i);
                if (!proceed(entry.experiment.name + u'/' + QFileInfo(runFolder).fileName())) {
                    current.cancel();
                    next.cancel();
                    current.waitForFinished();
                    next.waitForFinished();
                    return report;
                }
                ++progress.done;
                if (!experimentId) {
                    ++report.runs.skipped;
                    continue;
                }
                const ReadResult result = current.resultAt(int(i - chunk));
                report.runs.skipped += result.report.runs.skipped;
                report.issues += result.report.issues;
                if (!result.run)
                    continue;
                writer.writeRun(
                    *result.run, *experimentId, deleted, entry.experiment.lastUpdateTime);
                importedRuns.insert(result.run->runId);
            }
            current = next;
        }
    }
    const std::optional<QSet<QString>> runFilter =
        options.experiments.isEmpty() ? std::nullopt : std::optional(importedRuns);
    for (const SourceModel &model : models) {
        if (!proceed(model.model.name))
            return report;
        ++progress.done;
        writer.writeModel(model, runFilter);
    }
    progress.item.clear();
    if (options.progress)
        options.progress(progress); // the final 100 %; nothing is left to cancel
    return report;
}

} // namespace Flowdesk::Importers
