// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/experimentsearcher.h"
#include "models/query/mlflowfilterparser.h"
#include "models/query/pagetoken.h"
#include "models/query/queryerror.h"
#include "models/query/runsearcher.h"
#include "models/store/database.h"
#include "models/store/trackingstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;

// Flowdesk's filter extensions (OR, NOT, parentheses, IS NULL, IN for params/tags, numeric
// params, metric aggregates), the remote/local split, and MLflow parser corner cases.
class TestSearchExtensions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void extendedFilterSelectsRuns_data();
    void extendedFilterSelectsRuns();
    void extendedOrderSortsRuns_data();
    void extendedOrderSortsRuns();
    void mlflowRejectsEveryExtension_data();
    void mlflowRejectsEveryExtension();
    void extensionErrorsPointAtTheProblem_data();
    void extensionErrorsPointAtTheProblem();
    void splitSendsOnlyWhatMlflowAccepts_data();
    void splitSendsOnlyWhatMlflowAccepts();
    void mlflowCornerCases_data();
    void mlflowCornerCases();
    void pageTokensRoundTripAndRejectGarbage();
    void experimentSearchFollowsMlflow();

private:
    QStringList names(const QString &filter, const QStringList &orderBy = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Store::Database> m_database;
    qint64 m_experiment = 0;
};

void TestSearchExtensions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = Store::Database::open(m_dir.filePath(u"flowdesk.db"_s));
    Store::TrackingStore store(*m_database);
    m_experiment = store.createExperiment(u"ext"_s);

    struct Spec
    {
        QString name;
        QList<Store::Param> params;
        QList<Store::Tag> tags;
        QList<Store::Metric> metrics;
        bool finished;
    };

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QList<Spec> specs = {
        {u"r1"_s,
         {{u"lr"_s, u"0.01"_s}, {u"model"_s, u"tree"_s}},
         {{u"team"_s, u"a"_s}},
         {{u"loss"_s, 1.0, 10, 0}, {u"loss"_s, 0.5, 11, 1}, {u"loss"_s, 0.2, 12, 2}},
         true},
        {u"r2"_s,
         {{u"lr"_s, u"0.1"_s}},
         {{u"team"_s, u"b"_s}},
         {{u"loss"_s, 0.9, 10, 0}, {u"loss"_s, 0.8, 11, 1}, {u"acc"_s, 0.7, 10, 0}},
         true},
        {u"r3"_s,
         {{u"lr"_s, u"1e-3"_s}},
         {},
         {{u"loss"_s, 0.4, 10, 0}, {u"loss"_s, nan, 11, 1}},
         false},
        {u"r4"_s, {{u"lr"_s, u"abc"_s}}, {{u"team"_s, u"a"_s}}, {}, false},
        {u"r5"_s, {}, {{u"team"_s, u"A"_s}}, {{u"loss"_s, 2.0, 10, 0}}, true},
    };
    qint64 start = 1000;
    for (const Spec &spec : specs) {
        Store::RunCreation creation;
        creation.experimentId = m_experiment;
        creation.runName = spec.name;
        creation.startTime = start++;
        const Store::Run run = store.createRun(creation);
        store.logBatch(run.info.runId, spec.metrics, spec.params, spec.tags);
        if (spec.finished)
            store.updateRun(run.info.runId, Store::RunStatus::Finished, start + 100);
    }
}

QStringList TestSearchExtensions::names(const QString &filter, const QStringList &orderBy)
{
    Query::RunSearchRequest request;
    request.experimentIds = {m_experiment};
    request.filter = filter;
    request.orderBy = orderBy;
    request.allowExtensions = true;
    Query::RunSearcher searcher(*m_database);
    Store::TrackingStore store(*m_database);
    QStringList result;
    for (const QString &id : searcher.search(request).runIds)
        result.append(store.run(id).info.runName);
    // count() and orderedRunKeys() agree with search().
    if (searcher.count(request) != result.size()
        || searcher.orderedRunKeys(request).size() != result.size())
        result.append(u"<count mismatch>"_s);
    return result;
}

void TestSearchExtensions::extendedFilterSelectsRuns_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected"); // default order: start_time DESC
    auto row = [](const char *name, const QString &filter, const QStringList &expected) {
        QTest::newRow(name) << filter << expected;
    };
    // r3's latest loss is NaN, which MLflow's SQL store compares as 0: kept for MLflow keys.
    row("or", u"metrics.loss < 0.3 OR params.lr = '0.1'"_s, {u"r3"_s, u"r2"_s, u"r1"_s});
    row("not includes runs without the key",
        u"NOT params.lr = '0.01'"_s,
        {u"r5"_s, u"r4"_s, u"r3"_s, u"r2"_s});
    row("parentheses",
        u"(metrics.loss < 0.3 OR metrics.loss > 1.5) AND tags.team ILIKE 'a'"_s,
        {u"r5"_s, u"r1"_s});
    row("not like", u"tags.team NOT LIKE 'a'"_s, {u"r5"_s, u"r2"_s});
    row("numeric param less", u"params.lr < 0.05"_s, {u"r3"_s, u"r1"_s});
    row("numeric param equal matches other spellings", u"params.lr = 0.001"_s, {u"r3"_s});
    row("non-numeric param never compares", u"params.lr > -1000000"_s, {u"r3"_s, u"r2"_s, u"r1"_s});
    row("param in", u"params.lr IN ('0.01', '0.1')"_s, {u"r2"_s, u"r1"_s});
    row("tag not in keeps key present", u"tags.team NOT IN ('a')"_s, {u"r5"_s, u"r2"_s});
    row("status in", u"attributes.status IN ('FINISHED')"_s, {u"r5"_s, u"r2"_s, u"r1"_s});
    row("param is null", u"params.lr IS NULL"_s, {u"r5"_s});
    row("tag is not null", u"tags.team IS NOT NULL"_s, {u"r5"_s, u"r4"_s, u"r2"_s, u"r1"_s});
    row("metric is null", u"metrics.acc IS NULL"_s, {u"r5"_s, u"r4"_s, u"r3"_s, u"r1"_s});
    row("end_time is null", u"attributes.end_time IS NULL"_s, {u"r4"_s, u"r3"_s});
    row("min", u"min(metrics.loss) < 0.3"_s, {u"r1"_s});
    row("max", u"max(metrics.loss) >= 0.9"_s, {u"r5"_s, u"r2"_s, u"r1"_s});
    row("mean ignores NaN", u"mean(metrics.loss) = 0.4"_s, {u"r3"_s});
    row("first", u"first(metrics.loss) = 1"_s, {u"r1"_s});
    row("last is MLflow's latest", u"last(metrics.loss) = 0.8"_s, {u"r2"_s});
    row("value at step", u"metrics.loss@step=1 = 0.5"_s, {u"r1"_s});
    row("NaN at a step never matches", u"metrics.loss@step=1 < 100"_s, {u"r2"_s, u"r1"_s});
    row("aggregate is null", u"min(metrics.loss) IS NULL"_s, {u"r4"_s});
    row("MLflow filter unchanged: NaN latest compares as 0", u"metrics.loss = 0"_s, {u"r3"_s});
}

void TestSearchExtensions::extendedFilterSelectsRuns()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QCOMPARE(names(filter), expected);
}

void TestSearchExtensions::extendedOrderSortsRuns_data()
{
    QTest::addColumn<QStringList>("orderBy");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("min asc, missing last")
        << QStringList{u"min(metrics.loss) ASC"_s}
        << QStringList{u"r1"_s, u"r3"_s, u"r2"_s, u"r5"_s, u"r4"_s};
    QTest::newRow("max desc, missing last")
        << QStringList{u"max(metrics.loss) DESC"_s}
        << QStringList{u"r5"_s, u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s};
    QTest::newRow("at step desc") << QStringList{u"metrics.loss@step=1 DESC"_s}
                                  << QStringList{u"r2"_s, u"r1"_s, u"r5"_s, u"r4"_s, u"r3"_s};
    QTest::newRow("latest: NaN after numbers")
        << QStringList{u"metrics.loss DESC"_s}
        << QStringList{u"r5"_s, u"r2"_s, u"r1"_s, u"r3"_s, u"r4"_s};
}

void TestSearchExtensions::extendedOrderSortsRuns()
{
    QFETCH(QStringList, orderBy);
    QFETCH(QStringList, expected);
    QCOMPARE(names(QString(), orderBy), expected);
}

void TestSearchExtensions::mlflowRejectsEveryExtension_data()
{
    QTest::addColumn<QString>("filter");
    for (const QString &f : {u"metrics.loss < 0.3 OR params.lr = '0.1'"_s,
                             u"NOT params.lr = '0.01'"_s,
                             u"(metrics.loss < 0.3)"_s,
                             u"params.lr < 0.05"_s,
                             u"params.lr IN ('0.01')"_s,
                             u"tags.team NOT IN ('a')"_s,
                             u"params.lr IS NULL"_s,
                             u"tags.team IS NOT NULL"_s,
                             u"min(metrics.loss) < 0.3"_s,
                             u"mean(metrics.loss) = 1"_s,
                             u"metrics.loss@step=1 = 0.5"_s,
                             u"metrics.loss@step=1 < 2 AND params.lr = '0.1'"_s,
                             u"attributes.status IN ('FINISHED')"_s,
                             u"attributes.duration > 60000"_s,
                             u"attr.duration IS NULL"_s})
        QTest::newRow(qPrintable(f)) << f;
}

void TestSearchExtensions::mlflowRejectsEveryExtension()
{
    QFETCH(QString, filter);
    // MLflow's parser (what a remote server and our embedded server use) rejects it...
    QVERIFY_THROWS_EXCEPTION(
        Query::QueryError,
        Query::MlflowFilterParser::parseConditions(filter, Query::SearchDialect::Runs));
    // ...and so does a search that does not allow extensions.
    Query::RunSearchRequest request;
    request.experimentIds = {m_experiment};
    request.filter = filter;
    Query::RunSearcher searcher(*m_database);
    QVERIFY_THROWS_EXCEPTION(Query::QueryError, searcher.search(request));
}

void TestSearchExtensions::extensionErrorsPointAtTheProblem_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("position");
    QTest::newRow("string for metric") << u"metrics.loss < 'x'"_s << 15;
    QTest::newRow("dangling or") << u"params.lr = '1' OR"_s << 18;
    QTest::newRow("unclosed paren") << u"(params.lr = '1'"_s << 16;
    QTest::newRow("bad entity") << u"foo.bar = 'x' OR params.a = 'b'"_s << 0;
    QTest::newRow("unknown comparison") << u"params.lr == '1' OR params.a = 'b'"_s << 10;
}

void TestSearchExtensions::extensionErrorsPointAtTheProblem()
{
    QFETCH(QString, filter);
    QFETCH(int, position);
    try {
        names(filter);
        QFAIL("accepted");
    } catch (const Query::QueryError &error) {
        QCOMPARE(error.codeName(), u"INVALID_PARAMETER_VALUE"_s);
        QCOMPARE(error.position(), position);
    }
}

void TestSearchExtensions::splitSendsOnlyWhatMlflowAccepts_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("local");
    QTest::newRow("all mlflow") << u"metrics.loss < 1 and params.lr = '0.1'"_s
                                << u"metrics.loss < 1 and params.lr = '0.1'"_s << QString();
    QTest::newRow("and with an or")
        << u"metrics.loss < 1 AND (params.lr = '0.1' OR params.lr = '0.2') AND tags.team = 'a'"_s
        << u"metrics.loss < 1 AND tags.team = 'a'"_s
        << u"(params.lr = '0.1' OR params.lr = '0.2')"_s;
    QTest::newRow("top-level or is all local")
        << u"params.lr = '0.1' OR params.lr = '0.2'"_s << QString()
        << u"(params.lr = '0.1' OR params.lr = '0.2')"_s;
    QTest::newRow("aggregate and numeric param local")
        << u"min(metrics.loss) < 1 AND params.lr < 0.1 AND attributes.status = 'FINISHED'"_s
        << u"attributes.status = 'FINISHED'"_s << u"min(metrics.loss) < 1 AND params.lr < 0.1"_s;
    QTest::newRow("not local") << u"NOT tags.team = 'a' AND metrics.acc > 0.5"_s
                               << u"metrics.acc > 0.5"_s << u"NOT tags.team = 'a'"_s;
}

void TestSearchExtensions::splitSendsOnlyWhatMlflowAccepts()
{
    QFETCH(QString, filter);
    QFETCH(QString, remote);
    QFETCH(QString, local);
    const Query::FilterSplit split = Query::splitForRemote(filter);
    QCOMPARE(split.remoteFilter, remote);
    QCOMPARE(split.localFilter, local);
    if (!split.remoteFilter.isEmpty())
        Query::MlflowFilterParser::parseConditions(split.remoteFilter, Query::SearchDialect::Runs);
    // Evaluating both parts gives the whole filter's answer.
    QStringList both = split.remoteFilter.isEmpty() ? names(split.localFilter)
        : split.localFilter.isEmpty()
        ? names(split.remoteFilter)
        : names(u'(' + split.remoteFilter + u") AND ("_s + split.localFilter + u')');
    QCOMPARE(both, names(filter));
}

void TestSearchExtensions::mlflowCornerCases_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("missing AND between clauses is accepted")
        << u"metrics.loss < 1 metrics.loss > 0.1"_s << QString();
    QTest::newRow("unquoted value")
        << u"params.lr = abc"_s
        << u"Parameter value is either not quoted or unidentified quote types used for string value abc. Use either single or double quotes."_s;
    QTest::newRow("two statements")
        << u"params.a = 'x'; params.b = 'y'"_s
        << u"Search filter contained multiple expression 'params.a = 'x'; params.b = 'y''. Provide AND-ed expression list."_s;
    QTest::newRow("only spaces") << u"   "_s << u"Invalid filter '   '. Could not be parsed."_s;
    QTest::newRow("keyword value")
        << u"params.a = true"_s << u"Invalid clause(s) in filter string: 'params.a', '=', 'true'"_s;
    QTest::newRow("trailing alias")
        << u"metrics.loss < 1 foo"_s
        << u"Invalid clause(s) in filter string: 'metrics.loss < 1 foo'"_s;
    QTest::newRow("hex is not a number")
        << u"metrics.loss < 0x1F"_s
        << u"Invalid clause(s) in filter string: 'metrics.loss', '<', '0x1F'"_s;
    QTest::newRow("chained comparison")
        << u"metrics.a < 1 < 2"_s
        << u"Invalid comparison clause. Expected 'Identifier' found 'metrics.a < 1'"_s;
    QTest::newRow("value first")
        << u"'x' = params.a"_s << u"Invalid comparison clause. Expected 'Identifier' found ''x''"_s;
    QTest::newRow("not like for params")
        << u"params.a NOT LIKE 'x'"_s
        << u"Invalid comparator 'NOT LIKE' not one of '{'LIKE', '=', '!=', 'ILIKE'}'"_s;
    QTest::newRow("list with a number")
        << u"attributes.run_id IN ('a', 1)"_s
        << u"While parsing a list in the query, expected string value, punctuation, or whitespace, but got different type in list: ('a', 1)"_s;
    QTest::newRow("upper-case run ids are dropped from lists")
        << u"attributes.run_id IN ('ABC')"_s << QString();
    QTest::newRow("type name as value")
        << u"params.x = int"_s << u"Invalid clause(s) in filter string: 'params.x', '=', 'int'"_s;
    QTest::newRow("placeholder as value")
        << u"params.x = :abc"_s
        << u"Expected a quoted string value for parameter (e.g. 'my-value'). Got value :abc"_s;
    QTest::newRow("metric comparator")
        << u"metrics.a LIKE 1"_s
        << u"Invalid comparator 'LIKE' not one of '{'>', '>=', '!=', '=', '<', '<='}"_s;
}

void TestSearchExtensions::mlflowCornerCases()
{
    QFETCH(QString, filter);
    QFETCH(QString, error);
    try {
        Query::MlflowFilterParser::parseConditions(filter, Query::SearchDialect::Runs);
        QVERIFY2(error.isEmpty(), "accepted, MLflow rejects it");
    } catch (const Query::QueryError &e) {
        QCOMPARE(e.message(), error);
    }
}

void TestSearchExtensions::pageTokensRoundTripAndRejectGarbage()
{
    QCOMPARE(Query::PageToken::encode(3), u"eyJvZmZzZXQiOiAzfQ=="_s);
    QCOMPARE(Query::PageToken::decode(Query::PageToken::encode(12345)), 12345);
    QCOMPARE(Query::PageToken::decode(QString()), 0);
    try {
        Query::PageToken::decode(u"garbage"_s);
        QFAIL("accepted");
    } catch (const Query::QueryError &e) {
        QCOMPARE(e.message(), u"Invalid page token, could not base64-decode"_s);
    }
    try {
        Query::PageToken::decode(QString::fromLatin1(QByteArray("{\"offset\": 0}").toBase64()));
        QFAIL("accepted");
    } catch (const Query::QueryError &e) {
        QCOMPARE(e.message(), u"Invalid page token, parsed value={'offset': 0}"_s);
    }
    try {
        Query::PageToken::decode(QString::fromLatin1(QByteArray("nope").toBase64()));
        QFAIL("accepted");
    } catch (const Query::QueryError &e) {
        QCOMPARE(e.message(), u"Invalid page token, decoded value=b'nope'"_s);
    }
}

void TestSearchExtensions::experimentSearchFollowsMlflow()
{
    Store::TrackingStore store(*m_database);
    store.setExperimentTag(m_experiment, {u"team"_s, u"vision"_s});
    Query::ExperimentSearcher searcher(*m_database);
    Query::ExperimentSearchRequest request;
    request.filter = u"tags.team = 'vision'"_s;
    QCOMPARE(searcher.search(request).experimentIds, QList<qint64>{m_experiment});
    request.filter = u"name LIKE 'e%'"_s;
    QCOMPARE(searcher.search(request).experimentIds, QList<qint64>{m_experiment});
    request.filter.clear();
    request.maxResults = 1;
    const auto first = searcher.search(request);
    QCOMPARE(first.experimentIds.size(), 1);
    QCOMPARE(first.nextPageToken, u"eyJvZmZzZXQiOiAxfQ=="_s);
    request.pageToken = first.nextPageToken;
    const auto second = searcher.search(request); // Default (0) and ext
    QCOMPARE(second.experimentIds.size(), 1);
    QVERIFY(second.nextPageToken.isEmpty());
    request = {};
    request.filter = u"name = "_s;
    try {
        searcher.search(request);
        QFAIL("accepted");
    } catch (const Query::QueryError &e) {
        QCOMPARE(e.message(), u"Invalid clause(s) in filter string: name, ="_s);
    }
    request.filter = u"foo = 'bar'"_s;
    try {
        searcher.search(request);
        QFAIL("accepted");
    } catch (const Query::QueryError &e) {
        QVERIFY(
            e.message().startsWith(u"Invalid attribute key 'foo' specified. Valid keys are '"_s));
    }
    request.filter.clear();
    request.maxResults = 100000;
    try {
        searcher.search(request);
        QFAIL("accepted");
    } catch (const Query::QueryError &e) {
        QCOMPARE(
            e.message(),
            u"Invalid value for request parameter max_results. It must be at most 50000, but got 100000"_s);
    }
}

QTEST_GUILESS_MAIN(TestSearchExtensions)
#include "tst_searchextensions.moc"
