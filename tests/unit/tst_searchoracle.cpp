// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/queryerror.h"
#include "models/query/registrysearcher.h"
#include "models/query/runsearcher.h"
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;

// Loads the search oracle recorded from a real MLflow 2.14 server into a real store and asks
// every recorded question: same runs, same order, same pages, same errors.
class TestSearchOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadedLatestMetricsAreMlflows();
    void runsSearchAnswersAsMlflow_data();
    void runsSearchAnswersAsMlflow();
    void mlflowFiltersKeepTheirMeaningWithExtensionsOn_data();
    void mlflowFiltersKeepTheirMeaningWithExtensionsOn();
    void registrySearchAnswersAsMlflow_data();
    void registrySearchAnswersAsMlflow();

private:
    static QJsonObject readJson(const QString &name);
    void loadRuns();
    void loadRegistry();
    void addRunCases(bool validOnly = false);

    QTemporaryDir m_dir;
    std::unique_ptr<Store::Database> m_database;
    QJsonObject m_dataset;
};

QJsonObject TestSearchOracle::readJson(const QString &name)
{
    QFile file(QStringLiteral(FLOWDESK_TEST_DATA_DIR) + u"/search-oracle/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

namespace {

double metricValue(const QJsonValue &value)
{
    if (value.isString() && value.toString() == u"NaN"_s)
        return std::numeric_limits<double>::quiet_NaN();
    return value.toDouble();
}

QList<Store::Tag> tagsOf(const QJsonObject &object)
{
    QList<Store::Tag> tags;
    for (auto it = object.begin(); it != object.end(); ++it)
        tags.append({it.key(), it.value().toString()});
    return tags;
}

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

Store::ViewType viewType(const QString &name)
{
    if (name == u"DELETED_ONLY"_s)
        return Store::ViewType::DeletedOnly;
    if (name == u"ALL"_s)
        return Store::ViewType::All;
    return Store::ViewType::ActiveOnly;
}

Query::RunSearchRequest runRequest(const QJsonObject &request)
{
    Query::RunSearchRequest r;
    for (const QJsonValue &id : request.value(u"experiment_ids"_s).toArray())
        r.experimentIds.append(id.toString().toLongLong());
    r.filter = request.value(u"filter"_s).toString();
    r.orderBy = strings(request.value(u"order_by"_s).toArray());
    r.view = viewType(request.value(u"run_view_type"_s).toString());
    r.maxResults = request.value(u"max_results"_s).toInt(1000);
    r.pageToken = request.value(u"page_token"_s).toString();
    return r;
}

void compareError(const Store::StoreError &error, const QJsonObject &expected)
{
    QCOMPARE(error.codeName(), expected.value(u"error_code"_s).toString());
    QCOMPARE(Store::httpStatusFor(error.code()), expected.value(u"status"_s).toInt());
    if (expected.value(u"message_match"_s).toString() == u"prefix"_s) {
        const QString prefix = expected.value(u"message_prefix"_s).toString();
        if (!error.message().startsWith(prefix))
            QFAIL(qPrintable(
                u"message '%1' does not start with '%2'"_s.arg(error.message(), prefix)));
    } else {
        QCOMPARE(error.message(), expected.value(u"message"_s).toString());
    }
}

} // namespace

void TestSearchOracle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = Store::Database::open(m_dir.filePath(u"flowdesk.db"_s));
    m_dataset = readJson(u"dataset.json"_s);
    loadRuns();
    loadRegistry();
}

void TestSearchOracle::loadRuns()
{
    Store::TrackingStore store(*m_database);
    for (const QJsonValue &value : m_dataset.value(u"experiments"_s).toArray()) {
        const QJsonObject e = value.toObject();
        store.createExperiment(e.value(u"name"_s).toString(),
                               e.value(u"artifact_location"_s).toString(),
                               tagsOf(e.value(u"tags"_s).toObject()),
                               e.value(u"experiment_id"_s).toString().toLongLong());
    }
    for (const QJsonValue &value : m_dataset.value(u"runs"_s).toArray()) {
        const QJsonObject r = value.toObject();
        const QString runId = r.value(u"run_id"_s).toString();
        Store::RunCreation creation;
        creation.runId = runId;
        creation.experimentId = r.value(u"experiment_id"_s).toString().toLongLong();
        creation.runName = r.value(u"run_name"_s).toString();
        creation.userId = r.value(u"user_id"_s).toString();
        creation.startTime = qint64(r.value(u"start_time"_s).toDouble());
        creation.tags = tagsOf(r.value(u"tags"_s).toObject());
        store.createRun(creation);

        const QList<Store::Param> params = tagsOf(r.value(u"params"_s).toObject());
        QList<Store::Metric> metrics;
        const QJsonObject history = r.value(u"metric_history"_s).toObject();
        for (auto it = history.begin(); it != history.end(); ++it) {
            for (const QJsonValue &point : it.value().toArray()) {
                const QJsonObject p = point.toObject();
                metrics.append({it.key(),
                                metricValue(p.value(u"value"_s)),
                                qint64(p.value(u"timestamp"_s).toDouble()),
                                qint64(p.value(u"step"_s).toDouble())});
            }
        }
        store.logBatch(runId, metrics, params);

        QList<Store::DatasetInput> inputs;
        for (const QJsonValue &input : r.value(u"dataset_inputs"_s).toArray()) {
            const QJsonObject i = input.toObject();
            Store::DatasetInput datasetInput;
            datasetInput.dataset.name = i.value(u"name"_s).toString();
            datasetInput.dataset.digest = i.value(u"digest"_s).toString();
            datasetInput.dataset.sourceType = i.value(u"source_type"_s).toString();
            datasetInput.dataset.source = i.value(u"source"_s).toString();
            datasetInput.tags = tagsOf(i.value(u"tags"_s).toObject());
            inputs.append(datasetInput);
        }
        if (!inputs.isEmpty())
            store.logInputs(runId, inputs);

        const QJsonValue end = r.value(u"end_time"_s);
        store.updateRun(runId,
                        Store::runStatusFromName(r.value(u"status"_s).toString()),
                        end.isNull() ? std::nullopt
                                     : std::optional<qint64>(qint64(end.toDouble())));
        if (r.value(u"lifecycle_stage"_s).toString() == u"deleted"_s)
            store.deleteRun(runId);
    }
}

void TestSearchOracle::loadRegistry()
{
    const QJsonObject registry = readJson(u"registry-dataset.json"_s);
    Store::RegistryStore store(*m_database);
    for (const QJsonValue &value : registry.value(u"registered_models"_s).toArray()) {
        const QJsonObject m = value.toObject();
        store.createRegisteredModel(m.value(u"name"_s).toString(),
                                    m.value(u"description"_s).toString(),
                                    tagsOf(m.value(u"tags"_s).toObject()));
    }
    for (const QJsonValue &value : registry.value(u"model_versions"_s).toArray()) {
        const QJsonObject v = value.toObject();
        Store::ModelVersionCreation creation;
        creation.name = v.value(u"name"_s).toString();
        creation.source = v.value(u"source"_s).toString();
        creation.runId = v.value(u"run_id"_s).toString();
        creation.description = v.value(u"description"_s).toString();
        creation.tags = tagsOf(v.value(u"tags"_s).toObject());
        creation.version = v.value(u"version"_s).toString().toLongLong();
        store.createModelVersion(creation);
        const auto stage = Store::stageFromName(v.value(u"current_stage"_s).toString());
        if (stage && *stage != Store::ModelVersionStage::None)
            store.transitionModelVersionStage(creation.name, creation.version, *stage, false);
    }
    for (const QJsonValue &value : registry.value(u"registered_models"_s).toArray()) {
        const QJsonObject m = value.toObject();
        const QJsonObject aliases = m.value(u"aliases"_s).toObject();
        for (auto it = aliases.begin(); it != aliases.end(); ++it)
            store.setAlias(
                m.value(u"name"_s).toString(), it.key(), it.value().toString().toLongLong());
    }
    // The recorded times are the server's clock; the store stamps its own, so set them as
    // recorded (times order the registry searches).
    for (const QJsonValue &value : registry.value(u"registered_models"_s).toArray()) {
        const QJsonObject m = value.toObject();
        QSqlQuery q = m_database->prepare(
            u"UPDATE registered_models SET creation_time = ?, last_updated_time = ? WHERE name = ?"_s);
        q.bindValue(0, qint64(m.value(u"creation_timestamp"_s).toDouble()));
        q.bindValue(1, qint64(m.value(u"last_updated_timestamp"_s).toDouble()));
        q.bindValue(2, m.value(u"name"_s).toString());
        Store::Database::exec(q);
    }
    for (const QJsonValue &value : registry.value(u"model_versions"_s).toArray()) {
        const QJsonObject v = value.toObject();
        QSqlQuery q = m_database->prepare(
            u"UPDATE model_versions SET creation_time = ?, last_updated_time = ? WHERE version = ? "
            u"AND "
            "model_key = (SELECT model_key FROM registered_models WHERE name = ?)"_s);
        q.bindValue(0, qint64(v.value(u"creation_timestamp"_s).toDouble()));
        q.bindValue(1, qint64(v.value(u"last_updated_timestamp"_s).toDouble()));
        q.bindValue(2, v.value(u"version"_s).toString().toLongLong());
        q.bindValue(3, v.value(u"name"_s).toString());
        Store::Database::exec(q);
    }
}

void TestSearchOracle::loadedLatestMetricsAreMlflows()
{
    Store::TrackingStore store(*m_database);
    for (const QJsonValue &value : m_dataset.value(u"runs"_s).toArray()) {
        const QJsonObject r = value.toObject();
        const Store::Run run = store.run(r.value(u"run_id"_s).toString());
        const QJsonObject latest = r.value(u"latest_metrics"_s).toObject();
        QCOMPARE(run.latestMetrics.size(), latest.size());
        for (const Store::Metric &metric : run.latestMetrics) {
            const QJsonObject expected = latest.value(metric.key).toObject();
            const double value = metricValue(expected.value(u"value"_s));
            if (std::isnan(value))
                QVERIFY2(std::isnan(metric.value), qPrintable(metric.key));
            else
                QCOMPARE(metric.value, value);
            QCOMPARE(metric.step, qint64(expected.value(u"step"_s).toDouble()));
            QCOMPARE(metric.timestamp, qint64(expected.value(u"timestamp"_s).toDouble()));
        }
    }
}

void TestSearchOracle::addRunCases(bool validOnly)
{
    QTest::addColumn<QJsonObject>("testCase");
    const QJsonObject cases = readJson(u"cases.json"_s);
    for (const QJsonValue &value : cases.value(u"cases"_s).toArray()) {
        const QJsonObject c = value.toObject();
        if (validOnly && c.value(u"expected"_s).toObject().value(u"status"_s).toInt() != 200)
            continue;
        QTest::newRow(qPrintable(c.value(u"id"_s).toString())) << c;
    }
}

void TestSearchOracle::runsSearchAnswersAsMlflow_data()
{
    addRunCases();
}

void TestSearchOracle::runsSearchAnswersAsMlflow()
{
    QFETCH(QJsonObject, testCase);
    const QJsonObject expected = testCase.value(u"expected"_s).toObject();
    Query::RunSearchRequest request = runRequest(testCase.value(u"request"_s).toObject());
    Query::RunSearcher searcher(*m_database);
    if (expected.value(u"status"_s).toInt() != 200) {
        try {
            searcher.search(request);
            QFAIL("the search was accepted; MLflow rejected it");
        } catch (const Store::StoreError &error) {
            compareError(error, expected);
        }
        return;
    }
    if (!testCase.value(u"paginate"_s).toBool()) {
        const Query::RunSearchPage page = searcher.search(request);
        QCOMPARE(page.runIds, strings(expected.value(u"run_ids"_s).toArray()));
        return;
    }
    for (const QJsonValue &value : expected.value(u"pages"_s).toArray()) {
        const QJsonObject expectedPage = value.toObject();
        const Query::RunSearchPage page = searcher.search(request);
        QCOMPARE(page.runIds, strings(expectedPage.value(u"run_ids"_s).toArray()));
        QCOMPARE(page.nextPageToken, expectedPage.value(u"next_page_token"_s).toString());
        request.pageToken = page.nextPageToken;
    }
    QVERIFY(request.pageToken.isEmpty());
}

void TestSearchOracle::mlflowFiltersKeepTheirMeaningWithExtensionsOn_data()
{
    addRunCases(true);
}

void TestSearchOracle::mlflowFiltersKeepTheirMeaningWithExtensionsOn()
{
    QFETCH(QJsonObject, testCase);
    const QJsonObject expected = testCase.value(u"expected"_s).toObject();
    Query::RunSearchRequest request = runRequest(testCase.value(u"request"_s).toObject());
    request.allowExtensions = true;
    request.maxResults = 1000;
    request.pageToken.clear();
    Query::RunSearcher searcher(*m_database);
    QCOMPARE(searcher.search(request).runIds, strings(expected.value(u"run_ids"_s).toArray()));
    QCOMPARE(searcher.count(request), qint64(expected.value(u"run_ids"_s).toArray().size()));
    QCOMPARE(Query::splitForRemote(request.filter).remoteFilter, request.filter);
    QVERIFY(Query::splitForRemote(request.filter).localFilter.isEmpty());
}

void TestSearchOracle::registrySearchAnswersAsMlflow_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    const QJsonObject cases = readJson(u"registry-cases.json"_s);
    for (const QJsonValue &value : cases.value(u"cases"_s).toArray()) {
        const QJsonObject c = value.toObject();
        QTest::newRow(qPrintable(c.value(u"id"_s).toString())) << c;
    }
}

void TestSearchOracle::registrySearchAnswersAsMlflow()
{
    QFETCH(QJsonObject, testCase);
    const QJsonObject requestJson = testCase.value(u"request"_s).toObject();
    const QJsonObject expected = testCase.value(u"expected"_s).toObject();
    const bool models = testCase.value(u"kind"_s).toString() == u"registered-models"_s;
    Query::RegistrySearchRequest request;
    request.filter = requestJson.value(u"filter"_s).toString();
    request.orderBy = strings(requestJson.value(u"order_by"_s).toArray());
    request.maxResults = requestJson.value(u"max_results"_s).toInt(100);
    request.pageToken = requestJson.value(u"page_token"_s).toString();
    Query::RegistrySearcher searcher(*m_database);

    auto names = [](const Query::ModelSearchPage &page) {
        return page.names;
    };
    auto versions = [](const Query::VersionSearchPage &page) {
        QStringList list;
        for (const auto &[name, version] : page.versions)
            list.append(name + u'/' + QString::number(version));
        return list;
    };
    auto expectedItems = [&](const QJsonObject &object) {
        QStringList list;
        for (const QJsonValue &item : object.value(models ? u"names"_s : u"versions"_s).toArray()) {
            if (models)
                list.append(item.toString());
            else
                list.append(item.toArray().at(0).toString() + u'/'
                            + item.toArray().at(1).toString());
        }
        return list;
    };
    auto search = [&](QString &token) {
        if (models) {
            const auto page = searcher.searchRegisteredModels(request);
            token = page.nextPageToken;
            return names(page);
        }
        const auto page = searcher.searchModelVersions(request);
        token = page.nextPageToken;
        return versions(page);
    };

    if (expected.value(u"status"_s).toInt() != 200) {
        try {
            QString token;
            search(token);
            QFAIL("the search was accepted; MLflow rejected it");
        } catch (const Store::StoreError &error) {
            compareError(error, expected);
        }
        return;
    }
    if (!testCase.value(u"paginate"_s).toBool()) {
        QString token;
        QCOMPARE(search(token), expectedItems(expected));
        QVERIFY(token.isEmpty());
        return;
    }
    for (const QJsonValue &value : expected.value(u"pages"_s).toArray()) {
        const QJsonObject expectedPage = value.toObject();
        QString token;
        QCOMPARE(search(token), expectedItems(expectedPage));
        QCOMPARE(token, expectedPage.value(u"next_page_token"_s).toString());
        request.pageToken = token;
    }
    QVERIFY(request.pageToken.isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchOracle)
#include "tst_searchoracle.moc"
