// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/rundetails.h"
#include "models/store/entities.h"

#include <QObject>

#include <memory>

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::ItemModels {

class SparklineCache;
class StoreReader;

/// Loads one run (info, params, latest metrics, tags, inputs) and its details (metric
/// aggregates and downsampled histories, parent and child runs) on the StoreReader's worker
/// for the details panel. Only the answer to the latest request is delivered. The metric lines
/// of recently shown runs are cached, so selecting a run again reads no history.
class RunDetailsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailsLoader)
public:
    explicit RunDetailsLoader(StoreReader *reader, QObject *parent = nullptr);
    ~RunDetailsLoader() override;

    void load(const QString &runId);
    /// Forgets the current run; a pending load is dropped.
    void clear();

    const QString &runId() const { return m_runId; }

    const SparklineCache &sparklineCache() const { return *m_cache; }

signals:
    void loaded(const Flowdesk::Store::Run &run);
    /// Emitted right after loaded() for the same run.
    void detailsLoaded(const Flowdesk::ItemModels::RunDetails &details);
    /// message is the store's English text.
    void failed(const QString &runId, const QString &message);

public:
    /// The job itself, on the calling thread's connection (the worker's in load()).
    /// Histories are read bounded (Sparkline::read); cache may be null.
    static RunDetails
    readDetails(Store::Database &database, const Store::Run &run, SparklineCache *cache = nullptr);

private:
    StoreReader *m_reader = nullptr;
    // Shared with the jobs on the worker, which may outlive this object by one job.
    std::shared_ptr<SparklineCache> m_cache;
    QString m_runId;
    quint64 m_request = 0;
};

} // namespace Flowdesk::ItemModels
