// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "importtestsupport.h"

#include "models/importers/importer.h"
#include "models/importers/mlrunsimporter.h"
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/trackingstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;
using namespace Flowdesk::Importers;
using namespace ImportTestSupport;

namespace {

const QString ClassificationId = u"834137270320664847"_s;
const QString RegressionId = u"693453949197065660"_s;
const QString DeletedExperimentId = u"587147792038156658"_s;
const QString ParentRun = u"8da37efbad4e4f98894675e14df7a367"_s;
const QString ChildRun1 = u"51f23cc431fe46e8b13e8bd4915985f6"_s;
const QString ChildRun2 = u"82e04cabe5b64128a7a24977feb28a7f"_s;
const QString LogregRun = u"847aadc58dab4a9a93254de64dd34289"_s;
const QString FailedRun = u"db62c24d661445ac910fa2e03d48d51b"_s;
const QString DeletedRun = u"47d9212483744120aa080496c8076503"_s;
const QString Ridge01Run = u"be7b0559de2a4f8fb6adfb92e4cc898d"_s;
const QString Ridge10Run = u"0975aa0d94f3494497b1d50966cbdf30"_s;
const QString RunningRun = u"2f138649df6c44f79be6d54aa1315ac6"_s;

QString sampleDir()
{
    return QStringLiteral(FLOWDESK_TEST_DATA_DIR) + u"/mlruns-sample/mlruns"_s;
}

} // namespace

class tst_MlrunsImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsEveryExperiment();
    void importsEveryRunWithItsInfo_data();
    void importsEveryRunWithItsInfo();
    void importsParams_data();
    void importsParams();
    void importsFullMetricHistories();
    void keepsNanAndInfinities();
    void importsTagsIncludingParentRunId();
    void importsDatasetInputs();
    void copiesArtifactsIntoTheStore();
    void linksArtifactsInPlace();
    void importsTheRegistry();
    void mergesIntoAnExistingExperimentByName();
    void remapsAnExperimentIdOnlyOnCollision();
    void reimportIsIdempotent();
    void reimportUpdatesWhatChanged();
    void changedParamSkipsTheWholeRun();
    void reportsBrokenYamlAndImportsTheRest();
    void reportsBadMetricLineAndImportsTheRest();
    void reportsMissingFolders();
    void limitsToNamedExperiments();
    void cancelsBetweenRuns();
    void findsMlrunsInsideAProjectFolder();

private:
    ImportReport importSample(const ImportOptions &options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    QString m_storeDir;
    std::unique_ptr<Database> m_database;
};

void tst_MlrunsImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The copy lives somewhere else than the recorded file:///home/user/mlruns, so every
    // recorded path has to be mapped.
    m_source = m_dir->filePath(u"somewhere/else/mlruns"_s);
    QVERIFY(copyTree(sampleDir(), m_source));
    QVERIFY2(QFileInfo(m_source + u"/0/meta.yaml"_s).isFile(), qPrintable(m_source));
    m_storeDir = m_dir->filePath(u"store"_s);
    QVERIFY(QDir().mkpath(m_storeDir + u"/artifacts"_s));
    m_database = Database::open(m_storeDir + u"/flowdesk.db"_s);
}

void tst_MlrunsImporter::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

ImportReport tst_MlrunsImporter::importSample(const ImportOptions &options)
{
    MlrunsImporter importer(*m_database, m_storeDir + u"/artifacts"_s);
    return importer.run(m_source, options);
}

void tst_MlrunsImporter::importsEveryExperiment()
{
    const ImportReport report = importSample();
    QVERIFY2(report.issues.isEmpty(), qPrintable(report.summaryLines().join(u'\n')));
    QVERIFY2(report.experiments.imported == 3, qPrintable(report.summaryLines().join(u'\n')));
    QCOMPARE(report.experiments.unchanged + report.experiments.updated, 1); // Default merged
    QCOMPARE(report.runs.imported, 9);
    QCOMPARE(report.runs.skipped, 0);

    TrackingStore tracking(*m_database);
    const QList<Experiment> all = tracking.experiments(ViewType::All);
    QCOMPARE(all.size(), 4);

    const Experiment defaultExperiment = tracking.experiment(0);
    QCOMPARE(defaultExperiment.name, u"Default"_s);
    QCOMPARE(defaultExperiment.creationTime, 1796412890426);

    const Experiment classification = tracking.experiment(ClassificationId.toLongLong());
    QCOMPARE(classification.name, u"sample-classification"_s);
    QCOMPARE(classification.lifecycleStage, LifecycleStage::Active);
    QCOMPARE(classification.creationTime, 1796412890428);
    QCOMPARE(classification.lastUpdateTime, 1796412890428);
    QCOMPARE(classification.tags,
             (QList<Tag>{{u"mlflow.note.content"_s, u"Iris demo"_s}, {u"team"_s, u"vision"_s}}));
    QCOMPARE(classification.artifactLocation, u"mlflow-artifacts:/"_s + ClassificationId);

    const Experiment regression = tracking.experiment(RegressionId.toLongLong());
    QCOMPARE(regression.name, u"sample-regression"_s);
    QCOMPARE(regression.tags, (QList<Tag>{{u"team"_s, u"tabular"_s}}));
    QCOMPARE(regression.creationTime, 1796412890430);

    const Experiment deleted = tracking.experiment(DeletedExperimentId.toLongLong());
    QCOMPARE(deleted.name, u"sample-deleted-experiment"_s);
    QCOMPARE(deleted.lifecycleStage, LifecycleStage::Deleted);
    QCOMPARE(deleted.creationTime, 1796412890431);
    QVERIFY(deleted.tags.isEmpty());

    const auto counts = tracking.runCounts(ViewType::All);
    QCOMPARE(counts.value(ClassificationId.toLongLong()), 6);
    QCOMPARE(counts.value(RegressionId.toLongLong()), 3);
    QCOMPARE(counts.value(0), 0);
}

void tst_MlrunsImporter::importsEveryRunWithItsInfo_data()
{
    QTest::addColumn<QString>("runId");
    QTest::addColumn<QString>("experimentId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<RunStatus>("status");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end"); // -1: none
    QTest::addColumn<LifecycleStage>("stage");
    QTest::addColumn<qint64>("deletedTime"); // -1: none

    const auto A = LifecycleStage::Active;
    QTest::newRow("parent-sweep") << ParentRun << ClassificationId << u"parent-sweep"_s
                                  << RunStatus::Finished << 1796412890457LL << 1796412890471LL << A
                                  << -1LL;
    QTest::newRow("child-lr-0.1") << ChildRun1 << ClassificationId << u"child-lr-0.1"_s
                                  << RunStatus::Finished << 1796412890461LL << 1796412890465LL << A
                                  << -1LL;
    QTest::newRow("child-lr-0.01")
        << ChildRun2 << ClassificationId << u"child-lr-0.01"_s << RunStatus::Finished
        << 1796412890467LL << 1796412890470LL << A << -1LL;
    QTest::newRow("sklearn-logreg")
        << LogregRun << ClassificationId << u"sklearn-logreg"_s << RunStatus::Finished
        << 1796412890473LL << 1796412891666LL << A << -1LL;
    QTest::newRow("failed-run") << FailedRun << ClassificationId << u"failed-run"_s
                                << RunStatus::Failed << 1796412891667LL << 1796412891671LL << A
                                << -1LL;
    QTest::newRow("deleted-run") << DeletedRun << ClassificationId << u"deleted-run"_s
                                 << RunStatus::Finished << 1796412891673LL << 1796412891676LL
                                 << LifecycleStage::Deleted << 1796412891676LL;
    QTest::newRow("ridge-0.1") << Ridge01Run << RegressionId << u"ridge-0.1"_s
                               << RunStatus::Finished << 1796409290000LL << 1796409320000LL << A
                               << -1LL;
    QTest::newRow("ridge-1.0") << Ridge10Run << RegressionId << u"ridge-1.0"_s
                               << RunStatus::Finished << 1796409350000LL << 1796409380000LL << A
                               << -1LL;
    QTest::newRow("still-running") << RunningRun << RegressionId << u"still-running"_s
                                   << RunStatus::Running << 1796409490000LL << -1LL << A << -1LL;
}

void tst_MlrunsImporter::importsEveryRunWithItsInfo()
{
    QFETCH(QString, runId);
    QFETCH(QString, experimentId);
    QFETCH(QString, name);
    QFETCH(RunStatus, status);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(LifecycleStage, stage);
    QFETCH(qint64, deletedTime);

    importSample();
    TrackingStore tracking(*m_database);
    const RunInfo info = tracking.run(runId).info;
    QCOMPARE(info.experimentId, experimentId.toLongLong());
    QCOMPARE(info.runName, name);
    QCOMPARE(info.userId, u"user"_s);
    QCOMPARE(info.status, status);
    QCOMPARE(info.startTime, std::optional<qint64>(start));
    QCOMPARE(info.endTime, end < 0 ? std::nullopt : std::optional<qint64>(end));
    QCOMPARE(info.lifecycleStage, stage);
    QCOMPARE(tracking.runDeletedTime(runId),
             deletedTime < 0 ? std::nullopt : std::optional<qint64>(deletedTime));
    QCOMPARE(info.artifactUri, u"mlflow-artifacts:/%1/%2/artifacts"_s.arg(experimentId, runId));
}

void tst_MlrunsImporter::importsParams_data()
{
    QTest::addColumn<QString>("runId");
    QTest::addColumn<QList<Param>>("params");
    QTest::newRow("parent") << ParentRun << QList<Param>{{u"search"_s, u"grid"_s}};
    QTest::newRow("child-1") << ChildRun1 << QList<Param>{{u"lr"_s, u"0.1"_s}};
    QTest::newRow("child-2") << ChildRun2 << QList<Param>{{u"lr"_s, u"0.01"_s}};
    QTest::newRow("logreg") << LogregRun
                            << QList<Param>{{u"C"_s, u"0.5"_s},
                                            {u"max_iter"_s, u"200"_s},
                                            {u"solver"_s, u"lbfgs"_s}};
    QTest::newRow("failed") << FailedRun << QList<Param>{{u"lr"_s, u"10"_s}};
    QTest::newRow("deleted") << DeletedRun << QList<Param>{{u"lr"_s, u"0.5"_s}};
    QTest::newRow("ridge-0.1") << Ridge01Run
                               << QList<Param>{{u"alpha"_s, u"0.1"_s},
                                               {u"fit_intercept"_s, u"True"_s}};
    QTest::newRow("ridge-1.0") << Ridge10Run
                               << QList<Param>{{u"alpha"_s, u"1.0"_s},
                                               {u"fit_intercept"_s, u"True"_s}};
    QTest::newRow("running") << RunningRun << QList<Param>{{u"alpha"_s, u"10"_s}};
}

void tst_MlrunsImporter::importsParams()
{
    QFETCH(QString, runId);
    QFETCH(QList<Param>, params);
    importSample();
    TrackingStore tracking(*m_database);
    QCOMPARE(tracking.run(runId).params, params);
}

void tst_MlrunsImporter::importsFullMetricHistories()
{
    importSample();
    TrackingStore tracking(*m_database);
    // The same step logged twice keeps both points; the later timestamp is the latest value.
    const QList<Metric> loss = tracking.metricHistory(LogregRun, u"loss"_s);
    QCOMPARE(loss,
             (QList<Metric>{{u"loss"_s, 0.9, 1796412890573, 0},
                            {u"loss"_s, 0.51, 1796412891573, 1},
                            {u"loss"_s, 0.22, 1796412892573, 2},
                            {u"loss"_s, 0.2, 1796412893573, 3},
                            {u"loss"_s, 0.19, 1796412895573, 3}}));
    const Run logreg = tracking.run(LogregRun);
    QCOMPARE(logreg.latestMetrics,
             (QList<Metric>{{u"accuracy"_s, 0.953, 1796412893573, 3},
                            {u"loss"_s, 0.19, 1796412895573, 3},
                            {u"val/acc"_s, 0.93, 1796412893573, 3}}));
    QCOMPARE(tracking.metricHistory(LogregRun, u"accuracy"_s).size(), 4);
    QCOMPARE(tracking.metricHistory(LogregRun, u"val/acc"_s),
             (QList<Metric>{{u"val/acc"_s, 0.93, 1796412893573, 3}}));
    QCOMPARE(tracking.metricHistory(ChildRun1, u"loss"_s),
             (QList<Metric>{{u"loss"_s, 1.0, 1796412890561, 0},
                            {u"loss"_s, 0.5, 1796412891561, 1},
                            {u"loss"_s, 0.3333, 1796412892561, 2},
                            {u"loss"_s, 0.25, 1796412893561, 3}}));
    QCOMPARE(tracking.metricHistory(ParentRun, u"best_loss"_s),
             (QList<Metric>{{u"best_loss"_s, 0.25, 1796412899457, 0}}));
    QCOMPARE(
        tracking.metricHistory(Ridge10Run, u"rmse"_s),
        (QList<Metric>{{u"rmse"_s, 3.9, 1796409351000, 0}, {u"rmse"_s, 2.9, 1796409352000, 1}}));
    QCOMPARE(tracking.metricHistory(DeletedRun, u"loss"_s),
             (QList<Metric>{{u"loss"_s, 0.5, 1796412891773, 0}}));

    // Every line of every metrics file is in the store.
    QDirIterator it(m_source, {u"*"_s}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const qsizetype at = path.indexOf(u"/metrics/"_s);
        if (at < 0)
            continue;
        ++files;
        const QString runId = QFileInfo(path.left(at)).fileName();
        const QString key = path.mid(at + 9);
        const int lines = int(readFile(path).trimmed().split('\n').size());
        QCOMPARE(tracking.metricHistory(runId, key).size(), lines);
    }
    QCOMPARE(files, 11);
}

void tst_MlrunsImporter::keepsNanAndInfinities()
{
    // The sample's failed run logged NaN; add +inf and -inf points as the FileStore writes them.
    QVERIFY(writeFile(m_source + u"/%1/%2/metrics/extremes"_s.arg(ClassificationId, FailedRun),
                      "1796412892000 inf 0\n1796412892001 -inf 1\n1796412892002 nan 2\n"));
    const ImportReport report = importSample();
    QVERIFY(report.issues.isEmpty());
    TrackingStore tracking(*m_database);
    const QList<Metric> loss = tracking.metricHistory(FailedRun, u"loss"_s);
    QCOMPARE(loss.size(), 1);
    QVERIFY(std::isnan(loss.first().value));
    QCOMPARE(loss.first().timestamp, 1796412892167);
    const QList<Metric> extremes = tracking.metricHistory(FailedRun, u"extremes"_s);
    QCOMPARE(extremes.size(), 3);
    QVERIFY(std::isinf(extremes.at(0).value) && extremes.at(0).value > 0);
    QVERIFY(std::isinf(extremes.at(1).value) && extremes.at(1).value < 0);
    QVERIFY(std::isnan(extremes.at(2).value));
}

void tst_MlrunsImporter::importsTagsIncludingParentRunId()
{
    importSample();
    TrackingStore tracking(*m_database);
    const QList<Tag> common = {{u"mlflow.source.name"_s, u"train.py"_s},
                               {u"mlflow.source.type"_s, u"LOCAL"_s},
                               {u"mlflow.user"_s, u"user"_s}};
    QList<Tag> child = {{u"mlflow.parentRunId"_s, ParentRun},
                        {u"mlflow.runName"_s, u"child-lr-0.1"_s}};
    child += common;
    std::sort(child.begin(), child.end(), [](const Tag &a, const Tag &b) {
        return a.key < b.key;
    });
    QCOMPARE(tracking.run(ChildRun1).tags, child);
    const Run child2 = tracking.run(ChildRun2);
    QVERIFY(child2.tags.contains(Tag{u"mlflow.parentRunId"_s, ParentRun}));

    const Run logreg = tracking.run(LogregRun);
    QVERIFY(logreg.tags.contains(Tag{u"data set"_s, u"iris"_s}));
    QVERIFY(logreg.tags.contains(Tag{u"model.type"_s, u"linear"_s}));
    const QString history = QString::fromUtf8(readFile(
        m_source + u"/%1/%2/tags/mlflow.log-model.history"_s.arg(ClassificationId, LogregRun)));
    QVERIFY(logreg.tags.contains(Tag{u"mlflow.log-model.history"_s, history}));
    QCOMPARE(logreg.tags.size(), 7);
    QVERIFY(tracking.run(Ridge01Run).tags.contains(Tag{u"priority"_s, u"1"_s}));
    QVERIFY(tracking.run(Ridge10Run).tags.contains(Tag{u"priority"_s, u"2"_s}));
}

void tst_MlrunsImporter::importsDatasetInputs()
{
    importSample();
    TrackingStore tracking(*m_database);
    const Run logreg = tracking.run(LogregRun);
    QCOMPARE(logreg.inputs.size(), 1);
    const DatasetInput &input = logreg.inputs.first();
    QCOMPARE(input.dataset.name, u"iris-head"_s);
    QCOMPARE(input.dataset.digest, u"4198cf1b"_s);
    QCOMPARE(input.dataset.sourceType, u"local"_s);
    QCOMPARE(input.dataset.source, u"{\"uri\": \"data/iris.csv\"}"_s);
    QCOMPARE(input.dataset.profile, u"{\"num_rows\": 20, \"num_elements\": 80}"_s);
    QVERIFY(
        input.dataset.schema.startsWith(u"{\"mlflow_colspec\": [{\"type\": \"double\", "
                                        "\"name\": \"sepal length (cm)\", \"required\": true}"_s));
    QVERIFY(
        input.dataset.schema.endsWith(u"\"name\": \"petal width (cm)\", \"required\": true}]}"_s));
    QCOMPARE(input.tags, (QList<Tag>{{u"mlflow.data.context"_s, u"training"_s}}));
    QVERIFY(tracking.run(ChildRun1).inputs.isEmpty());
}

void tst_MlrunsImporter::copiesArtifactsIntoTheStore()
{
    importSample();
    const QString copied =
        m_storeDir + u"/artifacts/%1/%2/artifacts"_s.arg(ClassificationId, LogregRun);
    const QString original = m_source + u"/%1/%2/artifacts"_s.arg(ClassificationId, LogregRun);
    const auto files = filesUnder(copied);
    QCOMPARE(files.keys(), filesUnder(original).keys());
    QCOMPARE(files, filesUnder(original));
    QVERIFY(files.contains(u"notes/readme.txt"_s));
    QVERIFY(files.contains(u"plots/loss.png"_s));
    QVERIFY(files.contains(u"model/MLmodel"_s));
    QVERIFY(files.contains(u"model/metadata/requirements.txt"_s));
    QCOMPARE(files.size(), 13);
    // Runs without artifacts get no folder.
    QVERIFY(
        !QFileInfo::exists(m_storeDir + u"/artifacts/%1/%2"_s.arg(ClassificationId, ChildRun1)));
}

void tst_MlrunsImporter::linksArtifactsInPlace()
{
    ImportOptions options;
    options.artifacts = ArtifactMode::Link;
    QVERIFY(importSample(options).issues.isEmpty());
    TrackingStore tracking(*m_database);
    const QString expected =
        QUrl::fromLocalFile(QDir(m_source).absolutePath()
                            + u"/%1/%2/artifacts"_s.arg(ClassificationId, LogregRun))
            .toString();
    QCOMPARE(tracking.run(LogregRun).info.artifactUri, expected);
    QVERIFY(!QFileInfo::exists(m_storeDir + u"/artifacts/%1"_s.arg(ClassificationId)));
}

void tst_MlrunsImporter::importsTheRegistry()
{
    const ImportReport report = importSample();
    QCOMPARE(report.models.imported, 1);
    QCOMPARE(report.modelVersions.imported, 2);
    RegistryStore registry(*m_database);
    const QList<RegisteredModel> models = registry.registeredModels();
    QCOMPARE(models.size(), 1);
    const RegisteredModel model = models.first();
    QCOMPARE(model.name, u"sample-classifier"_s);
    QCOMPARE(model.description, u"Iris classifier"_s);
    QCOMPARE(model.creationTime, 1796412891690);
    QCOMPARE(model.lastUpdatedTime, 1796412891701);
    QCOMPARE(model.tags, (QList<Tag>{{u"owner"_s, u"alice"_s}}));
    QCOMPARE(model.aliases, (QList<Tag>{{u"challenger"_s, u"2"_s}, {u"champion"_s, u"1"_s}}));

    const ModelVersion v1 = registry.modelVersion(u"sample-classifier"_s, 1);
    QCOMPARE(v1.currentStage, ModelVersionStage::Production);
    QCOMPARE(v1.status, ModelVersionStatus::Ready);
    QCOMPARE(v1.runId, LogregRun);
    // Inside the run's artifacts: follows the run to its copy in the store.
    QCOMPARE(v1.source,
             u"mlflow-artifacts:/%1/%2/artifacts/model"_s.arg(ClassificationId, LogregRun));
    QCOMPARE(v1.storageLocation, v1.source);
    QCOMPARE(v1.description, QString());
    QCOMPARE(v1.creationTime, 1796412891691);
    QCOMPARE(v1.lastUpdatedTime, 1796412891701);
    QCOMPARE(v1.tags, (QList<Tag>{{u"validated"_s, u"true"_s}}));
    QCOMPARE(v1.aliases, QStringList{u"champion"_s});

    const ModelVersion v2 = registry.modelVersion(u"sample-classifier"_s, 2);
    QCOMPARE(v2.currentStage, ModelVersionStage::None);
    QCOMPARE(v2.source, u"runs:/%1/model"_s.arg(LogregRun));
    QCOMPARE(v2.description, u"second version"_s);
    QCOMPARE(v2.creationTime, 1796412891694);
    QCOMPARE(v2.tags, (QList<Tag>{{u"validated"_s, u"false"_s}}));
    QCOMPARE(v2.aliases, QStringList{u"challenger"_s});
    QCOMPARE(registry.modelVersionByAlias(u"sample-classifier"_s, u"champion"_s).version, 1);
}

void tst_MlrunsImporter::mergesIntoAnExistingExperimentByName()
{
    TrackingStore tracking(*m_database);
    const qint64 existing = tracking.createExperiment(u"sample-regression"_s);
    tracking.createRun({{}, existing, u"mine"_s, u"me"_s, 1, {}, RunStatus::Finished});
    const ImportReport report = importSample();
    QVERIFY(report.issues.isEmpty());
    QCOMPARE(report.experiments.imported, 2);
    QCOMPARE(tracking.experiments(ViewType::All).size(), 4);
    QCOMPARE(tracking.run(Ridge01Run).info.experimentId, existing);
    QCOMPARE(tracking.runInfos(existing).size(), 4);
    QVERIFY(!tracking.findExperimentByName(u"sample-regression (1)"_s));
}

void tst_MlrunsImporter::remapsAnExperimentIdOnlyOnCollision()
{
    TrackingStore tracking(*m_database);
    tracking.createExperiment(u"holds-the-id"_s, {}, {}, RegressionId.toLongLong());
    QVERIFY(importSample().issues.isEmpty());
    const Experiment regression = tracking.experimentByName(u"sample-regression"_s);
    QVERIFY(regression.experimentId != RegressionId.toLongLong());
    QCOMPARE(tracking.run(Ridge10Run).info.experimentId, regression.experimentId);
    QCOMPARE(tracking.experimentByName(u"sample-classification"_s).experimentId,
             ClassificationId.toLongLong());
}

void tst_MlrunsImporter::reimportIsIdempotent()
{
    const ImportReport first = importSample();
    QVERIFY(first.issues.isEmpty());
    const QStringList before = dumpAllTables(*m_database);
    const auto artifactsBefore = filesUnder(m_storeDir + u"/artifacts"_s);
    const ImportReport second = importSample();
    QVERIFY2(second.issues.isEmpty(), qPrintable(second.summaryLines().join(u'\n')));
    QCOMPARE(second.runs.imported, 0);
    QCOMPARE(second.runs.updated, 0);
    QCOMPARE(second.runs.unchanged, 9);
    QCOMPARE(second.experiments.unchanged, 4);
    QCOMPARE(second.models.unchanged, 1);
    QCOMPARE(second.modelVersions.unchanged, 2);
    QCOMPARE(dumpAllTables(*m_database), before);
    QCOMPARE(filesUnder(m_storeDir + u"/artifacts"_s), artifactsBefore);
}

void tst_MlrunsImporter::reimportUpdatesWhatChanged()
{
    importSample();
    const QString run = m_source + u"/%1/%2"_s.arg(RegressionId, RunningRun);
    // The run went on: more points, a new tag, finished.
    QVERIFY(writeFile(run + u"/metrics/rmse"_s, "1796409491000 4.5 0\n1796409492000 4.1 1\n"));
    QVERIFY(writeFile(run + u"/tags/note"_s, "done"));
    QByteArray meta = readFile(run + u"/meta.yaml"_s);
    meta.replace("end_time: null", "end_time: 1796409500000").replace("status: 1", "status: 3");
    QVERIFY(writeFile(run + u"/meta.yaml"_s, meta));
    QVERIFY(writeFile(m_source + u"/models/sample-classifier/tags/owner"_s, "bob"));

    const ImportReport report = importSample();
    QVERIFY2(report.issues.isEmpty(), qPrintable(report.summaryLines().join(u'\n')));
    QCOMPARE(report.runs.updated, 1);
    QCOMPARE(report.runs.unchanged, 8);
    QCOMPARE(report.models.updated, 1);
    TrackingStore tracking(*m_database);
    const Run updated = tracking.run(RunningRun);
    QCOMPARE(updated.info.status, RunStatus::Finished);
    QCOMPARE(updated.info.endTime, std::optional<qint64>(1796409500000));
    QVERIFY(updated.tags.contains(Tag{u"note"_s, u"done"_s}));
    QCOMPARE(tracking.metricHistory(RunningRun, u"rmse"_s).size(), 2);
    QCOMPARE(updated.latestMetrics.first().value, 4.1);
    RegistryStore registry(*m_database);
    QCOMPARE(registry.registeredModel(u"sample-classifier"_s).tags,
             (QList<Tag>{{u"owner"_s, u"bob"_s}}));
}

void tst_MlrunsImporter::changedParamSkipsTheWholeRun()
{
    importSample();
    const QString run = m_source + u"/%1/%2"_s.arg(RegressionId, Ridge01Run);
    QVERIFY(writeFile(run + u"/params/alpha"_s, "0.2"));
    QVERIFY(writeFile(run + u"/metrics/rmse"_s,
                      "1796409291000 4.2 0\n1796409292000 3.2 1\n1796409293000 3.0 2\n"));
    const ImportReport report = importSample();
    QCOMPARE(report.runs.skipped, 1);
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues.first().path, run);
    QVERIFY2(report.issues.first().reason.contains(u"Changing param values is not allowed"_s),
             qPrintable(report.issues.first().reason));
    TrackingStore tracking(*m_database);
    // Nothing of that run changed: not the param, not the new metric point.
    QCOMPARE(tracking.run(Ridge01Run).params.first().value, u"0.1"_s);
    QCOMPARE(tracking.metricHistory(Ridge01Run, u"rmse"_s).size(), 2);
    QCOMPARE(report.runs.unchanged, 8);
}

void tst_MlrunsImporter::reportsBrokenYamlAndImportsTheRest()
{
    const QString meta = m_source + u"/%1/%2/meta.yaml"_s.arg(ClassificationId, ChildRun1);
    QVERIFY(writeFile(meta, "artifact_uri: [unclosed\nrun_id: x: y\n"));
    const QString experimentMeta = m_source + u"/%1/meta.yaml"_s.arg(RegressionId);
    QVERIFY(writeFile(experimentMeta, "- just\n- a list\n"));

    const ImportReport report = importSample();
    QCOMPARE(report.issues.size(), 2);
    QCOMPARE(report.issues.at(0).path, experimentMeta);
    QVERIFY(report.issues.at(0).reason.contains(u"meta.yaml"_s));
    QCOMPARE(report.issues.at(1).path, meta);
    QVERIFY(report.issues.at(1).reason.contains(u"YAML"_s));
    QCOMPARE(report.runs.imported, 5);
    QCOMPARE(report.runs.skipped, 1);
    QCOMPARE(report.experiments.skipped, 1);
    TrackingStore tracking(*m_database);
    QVERIFY(!tracking.hasRun(ChildRun1));
    QVERIFY(!tracking.findExperimentByName(u"sample-regression"_s));
    QVERIFY(tracking.hasRun(ChildRun2));
    QVERIFY(tracking.hasRun(LogregRun));
}

void tst_MlrunsImporter::reportsBadMetricLineAndImportsTheRest()
{
    const QString metricFile = m_source + u"/%1/%2/metrics/loss"_s.arg(ClassificationId, ChildRun2);
    QVERIFY(writeFile(metricFile, "1796412890567 0.1 0\n1796412891567 zero-point-05 1\n"));
    const ImportReport report = importSample();
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues.first().path, metricFile + u":2"_s);
    QVERIFY(report.issues.first().reason.contains(u"zero-point-05"_s));
    QCOMPARE(report.runs.skipped, 1);
    QCOMPARE(report.runs.imported, 8);
    TrackingStore tracking(*m_database);
    // One transaction per run: none of the broken run is in the store.
    QVERIFY(!tracking.hasRun(ChildRun2));
    QVERIFY(tracking.hasRun(ChildRun1));
}

void tst_MlrunsImporter::reportsMissingFolders()
{
    // A dataset folder that a run's input points at is gone.
    QVERIFY(QDir(m_source + u"/%1/datasets"_s.arg(ClassificationId)).removeRecursively());
    // A run folder without its meta.yaml.
    const QString emptyRun = m_source + u"/%1/0123456789abcdef0123456789abcdef"_s.arg(RegressionId);
    QVERIFY(QDir().mkpath(emptyRun + u"/params"_s));
    const ImportReport report = importSample();
    QCOMPARE(report.issues.size(), 2);
    QStringList paths;
    for (const ImportIssue &issue : report.issues)
        paths.append(issue.path);
    QVERIFY(paths.contains(emptyRun + u"/meta.yaml"_s));
    QVERIFY(paths.filter(u"/datasets/"_s).size() == 1);
    QCOMPARE(report.runs.imported, 8);
    QCOMPARE(report.runs.skipped, 2);
    // The registry version of the skipped run still imports (it names the run, nothing more).
    QCOMPARE(report.modelVersions.imported, 2);

    MlrunsImporter importer(*m_database, m_storeDir + u"/artifacts"_s);
    const ImportReport missing = importer.run(m_dir->filePath(u"no/such/mlruns"_s));
    QCOMPARE(missing.issues.size(), 1);
    QVERIFY(missing.issues.first().path.endsWith(u"no/such/mlruns"_s));
    QVERIFY(!missing.hasImportedAnything());
}

void tst_MlrunsImporter::limitsToNamedExperiments()
{
    ImportOptions options;
    options.experiments = {u"sample-regression"_s, u"no-such-experiment"_s};
    const ImportReport report = importSample(options);
    QCOMPARE(report.experiments.imported, 1);
    QCOMPARE(report.runs.imported, 3);
    QCOMPARE(report.issues.size(), 1);
    QVERIFY(report.issues.first().reason.contains(u"no-such-experiment"_s));
    TrackingStore tracking(*m_database);
    QVERIFY(!tracking.findExperimentByName(u"sample-classification"_s));
    QVERIFY(!tracking.hasRun(LogregRun));
    // The model's versions come from a run that was not imported.
    QCOMPARE(RegistryStore(*m_database).registeredModels().size(), 0);

    options.experiments = {u"sample-classification"_s};
    QVERIFY(importSample(options).issues.isEmpty());
    QCOMPARE(RegistryStore(*m_database).modelVersions(u"sample-classifier"_s).size(), 2);
}

void tst_MlrunsImporter::cancelsBetweenRuns()
{
    ImportOptions options;
    int calls = 0;
    qint64 total = 0;
    options.progress = [&](const ImportProgress &progress) {
        total = progress.total;
        return ++calls < 5;
    };
    const ImportReport report = importSample(options);
    QVERIFY(report.cancelled);
    QCOMPARE(total, 10); // 9 runs and 1 registered model
    TrackingStore tracking(*m_database);
    const int stored = tracking.runCounts(ViewType::All).value(ClassificationId.toLongLong())
        + tracking.runCounts(ViewType::All).value(RegressionId.toLongLong());
    QCOMPARE(stored, report.runs.imported);
    QVERIFY(stored > 0 && stored < 9);
}

void tst_MlrunsImporter::findsMlrunsInsideAProjectFolder()
{
    QCOMPARE(Importer::detect(m_source), Importer::SourceKind::Mlruns);
    QCOMPARE(Importer::detect(m_dir->filePath(u"somewhere/else"_s)), Importer::SourceKind::Mlruns);
    QCOMPARE(Importer::detect(m_storeDir), Importer::SourceKind::Unknown);
    QCOMPARE(Importer::detect(m_storeDir + u"/flowdesk.db"_s),
             Importer::SourceKind::SqliteDatabase);
    Importer importer(*m_database, m_storeDir + u"/artifacts"_s);
    const ImportReport report = importer.run(m_dir->filePath(u"somewhere/else"_s));
    QCOMPARE(report.runs.imported, 9);
}

QTEST_GUILESS_MAIN(tst_MlrunsImporter)
#include "tst_mlrunsimporter.moc"
