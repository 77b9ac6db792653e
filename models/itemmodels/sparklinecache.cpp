// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/sparklinecache.h"

#include <QMutexLocker>

namespace Flowdesk::ItemModels {

std::optional<QList<QPointF>> SparklineCache::find(qint64 runKey,
                                                   const QString &runId,
                                                   const QString &metricKey,
                                                   const Token &token)
{
    const QMutexLocker locker(&m_mutex);
    auto run = m_runs.find(runKey);
    if (run != m_runs.end() && run->runId == runId) {
        run->lastUse = ++m_clock;
        const auto entry = run->metrics.constFind(metricKey);
        if (entry != run->metrics.cend() && entry->token == token) {
            ++m_hits;
            return entry->points;
        }
    }
    ++m_misses;
    return std::nullopt;
}

void SparklineCache::insert(qint64 runKey,
                            const QString &runId,
                            const QString &metricKey,
                            const Token &token,
                            const QList<QPointF> &points)
{
    const QMutexLocker locker(&m_mutex);
    auto run = m_runs.find(runKey);
    if (run == m_runs.end() || run->runId != runId) {
        if (run == m_runs.end() && m_runs.size() >= MaxRuns) {
            auto oldest = m_runs.begin();
            for (auto it = m_runs.begin(); it != m_runs.end(); ++it) {
                if (it->lastUse < oldest->lastUse)
                    oldest = it;
            }
            m_runs.erase(oldest);
        }
        run = m_runs.insert(runKey, RunEntry{runId, {}, 0});
    }
    run->lastUse = ++m_clock;
    run->metrics.insert(metricKey, Entry{token, points});
}

qint64 SparklineCache::hits() const
{
    const QMutexLocker locker(&m_mutex);
    return m_hits;
}

qint64 SparklineCache::misses() const
{
    const QMutexLocker locker(&m_mutex);
    return m_misses;
}

} // namespace Flowdesk::ItemModels
