// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/sparkline.h"

#include <algorithm>
#include <cmath>

namespace Flowdesk::ItemModels::Sparkline {

QList<QPointF> downsample(const QList<Store::Metric> &history, int maxPoints)
{
    QList<QPointF> points;
    points.reserve(history.size());
    for (const Store::Metric &metric : history) {
        if (std::isfinite(metric.value))
            points.append(QPointF(double(metric.step), metric.value));
    }
    // The store hands history out in logging order; a line reads along the steps.
    std::stable_sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x();
    });
    maxPoints = std::max(maxPoints, 4);
    if (points.size() <= maxPoints)
        return points;
    // The first and last points stay so that the line spans the whole history and ends at the
    // latest value; the points in between are cut into buckets of consecutive points.
    const qsizetype buckets = (maxPoints - 2) / 2;
    const qsizetype inner = points.size() - 2;
    QList<QPointF> sampled;
    sampled.reserve(maxPoints);
    sampled.append(points.first());
    for (qsizetype bucket = 0; bucket < buckets; ++bucket) {
        const qsizetype begin = 1 + bucket * inner / buckets;
        const qsizetype end = 1 + (bucket + 1) * inner / buckets;
        if (begin >= end)
            continue;
        qsizetype low = begin;
        qsizetype high = begin;
        for (qsizetype i = begin + 1; i < end; ++i) {
            if (points.at(i).y() < points.at(low).y())
                low = i;
            if (points.at(i).y() > points.at(high).y())
                high = i;
        }
        sampled.append(points.at(std::min(low, high)));
        if (low != high)
            sampled.append(points.at(std::max(low, high)));
    }
    sampled.append(points.last());
    return sampled;
}

} // namespace Flowdesk::ItemModels::Sparkline
