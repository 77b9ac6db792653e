// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

// TrackingStore::insertRun and the RunWriter behind it: a whole run in one call.
class tst_RunWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void storesEverythingOfTheRecord();
    void storesDeletedAndUnfinishedRuns();
    void takesRunNameFromTagOrGeneratesOne();
    void acceptsLongHistoriesBeyondBatchLimit();
    void matchesCreateRunAndLogBatch();
    void rejectsBadRecordsWithoutWriting_data();
    void rejectsBadRecordsWithoutWriting();
    void rejectsTakenRunId();
    void rejectsDeletedExperiment();

private:
    RunRecord sampleRecord() const;
    qint64 rowCount(const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingStore> m_store;
    qint64 m_experimentId = -1;
};

void tst_RunWriter::init()
{
    m_store.reset();
    m_database.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Database::open(m_dir->filePath(u"flowdesk.db"_s));
    m_store = std::make_unique<TrackingStore>(*m_database);
    m_experimentId = m_store->createExperiment(u"bulk"_s);
}

RunRecord tst_RunWriter::sampleRecord() const
{
    RunRecord record;
    record.info.runId = u"0123456789abcdef0123456789abcdef"_s;
    record.info.experimentId = m_experimentId;
    record.info.runName = u"calm-otter-42"_s;
    record.info.userId = u"alice"_s;
    record.info.status = RunStatus::Finished;
    record.info.startTime = 1700000000000;
    record.info.endTime = 1700000060000;
    record.params = {{u"lr"_s, u"0.001"_s}, {u"max_depth"_s, u"6"_s}, {u"empty"_s, QString()}};
    record.tags = {{u"team"_s, u"growth"_s}, {u"mlflow.user"_s, u"alice"_s}};
    for (int step = 0; step < 3; ++step) {
        record.metrics.append({u"loss"_s, 1.0 / (step + 1), 1700000001000 + step, step});
        record.metrics.append({u"acc"_s, 0.5 + 0.1 * step, 1700000001000 + step, step});
    }
    record.metrics.append({u"loss"_s, std::numeric_limits<double>::quiet_NaN(), 1700000009000, 3});
    Dataset dataset{u"churn"_s, u"abcd1234"_s, u"s3"_s, u"{\"uri\": \"s3://x\"}"_s, {}, {}};
    record.inputs = {{dataset, {{u"mlflow.data.context"_s, u"training"_s}}}};
    return record;
}

qint64 tst_RunWriter::rowCount(const QString &table)
{
    QSqlQuery query(m_database->connection());
    // The table names are this test's own literals.
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void tst_RunWriter::storesEverythingOfTheRecord()
{
    const RunRecord record = sampleRecord();
    QCOMPARE(m_store->insertRun(record), record.info.runId);

    const Run run = m_store->run(record.info.runId);
    QCOMPARE(run.info.runName, u"calm-otter-42"_s);
    QCOMPARE(run.info.userId, u"alice"_s);
    QCOMPARE(run.info.status, RunStatus::Finished);
    QCOMPARE(run.info.startTime, record.info.startTime);
    QCOMPARE(run.info.endTime, record.info.endTime);
    QCOMPARE(run.info.lifecycleStage, LifecycleStage::Active);
    QCOMPARE(run.info.experimentId, m_experimentId);
    QCOMPARE(run.info.artifactUri,
             u"mlflow-artifacts:/%1/%2/artifacts"_s.arg(m_experimentId).arg(record.info.runId));
    QCOMPARE(run.params.size(), qsizetype(3));
    QCOMPARE(run.params.at(0), Param({u"empty"_s, u""_s}));
    QCOMPARE(run.params.at(1), Param({u"lr"_s, u"0.001"_s}));
    QCOMPARE(run.tags,
             QList<Tag>({{u"mlflow.runName"_s, u"calm-otter-42"_s},
                         {u"mlflow.user"_s, u"alice"_s},
                         {u"team"_s, u"growth"_s}}));
    QCOMPARE(run.latestMetrics.size(), qsizetype(2));
    QCOMPARE(run.latestMetrics.at(0), Metric({u"acc"_s, 0.7, 1700000001002, 2}));
    QVERIFY(std::isnan(run.latestMetrics.at(1).value)); // loss: step 3 is the latest
    QCOMPARE(m_store->metricHistory(record.info.runId, u"loss"_s).size(), qsizetype(4));
    QCOMPARE(run.inputs, record.inputs);
}

void tst_RunWriter::storesDeletedAndUnfinishedRuns()
{
    RunRecord deleted = sampleRecord();
    deleted.info.lifecycleStage = LifecycleStage::Deleted;
    deleted.info.status = RunStatus::Killed;
    m_store->insertRun(deleted);
    RunRecord running = sampleRecord();
    running.info.runId = u"fedcba9876543210fedcba9876543210"_s;
    running.info.status = RunStatus::Running;
    running.info.endTime.reset();
    m_store->insertRun(running);

    QCOMPARE(m_store->runInfos(m_experimentId, ViewType::DeletedOnly).size(), qsizetype(1));
    const QList<RunInfo> active = m_store->runInfos(m_experimentId);
    QCOMPARE(active.size(), qsizetype(1));
    QCOMPARE(active.first().runId, running.info.runId);
    QCOMPARE(active.first().status, RunStatus::Running);
    QVERIFY(!active.first().endTime);
    QCOMPARE(m_store->run(deleted.info.runId).info.status, RunStatus::Killed);
    // A deleted run comes back with restoreRun, as one deleted through deleteRun does.
    m_store->restoreRun(deleted.info.runId);
    QCOMPARE(m_store->runInfos(m_experimentId).size(), qsizetype(2));
}

void tst_RunWriter::takesRunNameFromTagOrGeneratesOne()
{
    RunRecord fromTag = sampleRecord();
    fromTag.info.runName.clear();
    fromTag.tags.append({u"mlflow.runName"_s, u"tagged-name"_s});
    m_store->insertRun(fromTag);
    QCOMPARE(m_store->run(fromTag.info.runId).info.runName, u"tagged-name"_s);

    RunRecord unnamed = sampleRecord();
    unnamed.info.runId.clear();
    unnamed.info.runName.clear();
    unnamed.info.startTime.reset();
    const QString runId = m_store->insertRun(unnamed);
    QCOMPARE(runId.size(), qsizetype(32));
    const Run run = m_store->run(runId);
    QVERIFY(!run.info.runName.isEmpty());
    QVERIFY(run.info.startTime.has_value());
}

void tst_RunWriter::acceptsLongHistoriesBeyondBatchLimit()
{
    RunRecord record = sampleRecord();
    record.metrics.clear();
    for (int step = 0; step < 2500; ++step)
        record.metrics.append({u"loss"_s, 1.0 / (step + 1), 1700000000000 + step, step});
    m_store->insertRun(record);
    QCOMPARE(m_store->metricHistory(record.info.runId, u"loss"_s).size(), qsizetype(2500));
    QCOMPARE(m_store->run(record.info.runId).latestMetrics.first().step, qint64(2499));
}

void tst_RunWriter::matchesCreateRunAndLogBatch()
{
    // The same run written the slow way must read back identically.
    const RunRecord record = sampleRecord();
    m_store->insertRun(record);

    RunCreation creation;
    creation.runId = u"11111111111111111111111111111111"_s;
    creation.experimentId = m_experimentId;
    creation.runName = record.info.runName;
    creation.userId = record.info.userId;
    creation.startTime = record.info.startTime;
    creation.tags = record.tags;
    m_store->createRun(creation);
    m_store->logBatch(creation.runId, record.metrics, record.params);
    m_store->logInputs(creation.runId, record.inputs);
    m_store->updateRun(creation.runId, record.info.status, record.info.endTime);

    Run bulk = m_store->run(record.info.runId);
    Run classic = m_store->run(creation.runId);
    QCOMPARE(bulk.params, classic.params);
    QCOMPARE(bulk.tags, classic.tags);
    QCOMPARE(bulk.latestMetrics, classic.latestMetrics);
    QCOMPARE(bulk.inputs, classic.inputs);
    QCOMPARE(bulk.info.status, classic.info.status);
    QCOMPARE(bulk.info.endTime, classic.info.endTime);
    QSqlQuery aggregates(m_database->connection());
    QVERIFY(
        aggregates.exec(u"SELECT run_key, key_id, min_value, max_value, sum_value, value_count, "
                        "point_count, first_value FROM latest_metrics ORDER BY key_id, run_key"_s));
    QList<QVariantList> rows;
    while (aggregates.next()) {
        QVariantList row;
        for (int c = 1; c < 8; ++c)
            row.append(aggregates.value(c));
        rows.append(row);
    }
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), rows.at(1));
    QCOMPARE(rows.at(2), rows.at(3));
}

void tst_RunWriter::rejectsBadRecordsWithoutWriting_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad-run-id") << u"run-id"_s << u"Invalid run ID"_s;
    QTest::newRow("bad-param-name") << u"param"_s << u"Invalid parameter name"_s;
    QTest::newRow("duplicate-param") << u"duplicate"_s << u"Duplicate parameter keys"_s;
    QTest::newRow("bad-metric-name") << u"metric"_s << u"Invalid metric name"_s;
    QTest::newRow("long-tag-value") << u"tag"_s << u"Tag value"_s;
    QTest::newRow("name-conflict") << u"name"_s << u"Both 'run_name' argument"_s;
    QTest::newRow("empty-dataset") << u"dataset"_s << u"Dataset name"_s;
    QTest::newRow("missing-experiment") << u"experiment"_s << u"No Experiment with id=999"_s;
}

void tst_RunWriter::rejectsBadRecordsWithoutWriting()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    RunRecord record = sampleRecord();
    if (what == u"run-id"_s)
        record.info.runId = u"-not/valid"_s;
    else if (what == u"param"_s)
        record.params.append({u"bad*name"_s, u"1"_s});
    else if (what == u"duplicate"_s)
        record.params.append({u"lr"_s, u"0.1"_s});
    else if (what == u"metric"_s)
        record.metrics.append({u"../escape"_s, 1, 1, 1});
    else if (what == u"tag"_s)
        record.tags.append({u"long"_s, QString(5001, u'x')});
    else if (what == u"name"_s)
        record.tags.append({u"mlflow.runName"_s, u"other-name"_s});
    else if (what == u"dataset"_s)
        record.inputs.first().dataset.name.clear();
    else if (what == u"experiment"_s)
        record.info.experimentId = 999;
    try {
        m_store->insertRun(record);
        QFAIL("the bad record was accepted");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
    for (const QString &table : {u"runs"_s,
                                 u"params"_s,
                                 u"run_tags"_s,
                                 u"metrics"_s,
                                 u"latest_metrics"_s,
                                 u"run_inputs"_s,
                                 u"datasets"_s}) {
        QCOMPARE(rowCount(table), qint64(0));
    }
}

void tst_RunWriter::rejectsTakenRunId()
{
    const RunRecord record = sampleRecord();
    m_store->insertRun(record);
    RunRecord again = sampleRecord();
    again.params = {{u"other"_s, u"1"_s}};
    try {
        m_store->insertRun(again);
        QFAIL("a taken run id was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.code(), ErrorCode::ResourceAlreadyExists);
    }
    QCOMPARE(rowCount(u"runs"_s), qint64(1));
    QCOMPARE(m_store->run(record.info.runId).params.size(), qsizetype(3));
}

void tst_RunWriter::rejectsDeletedExperiment()
{
    m_store->deleteExperiment(m_experimentId);
    try {
        m_store->insertRun(sampleRecord());
        QFAIL("a run in a deleted experiment was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.code(), ErrorCode::InvalidParameterValue);
        QVERIFY(error.message().contains(u"must be in the 'active' state"_s));
    }
    QCOMPARE(rowCount(u"runs"_s), qint64(0));
}

QTEST_GUILESS_MAIN(tst_RunWriter)
#include "tst_runwriter.moc"
