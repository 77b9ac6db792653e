// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/importers/mlrunsimporter.h"

#include "models/importers/importertr.h"
#include "models/importers/mlrunsreader.h"
#include "models/importers/recordwriter.h"

#include <QFileInfo>
#include <QSet>

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
    for (const auto &entry : std::as_const(entries)) {
        if (!proceed(entry.experiment.name))
            return report;
        const std::optional<qint64> experimentId = writer.writeExperiment(entry.experiment);
        const bool deleted = entry.experiment.lifecycleStage == Store::LifecycleStage::Deleted;
        for (const QString &runFolder : entry.runFolders) {
            if (!proceed(entry.experiment.name + u'/' + QFileInfo(runFolder).fileName()))
                return report;
            ++progress.done;
            if (!experimentId) {
                ++report.runs.skipped;
                continue;
            }
            const std::optional<SourceRun> run = reader.readRun(entry, runFolder, report);
            if (!run)
                continue;
            writer.writeRun(*run, *experimentId, deleted, entry.experiment.lastUpdateTime);
            importedRuns.insert(run->runId);
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
