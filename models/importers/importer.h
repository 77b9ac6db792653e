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

/// Imports MLflow data into a store: an `mlruns/` FileStore folder or an `mlflow.db` SQLite
/// file, told apart by content. Every problem lands in the report; nothing throws.
class Importer final
{
public:
    enum class SourceKind { Missing, Mlruns, SqliteDatabase, Unknown };

    /// `artifactRoot`: the store's artifact directory (StoreLocation::artifactRoot()).
    Importer(Store::Database &database, QString artifactRoot);

    static SourceKind detect(const QString &path);
    ImportReport run(const QString &path, const ImportOptions &options = {});

private:
    Store::Database &m_database;
    QString m_artifactRoot;
};

} // namespace Flowdesk::Importers
