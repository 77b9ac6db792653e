// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::Demo {

/// More points per curve would hold a single run's history in hundreds of MB of memory.
inline constexpr int MaxDemoSteps = 100'000;

struct DemoOptions
{
    qint64 runs = 500;
    int steps = 10; ///< points per metric per run
    QString experimentName; ///< empty: the generator's own experiment names
    quint32 seed = 20240601; ///< same seed, same data
    /// "Now" for the generated times, in ms since the epoch; 0 = the current time. Runs spread
    /// over the weeks before it. Tests pin it to compare two stores.
    qint64 referenceTime = 0;
};

struct DemoSummary
{
    qint64 experiments = 0;
    qint64 runs = 0;
    qint64 metricPoints = 0;
    qint64 registeredModels = 0;
    qint64 modelVersions = 0;
    bool cancelled = false;
};

/// Fills a store with realistic experiment-tracking data (see DemoGenerator::generate).
class DemoGenerator final
{
public:
    /// Called now and then with runs done / total; returning false cancels (what is written
    /// stays, whole runs only).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DemoGenerator(Store::Database &database);

    DemoSummary generate(const DemoOptions &options, const Progress &progress = {});

private:
    Store::Database &m_database;
};

} // namespace Flowdesk::Demo
