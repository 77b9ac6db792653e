// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Flowdesk::Importers::ArtifactFiles {

struct CopyResult
{
    bool changed = false; ///< at least one file was written
    QStringList problems; ///< "path: reason" for each file that could not be copied
};

/// Copies the directory tree `from` into `to` (created as needed). A file already there with
/// the same size and modification time is left alone, so that copying again is cheap and
/// changes nothing; each file is written under a temporary name and renamed, so a crash leaves
/// no half file. Symbolic links are not followed (they could lead anywhere): each is reported.
CopyResult copyTree(const QString &from, const QString &to);

} // namespace Flowdesk::Importers::ArtifactFiles
