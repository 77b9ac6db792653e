// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
//
// A separate process that writes to a store, for the crash-safety and two-process tests: it
// logs numbered batches in a loop and prints "committed <n>" after each commit, so that a test
// can kill it at a known point. Batch n holds `points` metric points at steps
// [n * points, (n + 1) * points) with values n + i / 1e6 over the keys m0..m3, a param
// "batch_<n>" and a tag "batch.<n>", both with the value "<n>".
#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QList<Metric> batchMetrics(qint64 batch, int points)
{
    QList<Metric> metrics;
    metrics.reserve(points);
    for (int i = 0; i < points; ++i) {
        const qint64 step = batch * points + i;
        metrics.append({u"m%1"_s.arg(i % 4), double(batch) + i / 1e6, 1717200000000 + step, step});
    }
    return metrics;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {u"db"_s, u"Store database file."_s, u"path"_s},
        {u"run"_s, u"Run to log to; without it a new run is created."_s, u"id"_s},
        {u"experiment"_s, u"Experiment of a new run."_s, u"id"_s, u"0"_s},
        {u"first-batch"_s, u"Number of the first batch."_s, u"n"_s, u"0"_s},
        {u"batches"_s, u"Batches to log; 0 logs until killed."_s, u"n"_s, u"0"_s},
        {u"points"_s, u"Metric points per batch."_s, u"n"_s, u"100"_s},
        {u"new-run-every"_s,
         u"Create a run (with one small batch) every n batches."_s,
         u"n"_s,
         u"0"_s},
    });
    parser.process(app);
    const qint64 firstBatch = parser.value(u"first-batch"_s).toLongLong();
    const qint64 batches = parser.value(u"batches"_s).toLongLong();
    const int points = parser.value(u"points"_s).toInt();
    const qint64 newRunEvery = parser.value(u"new-run-every"_s).toLongLong();

    try {
        const auto database = Database::open(parser.value(u"db"_s));
        TrackingStore store(*database);
        QString runId = parser.value(u"run"_s);
        RunCreation creation;
        creation.experimentId = parser.value(u"experiment"_s).toLongLong();
        if (runId.isEmpty()) {
            runId = store.createRun(creation).info.runId;
            say(u"run "_s + runId);
        }
        for (qint64 batch = firstBatch; batches == 0 || batch < firstBatch + batches; ++batch) {
            const QString number = QString::number(batch);
            store.logBatch(runId,
                           batchMetrics(batch, points),
                           {{u"batch_"_s + number, number}},
                           {{u"batch."_s + number, number}});
            say(u"committed "_s + number);
            if (newRunEvery > 0 && (batch - firstBatch + 1) % newRunEvery == 0) {
                const QString extra = store.createRun(creation).info.runId;
                store.logBatch(extra, batchMetrics(0, 8));
                say(u"newrun "_s + extra);
            }
        }
    } catch (const StoreError &error) {
        std::fprintf(stderr, "error: %s\n", error.what());
        return 1;
    }
    return 0;
}
