// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/sparkline.h"

#include "models/store/database.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels::Sparkline {

namespace {

// Infinities are kept in the store as REAL values; the line leaves them out, as NaN.
constexpr double largest = std::numeric_limits<double>::max();

struct Point
{
    qint64 step = 0;
    qint64 timestamp = 0;
    double value = 0;
    bool operator==(const Point &) const = default;

    bool operator<(const Point &other) const
    {
        return std::tie(step, timestamp, value)
            < std::tie(other.step, other.timestamp, other.value);
    }
};

void appendRows(QSqlQuery &q, QList<Point> &points)
{
    Store::Database::exec(q);
    while (q.next()) {
        if (!q.isNull(0))
            points.append(
                {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(0).toDouble()});
    }
    q.finish();
}

} // namespace

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

QList<QPointF> read(Store::Database &database,
                    qint64 runKey,
                    qint64 keyId,
                    qint64 firstStep,
                    qint64 lastStep,
                    qint64 pointCount,
                    int maxPoints)
{
    maxPoints = std::max(maxPoints, 4);
    if (pointCount <= std::max<qint64>(WholeHistoryLimit, maxPoints)) {
        QSqlQuery &q = database.cached(
            u"SELECT value, step, timestamp FROM metrics WHERE run_key = ? AND key_id = ? "
            "AND is_nan = 0 AND value BETWEEN ? AND ? ORDER BY step, timestamp, value"_s);
        q.bindValue(0, runKey);
        q.bindValue(1, keyId);
        q.bindValue(2, -largest);
        q.bindValue(3, largest);
        QList<Point> points;
        appendRows(q, points);
        QList<Store::Metric> history;
        history.reserve(points.size());
        for (const Point &point : std::as_const(points))
            history.append({QString(), point.value, point.timestamp, point.step});
        return downsample(history, maxPoints);
    }

    // Each statement walks the primary key (run_key, key_id, step, ...) over one step range;
    // with a single MIN() or MAX(), SQLite takes the bare columns from that row.
    QList<Point> points;
    const QString filter = u"FROM metrics WHERE run_key = ? AND key_id = ? AND is_nan = 0 "
                           "AND value BETWEEN ? AND ?"_s;
    QSqlQuery &ends = database.cached(
        u"SELECT * FROM (SELECT value, step, timestamp "_s + filter
        + u" ORDER BY step, timestamp, value LIMIT 1) UNION ALL SELECT * FROM (SELECT value, "
          "step, timestamp "_s
        + filter + u" ORDER BY step DESC, timestamp DESC, value DESC LIMIT 1)"_s);
    for (int half = 0; half < 2; ++half) {
        ends.bindValue(half * 4 + 0, runKey);
        ends.bindValue(half * 4 + 1, keyId);
        ends.bindValue(half * 4 + 2, -largest);
        ends.bindValue(half * 4 + 3, largest);
    }
    appendRows(ends, points);
    if (points.isEmpty())
        return {};
    const Point first = points.first();
    const Point last = points.last();
    points.clear();

    QSqlQuery &extremes =
        database.cached(u"SELECT MIN(value), step, timestamp "_s + filter
                        + u" AND step BETWEEN ? AND ? UNION ALL SELECT MAX(value), step, "
                          "timestamp "_s
                        + filter + u" AND step BETWEEN ? AND ?"_s);
    const int buckets = (maxPoints - 2) / 2;
    // In long double: a span of steps near the 64-bit limits must not overflow.
    const long double span = (long double)lastStep - (long double)firstStep + 1;
    qint64 low = firstStep;
    for (int bucket = 0; bucket < buckets && low <= lastStep; ++bucket) {
        const qint64 high = bucket + 1 == buckets
            ? lastStep
            : std::min(lastStep, firstStep + qint64(span * (bucket + 1) / buckets) - 1);
        if (high < low)
            continue;
        for (int half = 0; half < 2; ++half) {
            extremes.bindValue(half * 6 + 0, runKey);
            extremes.bindValue(half * 6 + 1, keyId);
            extremes.bindValue(half * 6 + 2, -largest);
            extremes.bindValue(half * 6 + 3, largest);
            extremes.bindValue(half * 6 + 4, low);
            extremes.bindValue(half * 6 + 5, high);
        }
        QList<Point> pair;
        appendRows(extremes, pair);
        std::sort(pair.begin(), pair.end());
        for (const Point &point : std::as_const(pair)) {
            if (point != first && point != last && (points.isEmpty() || points.last() != point))
                points.append(point);
        }
        low = high + 1;
    }
    QList<QPointF> line;
    line.reserve(points.size() + 2);
    line.append(QPointF(double(first.step), first.value));
    for (const Point &point : std::as_const(points))
        line.append(QPointF(double(point.step), point.value));
    if (last != first)
        line.append(QPointF(double(last.step), last.value));
    return line;
}

} // namespace Flowdesk::ItemModels::Sparkline
