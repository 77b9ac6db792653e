// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Flowdesk::Store {
class TrackingStore;
}

namespace Flowdesk::Importers::MetricHistoryExport {

/// The columns of a metric history export.
QStringList headers(); // run_id, key, step, timestamp, value

/// Full metric histories of the runs as CSV (run_id,key,step,timestamp,value), ordered by run,
/// key, then MLflow's history order. `keys` limits the metrics; all when empty. Throws
/// Store::StoreError for an unknown run.
QByteArray
csv(Store::TrackingStore &tracking, const QStringList &runIds, const QStringList &keys = {});

} // namespace Flowdesk::Importers::MetricHistoryExport
