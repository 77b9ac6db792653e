// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Flowdesk::Importers {

/// Something in the source that could not be imported (or only partly), with where and why.
struct ImportIssue
{
    QString path; ///< file or folder in the source, or "table:key" for a database
    QString reason; ///< translated, for people
    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

/// How many items of one kind were imported (new in the store), updated (existed and changed),
/// unchanged (existed and equal) or skipped (could not be imported; see the issues).
struct ImportCounts
{
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;

    int total() const { return imported + updated + unchanged + skipped; }

    friend bool operator==(const ImportCounts &, const ImportCounts &) = default;
};

struct ImportReport
{
    QString source;
    ImportCounts experiments;
    ImportCounts runs;
    ImportCounts models;
    ImportCounts modelVersions;
    QList<ImportIssue> issues;
    bool cancelled = false;

    int imported() const;
    int updated() const;
    int unchanged() const;
    int skipped() const;
    /// True when at least one item made it into the store (new, updated or already equal).
    bool hasImportedAnything() const;
    void addIssue(const QString &path, const QString &reason);
    /// A few lines for people: counts per kind, then each issue as "path: reason".
    QStringList summaryLines() const;
};

} // namespace Flowdesk::Importers

Q_DECLARE_METATYPE(Flowdesk::Importers::ImportReport)
