// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/importers/importreport.h"

#include "models/importers/importertr.h"

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Importers {

int ImportReport::imported() const
{
    return experiments.imported + runs.imported + models.imported + modelVersions.imported;
}

int ImportReport::updated() const
{
    return experiments.updated + runs.updated + models.updated + modelVersions.updated;
}

int ImportReport::unchanged() const
{
    return experiments.unchanged + runs.unchanged + models.unchanged + modelVersions.unchanged;
}

int ImportReport::skipped() const
{
    return experiments.skipped + runs.skipped + models.skipped + modelVersions.skipped;
}

bool ImportReport::hasImportedAnything() const
{
    return imported() + updated() + unchanged() > 0;
}

void ImportReport::addIssue(const QString &path, const QString &reason)
{
    issues.append({path, reason});
}

QStringList ImportReport::summaryLines() const
{
    QStringList lines;
    const auto line = [&lines](const QString &kind, const ImportCounts &c) {
        //: %1 is a kind of item (runs, experiments, ...); then counts
        lines.append(Tr::tr("%1: %2 imported, %3 updated, %4 unchanged, %5 skipped")
                         .arg(kind)
                         .arg(c.imported)
                         .arg(c.updated)
                         .arg(c.unchanged)
                         .arg(c.skipped));
    };
    line(Tr::tr("Experiments"), experiments);
    line(Tr::tr("Runs"), runs);
    line(Tr::tr("Registered models"), models);
    line(Tr::tr("Model versions"), modelVersions);
    if (cancelled)
        lines.append(Tr::tr("Cancelled: the items above were imported before the cancel."));
    for (const ImportIssue &issue : issues)
        lines.append(u"%1: %2"_s.arg(issue.path, issue.reason));
    return lines;
}

} // namespace Flowdesk::Importers
