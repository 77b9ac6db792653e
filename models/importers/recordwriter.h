// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/importers/importoptions.h"
#include "models/importers/importreport.h"
#include "models/importers/sourcerecords.h"
#include "models/store/artifactrepository.h"
#include "models/store/registrystore.h"
#include "models/store/trackingstore.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::Importers {

/// Writes what an importer read into the store with the import rules: run ids and experiment
/// names are kept; an experiment id is remapped only when another experiment holds it; an
/// experiment whose name exists receives the runs; writing the same records again changes
/// nothing; each run is one transaction (a failing run leaves nothing behind and is reported).
class RecordWriter final
{
public:
    RecordWriter(Store::Database &database,
                 const QString &artifactRoot,
                 ArtifactMode mode,
                 ImportReport &report);

    /// The store's id for the experiment, or nothing when it could not be written (reported).
    std::optional<qint64> writeExperiment(const SourceExperiment &experiment);
    /// `experimentDeleted`: the source experiment is deleted, so its runs are too.
    void writeRun(const SourceRun &run,
                  qint64 experimentId,
                  bool experimentDeleted,
                  std::optional<qint64> experimentDeletedTime);
    /// Writes the model and those of its versions whose run passes `runFilter` (all when
    /// empty optional).
    void writeModel(const SourceModel &model, const std::optional<QSet<QString>> &runFilter);

    /// A recorded URI mapped onto this machine and store: URIs inside an imported run's
    /// artifacts follow the run's new artifact URI; others under the source root are mapped
    /// onto its real location.
    QString mapRecordedUri(const QString &uri) const;
    /// Declares that recorded URIs beginning with `recordedPrefix` live under `realPath` here.
    void addRootMapping(const QString &recordedPrefix, const QString &realPath);

private:
    QString artifactUriFor(const SourceRun &run, qint64 experimentId) const;

    Store::Database &m_database;
    Store::TrackingStore m_tracking;
    Store::RegistryStore m_registry;
    Store::ArtifactRepository m_artifacts;
    ArtifactMode m_mode;
    ImportReport &m_report;
    QHash<QString, QString> m_runUriMap; ///< recorded run artifact URI -> store's URI
    QList<QPair<QString, QString>> m_rootMappings;
};

} // namespace Flowdesk::Importers
