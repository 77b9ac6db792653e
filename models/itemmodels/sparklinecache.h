// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QPointF>
#include <QString>

#include <optional>

namespace Flowdesk::ItemModels {

/// Downsampled metric histories of the runs shown last, so that selecting a run again does not
/// scan its histories again. Filled on the StoreReader's worker, read by tests on any thread.
/// An entry stays valid while the metric's row in latest_metrics (point count and latest point)
/// is unchanged: every logged point changes one of them.
class SparklineCache final
{
    Q_DISABLE_COPY_MOVE(SparklineCache)
public:
    struct Token
    {
        qint64 pointCount = 0;
        qint64 step = 0;
        qint64 timestamp = 0;
        double value = 0;
        bool isNan = false;
        friend bool operator==(const Token &, const Token &) = default;
    };

    static constexpr int MaxRuns = 64;

    SparklineCache() = default;

    std::optional<QList<QPointF>>
    find(qint64 runKey, const QString &runId, const QString &metricKey, const Token &token);
    void insert(qint64 runKey,
                const QString &runId,
                const QString &metricKey,
                const Token &token,
                const QList<QPointF> &points);

    /// Histories answered from the cache and histories read from the store, since creation.
    qint64 hits() const;
    qint64 misses() const;

private:
    struct Entry
    {
        Token token;
        QList<QPointF> points;
    };

    struct RunEntry
    {
        QString runId; // a run key of a deleted run can come back for another run
        QHash<QString, Entry> metrics;
        quint64 lastUse = 0;
    };

    mutable QMutex m_mutex;
    QHash<qint64, RunEntry> m_runs;
    quint64 m_clock = 0;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace Flowdesk::ItemModels
