// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/importers/importreport.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::Importers {

/// Writes the store as an MLflow FileStore folder (the layout and file formats of MLflow 2.14,
/// see tests/data/mlruns-sample) that `mlflow ui --backend-store-uri DIR` reads: experiments
/// (deleted ones under .trash/), runs with params, metric histories, tags, dataset inputs and
/// copied artifacts, and the registry under models/. Importing the folder gives the same store
/// content back.
class MlrunsExporter final
{
public:
    struct Options
    {
        QStringList experiments; ///< names; all when empty
        /// Called per run; returning false cancels.
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    struct Report
    {
        int experiments = 0;
        int runs = 0;
        int models = 0;
        int modelVersions = 0;
        QList<ImportIssue> issues;
        bool cancelled = false;
    };

    MlrunsExporter(Store::Database &database, QString artifactRoot);
    /// `directory` must not exist or be empty.
    Report run(const QString &directory, const Options &options = {});

private:
    Store::Database &m_database;
    QString m_artifactRoot;
};

} // namespace Flowdesk::Importers
