// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/sparkline.h"

#include "models/store/database.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>
#include <tuple>
#include <vector>

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

// flowdesk_sparkline(step, timestamp, value, firstStep, lastStep, buckets): one pass over a
// metric's points (infinities skipped) that keeps the first and the last point (by step, timestamp, value)
// and, for each of `buckets` equal step ranges between firstStep and lastStep, its lowest and
// highest point. Two MIN()/MAX() scans per range cost twice as much; a GROUP BY on the bucket
// would sort every point.
struct Extremes
{
    qint64 firstStep = 0;
    long double span = 1;
    int buckets = 1;
    bool any = false;
    Point first;
    Point last;
    std::vector<Point> lows;
    std::vector<Point> highs;
    std::vector<bool> filled;

    qint64 lowOf(int bucket) const { return firstStep + qint64(span * bucket / buckets); }

    int bucketOf(qint64 step) const
    {
        int bucket = int((long double)(step - firstStep) * buckets / span);
        bucket = std::clamp(bucket, 0, buckets - 1);
        while (bucket > 0 && step < lowOf(bucket))
            --bucket;
        while (bucket + 1 < buckets && step >= lowOf(bucket + 1))
            ++bucket;
        return bucket;
    }
};

// Ties go to the earlier point, whatever order SQLite hands the rows in.
bool lower(const Point &a, const Point &b)
{
    return a.value < b.value || (a.value == b.value && a < b);
}

bool higher(const Point &a, const Point &b)
{
    return a.value > b.value || (a.value == b.value && a < b);
}

void extremesStep(sqlite3_context *context, int, sqlite3_value **arguments)
{
    auto **slot = static_cast<Extremes **>(sqlite3_aggregate_context(context, sizeof(Extremes *)));
    if (!slot)
        return sqlite3_result_error_nomem(context);
    if (!*slot) {
        auto *state = new Extremes;
        state->firstStep = sqlite3_value_int64(arguments[3]);
        state->span = (long double)sqlite3_value_int64(arguments[4]) - state->firstStep + 1;
        state->buckets = std::max(1, sqlite3_value_int(arguments[5]));
        state->lows.resize(state->buckets);
        state->highs.resize(state->buckets);
        state->filled.resize(state->buckets);
        *slot = state;
    }
    Extremes &state = **slot;
    const Point point{sqlite3_value_int64(arguments[0]),
                      sqlite3_value_int64(arguments[1]),
                      sqlite3_value_double(arguments[2])};
    if (!std::isfinite(point.value))
        return;
    if (!state.any) {
        state.any = true;
        state.first = state.last = point;
    } else {
        state.first = std::min(state.first, point);
        state.last = std::max(state.last, point);
    }
    const int bucket = state.bucketOf(point.step);
    if (!state.filled[bucket]) {
        state.filled[bucket] = true;
        state.lows[bucket] = state.highs[bucket] = point;
        return;
    }
    if (lower(point, state.lows[bucket]))
        state.lows[bucket] = point;
    if (higher(point, state.highs[bucket]))
        state.highs[bucket] = point;
}

// The result: the first and last points, then each filled bucket's lowest and highest point,
// as Point structs in a blob (empty when no point was finite).
void extremesFinal(sqlite3_context *context)
{
    auto **slot = static_cast<Extremes **>(sqlite3_aggregate_context(context, 0));
    if (!slot || !*slot || !(*slot)->any) {
        if (slot)
            delete *slot;
        return sqlite3_result_zeroblob(context, 0);
    }
    const Extremes &state = **slot;
    std::vector<Point> points = {state.first, state.last};
    for (int bucket = 0; bucket < state.buckets; ++bucket) {
        if (state.filled[bucket]) {
            points.push_back(state.lows[bucket]);
            points.push_back(state.highs[bucket]);
        }
    }
    sqlite3_result_blob64(
        context, points.data(), sqlite3_uint64(points.size() * sizeof(Point)), SQLITE_TRANSIENT);
    delete *slot;
}

// Out of line: inlined, GCC cannot see that an empty blob never gets here (-Warray-bounds).
Q_NEVER_INLINE std::vector<Point> pointsOf(const QByteArray &blob, qsizetype count)
{
    std::vector<Point> points(static_cast<size_t>(count));
    std::memcpy(points.data(), blob.constData(), size_t(count) * sizeof(Point));
    return points;
}

void installExtremes(Store::Database &database)
{
    // Per read, as Query::SqlFunctions does: registering an identical function is cheap.
    sqlite3_create_function_v2(database.handle(),
                               "flowdesk_sparkline",
                               6,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                               nullptr,
                               nullptr,
                               &extremesStep,
                               &extremesFinal,
                               nullptr);
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

    installExtremes(database);
    QSqlQuery &q = database.cached(
        u"SELECT flowdesk_sparkline(step, timestamp, value, ?, ?, ?) FROM metrics WHERE "
        "run_key = ? AND key_id = ? AND is_nan = 0"_s);
    q.bindValue(0, firstStep);
    q.bindValue(1, lastStep);
    q.bindValue(2, (maxPoints - 2) / 2);
    q.bindValue(3, runKey);
    q.bindValue(4, keyId);
    Store::Database::exec(q);
    const QByteArray blob = q.next() ? q.value(0).toByteArray() : QByteArray();
    q.finish();
    const qsizetype count = blob.size() / qsizetype(sizeof(Point));
    if (count < 2)
        return {};
    const std::vector<Point> extremes = pointsOf(blob, count);
    const Point first = extremes.at(0);
    const Point last = extremes.at(1);
    QList<Point> points;
    for (qsizetype i = 2; i + 1 < count; i += 2) {
        Point pair[2] = {extremes.at(i), extremes.at(i + 1)};
        std::sort(std::begin(pair), std::end(pair));
        for (const Point &point : pair) {
            if (point != first && point != last && (points.isEmpty() || points.last() != point))
                points.append(point);
        }
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
