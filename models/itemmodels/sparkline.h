// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QList>
#include <QPointF>

namespace Flowdesk::ItemModels::Sparkline {

/// The points of a metric history for a small line: ordered by step (then by when they were
/// logged), NaN and infinities left out, and at most maxPoints of them. Longer histories are
/// reduced to their first and last points plus, for buckets of consecutive points in between,
/// each bucket's lowest and highest point in their order, so that spikes survive.
QList<QPointF> downsample(const QList<Store::Metric> &history, int maxPoints = 64);

} // namespace Flowdesk::ItemModels::Sparkline
