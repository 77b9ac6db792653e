// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"
#include "models/store/transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;
using Flowdesk::Store::TestSupport::errorOf;
using Flowdesk::Store::TestSupport::snapshot;

namespace {

using StoreAction = std::function<void(TrackingStore &)>;
using Batches = QList<QList<Metric>>;

const double NaN = std::numeric_limits<double>::quiet_NaN();
const double Inf = std::numeric_limits<double>::infinity();

// Fixture objects, created by init() for every test (and every data row).
const QString ActiveRun = u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
const QString DeletedRun = u"dddddddddddddddddddddddddddddddd"_s;
const QString FinishedRun = u"ffffffffffffffffffffffffffffffff"_s;
const QString MissingRun = u"0123456789abcdef0123456789abcdef"_s;
const qint64 ActiveExperiment = 1;
const qint64 DeletedExperiment = 2;

const QString NotActiveRun =
    u"The run dddddddddddddddddddddddddddddddd must be in the 'active' state. Current state is "
    "deleted."_s;
const QString RunNotFound = u"Run with id=0123456789abcdef0123456789abcdef not found"_s;

QList<Metric> points(const QString &key, int count, qint64 firstStep = 0)
{
    QList<Metric> result;
    for (int i = 0; i < count; ++i)
        result.append({key, double(i) / 10.0, 1717200000000 + i, firstStep + i});
    return result;
}

QList<Param> params(int count)
{
    QList<Param> result;
    for (int i = 0; i < count; ++i)
        result.append({u"p%1"_s.arg(i), QString::number(i)});
    return result;
}

QList<Tag> tags(int count)
{
    QList<Tag> result;
    for (int i = 0; i < count; ++i)
        result.append({u"t%1"_s.arg(i), QString::number(i)});
    return result;
}

DatasetInput dataset(const QString &name, const QString &digest, const QList<Tag> &tags = {})
{
    return {{name, digest, u"local"_s, u"file:///data/"_s + name, {}, {}}, tags};
}

bool sameDouble(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

} // namespace

namespace Flowdesk::Store {

// Readable QCOMPARE failures.
char *toString(const Metric &metric)
{
    return QTest::toString(
        u"Metric(%1, value=%2, timestamp=%3, step=%4)"_s.arg(metric.key,
                                                             QString::number(metric.value),
                                                             QString::number(metric.timestamp),
                                                             QString::number(metric.step)));
}

char *toString(const Tag &tag)
{
    return QTest::toString(u"Tag(%1=%2)"_s.arg(tag.key, tag.value));
}

} // namespace Flowdesk::Store

Q_DECLARE_METATYPE(StoreAction)
Q_DECLARE_METATYPE(Batches)

class TrackingStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void invalidRequestIsRefusedAndChangesNothing_data();
    void invalidRequestIsRefusedAndChangesNothing();
    void batchAtTheLimitsIsAccepted_data();
    void batchAtTheLimitsIsAccepted();

    void createExperimentHandsOutIdsInSequence();
    void createExperimentKeepsGivenIdAndTags();
    void renameExperimentChangesTheName();
    void deleteAndRestoreExperimentTakeTheRunsAlong();
    void defaultExperimentCanBeDeletedAndRestored();
    void experimentTagsAreSetReplacedAndDeleted();

    void createRunKeepsGivenId();
    void createRunGeneratesIdAndName();
    void createRunTakesTheNameFromTheRunNameTag();
    void runNameTagAndRunNameStayEqual();
    void deleteRunTwiceIsAccepted();

    void loggingTheSameParamValueAgainIsAccepted();
    void loggingToAFinishedRunIsAllowed();
    void deleteTagRemovesTheTag();

    void latestMetricFollowsMlflowsRule_data();
    void latestMetricFollowsMlflowsRule();
    void nanAndInfinitiesRoundTrip();
    void identicalPointIsKeptOnce();
    void sameStepAndTimestampWithDifferentValuesAreBothKept();
    void historyIsOrderedByTimestampStepValue();
    void aggregatesSummariseTheHistory_data();
    void aggregatesSummariseTheHistory();
    void failedBatchLeavesNothingBehind();
    void metricKeyFromRolledBackOuterTransactionIsNotReused();
    void failedBatchInsideAnOuterTransactionLeavesNothingOfItself();

    void logInputsStoresDatasetsOncePerRun();

private:
    struct Aggregates
    {
        QVariant minValue, maxValue, sumValue;
        qint64 valueCount = 0;
        qint64 pointCount = 0;
        double firstValue = 0;
        qint64 firstStep = 0, firstTimestamp = 0;
    };

    Aggregates aggregates(const QString &runId, const QString &key);
    QString createRunIn(qint64 experimentId, const QString &runId = {});
    void createFixture();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingStore> m_store;
};

void TrackingStoreTest::init()
{
    try {
        createFixture();
    } catch (const StoreError &error) {
        QFAIL(error.what());
    }
}

void TrackingStoreTest::createFixture()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Database::open(m_dir->filePath(u"flowdesk.db"_s));
    m_store = std::make_unique<TrackingStore>(*m_database);

    QCOMPARE(m_store->createExperiment(u"exp"_s), ActiveExperiment);
    QCOMPARE(m_store->createExperiment(u"gone"_s), DeletedExperiment);
    createRunIn(ActiveExperiment, ActiveRun);
    m_store->logBatch(
        ActiveRun, {}, {{u"lr"_s, u"0.01"_s}, {u"quote"_s, u"it's"_s}}, {{u"color"_s, u"red"_s}});
    createRunIn(ActiveExperiment, DeletedRun);
    m_store->deleteRun(DeletedRun);
    createRunIn(ActiveExperiment, FinishedRun);
    m_store->updateRun(FinishedRun, RunStatus::Finished, 1717200009000);
    m_store->setExperimentTag(DeletedExperiment, {u"k"_s, u"v"_s});
    m_store->deleteExperiment(DeletedExperiment);
}

void TrackingStoreTest::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QString TrackingStoreTest::createRunIn(qint64 experimentId, const QString &runId)
{
    RunCreation creation;
    creation.runId = runId;
    creation.experimentId = experimentId;
    creation.startTime = 1717200000000;
    return m_store->createRun(creation).info.runId;
}

TrackingStoreTest::Aggregates TrackingStoreTest::aggregates(const QString &runId,
                                                            const QString &key)
{
    QSqlQuery q(m_database->connection());
    q.prepare(
        u"SELECT m.min_value, m.max_value, m.sum_value, m.value_count, m.point_count, "
        "m.first_value, m.first_is_nan, m.first_step, m.first_timestamp FROM latest_metrics m "
        "JOIN metric_keys k ON k.key_id = m.key_id WHERE m.run_key = ? AND k.key = ?"_s);
    q.addBindValue(m_store->runKey(runId));
    q.addBindValue(key);
    Aggregates a;
    if (!q.exec() || !q.next())
        return a;
    a.minValue = q.value(0);
    a.maxValue = q.value(1);
    a.sumValue = q.value(2);
    a.valueCount = q.value(3).toLongLong();
    a.pointCount = q.value(4).toLongLong();
    a.firstValue = q.value(6).toInt() ? NaN : q.value(5).toDouble();
    a.firstStep = q.value(7).toLongLong();
    a.firstTimestamp = q.value(8).toLongLong();
    return a;
}

// ---------------------------------------------------------------------------------------------
// Every rule that refuses a request: MLflow's error code and message, and nothing changed.

void TrackingStoreTest::invalidRequestIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<StoreAction>("action");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString invalid = u"INVALID_PARAMETER_VALUE"_s;
    const QString missing = u"RESOURCE_DOES_NOT_EXIST"_s;
    const QString exists = u"RESOURCE_ALREADY_EXISTS"_s;
    const QString badChars =
        u"Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces "
        "( ), and slashes (/)."_s;
    const QString badPath = u"Names may be treated as files in certain cases, and must not resolve "
                            "to other names when treated as such. This name would resolve to "_s;
    const QString k250 = QString(250, u'k');
    const QString v250 = QString(250, u'v');
    const auto batch = [](const QString &runId,
                          const QList<Metric> &metrics,
                          const QList<Param> &params,
                          const QList<Tag> &tags) {
        return StoreAction([=](TrackingStore &s) {
            s.logBatch(runId, metrics, params, tags);
        });
    };
    const auto creation =
        [](const QString &runId, qint64 experimentId, const QString &name, const QList<Tag> &tags) {
            return StoreAction([=](TrackingStore &s) {
                RunCreation c;
                c.runId = runId;
                c.experimentId = experimentId;
                c.runName = name;
                c.tags = tags;
                s.createRun(c);
            });
        };

    // Experiments
    QTest::newRow("create experiment: empty name") << StoreAction([](TrackingStore &s) {
        s.createExperiment({});
    }) << invalid << u"Invalid experiment name: ''"_s;
    QTest::newRow("create experiment: name over 500 characters")
        << StoreAction([](TrackingStore &s) {
               s.createExperiment(QString(501, u'e'));
           })
        << invalid << u"Experiment name exceeds the maximum length of 500 characters"_s;
    QTest::newRow("create experiment: name of an active experiment")
        << StoreAction([](TrackingStore &s) {
               s.createExperiment(u"exp"_s);
           })
        << exists << u"Experiment(name=exp) already exists."_s;
    QTest::newRow("create experiment: name of a deleted experiment")
        << StoreAction([](TrackingStore &s) {
               s.createExperiment(u"gone"_s);
           })
        << exists << u"Experiment(name=gone) already exists."_s;
    QTest::newRow("create experiment: name Default") << StoreAction([](TrackingStore &s) {
        s.createExperiment(u"Default"_s);
    }) << exists << u"Experiment(name=Default) already exists."_s;
    QTest::newRow("create experiment: id collision") << StoreAction([](TrackingStore &s) {
        s.createExperiment(u"new"_s, {}, {}, 1);
    }) << exists << u"Experiment with id=1 already exists."_s;
    QTest::newRow("create experiment: id collision with a deleted experiment")
        << StoreAction([](TrackingStore &s) {
               s.createExperiment(u"new"_s, {}, {}, 2);
           })
        << exists << u"Experiment with id=2 already exists."_s;
    QTest::newRow("create experiment: negative id") << StoreAction([](TrackingStore &s) {
        s.createExperiment(u"new"_s, {}, {}, -5);
    }) << invalid << u"Invalid experiment ID: '-5'"_s;
    QTest::newRow("create experiment: tag name resolving elsewhere")
        << StoreAction([](TrackingStore &s) {
               s.createExperiment(u"new"_s, {}, {{u"bad/../key"_s, u"v"_s}});
           })
        << invalid << u"Invalid tag name: 'bad/../key'. "_s + badPath + u"'key'"_s;
    QTest::newRow("create experiment: tag value over 5000")
        << StoreAction([](TrackingStore &s) {
               s.createExperiment(u"new"_s, {}, {{u"k"_s, QString(5001, u'v')}});
           })
        << invalid
        << u"Tag value '%1' had length 5001, which exceeded length limit of 5000"_s.arg(v250);
    QTest::newRow("get experiment: unknown id") << StoreAction([](TrackingStore &s) {
        s.experiment(9999);
    }) << missing << u"No Experiment with id=9999 exists"_s;
    QTest::newRow("get experiment by name: unknown name") << StoreAction([](TrackingStore &s) {
        s.experimentByName(u"no-such-experiment"_s);
    }) << missing << u"Could not find experiment with name 'no-such-experiment'"_s;
    QTest::newRow("rename experiment: unknown id") << StoreAction([](TrackingStore &s) {
        s.renameExperiment(9999, u"zzz"_s);
    }) << missing << u"No Experiment with id=9999 exists"_s;
    // MLflow answers BAD_REQUEST here (with the raw sqlite text, which Flowdesk leaves out).
    QTest::newRow("rename experiment: onto an existing name") << StoreAction([](TrackingStore &s) {
        s.renameExperiment(1, u"Default"_s);
    }) << u"BAD_REQUEST"_s << u"Experiment(name=Default) already exists."_s;
    QTest::newRow("rename experiment: onto a deleted experiment's name")
        << StoreAction([](TrackingStore &s) {
               s.renameExperiment(1, u"gone"_s);
           })
        << u"BAD_REQUEST"_s << u"Experiment(name=gone) already exists."_s;
    QTest::newRow("rename experiment: deleted experiment") << StoreAction([](TrackingStore &s) {
        s.renameExperiment(2, u"zzz"_s);
    }) << u"INVALID_STATE"_s << u"Cannot rename a non-active experiment."_s;
    QTest::newRow("rename experiment: empty name") << StoreAction([](TrackingStore &s) {
        s.renameExperiment(1, {});
    }) << invalid << u"Invalid experiment name: ''"_s;
    QTest::newRow("delete experiment: already deleted") << StoreAction([](TrackingStore &s) {
        s.deleteExperiment(2);
    }) << missing << u"No Experiment with id=2 exists"_s;
    QTest::newRow("delete experiment: unknown id") << StoreAction([](TrackingStore &s) {
        s.deleteExperiment(9999);
    }) << missing << u"No Experiment with id=9999 exists"_s;
    QTest::newRow("restore experiment: active") << StoreAction([](TrackingStore &s) {
        s.restoreExperiment(1);
    }) << missing << u"No Experiment with id=1 exists"_s;
    QTest::newRow("restore experiment: unknown id") << StoreAction([](TrackingStore &s) {
        s.restoreExperiment(9999);
    }) << missing << u"No Experiment with id=9999 exists"_s;
    QTest::newRow("set experiment tag: deleted experiment") << StoreAction([](TrackingStore &s) {
        s.setExperimentTag(2, {u"k"_s, u"w"_s});
    }) << invalid << u"The experiment 2 must be in the 'active' state. Current state is deleted."_s;
    QTest::newRow("delete experiment tag: deleted experiment") << StoreAction([](TrackingStore &s) {
        s.deleteExperimentTag(2, u"k"_s);
    }) << invalid << u"The experiment 2 must be in the 'active' state. Current state is deleted."_s;
    QTest::newRow("set experiment tag: unknown experiment") << StoreAction([](TrackingStore &s) {
        s.setExperimentTag(9999, {u"k"_s, u"v"_s});
    }) << missing << u"No Experiment with id=9999 exists"_s;
    QTest::newRow("set experiment tag: absolute name") << StoreAction([](TrackingStore &s) {
        s.setExperimentTag(1, {u"/abs"_s, u"v"_s});
    }) << invalid << u"Invalid tag name: '/abs'. "_s + badPath + u"'/abs'"_s;
    QTest::newRow("delete experiment tag: missing key") << StoreAction([](TrackingStore &s) {
        s.deleteExperimentTag(1, u"nope"_s);
    }) << missing << u"No tag with name: nope in experiment with id 1"_s;

    // Runs
    QTest::newRow("create run: id with a space")
        << creation(u"bad id!"_s, 1, {}, {}) << invalid << u"Invalid run ID: 'bad id!'"_s;
    QTest::newRow("create run: id starting with a dash")
        << creation(u"-abc"_s, 1, {}, {}) << invalid << u"Invalid run ID: '-abc'"_s;
    QTest::newRow("create run: id with a quote")
        << creation(u"it's"_s, 1, {}, {}) << invalid << u"Invalid run ID: 'it's'"_s;
    QTest::newRow("create run: id of 257 characters")
        << creation(QString(257, u'a'), 1, {}, {}) << invalid
        << u"Invalid run ID: '%1'"_s.arg(QString(257, u'a'));
    QTest::newRow("create run: existing id") << creation(ActiveRun, 1, {}, {}) << exists
                                             << u"Run with id=%1 already exists."_s.arg(ActiveRun);
    QTest::newRow("create run: run_name differs from mlflow.runName")
        << creation({}, 1, u"a"_s, {{u"mlflow.runName"_s, u"b"_s}}) << invalid
        << u"Both 'run_name' argument and 'mlflow.runName' tag are specified, but with different "
           "values (run_name='a', mlflow.runName='b')."_s;
    QTest::newRow("create run: unknown experiment")
        << creation({}, 9999, {}, {}) << missing << u"No Experiment with id=9999 exists"_s;
    QTest::newRow("create run: deleted experiment")
        << creation({}, 2, {}, {}) << invalid
        << u"The experiment 2 must be in the 'active' state. Current state is deleted."_s;
    QTest::newRow("create run: invalid tag name")
        << creation({}, 1, {}, {{u"a*b"_s, u"v"_s}}) << invalid
        << u"Invalid tag name: 'a*b'. "_s + badChars;
    QTest::newRow("get run: unknown id") << StoreAction([](TrackingStore &s) {
        s.run(MissingRun);
    }) << missing << RunNotFound;
    QTest::newRow("update run: unknown id") << StoreAction([](TrackingStore &s) {
        s.updateRun(MissingRun, RunStatus::Finished, {});
    }) << missing << RunNotFound;
    QTest::newRow("update run: deleted run") << StoreAction([](TrackingStore &s) {
        s.updateRun(DeletedRun, RunStatus::Finished, {});
    }) << invalid << NotActiveRun;
    QTest::newRow("delete run: unknown id") << StoreAction([](TrackingStore &s) {
        s.deleteRun(MissingRun);
    }) << missing << RunNotFound;
    QTest::newRow("restore run: unknown id") << StoreAction([](TrackingStore &s) {
        s.restoreRun(MissingRun);
    }) << missing << RunNotFound;

    // Params: MLflow words a changed value differently for log-parameter and log-batch, and
    // quotes plainly in the first and with Python's repr() inside the second's dicts.
    QTest::newRow("log param: different value")
        << StoreAction([](TrackingStore &s) {
               s.logParam(ActiveRun, {u"lr"_s, u"0.02"_s});
           })
        << invalid
        << u"Changing param values is not allowed. Param with key='lr' was already logged with "
           "value='0.01' for run ID='%1'. Attempted logging new value '0.02'."_s.arg(ActiveRun);
    QTest::newRow("log param: different value, values with quotes")
        << StoreAction([](TrackingStore &s) {
               s.logParam(ActiveRun, {u"quote"_s, u"x'y"_s});
           })
        << invalid
        << u"Changing param values is not allowed. Param with key='quote' was already logged with "
           "value='it's' for run ID='%1'. Attempted logging new value 'x'y'."_s.arg(ActiveRun);
    QTest::newRow("log batch: different param value")
        << batch(ActiveRun, {}, {{u"lr"_s, u"0.2"_s}}, {}) << invalid
        << u"Changing param values is not allowed. Params were already logged='[{'key': 'lr', "
           "'old_value': '0.01', 'new_value': '0.2'}]' for run ID='%1'."_s.arg(ActiveRun);
    QTest::newRow("log batch: two different param values, one new param")
        << batch(ActiveRun,
                 points(u"m"_s, 3),
                 {{u"lr"_s, u"0.3"_s}, {u"fresh"_s, u"1"_s}, {u"quote"_s, u"x"_s}},
                 {{u"t"_s, u"v"_s}})
        << invalid
        << u"Changing param values is not allowed. Params were already logged='[{'key': 'lr', "
           "'old_value': '0.01', 'new_value': '0.3'}, {'key': 'quote', 'old_value': \"it's\", "
           "'new_value': 'x'}]' for run ID='%1'."_s.arg(ActiveRun);
    QTest::newRow("log batch: same param key twice")
        << batch(ActiveRun, {}, {{u"dup"_s, u"1"_s}, {u"dup"_s, u"2"_s}}, {}) << invalid
        << u"Duplicate parameter keys have been submitted: ['dup']. Please ensure the request "
           "contains only one param value per param key."_s;
    QTest::newRow("log batch: same param key three times, same value")
        << batch(ActiveRun,
                 {},
                 {{u"dup"_s, u"1"_s}, {u"x"_s, u"1"_s}, {u"dup"_s, u"1"_s}, {u"dup"_s, u"1"_s}},
                 {})
        << invalid
        << u"Duplicate parameter keys have been submitted: ['dup', 'dup']. Please ensure the "
           "request contains only one param value per param key."_s;
    QTest::newRow("log batch: 1001 metrics")
        << batch(ActiveRun, points(u"m"_s, 1001), {}, {}) << invalid
        << u"A batch logging request can contain at most 1000 metrics. Got 1001 metrics. Please "
           "split up metrics across multiple requests and try again."_s;
    QTest::newRow("log batch: 101 params")
        << batch(ActiveRun, {}, params(101), {}) << invalid
        << u"A batch logging request can contain at most 100 params. Got 101 params. Please split "
           "up params across multiple requests and try again."_s;
    QTest::newRow("log batch: 101 tags")
        << batch(ActiveRun, {}, {}, tags(101)) << invalid
        << u"A batch logging request can contain at most 100 tags. Got 101 tags. Please split up "
           "tags across multiple requests and try again."_s;
    QTest::newRow("log batch: 1001 entities in all")
        << batch(ActiveRun, points(u"m"_s, 1000), params(1), {}) << invalid
        << u"A batch logging request can contain at most 1000 metrics, params, and tags. Got 1001 "
           "metrics, params, and tags. Please split up metrics, params, and tags across multiple "
           "requests and try again."_s;
    QTest::newRow("log batch: param key of 251")
        << batch(ActiveRun, {}, {{QString(251, u'k'), u"v"_s}}, {}) << invalid
        << u"Param key '%1' had length 251, which exceeded length limit of 250"_s.arg(k250);
    QTest::newRow("log param: value of 6001")
        << StoreAction([](TrackingStore &s) {
               s.logParam(ActiveRun, {u"p"_s, QString(6001, u'v')});
           })
        << invalid
        << u"Param value '%1' had length 6001, which exceeded length limit of 6000"_s.arg(v250);
    QTest::newRow("set tag: key of 251") << StoreAction([](TrackingStore &s) {
        s.setTag(ActiveRun, {QString(251, u'k'), u"v"_s});
    }) << invalid << u"Tag key '%1' had length 251, which exceeded length limit of 250"_s.arg(k250);
    QTest::newRow("set tag: value of 5001")
        << StoreAction([](TrackingStore &s) {
               s.setTag(ActiveRun, {u"t"_s, QString(5001, u'v')});
           })
        << invalid
        << u"Tag value '%1' had length 5001, which exceeded length limit of 5000"_s.arg(v250);
    QTest::newRow("log metric: key of 251")
        << StoreAction([](TrackingStore &s) {
               s.logMetric(ActiveRun, {QString(251, u'k'), 1, 1, 1});
           })
        << invalid
        << u"Metric name '%1' had length 251, which exceeded length limit of 250"_s.arg(k250);
    QTest::newRow("log param: name resolving elsewhere") << StoreAction([](TrackingStore &s) {
        s.logParam(ActiveRun, {u"bad/../key"_s, u"x"_s});
    }) << invalid << u"Invalid parameter name: 'bad/../key'. "_s + badPath + u"'key'"_s;
    QTest::newRow("log param: absolute name") << StoreAction([](TrackingStore &s) {
        s.logParam(ActiveRun, {u"/abs"_s, u"x"_s});
    }) << invalid << u"Invalid parameter name: '/abs'. "_s + badPath + u"'/abs'"_s;
    QTest::newRow("log param: name leaving upwards") << StoreAction([](TrackingStore &s) {
        s.logParam(ActiveRun, {u"../x"_s, u"x"_s});
    }) << invalid << u"Invalid parameter name: '../x'. "_s + badPath + u"'../x'"_s;
    QTest::newRow("log param: empty name") << StoreAction([](TrackingStore &s) {
        s.logParam(ActiveRun, {{}, u"x"_s});
    }) << invalid << u"Invalid parameter name: ''. "_s + badPath + u"'.'"_s;
    QTest::newRow("log metric: name with a star") << StoreAction([](TrackingStore &s) {
        s.logMetric(ActiveRun, {u"loss*"_s, 1, 1, 1});
    }) << invalid << u"Invalid metric name: 'loss*'. "_s + badChars;
    QTest::newRow("log metric: name with a double slash") << StoreAction([](TrackingStore &s) {
        s.logMetric(ActiveRun, {u"a//b"_s, 1, 1, 1});
    }) << invalid << u"Invalid metric name: 'a//b'. "_s + badPath + u"'a/b'"_s;
    QTest::newRow("log metric: name with a trailing slash") << StoreAction([](TrackingStore &s) {
        s.logMetric(ActiveRun, {u"a/"_s, 1, 1, 1});
    }) << invalid << u"Invalid metric name: 'a/'. "_s + badPath + u"'a'"_s;
    QTest::newRow("log metric: name '.'") << StoreAction([](TrackingStore &s) {
        s.logMetric(ActiveRun, {u"."_s, 1, 1, 1});
    }) << invalid << u"Invalid metric name: '.'. "_s + badPath + u"'.'"_s;
    QTest::newRow("set tag: name with a quote") << StoreAction([](TrackingStore &s) {
        s.setTag(ActiveRun, {u"it's"_s, u"v"_s});
    }) << invalid << u"Invalid tag name: 'it's'. "_s + badChars;
    QTest::newRow("set tag: name with a colon") << StoreAction([](TrackingStore &s) {
        s.setTag(ActiveRun, {u"a:b"_s, u"v"_s});
    }) << invalid << u"Invalid tag name: 'a:b'. "_s + badChars;
    QTest::newRow("log batch: invalid metric after valid ones")
        << batch(ActiveRun, points(u"ok"_s, 5) + QList<Metric>{{u"bad*"_s, 1, 1, 1}}, {}, {})
        << invalid << u"Invalid metric name: 'bad*'. "_s + badChars;

    // Lifecycle of the run logged to
    QTest::newRow("log batch: deleted run")
        << batch(DeletedRun, points(u"m"_s, 2), {}, {}) << invalid << NotActiveRun;
    QTest::newRow("log param: deleted run") << StoreAction([](TrackingStore &s) {
        s.logParam(DeletedRun, {u"k"_s, u"v"_s});
    }) << invalid << NotActiveRun;
    QTest::newRow("log metric: deleted run") << StoreAction([](TrackingStore &s) {
        s.logMetric(DeletedRun, {u"m"_s, 1, 1, 1});
    }) << invalid << NotActiveRun;
    QTest::newRow("set tag: deleted run") << StoreAction([](TrackingStore &s) {
        s.setTag(DeletedRun, {u"k"_s, u"v"_s});
    }) << invalid << NotActiveRun;
    QTest::newRow("delete tag: deleted run") << StoreAction([](TrackingStore &s) {
        s.deleteTag(DeletedRun, u"mlflow.runName"_s);
    }) << invalid << NotActiveRun;
    QTest::newRow("log inputs: deleted run") << StoreAction([](TrackingStore &s) {
        s.logInputs(DeletedRun, {dataset(u"d"_s, u"1"_s)});
    }) << invalid << NotActiveRun;
    QTest::newRow("log batch: unknown run")
        << batch(MissingRun, {}, {}, {{u"a"_s, u"b"_s}}) << missing << RunNotFound;
    QTest::newRow("log param: unknown run") << StoreAction([](TrackingStore &s) {
        s.logParam(MissingRun, {u"a"_s, u"b"_s});
    }) << missing << RunNotFound;
    QTest::newRow("log batch: invalid run id") << batch(u"bad id!"_s, points(u"m"_s, 1), {}, {})
                                               << invalid << u"Invalid run ID: 'bad id!'"_s;
    QTest::newRow("log inputs: invalid run id") << StoreAction([](TrackingStore &s) {
        s.logInputs(u"bad id!"_s, {dataset(u"d"_s, u"1"_s)});
    }) << invalid << u"Invalid run ID: 'bad id!'"_s;
    QTest::newRow("delete tag: missing key") << StoreAction([](TrackingStore &s) {
        s.deleteTag(ActiveRun, u"nope"_s);
    }) << missing << u"No tag with name: nope in run with id %1"_s.arg(ActiveRun);
    QTest::newRow("metric history: unknown run") << StoreAction([](TrackingStore &s) {
        s.metricHistory(MissingRun, u"m"_s);
    }) << missing << RunNotFound;

    // Dataset inputs
    QTest::newRow("log inputs: dataset name over 500") << StoreAction([](TrackingStore &s) {
        s.logInputs(ActiveRun, {dataset(QString(501, u'n'), u"1"_s)});
    }) << invalid << u"Dataset name exceeds the maximum length of 500"_s;
    QTest::newRow("log inputs: digest over 36") << StoreAction([](TrackingStore &s) {
        s.logInputs(ActiveRun, {dataset(u"d"_s, QString(37, u'0'))});
    }) << invalid << u"Dataset digest exceeds the maximum length of 36"_s;
    QTest::newRow("log inputs: input tag key over 255") << StoreAction([](TrackingStore &s) {
        s.logInputs(ActiveRun, {dataset(u"d"_s, u"1"_s, {{QString(256, u'k'), u"v"_s}})});
    }) << invalid << u"InputTag key exceeds the maximum length of 255"_s;
    QTest::newRow("log inputs: input tag value over 500") << StoreAction([](TrackingStore &s) {
        s.logInputs(ActiveRun, {dataset(u"d"_s, u"1"_s, {{u"k"_s, QString(501, u'v')}})});
    }) << invalid << u"InputTag value exceeds the maximum length of 500"_s;
    QTest::newRow("log inputs: second dataset invalid") << StoreAction([](TrackingStore &s) {
        s.logInputs(ActiveRun, {dataset(u"ok"_s, u"1"_s), dataset(u"d"_s, QString(40, u'0'))});
    }) << invalid << u"Dataset digest exceeds the maximum length of 36"_s;
    QTest::newRow("log inputs: empty dataset name") << StoreAction([](TrackingStore &s) {
        s.logInputs(ActiveRun, {dataset({}, u"1"_s)});
    }) << invalid << u"Dataset name must not be empty."_s;
}

void TrackingStoreTest::invalidRequestIsRefusedAndChangesNothing()
{
    QFETCH(StoreAction, action);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const QStringList before = snapshot(*m_database);
    const auto error = errorOf([&] {
        action(*m_store);
    });
    QVERIFY2(error, "the request was accepted");
    QCOMPARE(error->message(), message);
    QCOMPARE(error->codeName(), code);
    QCOMPARE(snapshot(*m_database), before);
    QCOMPARE(m_database->transactionDepth(), 0);
}

void TrackingStoreTest::batchAtTheLimitsIsAccepted_data()
{
    QTest::addColumn<QList<Metric>>("metrics");
    QTest::addColumn<QList<Param>>("params");
    QTest::addColumn<QList<Tag>>("tags");

    QTest::newRow("1000 metrics") << points(u"m"_s, 1000) << QList<Param>() << QList<Tag>();
    QTest::newRow("100 params") << QList<Metric>() << params(100) << QList<Tag>();
    QTest::newRow("100 tags") << QList<Metric>() << QList<Param>() << tags(100);
    QTest::newRow("800 metrics, 100 params, 100 tags")
        << points(u"m"_s, 800) << params(100) << tags(100);
    QTest::newRow("keys of 250, param value of 6000, tag value of 5000")
        << QList<Metric>{{QString(250, u'm'), 1, 1, 1}}
        << QList<Param>{{QString(250, u'p'), QString(6000, u'v')}}
        << QList<Tag>{{QString(250, u't'), QString(5000, u'v')}};
    QTest::newRow("names with slashes, dots, dashes, spaces and letters")
        << QList<Metric>{{u"val/acc.top-1 x_y"_s, 1, 1, 1}, {u"Größe"_s, 2, 2, 2}}
        << QList<Param>{{u"model.depth limit"_s, u"7"_s}, {u"empty"_s, {}}}
        << QList<Tag>{{u"a/b"_s, u"it's \"quoted\""_s}};
    QTest::newRow("nothing at all") << QList<Metric>() << QList<Param>() << QList<Tag>();
}

void TrackingStoreTest::batchAtTheLimitsIsAccepted()
{
    QFETCH(QList<Metric>, metrics);
    QFETCH(QList<Param>, params);
    QFETCH(QList<Tag>, tags);

    m_store->logBatch(ActiveRun, metrics, params, tags);
    const Run run = m_store->run(ActiveRun);
    for (const Param &param : std::as_const(params))
        QVERIFY2(run.params.contains(param), qPrintable(param.key));
    for (const Tag &tag : std::as_const(tags))
        QVERIFY2(run.tags.contains(tag), qPrintable(tag.key));
    qsizetype stored = 0;
    for (const QString &key : m_store->metricKeys(ActiveRun))
        stored += m_store->metricHistory(ActiveRun, key).size();
    QCOMPARE(stored, metrics.size());
}

// ---------------------------------------------------------------------------------------------
// Experiments

void TrackingStoreTest::createExperimentHandsOutIdsInSequence()
{
    QCOMPARE(m_store->createExperiment(u"third"_s), qint64(3));
    // An imported file-store id is huge and random; new ids continue after the small ones.
    QCOMPARE(m_store->createExperiment(u"imported"_s, {}, {}, 851239044520398731),
             851239044520398731);
    QCOMPARE(m_store->createExperiment(u"fourth"_s), qint64(4));
    const Experiment e = m_store->experiment(4);
    QCOMPARE(e.name, u"fourth"_s);
    QCOMPARE(e.artifactLocation, u"mlflow-artifacts:/4"_s);
    QCOMPARE(e.lifecycleStage, LifecycleStage::Active);
    QVERIFY(e.creationTime > 0);
    QCOMPARE(e.lastUpdateTime, e.creationTime);
    QCOMPARE(m_store->experimentByName(u"fourth"_s).experimentId, qint64(4));
    QVERIFY(!m_store->findExperimentByName(u"fifth"_s));
}

void TrackingStoreTest::createExperimentKeepsGivenIdAndTags()
{
    const qint64 id = m_store->createExperiment(
        u"given"_s, u"file:///elsewhere/42"_s, {{u"team"_s, u"ml"_s}, {u"a"_s, u"b"_s}}, 42);
    QCOMPARE(id, qint64(42));
    const Experiment e = m_store->experiment(42);
    QCOMPARE(e.artifactLocation, u"file:///elsewhere/42"_s);
    QCOMPARE(e.tags, (QList<Tag>{{u"a"_s, u"b"_s}, {u"team"_s, u"ml"_s}}));
    QCOMPARE(m_store->createExperiment(u"next"_s), qint64(43));
}

void TrackingStoreTest::renameExperimentChangesTheName()
{
    m_store->renameExperiment(ActiveExperiment, u"renamed"_s);
    QCOMPARE(m_store->experiment(ActiveExperiment).name, u"renamed"_s);
    QCOMPARE(m_store->experimentByName(u"renamed"_s).experimentId, ActiveExperiment);
    QVERIFY(!m_store->findExperimentByName(u"exp"_s));
    // Renaming to the current name is not a collision with itself.
    m_store->renameExperiment(ActiveExperiment, u"renamed"_s);
    QCOMPARE(m_store->experiment(ActiveExperiment).name, u"renamed"_s);
    // The old name is free again.
    QCOMPARE(m_store->createExperiment(u"exp"_s), qint64(3));
}

void TrackingStoreTest::deleteAndRestoreExperimentTakeTheRunsAlong()
{
    const QString other = createRunIn(ActiveExperiment);
    QCOMPARE(m_store->runCounts().value(ActiveExperiment), qint64(3));

    m_store->deleteExperiment(ActiveExperiment);
    QCOMPARE(m_store->experiment(ActiveExperiment).lifecycleStage, LifecycleStage::Deleted);
    for (const QString &runId : {ActiveRun, FinishedRun, other, DeletedRun})
        QCOMPARE(m_store->run(runId).info.lifecycleStage, LifecycleStage::Deleted);
    QCOMPARE(m_store->runCounts().value(ActiveExperiment), qint64(0));
    QCOMPARE(m_store->runCounts(ViewType::DeletedOnly).value(ActiveExperiment), qint64(4));
    auto error = errorOf([&] {
        m_store->logMetric(ActiveRun, {u"m"_s, 1, 1, 1});
    });
    QVERIFY(error);
    QCOMPARE(error->codeName(), u"INVALID_PARAMETER_VALUE"_s);

    // MLflow restores every run of the experiment, also one deleted on its own before.
    m_store->restoreExperiment(ActiveExperiment);
    QCOMPARE(m_store->experiment(ActiveExperiment).lifecycleStage, LifecycleStage::Active);
    for (const QString &runId : {ActiveRun, FinishedRun, other, DeletedRun})
        QCOMPARE(m_store->run(runId).info.lifecycleStage, LifecycleStage::Active);
    QCOMPARE(m_store->runCounts().value(ActiveExperiment), qint64(4));
    m_store->logMetric(ActiveRun, {u"m"_s, 1, 1, 1});

    QList<qint64> active, deleted, all;
    for (const Experiment &e : m_store->experiments())
        active.append(e.experimentId);
    for (const Experiment &e : m_store->experiments(ViewType::DeletedOnly))
        deleted.append(e.experimentId);
    for (const Experiment &e : m_store->experiments(ViewType::All))
        all.append(e.experimentId);
    QCOMPARE(active, (QList<qint64>{0, 1}));
    QCOMPARE(deleted, (QList<qint64>{2}));
    QCOMPARE(all, (QList<qint64>{0, 1, 2}));
}

void TrackingStoreTest::defaultExperimentCanBeDeletedAndRestored()
{
    const Experiment before = m_store->experiment(0);
    QCOMPARE(before.name, u"Default"_s);
    QCOMPARE(before.artifactLocation, u"mlflow-artifacts:/0"_s);
    m_store->deleteExperiment(0);
    QCOMPARE(m_store->experiment(0).lifecycleStage, LifecycleStage::Deleted);
    m_store->restoreExperiment(0);
    QCOMPARE(m_store->experiment(0).lifecycleStage, LifecycleStage::Active);
}

void TrackingStoreTest::experimentTagsAreSetReplacedAndDeleted()
{
    m_store->setExperimentTag(ActiveExperiment, {u"k"_s, u"1"_s});
    m_store->setExperimentTag(ActiveExperiment, {u"k"_s, u"2"_s});
    m_store->setExperimentTag(ActiveExperiment, {u"a"_s, QString(5000, u'x')});
    QCOMPARE(m_store->experiment(ActiveExperiment).tags,
             (QList<Tag>{{u"a"_s, QString(5000, u'x')}, {u"k"_s, u"2"_s}}));
    m_store->deleteExperimentTag(ActiveExperiment, u"a"_s);
    QCOMPARE(m_store->experiment(ActiveExperiment).tags, (QList<Tag>{{u"k"_s, u"2"_s}}));
    // The deleted experiment's tags stay readable.
    QCOMPARE(m_store->experiment(DeletedExperiment).tags, (QList<Tag>{{u"k"_s, u"v"_s}}));
}

// ---------------------------------------------------------------------------------------------
// Runs

void TrackingStoreTest::createRunKeepsGivenId()
{
    RunCreation creation;
    creation.runId = u"25ea454415694456b9a99cf146cfa131"_s;
    creation.experimentId = ActiveExperiment;
    creation.runName = u"wire-run-1"_s;
    creation.userId = u"alice"_s;
    creation.startTime = 1717200000000;
    creation.tags = {{u"mlflow.source.type"_s, u"LOCAL"_s}};
    const Run run = m_store->createRun(creation);
    QCOMPARE(run.info.runId, creation.runId);
    QCOMPARE(run.info.experimentId, ActiveExperiment);
    QCOMPARE(run.info.runName, u"wire-run-1"_s);
    QCOMPARE(run.info.userId, u"alice"_s);
    QCOMPARE(run.info.status, RunStatus::Running);
    QCOMPARE(run.info.startTime, std::optional<qint64>(1717200000000));
    QVERIFY(!run.info.endTime);
    QCOMPARE(run.info.lifecycleStage, LifecycleStage::Active);
    QCOMPARE(run.info.artifactUri,
             u"mlflow-artifacts:/1/25ea454415694456b9a99cf146cfa131/artifacts"_s);
    QCOMPARE(run.tags,
             (QList<Tag>{{u"mlflow.runName"_s, u"wire-run-1"_s},
                         {u"mlflow.source.type"_s, u"LOCAL"_s}}));
    QVERIFY(m_store->hasRun(creation.runId));
}

void TrackingStoreTest::createRunGeneratesIdAndName()
{
    RunCreation creation;
    creation.experimentId = ActiveExperiment;
    const Run run = m_store->createRun(creation);
    static const QRegularExpression hex32(u"^[0-9a-f]{32}$"_s);
    static const QRegularExpression generatedName(u"^[a-z]+-[a-z]+-\\d{1,3}$"_s);
    QVERIFY2(hex32.match(run.info.runId).hasMatch(), qPrintable(run.info.runId));
    QVERIFY2(generatedName.match(run.info.runName).hasMatch(), qPrintable(run.info.runName));
    QCOMPARE(run.tags, (QList<Tag>{{u"mlflow.runName"_s, run.info.runName}}));
    QVERIFY(run.info.startTime.has_value());
    QCOMPARE(m_store->createRun(creation).info.runId.size(), 32);
    QVERIFY(m_store->createRun(creation).info.runId != run.info.runId);
}

void TrackingStoreTest::createRunTakesTheNameFromTheRunNameTag()
{
    RunCreation creation;
    creation.experimentId = ActiveExperiment;
    creation.tags = {{u"mlflow.runName"_s, u"from-tag"_s}};
    QCOMPARE(m_store->createRun(creation).info.runName, u"from-tag"_s);
    creation.runName = u"from-tag"_s; // equal values are no conflict
    const Run run = m_store->createRun(creation);
    QCOMPARE(run.info.runName, u"from-tag"_s);
    QCOMPARE(run.tags, (QList<Tag>{{u"mlflow.runName"_s, u"from-tag"_s}}));
}

void TrackingStoreTest::runNameTagAndRunNameStayEqual()
{
    m_store->setTag(ActiveRun, {u"mlflow.runName"_s, u"by-tag"_s});
    QCOMPARE(m_store->run(ActiveRun).info.runName, u"by-tag"_s);
    const RunInfo info = m_store->updateRun(ActiveRun, std::nullopt, std::nullopt, u"by-update"_s);
    QCOMPARE(info.runName, u"by-update"_s);
    QVERIFY(m_store->run(ActiveRun).tags.contains(Tag{u"mlflow.runName"_s, u"by-update"_s}));
    QCOMPARE(info.status, RunStatus::Running); // unset fields stay
    const RunInfo finished = m_store->updateRun(ActiveRun, RunStatus::Killed, 1717200001234);
    QCOMPARE(finished.status, RunStatus::Killed);
    QCOMPARE(finished.endTime, std::optional<qint64>(1717200001234));
    QCOMPARE(finished.runName, u"by-update"_s);
}

void TrackingStoreTest::deleteRunTwiceIsAccepted()
{
    m_store->deleteRun(DeletedRun);
    QCOMPARE(m_store->run(DeletedRun).info.lifecycleStage, LifecycleStage::Deleted);
    QCOMPARE(m_store->runInfos(ActiveExperiment, ViewType::DeletedOnly).size(), 1);
    m_store->restoreRun(DeletedRun);
    m_store->restoreRun(DeletedRun);
    QCOMPARE(m_store->run(DeletedRun).info.lifecycleStage, LifecycleStage::Active);
    QCOMPARE(m_store->runInfos(ActiveExperiment).size(), 3);
}

void TrackingStoreTest::loggingTheSameParamValueAgainIsAccepted()
{
    m_store->logParam(ActiveRun, {u"lr"_s, u"0.01"_s});
    m_store->logBatch(ActiveRun, {}, {{u"lr"_s, u"0.01"_s}, {u"new"_s, u"1"_s}});
    m_store->logParam(ActiveRun, {u"empty"_s, {}});
    QCOMPARE(
        m_store->run(ActiveRun).params,
        (QList<Param>{
            {u"empty"_s, {}}, {u"lr"_s, u"0.01"_s}, {u"new"_s, u"1"_s}, {u"quote"_s, u"it's"_s}}));
}

void TrackingStoreTest::loggingToAFinishedRunIsAllowed()
{
    m_store->logBatch(FinishedRun, {{u"m"_s, 1.5, 10, 1}}, {{u"p"_s, u"1"_s}}, {{u"t"_s, u"x"_s}});
    const Run run = m_store->run(FinishedRun);
    QCOMPARE(run.info.status, RunStatus::Finished);
    QCOMPARE(run.latestMetrics, (QList<Metric>{{u"m"_s, 1.5, 10, 1}}));
    QVERIFY(run.params.contains(Param{u"p"_s, u"1"_s}));
    QVERIFY(run.tags.contains(Tag{u"t"_s, u"x"_s}));
}

void TrackingStoreTest::deleteTagRemovesTheTag()
{
    m_store->deleteTag(ActiveRun, u"color"_s);
    QVERIFY(!m_store->run(ActiveRun).tags.contains(Tag{u"color"_s, u"red"_s}));
    const auto error = errorOf([&] {
        m_store->deleteTag(ActiveRun, u"color"_s);
    });
    QVERIFY(error);
    QCOMPARE(error->codeName(), u"RESOURCE_DOES_NOT_EXIST"_s);
}

// ---------------------------------------------------------------------------------------------
// Metrics

void TrackingStoreTest::latestMetricFollowsMlflowsRule_data()
{
    QTest::addColumn<QList<Metric>>("logged");
    QTest::addColumn<Metric>("latest");

    const auto m = [](double value, qint64 step, qint64 timestamp) {
        return Metric{u"m"_s, value, timestamp, step};
    };
    QTest::newRow("greater step wins over a later log")
        << QList<Metric>{m(1, 5, 100), m(2, 3, 200)} << m(1, 5, 100);
    QTest::newRow("same step: later timestamp wins")
        << QList<Metric>{m(1, 1, 200), m(5, 1, 100)} << m(1, 1, 200);
    QTest::newRow("same step and timestamp: larger value wins")
        << QList<Metric>{m(3, 1, 1), m(2, 1, 1), m(-7, 1, 1)} << m(3, 1, 1);
    QTest::newRow("NaN compares as 0: beats a negative value")
        << QList<Metric>{m(-1, 1, 1), m(NaN, 1, 1)} << m(NaN, 1, 1);
    QTest::newRow("NaN compares as 0: loses to a positive value")
        << QList<Metric>{m(NaN, 1, 1), m(0.5, 1, 1)} << m(0.5, 1, 1);
    QTest::newRow("+Inf beats every finite value")
        << QList<Metric>{m(1e308, 2, 2), m(Inf, 2, 2)} << m(Inf, 2, 2);
    QTest::newRow("negative steps") << QList<Metric>{m(1, -1, 5), m(2, -5, 9)} << m(1, -1, 5);
    QTest::newRow("last logged is the oldest")
        << QList<Metric>{m(9, 9, 9), m(1, 1, 1), m(2, 2, 2)} << m(9, 9, 9);
}

void TrackingStoreTest::latestMetricFollowsMlflowsRule()
{
    QFETCH(QList<Metric>, logged);
    QFETCH(Metric, latest);

    // One at a time, all in one batch, and in two batches: the answer must be the same.
    const QString single = createRunIn(ActiveExperiment);
    for (const Metric &metric : std::as_const(logged))
        m_store->logMetric(single, metric);
    const QString batched = createRunIn(ActiveExperiment);
    m_store->logBatch(batched, logged);
    const QString split = createRunIn(ActiveExperiment);
    m_store->logBatch(split, logged.mid(0, logged.size() / 2));
    m_store->logBatch(split, logged.mid(logged.size() / 2));

    for (const QString &runId : {single, batched, split}) {
        const QList<Metric> latestMetrics = m_store->run(runId).latestMetrics;
        QCOMPARE(latestMetrics.size(), 1);
        QCOMPARE(latestMetrics.first(), latest);
    }
}

void TrackingStoreTest::nanAndInfinitiesRoundTrip()
{
    m_store->logBatch(ActiveRun,
                      {{u"nan"_s, NaN, 1, 0},
                       {u"pinf"_s, Inf, 1, 0},
                       {u"ninf"_s, -Inf, 1, 0},
                       {u"max"_s, 1.7976931348623157e308, 1, 0}});
    const QList<Metric> history = m_store->metricHistory(ActiveRun, u"nan"_s);
    QCOMPARE(history.size(), 1);
    QVERIFY(std::isnan(history.first().value));
    QCOMPARE(m_store->metricHistory(ActiveRun, u"pinf"_s).first().value, Inf);
    QCOMPARE(m_store->metricHistory(ActiveRun, u"ninf"_s).first().value, -Inf);
    QCOMPARE(m_store->metricHistory(ActiveRun, u"max"_s).first().value, 1.7976931348623157e308);
    const QList<Metric> latest = m_store->run(ActiveRun).latestMetrics;
    QCOMPARE(latest.size(), 4);
    for (const Metric &metric : latest) {
        if (metric.key == u"nan"_s)
            QVERIFY(std::isnan(metric.value));
        else if (metric.key == u"pinf"_s)
            QCOMPARE(metric.value, Inf);
        else if (metric.key == u"ninf"_s)
            QCOMPARE(metric.value, -Inf);
    }
    // The NaN point is distinct from a 0 logged at the same step and time.
    m_store->logMetric(ActiveRun, {u"nan"_s, 0, 1, 0});
    QCOMPARE(m_store->metricHistory(ActiveRun, u"nan"_s).size(), 2);
}

void TrackingStoreTest::identicalPointIsKeptOnce()
{
    const Metric point{u"m"_s, 0.25, 1717200000000, 3};
    m_store->logMetric(ActiveRun, point);
    m_store->logMetric(ActiveRun, point);
    m_store->logBatch(ActiveRun, {point, point, {u"m"_s, NaN, 5, 5}, {u"m"_s, NaN, 5, 5}});
    m_store->logBatch(ActiveRun, {{u"m"_s, NaN, 5, 5}});
    const QList<Metric> history = m_store->metricHistory(ActiveRun, u"m"_s);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0), (Metric{u"m"_s, NaN, 5, 5}));
    QCOMPARE(history.at(1), point);
    const Aggregates a = aggregates(ActiveRun, u"m"_s);
    QCOMPARE(a.pointCount, qint64(2));
    QCOMPARE(a.valueCount, qint64(1));
    QCOMPARE(a.sumValue.toDouble(), 0.25);
}

void TrackingStoreTest::sameStepAndTimestampWithDifferentValuesAreBothKept()
{
    m_store->logMetric(ActiveRun, {u"m"_s, 2, 10, 1});
    m_store->logMetric(ActiveRun, {u"m"_s, 1, 10, 1});
    QCOMPARE(m_store->metricHistory(ActiveRun, u"m"_s),
             (QList<Metric>{{u"m"_s, 1, 10, 1}, {u"m"_s, 2, 10, 1}}));
}

void TrackingStoreTest::historyIsOrderedByTimestampStepValue()
{
    // timestamp first, then step, then value; not the order of logging.
    m_store->logBatch(ActiveRun,
                      {{u"m"_s, 5, 300, 0},
                       {u"m"_s, 4, 100, 9},
                       {u"m"_s, 3, 100, 2},
                       {u"m"_s, 2, 100, 2},
                       {u"m"_s, 1, 200, 1}});
    m_store->logMetric(ActiveRun, {u"m"_s, 0, 50, 100});
    m_store->logMetric(ActiveRun, {u"other"_s, 0, 1, 1});
    QCOMPARE(m_store->metricHistory(ActiveRun, u"m"_s),
             (QList<Metric>{{u"m"_s, 0, 50, 100},
                            {u"m"_s, 2, 100, 2},
                            {u"m"_s, 3, 100, 2},
                            {u"m"_s, 4, 100, 9},
                            {u"m"_s, 1, 200, 1},
                            {u"m"_s, 5, 300, 0}}));
    QCOMPARE(m_store->metricHistory(ActiveRun, u"unknown"_s), QList<Metric>());
    QCOMPARE(m_store->metricKeys(ActiveRun), (QStringList{u"m"_s, u"other"_s}));
}

void TrackingStoreTest::aggregatesSummariseTheHistory_data()
{
    QTest::addColumn<Batches>("batches");
    QTest::addColumn<QVariant>("minValue");
    QTest::addColumn<QVariant>("maxValue");
    QTest::addColumn<QVariant>("sumValue");
    QTest::addColumn<qint64>("valueCount");
    QTest::addColumn<qint64>("pointCount");
    QTest::addColumn<Metric>("first");

    const auto m = [](double value, qint64 step, qint64 timestamp) {
        return Metric{u"m"_s, value, timestamp, step};
    };
    QTest::newRow("one batch") << Batches{{m(3, 2, 20), m(1, 1, 10), m(2, 3, 30)}} << QVariant(1.0)
                               << QVariant(3.0) << QVariant(6.0) << qint64(3) << qint64(3)
                               << m(1, 1, 10);
    QTest::newRow("several batches, first point logged last")
        << Batches{{m(4, 5, 50)}, {m(-2, 6, 60), m(8, 7, 70)}, {m(1, 0, 100)}} << QVariant(-2.0)
        << QVariant(8.0) << QVariant(11.0) << qint64(4) << qint64(4) << m(1, 0, 100);
    QTest::newRow("NaN is counted as a point but not as a value")
        << Batches{{m(NaN, 1, 1), m(2, 2, 2)}, {m(NaN, 3, 3)}} << QVariant(2.0) << QVariant(2.0)
        << QVariant(2.0) << qint64(1) << qint64(3) << m(NaN, 1, 1);
    QTest::newRow("only NaN") << Batches{{m(NaN, 1, 1)}, {m(NaN, 2, 2)}} << QVariant() << QVariant()
                              << QVariant(0.0) << qint64(0) << qint64(2) << m(NaN, 1, 1);
    QTest::newRow("+Inf and -Inf: no sum")
        << Batches{{m(Inf, 1, 1)}, {m(-Inf, 2, 2), m(5, 3, 3)}} << QVariant(-Inf) << QVariant(Inf)
        << QVariant() << qint64(3) << qint64(3) << m(Inf, 1, 1);
    QTest::newRow("first point: smallest step, then timestamp, then value")
        << Batches{{m(7, 1, 5)}, {m(6, 1, 5), m(9, 1, 6)}} << QVariant(6.0) << QVariant(9.0)
        << QVariant(22.0) << qint64(3) << qint64(3) << m(6, 1, 5);
}

void TrackingStoreTest::aggregatesSummariseTheHistory()
{
    QFETCH(Batches, batches);
    QFETCH(QVariant, minValue);
    QFETCH(QVariant, maxValue);
    QFETCH(QVariant, sumValue);
    QFETCH(qint64, valueCount);
    QFETCH(qint64, pointCount);
    QFETCH(Metric, first);

    for (const QList<Metric> &batch : std::as_const(batches))
        m_store->logBatch(ActiveRun, batch);
    const Aggregates a = aggregates(ActiveRun, u"m"_s);
    QCOMPARE(a.minValue.isNull(), minValue.isNull());
    QCOMPARE(a.maxValue.isNull(), maxValue.isNull());
    QCOMPARE(a.sumValue.isNull(), sumValue.isNull());
    if (!minValue.isNull()) {
        QCOMPARE(a.minValue.toDouble(), minValue.toDouble());
        QCOMPARE(a.maxValue.toDouble(), maxValue.toDouble());
    }
    if (!sumValue.isNull())
        QCOMPARE(a.sumValue.toDouble(), sumValue.toDouble());
    QCOMPARE(a.valueCount, valueCount);
    QCOMPARE(a.pointCount, pointCount);
    QVERIFY2(sameDouble(a.firstValue, first.value), qPrintable(QString::number(a.firstValue)));
    QCOMPARE(a.firstStep, first.step);
    QCOMPARE(a.firstTimestamp, first.timestamp);
    QCOMPARE(qint64(m_store->metricHistory(ActiveRun, u"m"_s).size()), pointCount);
}

void TrackingStoreTest::failedBatchLeavesNothingBehind()
{
    m_store->logBatch(ActiveRun, {{u"old"_s, 1, 1, 1}});
    // A failure after the metric rows were written (as a full disk would cause) must undo them,
    // the new key, the latest row and the tags.
    QSqlQuery trigger(m_database->connection());
    QVERIFY(trigger.exec(u"CREATE TEMP TRIGGER fail_tag BEFORE INSERT ON main.run_tags "
                         "WHEN NEW.key = 'boom' BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
    const QStringList before = snapshot(*m_database);
    const auto error = errorOf([&] {
        m_store->logBatch(ActiveRun,
                          {{u"fresh"_s, 1, 1, 1}, {u"old"_s, 2, 2, 2}},
                          {{u"p-new"_s, u"1"_s}},
                          {{u"ok"_s, u"1"_s}, {u"boom"_s, u"1"_s}});
    });
    QVERIFY(error);
    QCOMPARE(error->codeName(), u"INTERNAL_ERROR"_s);
    QVERIFY2(error->message().contains(u"disk full"_s), qPrintable(error->message()));
    QCOMPARE(snapshot(*m_database), before);
    QCOMPARE(m_database->transactionDepth(), 0);
    QVERIFY(trigger.exec(u"DROP TRIGGER temp.fail_tag"_s));

    // The key interned by the rolled-back batch must not be taken from a stale cache.
    m_store->logBatch(ActiveRun, {{u"another"_s, 5, 5, 5}});
    m_store->logBatch(ActiveRun, {{u"fresh"_s, 3, 3, 3}});
    QCOMPARE(m_store->metricHistory(ActiveRun, u"fresh"_s), (QList<Metric>{{u"fresh"_s, 3, 3, 3}}));
    QCOMPARE(m_store->metricHistory(ActiveRun, u"another"_s),
             (QList<Metric>{{u"another"_s, 5, 5, 5}}));
    QCOMPARE(m_store->metricHistory(ActiveRun, u"old"_s), (QList<Metric>{{u"old"_s, 1, 1, 1}}));
}

void TrackingStoreTest::metricKeyFromRolledBackOuterTransactionIsNotReused()
{
    // An importer wraps many batches in one transaction; when it gives up, the keys it
    // interned are gone, and their ids may be handed to other keys afterwards.
    {
        Transaction outer(*m_database);
        m_store->logBatch(ActiveRun, {{u"ghost"_s, 1, 1, 1}});
        QCOMPARE(m_store->metricHistory(ActiveRun, u"ghost"_s).size(), 1);
    } // rolled back
    QCOMPARE(m_store->metricHistory(ActiveRun, u"ghost"_s).size(), 0);
    m_store->logBatch(ActiveRun, {{u"other"_s, 2, 2, 2}});
    m_store->logBatch(ActiveRun, {{u"ghost"_s, 3, 3, 3}});
    QCOMPARE(m_store->metricHistory(ActiveRun, u"ghost"_s), (QList<Metric>{{u"ghost"_s, 3, 3, 3}}));
    QCOMPARE(m_store->metricHistory(ActiveRun, u"other"_s), (QList<Metric>{{u"other"_s, 2, 2, 2}}));
    QCOMPARE(m_store->metricKeys(ActiveRun), (QStringList{u"ghost"_s, u"other"_s}));
}

void TrackingStoreTest::failedBatchInsideAnOuterTransactionLeavesNothingOfItself()
{
    QSqlQuery trigger(m_database->connection());
    QVERIFY(trigger.exec(u"CREATE TEMP TRIGGER fail_tag BEFORE INSERT ON main.run_tags "
                         "WHEN NEW.key = 'boom' BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
    {
        Transaction outer(*m_database);
        m_store->logBatch(ActiveRun, {{u"before"_s, 1, 1, 1}});
        const auto error = errorOf([&] {
            m_store->logBatch(ActiveRun,
                              {{u"before"_s, 2, 2, 2}, {u"lost"_s, 2, 2, 2}},
                              {{u"p-lost"_s, u"1"_s}},
                              {{u"t-lost"_s, u"1"_s}, {u"boom"_s, u"1"_s}});
        });
        QVERIFY(error);
        m_store->logBatch(ActiveRun, {{u"after"_s, 3, 3, 3}, {u"lost"_s, 3, 3, 3}});
        outer.commit();
    }
    QCOMPARE(m_store->metricHistory(ActiveRun, u"before"_s),
             (QList<Metric>{{u"before"_s, 1, 1, 1}}));
    QCOMPARE(m_store->metricHistory(ActiveRun, u"lost"_s), (QList<Metric>{{u"lost"_s, 3, 3, 3}}));
    QCOMPARE(m_store->metricHistory(ActiveRun, u"after"_s), (QList<Metric>{{u"after"_s, 3, 3, 3}}));
    const Run run = m_store->run(ActiveRun);
    QVERIFY(!run.tags.contains(Tag{u"t-lost"_s, u"1"_s}));
    QVERIFY(!run.params.contains(Param{u"p-lost"_s, u"1"_s}));
    QCOMPARE(aggregates(ActiveRun, u"before"_s).pointCount, qint64(1));
    QCOMPARE(aggregates(ActiveRun, u"lost"_s).pointCount, qint64(1));
}

// ---------------------------------------------------------------------------------------------
// Dataset inputs

void TrackingStoreTest::logInputsStoresDatasetsOncePerRun()
{
    DatasetInput train =
        dataset(u"train"_s, u"abc123"_s, {{u"mlflow.data.context"_s, u"training"_s}});
    train.dataset.schema = u"{\"mlflow_colspec\": []}"_s;
    train.dataset.profile = u"{\"num_rows\": 10}"_s;
    const DatasetInput eval = dataset(u"eval"_s, u"def456"_s);
    DatasetInput trainAgain = train;
    trainAgain.tags = {{u"mlflow.data.context"_s, u"other"_s}};

    // A dataset repeated in one request or in a later one is kept once, with its first tags.
    m_store->logInputs(ActiveRun, {train, eval, trainAgain});
    m_store->logInputs(ActiveRun, {trainAgain});
    QCOMPARE(m_store->run(ActiveRun).inputs, (QList<DatasetInput>{train, eval}));

    // Another run of the experiment shares the dataset row.
    m_store->logInputs(FinishedRun, {trainAgain});
    QCOMPARE(m_store->run(FinishedRun).inputs, (QList<DatasetInput>{trainAgain}));
    QSqlQuery count(m_database->connection());
    QVERIFY(count.exec(u"SELECT COUNT(*) FROM datasets"_s) && count.next());
    QCOMPARE(count.value(0).toInt(), 2);
    m_store->logInputs(ActiveRun, {});
    QCOMPARE(m_store->run(ActiveRun).inputs.size(), 2);
}

QTEST_GUILESS_MAIN(TrackingStoreTest)
#include "tst_trackingstore.moc"
