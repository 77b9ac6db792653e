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

/// Imports an MLflow SQLite database (`mlflow.db`, the SqlAlchemyStore of MLflow 2.x) through
/// its own read-only connection: the file is never written. Tables and columns that older
/// schema versions lack (dataset inputs before 2.4, aliases before 2.3, deleted_time, ...) are
/// detected and simply not read.
class MlflowDbImporter final
{
public:
    MlflowDbImporter(Store::Database &database, QString artifactRoot);
    ImportReport run(const QString &path, const ImportOptions &options = {});

private:
    Store::Database &m_database;
    QString m_artifactRoot;
};

} // namespace Flowdesk::Importers
