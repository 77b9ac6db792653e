// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "storeconsistency.h"

#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;
using Flowdesk::Store::TestSupport::integrityCheck;
using Flowdesk::Store::TestSupport::summaryMismatches;

namespace {

constexpr int Writers = 3;
constexpr int Batches = 150;
constexpr int Points = 996; // per batch, over the keys m0..m3
constexpr int NewRunEvery = 10; // each new run gets one batch of 8 points
constexpr int ExtraRuns = Batches / NewRunEvery;

} // namespace

class TwoProcessTest : public QObject
{
    Q_OBJECT

private slots:
    void writersAndAReaderShareOneStore();
};

void TwoProcessTest::writersAndAReaderShareOneStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"flowdesk.db"_s);

    // The writers race to create the store, and the reader opens it meanwhile.
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < Writers; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(STORE_WRITER_PROCESS));
        process->setArguments({u"--db"_s,
                               path,
                               u"--batches"_s,
                               QString::number(Batches),
                               u"--points"_s,
                               QString::number(Points),
                               u"--new-run-every"_s,
                               QString::number(NewRunEvery)});
        process->start();
        writers.push_back(std::move(process));
    }
    for (const auto &process : writers)
        QVERIFY(process->waitForStarted());

    std::unique_ptr<Database> database;
    QElapsedTimer timer;
    timer.start();
    int readPasses = 0;
    qint64 largestSeen = 0;
    const auto running = [&] {
        for (const auto &process : writers) {
            if (process->state() != QProcess::NotRunning)
                return true;
        }
        return false;
    };
    while (running() && timer.elapsed() < 55000) {
        QCoreApplication::processEvents();
        try {
            if (!database)
                database = Database::open(path);
            TrackingStore store(*database);
            for (const RunInfo &info : store.runInfos(0)) {
                const Run run = store.run(info.runId);
                // One statement sees a snapshot: only whole batches (Points / 4 per key).
                const QList<Metric> history = store.metricHistory(info.runId, u"m0"_s);
                if (run.params.isEmpty() && history.size() == 2)
                    continue; // an extra run: one batch of 8 points
                QVERIFY2(history.size() % (Points / 4) == 0,
                         qPrintable(u"%1 points of m0 seen"_s.arg(history.size())));
                largestSeen = std::max<qint64>(largestSeen, history.size());
            }
            ++readPasses;
        } catch (const StoreError &error) {
            QFAIL(error.what());
        }
    }
    QVERIFY2(!running(), "the writers did not finish within 55 s");
    for (const auto &process : writers) {
        const QByteArray errors = process->readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }
    QVERIFY(readPasses > 0);
    qInfo(
        "%d read passes while writing; largest history seen: %lld points", readPasses, largestSeen);

    if (!database)
        database = Database::open(path);
    QCOMPARE(integrityCheck(*database), u"ok"_s);
    TrackingStore store(*database);
    const QList<RunInfo> runs = store.runInfos(0);
    QCOMPARE(runs.size(), Writers * (1 + ExtraRuns));
    int mainRuns = 0;
    qint64 points = 0;
    for (const RunInfo &info : runs) {
        const Run run = store.run(info.runId);
        qint64 runPoints = 0;
        for (const QString &key : store.metricKeys(info.runId))
            runPoints += store.metricHistory(info.runId, key).size();
        points += runPoints;
        if (run.params.isEmpty()) {
            QCOMPARE(runPoints, qint64(8));
            continue;
        }
        ++mainRuns;
        QCOMPARE(run.params.size(), Batches);
        QCOMPARE(runPoints, qint64(Batches) * Points);
        QCOMPARE(run.latestMetrics.size(), 4);
    }
    QCOMPARE(mainRuns, Writers);
    QCOMPARE(points, qint64(Writers) * (qint64(Batches) * Points + ExtraRuns * 8));
    QSqlQuery total(database->connection());
    QVERIFY(total.exec(u"SELECT COUNT(*) FROM metrics"_s) && total.next());
    QCOMPARE(total.value(0).toLongLong(), points);
    QCOMPARE(summaryMismatches(*database), QStringList());
}

QTEST_GUILESS_MAIN(TwoProcessTest)
#include "tst_twoprocess.moc"
