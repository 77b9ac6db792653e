// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/importers/importreport.h"
#include "models/importers/sourcerecords.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <optional>

namespace Flowdesk::Importers {

/// Reads an MLflow FileStore directory (`mlruns/`, MLflow 2.x layout) into source records.
/// It only reads; every problem is added to the report with its path and reason.
class MlrunsReader final
{
public:
    struct ExperimentEntry
    {
        SourceExperiment experiment;
        QString directory; ///< the experiment's folder (under the root or .trash)
        QStringList runFolders; ///< the run folders inside it
    };

    /// `path` is the mlruns folder itself or a folder holding `mlruns/`.
    explicit MlrunsReader(const QString &path);

    /// The folder actually read (the mlruns folder).
    const QString &root() const { return m_root; }

    /// True when the folder looks like a FileStore (a meta.yaml one level down, or models/).
    static bool looksLikeMlruns(const QString &path);

    QList<ExperimentEntry> experiments(ImportReport &report);
    /// Empty optional when the run is unreadable (reported). Safe to call from several
    /// threads at once, each with its own report.
    std::optional<SourceRun>
    readRun(const ExperimentEntry &experiment, const QString &runFolder, ImportReport &report);
    QList<SourceModel> models(ImportReport &report);

    /// The file:// prefix the source wrote into its paths (e.g. file:///home/user/mlruns),
    /// learnt from the experiments' artifact locations; empty when unknown.
    const QString &recordedRoot() const { return m_recordedRoot; }

private:
    std::optional<Store::DatasetInput>
    readInput(const ExperimentEntry &experiment, const QString &inputFolder, QString *error);
    QString mapToLocal(const QString &recordedUri) const;

    QString m_root;
    QString m_recordedRoot;
    QMutex m_datasetsMutex; ///< readRun may run on several threads at once
    QHash<QString, Store::Dataset> m_datasets; ///< by dataset folder path
};

} // namespace Flowdesk::Importers
