// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QList>
#include <QPointF>

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::ItemModels::Sparkline {

/// The points of a metric history for a small line: ordered by step (then by when they were
/// logged), NaN and infinities left out, and at most maxPoints of them. Longer histories are
/// reduced to their first and last points plus, for buckets of consecutive points in between,
/// each bucket's lowest and highest point in their order, so that spikes survive.
QList<QPointF> downsample(const QList<Store::Metric> &history, int maxPoints = 64);

/// Histories up to this many points are read whole and given to downsample().
constexpr qint64 WholeHistoryLimit = 2048;

/// The line of one metric of one run, read on the calling thread's connection. Longer histories
/// are reduced in SQL: the first and last finite points plus, for each of (maxPoints - 2) / 2
/// equal step ranges between firstStep and lastStep, its lowest and highest point. Memory and
/// transfer stay bounded whatever the history's length, and spikes survive.
QList<QPointF> read(Store::Database &database,
                    qint64 runKey,
                    qint64 keyId,
                    qint64 firstStep,
                    qint64 lastStep,
                    qint64 pointCount,
                    int maxPoints = 64);

} // namespace Flowdesk::ItemModels::Sparkline
