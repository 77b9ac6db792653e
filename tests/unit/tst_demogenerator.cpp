// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/demo/demogenerator.h"
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using namespace Flowdesk::Store;

namespace {

// 2026-06-01T12:00:00Z: a fixed "now" so that two generations can be compared byte for byte.
constexpr qint64 ReferenceTime = 1780315200000;
constexpr qint64 DayMs = 24 * 3600 * 1000;

const QStringList userTagKeys = {
    u"team"_s, u"dataset"_s, u"stage"_s, u"model_family"_s, u"priority"_s};
const QStringList systemTagKeys = {u"mlflow.runName"_s,
                                   u"mlflow.user"_s,
                                   u"mlflow.source.name"_s,
                                   u"mlflow.source.type"_s,
                                   u"mlflow.source.git.commit"_s};

QString tagValue(const QList<Tag> &tags, const QString &key)
{
    for (const Tag &tag : tags) {
        if (tag.key == key)
            return tag.value;
    }
    return {};
}

bool hasTag(const QList<Tag> &tags, const QString &key)
{
    for (const Tag &tag : tags) {
        if (tag.key == key)
            return true;
    }
    return false;
}

double latest(const Run &run, const QString &key)
{
    for (const Metric &metric : run.latestMetrics) {
        if (metric.key == key)
            return metric.value;
    }
    return std::nan("");
}

Demo::DemoOptions options(qint64 runs, int steps = 10, quint32 seed = 7)
{
    Demo::DemoOptions o;
    o.runs = runs;
    o.steps = steps;
    o.seed = seed;
    o.referenceTime = ReferenceTime;
    return o;
}

// Every run of the store, all experiments, active and deleted.
QList<Run> allRuns(TrackingStore &store)
{
    QList<Run> runs;
    for (const Experiment &experiment : store.experiments(ViewType::All)) {
        for (const RunInfo &info : store.runInfos(experiment.experimentId, ViewType::All))
            runs.append(store.run(info.runId));
    }
    return runs;
}

qint64 totalRuns(TrackingStore &store)
{
    qint64 total = 0;
    for (const qint64 count : store.runCounts(ViewType::All))
        total += count;
    return total;
}

qint64 scalar(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// The whole content of a store that a seed decides, as text, for determinism checks.
QStringList dump(Database &database)
{
    QStringList lines;
    const QStringList queries = {
        u"SELECT e.name, r.run_id, r.name, r.user_id, r.status, r.start_time, r.end_time, "
        "r.lifecycle_stage FROM runs r JOIN experiments e USING (experiment_id) ORDER BY r.run_id"_s,
        u"SELECT r.run_id, p.key, p.value FROM params p JOIN runs r USING (run_key) "
        "ORDER BY r.run_id, p.key"_s,
        u"SELECT r.run_id, t.key, t.value FROM run_tags t JOIN runs r USING (run_key) "
        "ORDER BY r.run_id, t.key"_s,
        u"SELECT r.run_id, k.key, m.step, m.timestamp, m.value, m.is_nan FROM metrics m "
        "JOIN runs r USING (run_key) JOIN metric_keys k USING (key_id) "
        "ORDER BY r.run_id, k.key, m.step, m.timestamp"_s,
        u"SELECT r.run_id, d.name, d.digest, d.source FROM run_inputs i JOIN runs r USING "
        u"(run_key) "
        "JOIN datasets d USING (dataset_key) ORDER BY r.run_id, d.name"_s,
        u"SELECT m.name, v.version, v.run_id, v.source, v.current_stage, v.description "
        "FROM model_versions v JOIN registered_models m USING (model_key) ORDER BY 1, 2"_s,
        u"SELECT m.name, a.alias, a.version FROM model_aliases a "
        "JOIN registered_models m USING (model_key) ORDER BY 1, 2"_s,
    };
    for (const QString &sql : queries) {
        QSqlQuery query(database.connection());
        if (!query.exec(sql))
            return {u"query failed: "_s + sql};
        const int columns = query.record().count();
        while (query.next()) {
            QStringList fields;
            for (int c = 0; c < columns; ++c)
                fields.append(query.value(c).toString());
            lines.append(fields.join(u'|'));
        }
    }
    return lines;
}

} // namespace

class tst_DemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createsRequestedNumberOfRuns_data();
    void createsRequestedNumberOfRuns();
    void everyRunHasParamsMetricsAndTags();
    void metricHistoriesHaveOnePointPerStep();
    void curvesLearnAndDependOnParams();
    void createsSweepsOfParentAndChildRuns();
    void createsFailedKilledRunningAndDeletedRuns();
    void spreadsStartTimesOverPastWeeks();
    void timesAreConsistentOnLargeDemos_data();
    void timesAreConsistentOnLargeDemos();
    void logsDatasetInputsOnSomeRuns();
    void registersModelVersionsOfGoodRunsWithAliases();
    void sameSeedGivesSameData();
    void otherSeedGivesOtherData();
    void experimentOptionPutsEveryRunIntoIt();
    void refusesDeletedTargetExperiment();
    void rejectsBadOptionsWithoutWriting_data();
    void rejectsBadOptionsWithoutWriting();
    void cancelByProgressKeepsWholeRunsOnly();
    void reportsProgressUpToTotal();
    void secondGenerationAddsRunsWithNewIds();
    void generatesOnAnotherThreadWithItsOwnDatabase();

private:
    std::unique_ptr<Database> openStore(const QString &name = u"flowdesk.db"_s);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DemoGenerator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Database> tst_DemoGenerator::openStore(const QString &name)
{
    return Database::open(m_dir->filePath(name));
}

void tst_DemoGenerator::createsRequestedNumberOfRuns_data()
{
    QTest::addColumn<qint64>("runs");
    QTest::addColumn<int>("steps");
    QTest::newRow("none") << qint64(0) << 10;
    QTest::newRow("one") << qint64(1) << 10;
    QTest::newRow("three-one-step") << qint64(3) << 1;
    QTest::newRow("a-few-hundred") << qint64(250) << 4;
    QTest::newRow("long-curves") << qint64(12) << 150; // 1500 points a run: over one log-batch
}

void tst_DemoGenerator::createsRequestedNumberOfRuns()
{
    QFETCH(qint64, runs);
    QFETCH(int, steps);
    auto database = openStore();
    Demo::DemoGenerator generator(*database);
    const Demo::DemoSummary summary = generator.generate(options(runs, steps));

    TrackingStore store(*database);
    QCOMPARE(summary.runs, runs);
    QVERIFY(!summary.cancelled);
    QCOMPARE(totalRuns(store), runs);
    QCOMPARE(summary.metricPoints, scalar(*database, u"SELECT COUNT(*) FROM metrics"_s));
    QCOMPARE(summary.experiments, qint64(4));
    QCOMPARE(store.experiments().size(), qsizetype(5)); // the demo's four and Default
    QCOMPARE(summary.modelVersions, scalar(*database, u"SELECT COUNT(*) FROM model_versions"_s));
    QVERIFY(summary.metricPoints <= runs * 10 * steps);
    if (runs >= 250)
        QVERIFY(summary.metricPoints > runs * 10 * steps * 9 / 10);
}

void tst_DemoGenerator::everyRunHasParamsMetricsAndTags()
{
    auto database = openStore();
    Demo::DemoGenerator(*database).generate(options(300));
    TrackingStore store(*database);
    const QList<Run> runs = allRuns(store);
    QCOMPARE(runs.size(), qsizetype(300));
    static const QRegularExpression commit(u"^[0-9a-f]{40}$"_s);
    static const QRegularExpression runId(u"^[0-9a-f]{32}$"_s);
    QSet<QString> paramKinds;
    int notes = 0;
    for (const Run &run : runs) {
        QVERIFY2(runId.match(run.info.runId).hasMatch(), qPrintable(run.info.runId));
        QCOMPARE(run.params.size(), qsizetype(20));
        QCOMPARE(run.latestMetrics.size(), qsizetype(10));
        for (const QString &key : userTagKeys)
            QVERIFY2(!tagValue(run.tags, key).isEmpty(), qPrintable(key));
        for (const QString &key : systemTagKeys)
            QVERIFY2(!tagValue(run.tags, key).isEmpty(), qPrintable(key));
        QVERIFY(commit.match(tagValue(run.tags, u"mlflow.source.git.commit"_s)).hasMatch());
        QCOMPARE(tagValue(run.tags, u"mlflow.runName"_s), run.info.runName);
        QCOMPARE(tagValue(run.tags, u"mlflow.user"_s), run.info.userId);
        QVERIFY(QStringList({u"LOCAL"_s, u"NOTEBOOK"_s, u"JOB"_s})
                    .contains(tagValue(run.tags, u"mlflow.source.type"_s)));
        QCOMPARE(tagValue(run.tags, u"model_family"_s).isEmpty(), false);
        if (hasTag(run.tags, u"mlflow.note.content"_s))
            ++notes;
        // Only a failed run may end in NaN (a diverged loss).
        if (run.info.status != RunStatus::Failed) {
            for (const Metric &metric : run.latestMetrics)
                QVERIFY2(!std::isnan(metric.value), qPrintable(metric.key));
        }
        for (const Param &param : run.params) {
            bool isNumber = false;
            param.value.toDouble(&isNumber);
            if (param.value == u"True"_s || param.value == u"False"_s)
                paramKinds.insert(u"bool"_s);
            else if (isNumber && param.value.contains(u'.'))
                paramKinds.insert(u"float"_s);
            else if (isNumber)
                paramKinds.insert(u"int"_s);
            else
                paramKinds.insert(u"string"_s);
        }
    }
    QCOMPARE(paramKinds, QSet<QString>({u"bool"_s, u"float"_s, u"int"_s, u"string"_s}));
    QVERIFY(notes > 0);
    QVERIFY(notes < runs.size());
}

void tst_DemoGenerator::metricHistoriesHaveOnePointPerStep()
{
    auto database = openStore();
    const int steps = 12;
    Demo::DemoGenerator(*database).generate(options(120, steps));
    TrackingStore store(*database);
    int partial = 0;
    for (const Run &run : allRuns(store)) {
        const QList<Metric> history = store.metricHistory(run.info.runId, u"val_accuracy"_s);
        if (run.info.status == RunStatus::Finished) {
            QCOMPARE(history.size(), qsizetype(steps));
        } else {
            QVERIFY(!history.isEmpty());
            QVERIFY(history.size() < steps);
            ++partial;
        }
        for (qsizetype i = 0; i < history.size(); ++i) {
            QCOMPARE(history.at(i).step, qint64(i));
            QVERIFY(history.at(i).timestamp >= *run.info.startTime);
            if (run.info.endTime)
                QVERIFY(history.at(i).timestamp <= *run.info.endTime);
        }
    }
    QVERIFY(partial > 0);
}

void tst_DemoGenerator::curvesLearnAndDependOnParams()
{
    auto database = openStore();
    Demo::DemoGenerator(*database).generate(options(400, 20));
    TrackingStore store(*database);
    int finished = 0;
    int lossFell = 0;
    int accuracyRose = 0;
    // XGBoost's learning rate has a sweet spot around 0.05: runs near it must score better.
    double goodLr = 0;
    int goodLrRuns = 0;
    double badLr = 0;
    int badLrRuns = 0;
    for (const Run &run : allRuns(store)) {
        if (run.info.status != RunStatus::Finished)
            continue;
        ++finished;
        const QList<Metric> loss = store.metricHistory(run.info.runId, u"loss"_s);
        const QList<Metric> accuracy = store.metricHistory(run.info.runId, u"val_accuracy"_s);
        if (loss.last().value < loss.first().value)
            ++lossFell;
        if (accuracy.last().value > accuracy.first().value)
            ++accuracyRose;
        for (const Metric &point : accuracy)
            QVERIFY(point.value >= 0 && point.value <= 1);
        if (tagValue(run.tags, u"model_family"_s) != u"xgboost"_s)
            continue;
        const double lr = tagValue(run.params, u"learning_rate"_s).toDouble();
        const double score = latest(run, u"val_accuracy"_s);
        if (lr >= 0.03 && lr <= 0.1) {
            goodLr += score;
            ++goodLrRuns;
        } else if (lr <= 0.01 || lr >= 0.3) {
            badLr += score;
            ++badLrRuns;
        }
    }
    QVERIFY(finished > 300);
    QVERIFY2(lossFell > finished * 9 / 10, qPrintable(u"%1 of %2"_s.arg(lossFell).arg(finished)));
    QVERIFY2(accuracyRose > finished * 9 / 10,
             qPrintable(u"%1 of %2"_s.arg(accuracyRose).arg(finished)));
    QVERIFY(goodLrRuns >= 5);
    QVERIFY(badLrRuns >= 5);
    QVERIFY2(goodLr / goodLrRuns > badLr / badLrRuns + 0.01,
             qPrintable(u"%1 vs %2"_s.arg(goodLr / goodLrRuns).arg(badLr / badLrRuns)));
}

void tst_DemoGenerator::createsSweepsOfParentAndChildRuns()
{
    auto database = openStore();
    Demo::DemoGenerator(*database).generate(options(300));
    TrackingStore store(*database);
    QHash<QString, Run> byId;
    for (const Run &run : allRuns(store))
        byId.insert(run.info.runId, run);
    QHash<QString, int> children;
    for (const Run &run : std::as_const(byId)) {
        const QString parentId = tagValue(run.tags, u"mlflow.parentRunId"_s);
        if (parentId.isEmpty())
            continue;
        QVERIFY2(byId.contains(parentId), qPrintable(parentId));
        const Run &parent = byId.value(parentId);
        QVERIFY(!hasTag(parent.tags, u"mlflow.parentRunId"_s));
        QCOMPARE(parent.info.experimentId, run.info.experimentId);
        QVERIFY(*parent.info.startTime <= *run.info.startTime);
        QVERIFY(*parent.info.endTime >= *run.info.endTime);
        QCOMPARE(tagValue(parent.tags, u"model_family"_s), tagValue(run.tags, u"model_family"_s));
        ++children[parentId];
    }
    QVERIFY2(children.size() >= 3, qPrintable(QString::number(children.size())));
    for (auto it = children.cbegin(); it != children.cend(); ++it) {
        const Run &parent = byId.value(it.key());
        QVERIFY(it.value() >= 1);
        QCOMPARE(parent.params.size(), qsizetype(20));
        QVERIFY(tagValue(parent.tags, u"mlflow.note.content"_s).contains(u"sweep"_s));
    }
}

void tst_DemoGenerator::createsFailedKilledRunningAndDeletedRuns()
{
    auto database = openStore();
    Demo::DemoGenerator(*database).generate(options(300));
    TrackingStore store(*database);
    std::map<RunStatus, int> statuses;
    int deleted = 0;
    for (const Run &run : allRuns(store)) {
        ++statuses[run.info.status];
        if (run.info.lifecycleStage == LifecycleStage::Deleted)
            ++deleted;
        if (run.info.status == RunStatus::Running) {
            QVERIFY(!run.info.endTime);
            QCOMPARE(run.info.lifecycleStage, LifecycleStage::Active);
        } else {
            QVERIFY(run.info.endTime);
            QVERIFY(*run.info.endTime >= *run.info.startTime);
        }
    }
    QVERIFY(statuses[RunStatus::Failed] >= 2);
    QVERIFY(statuses[RunStatus::Killed] >= 2);
    QVERIFY(statuses[RunStatus::Running] >= 2);
    QVERIFY(deleted >= 2);
    // They stay a minority: the demo is mostly finished work.
    QVERIFY(statuses[RunStatus::Finished] > 250);
    QVERIFY(deleted < 20);
    // The deleted runs are what the store's own view calls deleted.
    qint64 deletedInViews = 0;
    for (const Experiment &experiment : store.experiments())
        deletedInViews += store.runInfos(experiment.experimentId, ViewType::DeletedOnly).size();
    QCOMPARE(deletedInViews, qint64(deleted));
}

void tst_DemoGenerator::spreadsStartTimesOverPastWeeks()
{
    auto database = openStore();
    Demo::DemoGenerator(*database).generate(options(300));
    TrackingStore store(*database);
    qint64 earliest = std::numeric_limits<qint64>::max();
    qint64 latestStart = 0;
    QSet<qint64> days;
    for (const Run &run : allRuns(store)) {
        const qint64 start = *run.info.startTime;
        earliest = std::min(earliest, start);
        latestStart = std::max(latestStart, start);
        days.insert(start / DayMs);
        QVERIFY(start <= ReferenceTime);
        if (run.info.endTime)
            QVERIFY(*run.info.endTime <= ReferenceTime);
    }
    QVERIFY(earliest < ReferenceTime - 35 * DayMs);
    QVERIFY(earliest > ReferenceTime - 70 * DayMs);
    QVERIFY(latestStart > ReferenceTime - 2 * DayMs);
    QVERIFY(days.size() > 30);
}

void tst_DemoGenerator::timesAreConsistentOnLargeDemos_data()
{
    QTest::addColumn<qint64>("runs");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("300 runs") << qint64(300) << quint32(7);
    QTest::newRow("4000 runs") << qint64(4000) << quint32(7);
    QTest::newRow("4000 runs, other seed") << qint64(4000) << quint32(20240601);
}

void tst_DemoGenerator::timesAreConsistentOnLargeDemos()
{
    QFETCH(qint64, runs);
    QFETCH(quint32, seed);
    auto database = openStore();
    Demo::DemoGenerator(*database).generate(options(runs, 2, seed));
    TrackingStore store(*database);
    const QList<Run> all = allRuns(store);
    QHash<QString, Run> byId;
    for (const Run &run : all)
        byId.insert(run.info.runId, run);
    int running = 0;
    for (const Run &run : all) {
        const QString name = run.info.runName;
        const qint64 start = *run.info.startTime;
        QVERIFY2(start <= ReferenceTime, qPrintable(name + u" starts in the future"_s));
        if (run.info.status == RunStatus::Running) {
            ++running;
            // Training right now: started within the last day.
            QVERIFY2(start > ReferenceTime - DayMs, qPrintable(name));
            continue;
        }
        QVERIFY2(run.info.endTime, qPrintable(name));
        QVERIFY2(*run.info.endTime > start, qPrintable(name + u" ends before it starts"_s));
        QVERIFY2(*run.info.endTime <= ReferenceTime, qPrintable(name + u" ends in the future"_s));
        const QString parentId = tagValue(run.tags, u"mlflow.parentRunId"_s);
        if (parentId.isEmpty())
            continue;
        const Run &parent = byId.value(parentId);
        QVERIFY2(*parent.info.startTime <= start, qPrintable(name + u" starts before its sweep"_s));
        QVERIFY2(*parent.info.endTime >= *run.info.endTime,
                 qPrintable(name + u" ends after its sweep"_s));
    }
    // A handful of runs are training now, however large the demo: the rest is history.
    QVERIFY2(running >= 1 && running <= 12, qPrintable(QString::number(running)));
}

void tst_DemoGenerator::logsDatasetInputsOnSomeRuns()
{
    auto database = openStore();
    Demo::DemoGenerator(*database).generate(options(200));
    TrackingStore store(*database);
    int withInputs = 0;
    int runs = 0;
    for (const Run &run : allRuns(store)) {
        ++runs;
        if (run.inputs.isEmpty())
            continue;
        ++withInputs;
        const DatasetInput &training = run.inputs.first();
        QVERIFY(!training.dataset.name.isEmpty());
        QCOMPARE(training.dataset.digest.size(), qsizetype(8));
        QVERIFY(!training.dataset.source.isEmpty());
        QVERIFY(!training.dataset.schema.isEmpty());
        QVERIFY(training.dataset.profile.contains(u"num_rows"_s));
        QVERIFY(hasTag(training.tags, u"mlflow.data.context"_s));
    }
    QVERIFY2(withInputs > runs / 10, qPrintable(QString::number(withInputs)));
    QVERIFY(withInputs < runs);
}

void tst_DemoGenerator::registersModelVersionsOfGoodRunsWithAliases()
{
    auto database = openStore();
    const Demo::DemoSummary summary = Demo::DemoGenerator(*database).generate(options(300));
    TrackingStore tracking(*database);
    RegistryStore registry(*database);
    QVERIFY(registry.hasRegisteredModel(u"churn-classifier"_s));
    QCOMPARE(summary.registeredModels, qint64(registry.registeredModels().size()));
    const RegisteredModel model = registry.registeredModel(u"churn-classifier"_s);
    QVERIFY(!model.description.isEmpty());
    QVERIFY(!model.tags.isEmpty());
    const QList<ModelVersion> versions = registry.modelVersions(u"churn-classifier"_s);
    QVERIFY(versions.size() >= 3);

    const Experiment churn = tracking.experimentByName(u"churn-prediction"_s);
    double bestScore = -1;
    qint64 bestVersion = -1;
    QSet<ModelVersionStage> stages;
    for (const ModelVersion &version : versions) {
        QCOMPARE(version.source, u"runs:/%1/model"_s.arg(version.runId));
        QVERIFY(!version.description.isEmpty());
        QVERIFY(!version.tags.isEmpty());
        stages.insert(version.currentStage);
        const Run run = tracking.run(version.runId);
        QCOMPARE(run.info.experimentId, churn.experimentId);
        QCOMPARE(run.info.status, RunStatus::Finished);
        QCOMPARE(run.info.lifecycleStage, LifecycleStage::Active);
        const double score = latest(run, u"val_accuracy"_s);
        if (score > bestScore) {
            bestScore = score;
            bestVersion = version.version;
        }
    }
    QVERIFY(stages.contains(ModelVersionStage::Production));
    QVERIFY(stages.contains(ModelVersionStage::Staging));
    QVERIFY(stages.contains(ModelVersionStage::Archived));
    QCOMPARE(registry.modelVersionByAlias(u"churn-classifier"_s, u"champion"_s).version,
             bestVersion);
    const ModelVersion challenger =
        registry.modelVersionByAlias(u"churn-classifier"_s, u"challenger"_s);
    QVERIFY(challenger.version != bestVersion);

    // "Good runs": better than the experiment's typical finished run.
    QList<double> scores;
    for (const RunInfo &info : tracking.runInfos(churn.experimentId)) {
        const Run run = tracking.run(info.runId);
        if (run.info.status == RunStatus::Finished)
            scores.append(latest(run, u"val_accuracy"_s));
    }
    std::sort(scores.begin(), scores.end());
    const double median = scores.at(scores.size() / 2);
    for (const ModelVersion &version : versions)
        QVERIFY(latest(tracking.run(version.runId), u"val_accuracy"_s) > median);
}

void tst_DemoGenerator::sameSeedGivesSameData()
{
    auto first = openStore(u"first.db"_s);
    auto second = openStore(u"second.db"_s);
    Demo::DemoGenerator(*first).generate(options(150, 6, 99));
    Demo::DemoGenerator(*second).generate(options(150, 6, 99));
    const QStringList a = dump(*first);
    const QStringList b = dump(*second);
    QVERIFY(a.size() > 150 * 40);
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        QCOMPARE(a.at(i), b.at(i));
}

void tst_DemoGenerator::otherSeedGivesOtherData()
{
    auto first = openStore(u"first.db"_s);
    auto second = openStore(u"second.db"_s);
    Demo::DemoGenerator(*first).generate(options(50, 5, 1));
    Demo::DemoGenerator(*second).generate(options(50, 5, 2));
    TrackingStore a(*first);
    TrackingStore b(*second);
    QSet<QString> idsA;
    for (const Run &run : allRuns(a))
        idsA.insert(run.info.runId);
    for (const Run &run : allRuns(b))
        QVERIFY(!idsA.contains(run.info.runId));
}

void tst_DemoGenerator::experimentOptionPutsEveryRunIntoIt()
{
    auto database = openStore();
    TrackingStore store(*database);
    const qint64 existing = store.createExperiment(u"existing"_s);
    Demo::DemoOptions o = options(80);
    o.experimentName = u"benchmark runs"_s;
    const Demo::DemoSummary summary = Demo::DemoGenerator(*database).generate(o);
    QCOMPARE(summary.experiments, qint64(1));
    const Experiment target = store.experimentByName(u"benchmark runs"_s);
    const auto counts = store.runCounts(ViewType::All);
    QCOMPARE(counts.value(target.experimentId), qint64(80));
    QCOMPARE(counts.size(), 1);
    QVERIFY(!store.findExperimentByName(u"churn-prediction"_s));
    // Model families of every kind share the one experiment; the registry still gets its models.
    QSet<QString> families;
    for (const RunInfo &info : store.runInfos(target.experimentId, ViewType::All))
        families.insert(tagValue(store.run(info.runId).tags, u"model_family"_s));
    QVERIFY(families.size() >= 4);
    RegistryStore registry(*database);
    QVERIFY(registry.hasRegisteredModel(u"churn-classifier"_s));

    // An existing experiment is used as it is.
    o.experimentName = u"existing"_s;
    o.runs = 5;
    Demo::DemoGenerator(*database).generate(o);
    QCOMPARE(store.runCounts(ViewType::All).value(existing), qint64(5));
    QCOMPARE(store.experiments().size(), qsizetype(3));
}

void tst_DemoGenerator::refusesDeletedTargetExperiment()
{
    auto database = openStore();
    TrackingStore store(*database);
    const qint64 gone = store.createExperiment(u"gone"_s);
    store.deleteExperiment(gone);
    Demo::DemoOptions o = options(10);
    o.experimentName = u"gone"_s;
    QVERIFY_THROWS_EXCEPTION(StoreError, Demo::DemoGenerator(*database).generate(o));
    QCOMPARE(totalRuns(store), qint64(0));
    QCOMPARE(store.experiments(ViewType::All).size(), qsizetype(2));
}

void tst_DemoGenerator::rejectsBadOptionsWithoutWriting_data()
{
    QTest::addColumn<qint64>("runs");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("experiment");
    QTest::newRow("negative-runs") << qint64(-1) << 10 << QString();
    QTest::newRow("zero-steps") << qint64(10) << 0 << QString();
    QTest::newRow("negative-steps") << qint64(10) << -5 << QString();
    QTest::newRow("too-many-steps") << qint64(10) << Demo::MaxDemoSteps + 1 << QString();
    QTest::newRow("blank-experiment") << qint64(10) << 10 << u"   "_s;
}

void tst_DemoGenerator::rejectsBadOptionsWithoutWriting()
{
    QFETCH(qint64, runs);
    QFETCH(int, steps);
    QFETCH(QString, experiment);
    auto database = openStore();
    Demo::DemoOptions o = options(runs, steps);
    o.experimentName = experiment;
    try {
        Demo::DemoGenerator(*database).generate(o);
        QFAIL("bad options were accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.code(), ErrorCode::InvalidParameterValue);
    }
    TrackingStore store(*database);
    QCOMPARE(totalRuns(store), qint64(0));
    QCOMPARE(store.experiments(ViewType::All).size(), qsizetype(1));
}

void tst_DemoGenerator::cancelByProgressKeepsWholeRunsOnly()
{
    auto database = openStore();
    qint64 reported = 0;
    const Demo::DemoSummary summary =
        Demo::DemoGenerator(*database).generate(options(5000, 10), [&](qint64 done, qint64 total) {
            reported = done;
            return total == 5000 && done < 200;
        });
    QVERIFY(summary.cancelled);
    QVERIFY(summary.runs >= 200);
    QVERIFY(summary.runs < 5000);
    QCOMPARE(summary.runs, reported);
    TrackingStore store(*database);
    QCOMPARE(totalRuns(store), summary.runs);
    // Each run is complete, and no sweep lost children on the way.
    QSet<QString> ids;
    QList<QString> parents;
    for (const Run &run : allRuns(store)) {
        ids.insert(run.info.runId);
        QCOMPARE(run.params.size(), qsizetype(20));
        QCOMPARE(run.latestMetrics.size(), qsizetype(10));
        QVERIFY(run.tags.size() >= 10);
        const QString parent = tagValue(run.tags, u"mlflow.parentRunId"_s);
        if (!parent.isEmpty())
            parents.append(parent);
    }
    for (const QString &parent : std::as_const(parents))
        QVERIFY(ids.contains(parent));
    QCOMPARE(summary.metricPoints, scalar(*database, u"SELECT COUNT(*) FROM metrics"_s));
    // Registering models is the last step: a cancelled demo does not get there.
    QCOMPARE(RegistryStore(*database).registeredModels().size(), qsizetype(0));
}

void tst_DemoGenerator::reportsProgressUpToTotal()
{
    auto database = openStore();
    QList<qint64> calls;
    Demo::DemoGenerator(*database).generate(options(450, 3), [&](qint64 done, qint64 total) {
        calls.append(done);
        return total == 450;
    });
    QVERIFY(calls.size() >= 4);
    QCOMPARE(calls.last(), qint64(450));
    QVERIFY(std::is_sorted(calls.cbegin(), calls.cend()));
}

void tst_DemoGenerator::secondGenerationAddsRunsWithNewIds()
{
    auto database = openStore();
    Demo::DemoGenerator(*database).generate(options(60));
    const Demo::DemoSummary second = Demo::DemoGenerator(*database).generate(options(60));
    QCOMPARE(second.runs, qint64(60));
    TrackingStore store(*database);
    QCOMPARE(totalRuns(store), qint64(120));
    QCOMPARE(store.experiments().size(), qsizetype(5));
    RegistryStore registry(*database);
    const QList<ModelVersion> versions = registry.modelVersions(u"churn-classifier"_s);
    QCOMPARE(qint64(versions.size()),
             scalar(*database,
                    u"SELECT COUNT(*) FROM model_versions v JOIN registered_models m "
                    "USING (model_key) WHERE m.name = 'churn-classifier'"_s));
    // The aliases moved to the newest registrations.
    const qint64 champion =
        registry.modelVersionByAlias(u"churn-classifier"_s, u"champion"_s).version;
    QVERIFY(champion > versions.size() - 5);
}

void tst_DemoGenerator::generatesOnAnotherThreadWithItsOwnDatabase()
{
    const QString path = m_dir->filePath(u"threaded.db"_s);
    Database::open(path); // created and migrated up front
    Demo::DemoSummary summary;
    QString failure;
    std::thread worker([&] {
        try {
            auto database = Database::open(path);
            summary = Demo::DemoGenerator(*database).generate(options(40));
        } catch (const StoreError &error) {
            failure = error.message();
        }
    });
    worker.join();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(summary.runs, qint64(40));
    auto database = Database::open(path);
    TrackingStore store(*database);
    QCOMPARE(totalRuns(store), qint64(40));
}

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
