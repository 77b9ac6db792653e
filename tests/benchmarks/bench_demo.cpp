// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/demo/demogenerator.h"
#include "models/store/database.h"
#include "models/store/trackingstore.h"
#include "models/store/transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using namespace Flowdesk::Store;

// `flowdesk demo` end to end, and the same runs written through insertRun next to the classic
// MLflow-shaped calls (createRun, logBatch of <= 1000 metrics, logInputs, updateRun, deleteRun)
// as the reference. FLOWDESK_BENCH_DEMO_RUNS sets the size (default 20000; 100000 for the
// DESIGN.md store). Prints figures; never asserts on time.
class bench_Demo : public QObject
{
    Q_OBJECT

private slots:
    void demoAndInsertRunAgainstClassicApi();
};

namespace {

QList<RunRecord> readBack(TrackingStore &store)
{
    QList<RunRecord> records;
    for (const Experiment &experiment : store.experiments()) {
        for (const RunInfo &info : store.runInfos(experiment.experimentId, ViewType::All)) {
            const Run run = store.run(info.runId);
            RunRecord record;
            record.info = run.info;
            record.info.artifactUri.clear();
            record.params = run.params;
            record.tags = run.tags;
            record.inputs = run.inputs;
            for (const Metric &latest : run.latestMetrics)
                record.metrics += store.metricHistory(info.runId, latest.key);
            records.append(record);
        }
    }
    return records;
}

qint64 writeClassic(TrackingStore &store, Database &database, const QList<RunRecord> &records)
{
    QElapsedTimer timer;
    timer.start();
    for (qsizetype begin = 0; begin < records.size(); begin += 2000) {
        Transaction transaction(database);
        for (qsizetype i = begin; i < std::min(begin + 2000, records.size()); ++i) {
            const RunRecord &r = records.at(i);
            RunCreation creation;
            creation.runId = r.info.runId;
            creation.experimentId = r.info.experimentId;
            creation.runName = r.info.runName;
            creation.userId = r.info.userId;
            creation.startTime = r.info.startTime;
            creation.tags = r.tags;
            store.createRun(creation);
            qsizetype offset = 0;
            do {
                store.logBatch(r.info.runId,
                               r.metrics.mid(offset, 1000),
                               offset == 0 ? r.params : QList<Param>{});
                offset += 1000;
            } while (offset < r.metrics.size());
            if (!r.inputs.isEmpty())
                store.logInputs(r.info.runId, r.inputs);
            if (r.info.status != RunStatus::Running)
                store.updateRun(r.info.runId, r.info.status, r.info.endTime);
            if (r.info.lifecycleStage == LifecycleStage::Deleted)
                store.deleteRun(r.info.runId);
        }
        transaction.commit();
    }
    return timer.elapsed();
}

qint64 writeBulk(TrackingStore &store, Database &database, const QList<RunRecord> &records)
{
    QElapsedTimer timer;
    timer.start();
    for (qsizetype begin = 0; begin < records.size(); begin += 2000) {
        Transaction transaction(database);
        for (qsizetype i = begin; i < std::min(begin + 2000, records.size()); ++i)
            store.insertRun(records.at(i));
        transaction.commit();
    }
    return timer.elapsed();
}

void prepareExperiments(TrackingStore &source, TrackingStore &target)
{
    for (const Experiment &experiment : source.experiments()) {
        if (experiment.experimentId != 0)
            target.createExperiment(experiment.name, {}, {}, experiment.experimentId);
    }
}

QString rate(qint64 count, qint64 ms)
{
    return QString::number(ms > 0 ? double(count) * 1000.0 / double(ms) : 0.0, 'f', 0);
}

} // namespace

void bench_Demo::demoAndInsertRunAgainstClassicApi()
{
    const qint64 runs = qEnvironmentVariableIsSet("FLOWDESK_BENCH_DEMO_RUNS")
        ? qEnvironmentVariable("FLOWDESK_BENCH_DEMO_RUNS").toLongLong()
        : 20000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString demoPath = dir.filePath(u"demo.db"_s);
    auto demoDb = Database::open(demoPath);
    Demo::DemoOptions options;
    options.runs = runs;
    QElapsedTimer timer;
    timer.start();
    const Demo::DemoSummary summary = Demo::DemoGenerator(*demoDb).generate(options);
    const qint64 demoMs = timer.elapsed();
    QCOMPARE(summary.runs, runs);
    demoDb.reset();
    demoDb = Database::open(demoPath);
    TrackingStore demoStore(*demoDb);
    const QList<RunRecord> records = readBack(demoStore);
    QCOMPARE(records.size(), runs);

    auto bulkDb = Database::open(dir.filePath(u"bulk.db"_s));
    TrackingStore bulk(*bulkDb);
    prepareExperiments(demoStore, bulk);
    const qint64 bulkMs = writeBulk(bulk, *bulkDb, records);

    auto classicDb = Database::open(dir.filePath(u"classic.db"_s));
    TrackingStore classic(*classicDb);
    prepareExperiments(demoStore, classic);
    const qint64 classicMs = writeClassic(classic, *classicDb, records);

    qInfo("demo: %lld runs, %lld metric points, 20 params and 10 metrics a run",
          summary.runs,
          summary.metricPoints);
    qInfo("flowdesk demo (generate + insertRun): %lld ms, %s runs/s, %s points/s, store %lld MB",
          demoMs,
          qPrintable(rate(runs, demoMs)),
          qPrintable(rate(summary.metricPoints, demoMs)),
          QFileInfo(demoPath).size() / 1000000);
    qInfo("TrackingStore::insertRun of the same runs: %lld ms, %s runs/s",
          bulkMs,
          qPrintable(rate(runs, bulkMs)));
    qInfo("reference, createRun + logBatch + logInputs + updateRun + deleteRun: %lld ms, %s runs/s "
          "(insertRun is %.2fx faster)",
          classicMs,
          qPrintable(rate(runs, classicMs)),
          bulkMs > 0 ? double(classicMs) / double(bulkMs) : 0.0);
}

QTEST_GUILESS_MAIN(bench_Demo)
#include "bench_demo.moc"
