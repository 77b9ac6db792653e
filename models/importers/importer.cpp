// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/importers/importer.h"

#include "models/importers/importertr.h"
#include "models/importers/mlflowdbimporter.h"
#include "models/importers/mlrunsimporter.h"
#include "models/importers/mlrunsreader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Importers {

Importer::Importer(Store::Database &database, QString artifactRoot)
    : m_database(database)
    , m_artifactRoot(std::move(artifactRoot))
{}

Importer::SourceKind Importer::detect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return SourceKind::Missing;
    if (info.isDir()) {
        return MlrunsReader::looksLikeMlruns(path)
                || MlrunsReader::looksLikeMlruns(path + u"/mlruns"_s)
            ? SourceKind::Mlruns
            : SourceKind::Unknown;
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16))
        return SourceKind::SqliteDatabase;
    return SourceKind::Unknown;
}

ImportReport Importer::run(const QString &path, const ImportOptions &options)
{
    switch (detect(path)) {
    case SourceKind::Mlruns:
        return MlrunsImporter(m_database, m_artifactRoot).run(path, options);
    case SourceKind::SqliteDatabase:
        return MlflowDbImporter(m_database, m_artifactRoot).run(path, options);
    case SourceKind::Missing: {
        ImportReport report;
        report.source = path;
        report.addIssue(path, Tr::tr("the file or folder does not exist"));
        return report;
    }
    case SourceKind::Unknown:
        break;
    }
    ImportReport report;
    report.source = path;
    report.addIssue(path, Tr::tr("neither an MLflow mlruns folder nor an MLflow SQLite database"));
    return report;
}

} // namespace Flowdesk::Importers
