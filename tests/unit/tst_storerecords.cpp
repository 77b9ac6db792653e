// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"
#include "models/store/transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

// The store methods that import and pull use to record another store's content exactly.
class tst_StoreRecords : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appliesAnExperimentRecordWithoutCascading();
    void createsAndUpdatesARunRecordInAnyStage();
    void writesRecordedDataToADeletedRun();
    void rejectsAChangedParamAndWritesNothing();
    void addsRecordedInputsOnce();
    void appliesRegistryRecords();
    void metricKeyCacheSurvivesARolledBackTransaction();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void tst_StoreRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Database::open(m_dir->filePath(u"flowdesk.db"_s));
}

void tst_StoreRecords::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void tst_StoreRecords::appliesAnExperimentRecordWithoutCascading()
{
    TrackingStore tracking(*m_database);
    const qint64 id = tracking.createExperiment(u"e"_s);
    const QString runId =
        tracking.createRun({{}, id, u"r"_s, {}, 5, {}, RunStatus::Running}).info.runId;
    Experiment record;
    record.experimentId = id;
    record.lifecycleStage = LifecycleStage::Deleted;
    record.creationTime = 11;
    record.lastUpdateTime = 22;
    record.tags = {{u"team"_s, u"x"_s}};
    QVERIFY(tracking.applyExperimentRecord(record));
    const Experiment stored = tracking.experiment(id);
    QCOMPARE(stored.lifecycleStage, LifecycleStage::Deleted);
    QCOMPARE(stored.creationTime, 11);
    QCOMPARE(stored.lastUpdateTime, 22);
    QCOMPARE(stored.tags, record.tags);
    QCOMPARE(tracking.run(runId).info.lifecycleStage, LifecycleStage::Active);
    QVERIFY(!tracking.applyExperimentRecord(record));
    record.tags = {{u"team"_s, u"y"_s}};
    QVERIFY(tracking.applyExperimentRecord(record));
    record.experimentId = 999;
    QVERIFY_THROWS_EXCEPTION(StoreError, tracking.applyExperimentRecord(record));
}

void tst_StoreRecords::createsAndUpdatesARunRecordInAnyStage()
{
    TrackingStore tracking(*m_database);
    const qint64 id = tracking.createExperiment(u"e"_s);
    tracking.deleteExperiment(id);
    RunInfo info;
    info.runId = u"0123456789abcdef0123456789abcdef"_s;
    info.experimentId = id;
    info.runName = u"recorded"_s;
    info.userId = u"alice"_s;
    info.status = RunStatus::Finished;
    info.startTime = 100;
    info.endTime = 200;
    info.lifecycleStage = LifecycleStage::Deleted;
    info.artifactUri = u"s3://bucket/run"_s;
    QVERIFY(tracking.applyRunRecord(info, 300));
    Run run = tracking.run(info.runId);
    QCOMPARE(run.info.runName, u"recorded"_s);
    QCOMPARE(run.info.userId, u"alice"_s);
    QCOMPARE(run.info.status, RunStatus::Finished);
    QCOMPARE(run.info.startTime, std::optional<qint64>(100));
    QCOMPARE(run.info.endTime, std::optional<qint64>(200));
    QCOMPARE(run.info.lifecycleStage, LifecycleStage::Deleted);
    QCOMPARE(run.info.artifactUri, u"s3://bucket/run"_s);
    QCOMPARE(tracking.runDeletedTime(info.runId), std::optional<qint64>(300));
    QCOMPARE(run.tags, (QList<Tag>{{u"mlflow.runName"_s, u"recorded"_s}}));
    QVERIFY(!tracking.applyRunRecord(info, 300));

    info.lifecycleStage = LifecycleStage::Active;
    info.endTime.reset();
    info.status = RunStatus::Running;
    QVERIFY(tracking.applyRunRecord(info, 300));
    run = tracking.run(info.runId);
    QCOMPARE(run.info.lifecycleStage, LifecycleStage::Active);
    QCOMPARE(tracking.runDeletedTime(info.runId), std::nullopt); // only a deleted run has one
    QCOMPARE(run.info.endTime, std::nullopt);

    info.runId = u"bad id!"_s;
    QVERIFY_THROWS_EXCEPTION(StoreError, tracking.applyRunRecord(info, {}));
}

void tst_StoreRecords::writesRecordedDataToADeletedRun()
{
    TrackingStore tracking(*m_database);
    const QString runId =
        tracking.createRun({{}, 0, u"r"_s, {}, 1, {}, RunStatus::Finished}).info.runId;
    tracking.deleteRun(runId);
    QList<Metric> metrics;
    for (int i = 0; i < 1500; ++i) // beyond log-batch's 1000: no batch limits for records
        metrics.append({u"loss"_s, 1.0 / (i + 1), 1000 + i, i});
    QList<Param> params;
    for (int i = 0; i < 150; ++i)
        params.append({u"p%1"_s.arg(i), QString::number(i)});
    QVERIFY(tracking.writeRunRecordData(runId, metrics, params, {{u"t"_s, u"v"_s}}));
    QCOMPARE(tracking.metricHistory(runId, u"loss"_s).size(), 1500);
    QCOMPARE(tracking.run(runId).params.size(), 150);
    // The same again changes nothing: equal params, identical points, equal tags.
    QVERIFY(!tracking.writeRunRecordData(runId, metrics, params, {{u"t"_s, u"v"_s}}));
    QVERIFY(tracking.writeRunRecordData(runId, {}, {}, {{u"t"_s, u"w"_s}}));
    QVERIFY(tracking.writeRunRecordData(runId, {{u"loss"_s, 5, 1, 0}}, {}, {}));
    QCOMPARE(tracking.run(runId).info.lifecycleStage, LifecycleStage::Deleted);
}

void tst_StoreRecords::rejectsAChangedParamAndWritesNothing()
{
    TrackingStore tracking(*m_database);
    const QString runId =
        tracking.createRun({{}, 0, u"r"_s, {}, 1, {}, RunStatus::Finished}).info.runId;
    tracking.logParam(runId, {u"lr"_s, u"0.1"_s});
    try {
        tracking.writeRunRecordData(
            runId, {{u"loss"_s, 1, 1, 0}}, {{u"lr"_s, u"0.2"_s}}, {{u"t"_s, u"v"_s}});
        QFAIL("a changed param must be refused");
    } catch (const StoreError &error) {
        QCOMPARE(error.code(), ErrorCode::InvalidParameterValue);
    }
    QVERIFY(tracking.metricKeys(runId).isEmpty());
    QCOMPARE(tracking.run(runId).params, (QList<Param>{{u"lr"_s, u"0.1"_s}}));
    QVERIFY(!tracking.run(runId).tags.contains(Tag{u"t"_s, u"v"_s}));
}

void tst_StoreRecords::addsRecordedInputsOnce()
{
    TrackingStore tracking(*m_database);
    const QString runId =
        tracking.createRun({{}, 0, u"r"_s, {}, 1, {}, RunStatus::Finished}).info.runId;
    const DatasetInput input{{u"d"_s, u"abc"_s, u"local"_s, u"{}"_s, {}, {}},
                             {{u"mlflow.data.context"_s, u"training"_s}}};
    QVERIFY(tracking.writeRunRecordInputs(runId, {input}));
    QVERIFY(!tracking.writeRunRecordInputs(runId, {input}));
    QCOMPARE(tracking.run(runId).inputs, (QList<DatasetInput>{input}));
}

void tst_StoreRecords::appliesRegistryRecords()
{
    RegistryStore registry(*m_database);
    RegisteredModel model;
    model.name = u"m"_s;
    model.description = u"d"_s;
    model.creationTime = 10;
    model.lastUpdatedTime = 20;
    model.tags = {{u"owner"_s, u"alice"_s}};
    QVERIFY(registry.applyRegisteredModelRecord(model));
    QVERIFY(!registry.applyRegisteredModelRecord(model));
    RegisteredModel stored = registry.registeredModel(u"m"_s);
    QCOMPARE(stored.creationTime, 10);
    QCOMPARE(stored.lastUpdatedTime, 20);
    QCOMPARE(stored.tags, model.tags);

    ModelVersion version;
    version.name = u"m"_s;
    version.version = 5;
    version.description = u"five"_s;
    version.creationTime = 30;
    version.lastUpdatedTime = 40;
    version.source = u"runs:/abc/model"_s;
    version.runId = u"abc"_s;
    version.currentStage = ModelVersionStage::Archived;
    version.status = ModelVersionStatus::FailedRegistration;
    version.statusMessage = u"boom"_s;
    version.storageLocation = u"s3://x"_s;
    version.tags = {{u"validated"_s, u"true"_s}};
    QVERIFY(registry.applyModelVersionRecord(version));
    QVERIFY(!registry.applyModelVersionRecord(version));
    const ModelVersion v = registry.modelVersion(u"m"_s, 5);
    QCOMPARE(v.currentStage, ModelVersionStage::Archived);
    QCOMPARE(v.status, ModelVersionStatus::FailedRegistration);
    QCOMPARE(v.statusMessage, u"boom"_s);
    QCOMPARE(v.storageLocation, u"s3://x"_s);
    QCOMPARE(v.creationTime, 30);
    QCOMPARE(v.lastUpdatedTime, 40);
    QCOMPARE(v.tags, version.tags);
    // A recorded number is never handed out again.
    QCOMPARE(registry.createModelVersion({u"m"_s, u"s"_s, {}, {}, {}, {}, {}, 0}).version, 6);
    version.currentStage = ModelVersionStage::Production;
    QVERIFY(registry.applyModelVersionRecord(version));
    version.version = 0;
    QVERIFY_THROWS_EXCEPTION(StoreError, registry.applyModelVersionRecord(version));
}

void tst_StoreRecords::metricKeyCacheSurvivesARolledBackTransaction()
{
    TrackingStore tracking(*m_database);
    const QString first =
        tracking.createRun({{}, 0, u"a"_s, {}, 1, {}, RunStatus::Finished}).info.runId;
    const QString second =
        tracking.createRun({{}, 0, u"b"_s, {}, 1, {}, RunStatus::Finished}).info.runId;
    {
        // An outer transaction that logs a metric with a new key, then fails: the key's row is
        // rolled back with it.
        Transaction outer(*m_database);
        tracking.logMetric(first, {u"fresh"_s, 1, 1, 0});
    }
    QVERIFY(tracking.metricKeys(first).isEmpty());
    // Before the fix the writer handed out the rolled-back key id here: a foreign-key error.
    tracking.logMetric(second, {u"fresh"_s, 2, 2, 0});
    QCOMPARE(tracking.metricHistory(second, u"fresh"_s).size(), 1);
}

QTEST_GUILESS_MAIN(tst_StoreRecords)
#include "tst_storerecords.moc"
