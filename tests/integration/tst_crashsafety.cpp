// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "storeconsistency.h"

#include "models/store/database.h"
#include "models/store/trackingstore.h"

#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;
using Flowdesk::Store::TestSupport::integrityCheck;
using Flowdesk::Store::TestSupport::summaryMismatches;

namespace {

const QString RunId = u"c0ffee00c0ffee00c0ffee00c0ffee00"_s;
constexpr int Points = 200;

// The writer process and what it reported.
struct Writer
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QList<qint64> committed;
    QString runId;

    void start(const QStringList &arguments)
    {
        QObject::connect(process.get(), &QProcess::readyReadStandardOutput, process.get(), [this] {
            readLines();
        });
        process->setProgram(QStringLiteral(STORE_WRITER_PROCESS));
        process->setArguments(arguments);
        process->start();
    }

    void readLines()
    {
        while (process->canReadLine()) {
            const QString line = QString::fromUtf8(process->readLine()).trimmed();
            if (line.startsWith(u"committed "_s))
                committed.append(line.mid(10).toLongLong());
            else if (line.startsWith(u"run "_s))
                runId = line.mid(4);
        }
    }
};

} // namespace

class CrashSafetyTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void killedWriterLeavesEveryBatchWholeOrAbsent();
    void killDuringStoreCreationLeavesAUsableStore_data();
    void killDuringStoreCreationLeavesAUsableStore();

private:
    /// Checks the run's batches; returns the numbers of those present (0..n-1, all whole).
    QSet<qint64> checkBatches(Database &database, const QString &runId);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void CrashSafetyTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QSet<qint64> CrashSafetyTest::checkBatches(Database &database, const QString &runId)
{
    TrackingStore store(database);
    const qint64 runKey = store.runKey(runId);
    QSet<qint64> params, tags;
    QHash<qint64, int> points;
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT key, value FROM params WHERE run_key = ?"_s);
    q.addBindValue(runKey);
    if (!q.exec())
        return {};
    while (q.next()) {
        params.insert(q.value(1).toLongLong());
        if (q.value(0).toString() != u"batch_"_s + q.value(1).toString())
            qWarning("odd param %s", qPrintable(q.value(0).toString()));
    }
    q.prepare(u"SELECT key, value FROM run_tags WHERE run_key = ? AND key LIKE 'batch.%'"_s);
    q.addBindValue(runKey);
    q.exec();
    while (q.next())
        tags.insert(q.value(1).toLongLong());
    q.prepare(u"SELECT k.key, m.step, m.value FROM metrics m JOIN metric_keys k "
              "ON k.key_id = m.key_id WHERE m.run_key = ?"_s);
    q.addBindValue(runKey);
    q.exec();
    int wrong = 0;
    while (q.next()) {
        const qint64 step = q.value(1).toLongLong();
        const qint64 batch = step / Points;
        const int i = int(step % Points);
        ++points[batch];
        if (q.value(0).toString() != u"m%1"_s.arg(i % 4)
            || q.value(2).toDouble() != double(batch) + i / 1e6) {
            ++wrong;
        }
    }
    if (wrong != 0 || params != tags)
        QTest::qFail("a batch's points, param and tag disagree", __FILE__, __LINE__);
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        if (it.value() != Points || !params.contains(it.key())) {
            QTest::qFail(
                qPrintable(
                    u"batch %1 has %2 of %3 points"_s.arg(it.key()).arg(it.value()).arg(Points)),
                __FILE__,
                __LINE__);
        }
    }
    for (qint64 batch : std::as_const(params)) {
        if (points.value(batch) != Points)
            QTest::qFail(qPrintable(u"batch %1 has no points"_s.arg(batch)), __FILE__, __LINE__);
        if (batch >= params.size())
            QTest::qFail(qPrintable(u"batch %1 present, an earlier one missing"_s.arg(batch)),
                         __FILE__,
                         __LINE__);
    }
    return params;
}

void CrashSafetyTest::killedWriterLeavesEveryBatchWholeOrAbsent()
{
    const QString path = m_dir->filePath(u"flowdesk.db"_s);
    {
        const auto database = Database::open(path);
        RunCreation creation;
        creation.runId = RunId;
        TrackingStore(*database).createRun(creation);
    }
    // Kill after different numbers of commits, so that the process dies at different points of
    // a batch, and once while it starts up.
    const QList<int> killAfter = {3, 1, 8, 0, 2, 5, 1};
    qint64 nextBatch = 0;
    for (const int commits : killAfter) {
        Writer writer;
        writer.start({u"--db"_s,
                      path,
                      u"--run"_s,
                      RunId,
                      u"--points"_s,
                      QString::number(Points),
                      u"--first-batch"_s,
                      QString::number(nextBatch)});
        QVERIFY(writer.process->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(writer.committed.size() >= commits, 30000);
        writer.process->kill();
        QVERIFY(writer.process->waitForFinished(10000));
        QCOMPARE(writer.process->exitStatus(), QProcess::CrashExit);
        writer.readLines();
        QVERIFY2(writer.process->readAllStandardError().isEmpty(), "the writer failed");

        const auto database = Database::open(path);
        QCOMPARE(integrityCheck(*database), u"ok"_s);
        const QSet<qint64> present = checkBatches(*database, RunId);
        if (QTest::currentTestFailed())
            return;
        // What the writer reported as committed survived the kill.
        for (qint64 batch : std::as_const(writer.committed))
            QVERIFY2(present.contains(batch), qPrintable(u"batch %1 lost"_s.arg(batch)));
        QCOMPARE(summaryMismatches(*database), QStringList());
        nextBatch = present.size();
    }
    QVERIFY(nextBatch >= 20);
}

void CrashSafetyTest::killDuringStoreCreationLeavesAUsableStore_data()
{
    QTest::addColumn<int>("moment");
    QTest::newRow("as soon as it runs") << 0;
    QTest::newRow("once the file exists") << 1;
    QTest::newRow("after creating its run") << 2;
    QTest::newRow("after its first batch") << 3;
}

void CrashSafetyTest::killDuringStoreCreationLeavesAUsableStore()
{
    QFETCH(int, moment);
    const QString path = m_dir->filePath(u"fresh.db"_s);
    Writer writer;
    writer.start({u"--db"_s, path, u"--points"_s, QString::number(Points)});
    QVERIFY(writer.process->waitForStarted());
    if (moment >= 1)
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 30000);
    if (moment >= 2)
        QTRY_VERIFY_WITH_TIMEOUT(!writer.runId.isEmpty(), 30000);
    if (moment >= 3)
        QTRY_VERIFY_WITH_TIMEOUT(!writer.committed.isEmpty(), 30000);
    writer.process->kill();
    QVERIFY(writer.process->waitForFinished(10000));
    writer.readLines();

    const auto database = Database::open(path);
    QCOMPARE(integrityCheck(*database), u"ok"_s);
    TrackingStore store(*database);
    QCOMPARE(store.experiment(0).name, u"Default"_s);
    const QList<RunInfo> runs = store.runInfos(0);
    QVERIFY(runs.size() <= 1);
    if (!writer.runId.isEmpty())
        QCOMPARE(runs.size(), 1);
    for (const RunInfo &run : runs)
        checkBatches(*database, run.runId);
    QCOMPARE(summaryMismatches(*database), QStringList());
    // And it takes writes again.
    store.logBatch(store.createRun({}).info.runId, {{u"m"_s, 1, 1, 1}});
}

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "tst_crashsafety.moc"
