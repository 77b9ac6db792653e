// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Flowdesk::Importers {

enum class ArtifactMode {
    Copy, ///< artifacts are copied into the store's artifact directory
    Link, ///< artifacts stay where they are; the run's artifact URI points there (file://)
};

struct ImportProgress
{
    qint64 done = 0; ///< items (runs, registered models) finished so far
    qint64 total = 0; ///< items found in the source
    QString item; ///< what is being imported now, e.g. "sample-classification/run-name"
};

struct ImportOptions
{
    /// Only these experiments (by name); all when empty. Registered models are limited to the
    /// versions whose run is imported.
    QStringList experiments;
    ArtifactMode artifacts = ArtifactMode::Copy;
    /// Called before each item and at the end; returning false cancels between items (what was
    /// imported stays, each run whole).
    std::function<bool(const ImportProgress &)> progress;
};

} // namespace Flowdesk::Importers
