// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "importtestsupport.h"

#include "models/importers/importer.h"
#include "models/importers/mlflowdbimporter.h"
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/trackingstore.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;
using namespace Flowdesk::Importers;
using namespace ImportTestSupport;

namespace {

const QString ParentRun = u"ad0af822d3a74a85877346916c7ad814"_s;
const QString ChildRun = u"70aaa50be6fd42ffa2d2ec67ea35e187"_s;
const QString FailedRun = u"cb81380e67d2416cbfae22ffeeed7c2b"_s;
const QString DeletedRun = u"d0b0d3a3d7e0445899ee42a72163080e"_s;
const QString Ridge01Run = u"8ead1003eb2a444caff8ce8c0785cd71"_s;
const QString Ridge10Run = u"e646246a531645019c51e5e0f2b44c83"_s;

QString sampleDb()
{
    return QStringLiteral(FLOWDESK_TEST_DATA_DIR) + u"/mlflow-db-sample/mlflow.db"_s;
}

/// Runs statements on a database file through a connection of the test's own.
bool execute(const QString &file, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-edit"_s);
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tst-edit"_s);
    return ok;
}

} // namespace

class tst_MlflowDbImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsExperiments();
    void importsRuns_data();
    void importsRuns();
    void importsParamsAndTags();
    void importsFullMetricHistoriesWithNanAndInfinity();
    void importsTheRegistry();
    void neverModifiesTheSource();
    void reimportIsIdempotent();
    void readsOlderSchemaVersions();
    void findsArtifactsBesideTheDatabase();
    void reportsABrokenRunAndImportsTheRest();
    void rejectsADatabaseThatIsNotMlflow();
    void limitsToNamedExperiments();

private:
    ImportReport importDb(const QString &file, const ImportOptions &options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    QString m_storeDir;
    std::unique_ptr<Database> m_database;
};

void tst_MlflowDbImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = m_dir->filePath(u"project/mlflow.db"_s);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"project"_s)));
    QVERIFY(QFile::copy(sampleDb(), m_source));
    QFile(m_source).setPermissions(QFile(m_source).permissions() | QFileDevice::WriteOwner);
    m_storeDir = m_dir->filePath(u"store"_s);
    QVERIFY(QDir().mkpath(m_storeDir + u"/artifacts"_s));
    m_database = Database::open(m_storeDir + u"/flowdesk.db"_s);
}

void tst_MlflowDbImporter::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

ImportReport tst_MlflowDbImporter::importDb(const QString &file, const ImportOptions &options)
{
    return MlflowDbImporter(*m_database, m_storeDir + u"/artifacts"_s).run(file, options);
}

void tst_MlflowDbImporter::importsExperiments()
{
    const ImportReport report = importDb(m_source);
    QVERIFY2(report.issues.isEmpty(), qPrintable(report.summaryLines().join(u'\n')));
    QCOMPARE(report.experiments.imported, 2);
    QCOMPARE(report.experiments.imported + report.experiments.updated, 3);
    QCOMPARE(report.runs.imported, 6);
    TrackingStore tracking(*m_database);
    QCOMPARE(tracking.experiments(ViewType::All).size(), 3);
    QCOMPARE(tracking.experiment(0).creationTime, 1796412893501);
    const Experiment classification = tracking.experiment(1);
    QCOMPARE(classification.name, u"db-sample-classification"_s);
    QCOMPARE(classification.tags, (QList<Tag>{{u"team"_s, u"vision"_s}}));
    QCOMPARE(classification.creationTime, 1796412893503);
    QCOMPARE(classification.lastUpdateTime, 1796412893503);
    const Experiment regression = tracking.experiment(2);
    QCOMPARE(regression.name, u"db-sample-regression"_s);
    QCOMPARE(regression.creationTime, 1796412893507);
    QVERIFY(regression.tags.isEmpty());
    QCOMPARE(tracking.runCounts(ViewType::All).value(1), 4);
    QCOMPARE(tracking.runCounts(ViewType::All).value(2), 2);
}

void tst_MlflowDbImporter::importsRuns_data()
{
    QTest::addColumn<QString>("runId");
    QTest::addColumn<qint64>("experimentId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<RunStatus>("status");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("deletedTime"); // -1: active
    QTest::newRow("parent") << ParentRun << 1LL << u"parent"_s << RunStatus::Finished
                            << 1796412893536LL << 1796412893590LL << -1LL;
    QTest::newRow("child-1") << ChildRun << 1LL << u"child-1"_s << RunStatus::Finished
                             << 1796412893548LL << 1796412893584LL << -1LL;
    QTest::newRow("failed") << FailedRun << 1LL << u"failed"_s << RunStatus::Failed
                            << 1796412893594LL << 1796412893608LL << -1LL;
    QTest::newRow("to-be-deleted") << DeletedRun << 1LL << u"to-be-deleted"_s << RunStatus::Finished
                                   << 1796412893612LL << 1796412893618LL << 1796412893623LL;
    QTest::newRow("ridge-0.1") << Ridge01Run << 2LL << u"ridge-0.1"_s << RunStatus::Finished
                               << 1796409293000LL << 1796409298000LL << -1LL;
    QTest::newRow("ridge-1.0") << Ridge10Run << 2LL << u"ridge-1.0"_s << RunStatus::Finished
                               << 1796409353000LL << 1796409358000LL << -1LL;
}

void tst_MlflowDbImporter::importsRuns()
{
    QFETCH(QString, runId);
    QFETCH(qint64, experimentId);
    QFETCH(QString, name);
    QFETCH(RunStatus, status);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(qint64, deletedTime);
    importDb(m_source);
    TrackingStore tracking(*m_database);
    const RunInfo info = tracking.run(runId).info;
    QCOMPARE(info.experimentId, experimentId);
    QCOMPARE(info.runName, name);
    QCOMPARE(info.userId, u"user"_s);
    QCOMPARE(info.status, status);
    QCOMPARE(info.startTime, std::optional<qint64>(start));
    QCOMPARE(info.endTime, std::optional<qint64>(end));
    QCOMPARE(info.lifecycleStage,
             deletedTime < 0 ? LifecycleStage::Active : LifecycleStage::Deleted);
    QCOMPARE(tracking.runDeletedTime(runId),
             deletedTime < 0 ? std::nullopt : std::optional<qint64>(deletedTime));
    // The artifacts were not shipped with the database: the recorded location stays.
    QCOMPARE(info.artifactUri,
             u"/home/user/project/mlruns/%1/%2/artifacts"_s.arg(experimentId).arg(runId));
}

void tst_MlflowDbImporter::importsParamsAndTags()
{
    importDb(m_source);
    TrackingStore tracking(*m_database);
    QCOMPARE(tracking.run(ParentRun).params, (QList<Param>{{u"search"_s, u"random"_s}}));
    QCOMPARE(tracking.run(ChildRun).params,
             (QList<Param>{{u"batch_size"_s, u"32"_s}, {u"lr"_s, u"0.01"_s}}));
    QCOMPARE(tracking.run(FailedRun).params, (QList<Param>{{u"lr"_s, u"1.0"_s}}));
    QCOMPARE(tracking.run(DeletedRun).params, (QList<Param>{{u"lr"_s, u"0.5"_s}}));
    QCOMPARE(tracking.run(Ridge01Run).params, (QList<Param>{{u"alpha"_s, u"0.1"_s}}));
    QCOMPARE(tracking.run(Ridge10Run).params, (QList<Param>{{u"alpha"_s, u"1.0"_s}}));

    int tagCount = 0;
    for (const QString &runId :
         {ParentRun, ChildRun, FailedRun, DeletedRun, Ridge01Run, Ridge10Run}) {
        const Run run = tracking.run(runId);
        tagCount += int(run.tags.size());
        QVERIFY(run.tags.contains(Tag{u"mlflow.user"_s, u"user"_s}));
        QVERIFY(run.tags.contains(Tag{u"mlflow.source.name"_s, u"train.py"_s}));
        QVERIFY(run.tags.contains(Tag{u"mlflow.source.type"_s, u"LOCAL"_s}));
        QVERIFY(run.tags.contains(Tag{u"mlflow.runName"_s, run.info.runName}));
    }
    QCOMPARE(tagCount, 28);
    QVERIFY(tracking.run(ChildRun).tags.contains(Tag{u"mlflow.parentRunId"_s, ParentRun}));
    QVERIFY(tracking.run(FailedRun).tags.contains(Tag{u"priority"_s, u"high"_s}));
    QVERIFY(tracking.run(Ridge01Run).tags.contains(Tag{u"model.type"_s, u"ridge"_s}));
}

void tst_MlflowDbImporter::importsFullMetricHistoriesWithNanAndInfinity()
{
    importDb(m_source);
    TrackingStore tracking(*m_database);
    QCOMPARE(tracking.metricHistory(ChildRun, u"loss"_s),
             (QList<Metric>{{u"loss"_s, 1.0, 1796412893648, 0},
                            {u"loss"_s, 0.85, 1796412894648, 1},
                            {u"loss"_s, 0.7, 1796412895648, 2},
                            {u"loss"_s, 0.55, 1796412896648, 3},
                            {u"loss"_s, 0.4, 1796412897648, 4},
                            {u"loss"_s, 0.33, 1796412902548, 2}}));
    QCOMPARE(tracking.run(ChildRun).latestMetrics,
             (QList<Metric>{{u"loss"_s, 0.4, 1796412897648, 4}}));
    QCOMPARE(tracking.metricHistory(ParentRun, u"best_loss"_s),
             (QList<Metric>{{u"best_loss"_s, 0.4, 1796412903536, 0}}));
    const QList<Metric> failed = tracking.metricHistory(FailedRun, u"loss"_s);
    QCOMPARE(failed.size(), 2);
    QVERIFY(std::isnan(failed.at(0).value));
    QCOMPARE(failed.at(0).step, 0);
    QVERIFY(std::isinf(failed.at(1).value) && failed.at(1).value > 0);
    QCOMPARE(failed.at(1).step, 1);
    QCOMPARE(failed.at(1).timestamp, 1796412894594);
    QCOMPARE(
        tracking.metricHistory(Ridge01Run, u"rmse"_s),
        (QList<Metric>{{u"rmse"_s, 3.0, 1796409293500, 0}, {u"rmse"_s, 2.5, 1796409293900, 1}}));
    QCOMPARE(
        tracking.metricHistory(Ridge10Run, u"rmse"_s),
        (QList<Metric>{{u"rmse"_s, 2.8, 1796409353500, 0}, {u"rmse"_s, 2.3, 1796409353900, 1}}));
    QVERIFY(tracking.metricKeys(DeletedRun).isEmpty());
}

void tst_MlflowDbImporter::importsTheRegistry()
{
    const ImportReport report = importDb(m_source);
    QCOMPARE(report.models.imported, 1);
    QCOMPARE(report.modelVersions.imported, 2);
    RegistryStore registry(*m_database);
    const RegisteredModel model = registry.registeredModel(u"db-sample-model"_s);
    QCOMPARE(model.description, u"sample model"_s);
    QCOMPARE(model.creationTime, 1796412893664);
    QCOMPARE(model.lastUpdatedTime, 1796412893686);
    QCOMPARE(model.tags, (QList<Tag>{{u"owner"_s, u"alice"_s}}));
    QCOMPARE(model.aliases, (QList<Tag>{{u"challenger"_s, u"2"_s}, {u"champion"_s, u"1"_s}}));
    const ModelVersion v1 = registry.modelVersion(u"db-sample-model"_s, 1);
    QCOMPARE(v1.source, u"runs:/%1/model"_s.arg(ChildRun));
    QCOMPARE(v1.runId, ChildRun);
    QCOMPARE(v1.description, u"first"_s);
    QCOMPARE(v1.currentStage, ModelVersionStage::None);
    QCOMPARE(v1.tags, (QList<Tag>{{u"validated"_s, u"true"_s}}));
    QCOMPARE(v1.creationTime, 1796412893669);
    const ModelVersion v2 = registry.modelVersion(u"db-sample-model"_s, 2);
    QCOMPARE(v2.currentStage, ModelVersionStage::Staging);
    QCOMPARE(v2.runId, Ridge10Run);
    QCOMPARE(v2.source, u"/home/user/project/mlruns/2/%1/artifacts/model"_s.arg(Ridge10Run));
    QCOMPARE(v2.lastUpdatedTime, 1796412893686);
    QVERIFY(v2.tags.isEmpty());
    QCOMPARE(registry.modelVersionByAlias(u"db-sample-model"_s, u"challenger"_s).version, 2);
}

void tst_MlflowDbImporter::neverModifiesTheSource()
{
    const auto digest = [this] {
        return QCryptographicHash::hash(readFile(m_source), QCryptographicHash::Sha256);
    };
    const QByteArray before = digest();
    const QDateTime modified = QFileInfo(m_source).lastModified();
    const QStringList entries = QDir(m_dir->filePath(u"project"_s)).entryList(QDir::Files);
    QVERIFY(importDb(m_source).issues.isEmpty());
    QVERIFY(importDb(m_source).issues.isEmpty());
    QCOMPARE(digest(), before);
    QCOMPARE(QFileInfo(m_source).lastModified(), modified);
    QCOMPARE(QDir(m_dir->filePath(u"project"_s)).entryList(QDir::Files), entries);

    // A read-only file in a read-only folder imports too.
    QFile(m_source).setPermissions(QFileDevice::ReadOwner);
    QFile(m_dir->filePath(u"project"_s))
        .setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    TrackingStore(*m_database).deleteRun(ParentRun);
    const ImportReport again = importDb(m_source);
    QFile(m_dir->filePath(u"project"_s))
        .setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY2(again.issues.isEmpty(), qPrintable(again.summaryLines().join(u'\n')));
    QCOMPARE(again.runs.updated, 1);
    QCOMPARE(TrackingStore(*m_database).run(ParentRun).info.lifecycleStage, LifecycleStage::Active);
}

void tst_MlflowDbImporter::reimportIsIdempotent()
{
    QVERIFY(importDb(m_source).issues.isEmpty());
    const QStringList before = dumpAllTables(*m_database);
    const ImportReport second = importDb(m_source);
    QVERIFY(second.issues.isEmpty());
    QCOMPARE(second.runs.unchanged, 6);
    QCOMPARE(second.runs.imported + second.runs.updated, 0);
    QCOMPARE(second.experiments.unchanged, 3);
    QCOMPARE(second.models.unchanged, 1);
    QCOMPARE(second.modelVersions.unchanged, 2);
    QCOMPARE(dumpAllTables(*m_database), before);
}

void tst_MlflowDbImporter::readsOlderSchemaVersions()
{
    // Roughly MLflow 2.0-2.2: no dataset inputs (2.4), no aliases (2.3), no experiment times,
    // no deleted_time, no storage_location.
    QVERIFY(execute(m_source,
                    {u"DROP TABLE input_tags"_s,
                     u"DROP TABLE inputs"_s,
                     u"DROP TABLE datasets"_s,
                     u"DROP TABLE registered_model_aliases"_s,
                     u"ALTER TABLE runs DROP COLUMN deleted_time"_s,
                     u"ALTER TABLE experiments DROP COLUMN creation_time"_s,
                     u"ALTER TABLE experiments DROP COLUMN last_update_time"_s,
                     u"ALTER TABLE model_versions DROP COLUMN storage_location"_s}));
    const ImportReport report = importDb(m_source);
    QVERIFY2(report.issues.isEmpty(), qPrintable(report.summaryLines().join(u'\n')));
    QCOMPARE(report.runs.imported, 6);
    QCOMPARE(report.modelVersions.imported, 2);
    TrackingStore tracking(*m_database);
    QCOMPARE(tracking.run(DeletedRun).info.lifecycleStage, LifecycleStage::Deleted);
    QVERIFY(tracking.runDeletedTime(DeletedRun).has_value());
    QCOMPARE(tracking.metricHistory(ChildRun, u"loss"_s).size(), 6);
    RegistryStore registry(*m_database);
    QVERIFY(registry.registeredModel(u"db-sample-model"_s).aliases.isEmpty());
    const ModelVersion v2 = registry.modelVersion(u"db-sample-model"_s, 2);
    QCOMPARE(v2.storageLocation, v2.source);
}

void tst_MlflowDbImporter::findsArtifactsBesideTheDatabase()
{
    // The project moved: the recorded /home/user/project is not where it is now, but its
    // mlruns/ folder is beside the database.
    const QString artifacts = m_dir->filePath(u"project/mlruns/1/%1/artifacts"_s.arg(ChildRun));
    QVERIFY(writeFile(artifacts + u"/notes.txt"_s, "logged text"));
    const ImportReport report = importDb(m_source);
    QVERIFY(report.issues.isEmpty());
    TrackingStore tracking(*m_database);
    QCOMPARE(tracking.run(ChildRun).info.artifactUri,
             u"mlflow-artifacts:/1/%1/artifacts"_s.arg(ChildRun));
    QCOMPARE(readFile(m_storeDir + u"/artifacts/1/%1/artifacts/notes.txt"_s.arg(ChildRun)),
             QByteArray("logged text"));

    ImportOptions link;
    link.artifacts = ArtifactMode::Link;
    QVERIFY(importDb(m_source, link).issues.isEmpty());
    QCOMPARE(tracking.run(ChildRun).info.artifactUri, QUrl::fromLocalFile(artifacts).toString());
}

void tst_MlflowDbImporter::reportsABrokenRunAndImportsTheRest()
{
    QVERIFY(
        execute(m_source,
                {u"PRAGMA ignore_check_constraints = 1"_s,
                 u"UPDATE runs SET status = 'EXPLODED' WHERE run_uuid = '%1'"_s.arg(FailedRun)}));
    const ImportReport report = importDb(m_source);
    QCOMPARE(report.issues.size(), 1);
    QVERIFY(report.issues.first().path.contains(FailedRun));
    QVERIFY(report.issues.first().reason.contains(u"EXPLODED"_s));
    QCOMPARE(report.runs.imported, 5);
    QCOMPARE(report.runs.skipped, 1);
    QVERIFY(!TrackingStore(*m_database).hasRun(FailedRun));
}

void tst_MlflowDbImporter::rejectsADatabaseThatIsNotMlflow()
{
    const QString other = m_dir->filePath(u"other.db"_s);
    QVERIFY(execute(other, {u"CREATE TABLE notes (text TEXT)"_s}));
    QCOMPARE(Importer::detect(other), Importer::SourceKind::SqliteDatabase);
    const ImportReport report = importDb(other);
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues.first().path, QFileInfo(other).absoluteFilePath());
    QVERIFY(!report.hasImportedAnything());
    const ImportReport missing = importDb(m_dir->filePath(u"missing.db"_s));
    QCOMPARE(missing.issues.size(), 1);
}

void tst_MlflowDbImporter::limitsToNamedExperiments()
{
    ImportOptions options;
    options.experiments = {u"db-sample-regression"_s};
    const ImportReport report = importDb(m_source, options);
    QVERIFY(report.issues.isEmpty());
    QCOMPARE(report.runs.imported, 2);
    TrackingStore tracking(*m_database);
    QVERIFY(!tracking.hasRun(ChildRun));
    // Only the version whose run came along.
    RegistryStore registry(*m_database);
    const QList<ModelVersion> versions = registry.modelVersions(u"db-sample-model"_s);
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.first().version, 2);
    QCOMPARE(registry.registeredModel(u"db-sample-model"_s).aliases,
             (QList<Tag>{{u"challenger"_s, u"2"_s}}));
}

QTEST_GUILESS_MAIN(tst_MlflowDbImporter)
#include "tst_mlflowdbimporter.moc"
