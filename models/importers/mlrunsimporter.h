// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/importers/importoptions.h"
#include "models/importers/importreport.h"

#include <QString>

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::Importers {

/// Imports an MLflow FileStore folder (`mlruns/`): experiments (also deleted ones in .trash),
/// runs with params, metric histories, tags, dataset inputs and artifacts, and the registry
/// under models/. Absolute paths the source recorded are mapped onto where the folder is now.
class MlrunsImporter final
{
public:
    MlrunsImporter(Store::Database &database, QString artifactRoot);
    ImportReport run(const QString &path, const ImportOptions &options = {});

private:
    Store::Database &m_database;
    QString m_artifactRoot;
};

} // namespace Flowdesk::Importers
