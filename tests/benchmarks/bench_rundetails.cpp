// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/rundetailsloader.h"
#include "models/itemmodels/sparkline.h"
#include "models/itemmodels/sparklinecache.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/trackingstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using namespace Flowdesk::ItemModels;

// The run details panel's load for one run with 10 metrics x 200k points each: Flowdesk's
// bounded read (sparklines reduced in SQL) and its cached reselect, next to reading the full
// histories with a plain query and downsampling them in memory (what the panel did before),
// measured in the same run. Prints medians; never asserts on time.
class BenchRunDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readDetailsOnConnection();
    void loadThroughWorker();

private:
    static double medianMs(const std::function<void()> &work, int repeats = 5);
    static void report(const char *what, double flowdesk, double reference);

    QTemporaryDir m_dir;
    std::unique_ptr<Store::Database> m_database;
    QString m_runId;
    static constexpr int Metrics = 10;
    static constexpr int Points = 200'000;
};

double BenchRunDetails::medianMs(const std::function<void()> &work, int repeats)
{
    work(); // warm the page cache
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void BenchRunDetails::report(const char *what, double flowdesk, double reference)
{
    qInfo("bench_rundetails: %-44s flowdesk %9.2f ms | full histories, plain query %9.2f ms "
          "| x%.1f",
          what,
          flowdesk,
          reference,
          reference / flowdesk);
}

void BenchRunDetails::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = Store::Database::open(m_dir.filePath(u"flowdesk.db"_s));
    Store::RunRecord record;
    record.info.experimentId = 0;
    record.info.runName = u"long-training"_s;
    record.metrics.reserve(qsizetype(Metrics) * Points);
    for (int m = 0; m < Metrics; ++m) {
        const QString key = u"metric_%1"_s.arg(m);
        for (int step = 0; step < Points; ++step) {
            const double value = std::exp(-step / 50'000.0) + 0.01 * std::sin(step * 0.7 + m);
            record.metrics.append({key, value, 1'700'000'000'000 + step, step});
        }
    }
    QElapsedTimer timer;
    timer.start();
    m_runId = Store::TrackingStore(*m_database).insertRun(record);
    qInfo("bench_rundetails: store with 1 run x %d metrics x %d points written in %.1f s",
          Metrics,
          Points,
          double(timer.elapsed()) / 1000);
}

void BenchRunDetails::readDetailsOnConnection()
{
    Store::TrackingStore store(*m_database);
    const Store::Run run = store.run(m_runId);
    QCOMPARE(run.latestMetrics.size(), Metrics);

    qsizetype referencePoints = 0;
    const double reference = medianMs([&] {
        referencePoints = 0;
        for (const Store::Metric &latest : run.latestMetrics) {
            const QList<Store::Metric> history = store.metricHistory(m_runId, latest.key);
            referencePoints += history.size();
            const QList<QPointF> line = Sparkline::downsample(history);
            QVERIFY(!line.isEmpty());
        }
    });
    QCOMPARE(referencePoints, qsizetype(Metrics) * Points);

    qsizetype linePoints = 0;
    const double bounded = medianMs([&] {
        const RunDetails details = RunDetailsLoader::readDetails(*m_database, run);
        linePoints = 0;
        for (const MetricSummary &metric : details.metrics)
            linePoints += metric.sparkline.size();
    });
    SparklineCache cache;
    RunDetailsLoader::readDetails(*m_database, run, &cache);
    const double cached = medianMs([&] {
        RunDetailsLoader::readDetails(*m_database, run, &cache);
    });
    report("details of one run, first read", bounded, reference);
    report("details of one run, cached reselect", cached, reference);
    qInfo("bench_rundetails: points handed to the panel: flowdesk %lld | reference read %lld",
          qlonglong(linePoints),
          qlonglong(referencePoints));
}

void BenchRunDetails::loadThroughWorker()
{
    // What a user sees: selecting the run (a new loader: empty cache), then selecting it again.
    StoreReader reader(m_database->filePath());
    const auto loadOnce = [&](RunDetailsLoader &loader) {
        QSignalSpy loaded(&loader, &RunDetailsLoader::detailsLoaded);
        loader.load(m_runId);
        QVERIFY(loaded.wait(120'000));
    };
    const double first = medianMs([&] {
        RunDetailsLoader loader(&reader);
        loadOnce(loader);
    });
    RunDetailsLoader loader(&reader);
    loadOnce(loader);
    const double again = medianMs([&] {
        loadOnce(loader);
    });
    qInfo("bench_rundetails: %-44s flowdesk %9.2f ms",
          "select run through the worker, first time",
          first);
    qInfo(
        "bench_rundetails: %-44s flowdesk %9.2f ms", "select run through the worker, again", again);
}

QTEST_GUILESS_MAIN(BenchRunDetails)
#include "bench_rundetails.moc"
