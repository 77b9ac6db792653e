// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/rundetails.h"
#include "models/store/entities.h"

#include <QObject>

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::ItemModels {

class StoreReader;

/// Loads one run (info, params, latest metrics, tags, inputs) and its details (metric
/// aggregates and downsampled histories, parent and child runs) on the StoreReader's worker
/// for the details panel. Only the answer to the latest request is delivered.
class RunDetailsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailsLoader)
public:
    explicit RunDetailsLoader(StoreReader *reader, QObject *parent = nullptr);

    void load(const QString &runId);
    /// Forgets the current run; a pending load is dropped.
    void clear();

    const QString &runId() const { return m_runId; }

signals:
    void loaded(const Flowdesk::Store::Run &run);
    /// Emitted right after loaded() for the same run.
    void detailsLoaded(const Flowdesk::ItemModels::RunDetails &details);
    /// message is the store's English text.
    void failed(const QString &runId, const QString &message);

public:
    /// The job itself, on the calling thread's connection (the worker's in load()).
    static RunDetails readDetails(Store::Database &database, const Store::Run &run);

private:
    StoreReader *m_reader = nullptr;
    QString m_runId;
    quint64 m_request = 0;
};

} // namespace Flowdesk::ItemModels
