// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT

// Replays the MLflow 2.14 wire corpus (tests/data/mlflow-wire) against a real `flowdesk serve`
// over real HTTP and compares status, error codes, headers and the structure of every answer.
// Generated run ids and run names are mapped from earlier answers; server timestamps are not
// compared. The deliberate differences listed in the corpus README get their own tests below;
// inside the replay they are expected as Flowdesk answers them, and where MLflow's answer
// changed the data (a clamped param, a metric stored as 0, an undeleted file), the replay
// sends the corresponding valid request so that the following exchanges see MLflow's data.

#include "tests/support/httpclient.h"
#include "tests/support/serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::TestSupport;

namespace {

struct Exchange
{
    int seq = 0;
    QString name;
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QJsonObject requestHeaders;
    QJsonValue requestBody;
    QString requestEncoding;
    int status = 0;
    QJsonObject responseHeaders;
    QJsonValue responseBody;
    QString responseEncoding;
};

QList<Exchange> loadExchanges(const QString &fileName)
{
    QList<Exchange> exchanges;
    QFile file(QStringLiteral(FLOWDESK_TEST_DATA_DIR) + u"/mlflow-wire/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return exchanges;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Exchange e;
        e.seq = o.value(u"seq"_s).toInt();
        e.name = o.value(u"name"_s).toString();
        e.method = o.value(u"method"_s).toString().toUtf8();
        e.path = o.value(u"path"_s).toString().toUtf8();
        e.query = o.value(u"query"_s).toString().toUtf8();
        e.requestHeaders = o.value(u"request_headers"_s).toObject();
        e.requestBody = o.value(u"request_body"_s);
        e.requestEncoding = o.value(u"request_body_encoding"_s).toString();
        e.status = o.value(u"status"_s).toInt();
        e.responseHeaders = o.value(u"response_headers"_s).toObject();
        e.responseBody = o.value(u"response_body"_s);
        e.responseEncoding = o.value(u"response_body_encoding"_s).toString();
        exchanges.append(e);
    }
    return exchanges;
}

const QStringList TimestampKeys = {u"creation_time"_s,
                                   u"last_update_time"_s,
                                   u"creation_timestamp"_s,
                                   u"last_updated_timestamp"_s};
// Lists whose order MLflow does not define (tags, params and latest metrics come back in
// database order; aliases and dataset inputs likewise).
const QStringList UnorderedKeys = {u"tags"_s, u"params"_s, u"aliases"_s, u"dataset_inputs"_s};
constexpr double SqliteMax = 1.7976931348623157e308;

QString describe(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
            .left(400);
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
            .left(400);
    return v.toVariant().toString();
}

// Returns an empty string when `actual` matches `expected`, else where they differ.
QString compareJson(const QJsonValue &expected,
                    const QJsonValue &actual,
                    const QString &where,
                    bool unordered = false);

QString compareArrays(const QJsonArray &expected,
                      const QJsonArray &actual,
                      const QString &where,
                      bool unordered)
{
    if (expected.size() != actual.size()) {
        return u"%1: %2 items expected, %3 found: %4 vs %5"_s.arg(where)
            .arg(expected.size())
            .arg(actual.size())
            .arg(describe(expected), describe(actual));
    }
    if (!unordered) {
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QString difference =
                compareJson(expected.at(i), actual.at(i), where + u"[%1]"_s.arg(i));
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    QList<bool> used(actual.size(), false);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        bool found = false;
        for (qsizetype j = 0; j < actual.size() && !found; ++j) {
            if (!used[j] && compareJson(expected.at(i), actual.at(j), where).isEmpty())
                used[j] = found = true;
        }
        if (!found)
            return u"%1: no match for %2 in %3"_s.arg(
                where, describe(expected.at(i)), describe(actual));
    }
    return {};
}

QString compareJson(const QJsonValue &expected,
                    const QJsonValue &actual,
                    const QString &where,
                    bool unordered)
{
    // Flowdesk keeps ±Infinity where MLflow's sqlite store clamps it to ±DBL_MAX.
    if (expected.isDouble() && std::fabs(expected.toDouble()) == SqliteMax && actual.isString()) {
        const QString want = expected.toDouble() > 0 ? u"Infinity"_s : u"-Infinity"_s;
        return actual.toString() == want ? QString() : u"%1: %2 expected"_s.arg(where, want);
    }
    if (expected.type() != actual.type())
        return u"%1: %2 expected, %3 found"_s.arg(where, describe(expected), describe(actual));
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        if (e.keys() != a.keys()) {
            return u"%1: keys %2 expected, %3 found"_s.arg(
                where, e.keys().join(u','), a.keys().join(u','));
        }
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (TimestampKeys.contains(it.key()))
                continue;
            const bool unorderedChild = UnorderedKeys.contains(it.key())
                || (it.key() == u"metrics"_s && where.endsWith(u".data"_s));
            const QString difference =
                compareJson(it.value(), a.value(it.key()), where + u'.' + it.key(), unorderedChild);
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    if (expected.isArray())
        return compareArrays(expected.toArray(), actual.toArray(), where, unordered);
    if (expected != actual)
        return u"%1: %2 expected, %3 found"_s.arg(where, describe(expected), describe(actual));
    return {};
}

// Messages that differ on every MLflow run or carry MLflow's backend text (see README).
bool isUnstableMessage(const QString &message)
{
    return message.contains(u"Valid keys are '{"_s) || message.contains(u"[SQL:"_s)
        || message.contains(u"/srv/mlflow"_s) || message.contains(u"is missing mandatory fields"_s);
}

// Python prints 1.0 where Qt's JSON keeps no difference between 1 and 1.0, and a request's
// dicts in their JSON order, which Qt's JSON object does not keep: compare the rest.
QString normalizeFloats(QString message)
{
    static const QRegularExpression trailingZero(u"(\\d)\\.0\\b"_s);
    static const QRegularExpression dictList(u"\\[\\{.*\\}\\]"_s);
    return message.replace(trailingZero, u"\\1"_s).replace(dictList, u"[...]"_s);
}

} // namespace

class tst_WireReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replaysEveryRecordedExchange();
    void replaysAuthenticationExchanges();
    void refusesNonNumericMetricValueInBatch();
    void refusesNonIntegerStep();
    void refusesOverlongParamValue();
    void refusesUnknownEnumValue();
    void refusesMalformedJson();
    void removesAliasWithDeletedVersion();
    void answersMissingArtifactWithNotFound();
    void deletesSingleArtifactFile();
    void reportsConflictsWithoutBackendText();
    void keepsInfinity();

private:
    struct Outcome
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
    };

    HttpReply sendExchange(HttpClient &client, const Exchange &e);
    QString substitute(QString text) const;

    QByteArray substitute(const QByteArray &text) const
    {
        return substitute(QString::fromUtf8(text)).toUtf8();
    }

    QString check(const Exchange &e, const HttpReply &reply);
    void learnIds(const Exchange &e, const HttpReply &reply);

    // Fresh server helpers for the deliberate-difference tests.
    bool startFresh(QTemporaryDir &dir, ServerProcess &server);
    QString createRun(HttpClient &client, const QString &experimentName);

    QList<Exchange> m_exchanges;
    QList<QPair<QString, QString>> m_mapping; ///< recorded -> actual (run ids, generated names)
};

void tst_WireReplay::initTestCase()
{
    m_exchanges = loadExchanges(u"exchanges.jsonl"_s);
    QCOMPARE(m_exchanges.size(), 265);
}

QString tst_WireReplay::substitute(QString text) const
{
    for (const auto &[recorded, actual] : m_mapping)
        text.replace(recorded, actual);
    return text;
}

HttpReply tst_WireReplay::sendExchange(HttpClient &client, const Exchange &e)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (auto it = e.requestHeaders.begin(); it != e.requestHeaders.end(); ++it)
        headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    QByteArray body;
    if (e.requestEncoding == u"json"_s) {
        const QJsonValue v = e.requestBody;
        body = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        body = substitute(body);
    } else if (e.requestEncoding == u"text"_s) {
        body = substitute(e.requestBody.toString().toUtf8());
    } else if (e.requestEncoding == u"base64"_s) {
        body = QByteArray::fromBase64(e.requestBody.toString().toLatin1());
    }
    QByteArray target = substitute(e.path);
    if (!e.query.isEmpty())
        target += '?' + substitute(e.query);
    return client.send(e.method, target, body, headers);
}

void tst_WireReplay::learnIds(const Exchange &e, const HttpReply &reply)
{
    if (e.status != 200 || e.responseEncoding != u"json"_s)
        return;
    const QJsonObject expected = e.responseBody.toObject();
    const QJsonObject actual = reply.json();
    if (expected.contains(u"run"_s)) {
        const QJsonObject recordedInfo =
            expected.value(u"run"_s).toObject().value(u"info"_s).toObject();
        const QJsonObject actualInfo =
            actual.value(u"run"_s).toObject().value(u"info"_s).toObject();
        const QString recordedId = recordedInfo.value(u"run_id"_s).toString();
        const QString actualId = actualInfo.value(u"run_id"_s).toString();
        if (!recordedId.isEmpty() && !actualId.isEmpty() && recordedId != actualId
            && substitute(recordedId) == recordedId) {
            m_mapping.append({recordedId, actualId});
            const QString recordedName = recordedInfo.value(u"run_name"_s).toString();
            const QString actualName = actualInfo.value(u"run_name"_s).toString();
            // Only names the servers generated differ; a client-chosen name maps to itself.
            if (recordedName != actualName)
                m_mapping.append({recordedName, actualName});
        }
    }
}

QString tst_WireReplay::check(const Exchange &e, const HttpReply &reply)
{
    if (reply.status != e.status)
        return u"status %1 expected, %2 found (%3)"_s.arg(e.status)
            .arg(reply.status)
            .arg(QString::fromUtf8(reply.body.left(300)));
    for (auto it = e.responseHeaders.begin(); it != e.responseHeaders.end(); ++it) {
        const QByteArray actual = reply.header(it.key().toUtf8());
        if (actual != it.value().toString().toUtf8())
            return u"header %1: '%2' expected, '%3' found"_s.arg(
                it.key(), it.value().toString(), QString::fromUtf8(actual));
    }
    if (e.responseEncoding == u"text"_s) {
        if (reply.body != e.responseBody.toString().toUtf8())
            return u"body '%1' expected, '%2' found"_s.arg(e.responseBody.toString(),
                                                           QString::fromUtf8(reply.body));
        return {};
    }
    if (e.responseEncoding == u"base64"_s) {
        if (reply.body != QByteArray::fromBase64(e.responseBody.toString().toLatin1()))
            return u"binary body differs"_s;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return u"not a JSON object: %1"_s.arg(QString::fromUtf8(reply.body.left(300)));
    const QJsonObject expected =
        QJsonDocument::fromJson(substitute(QJsonDocument(e.responseBody.toObject()).toJson()))
            .object();
    const QJsonObject actual = document.object();
    if (expected.contains(u"error_code"_s)) {
        if (actual.value(u"error_code"_s) != expected.value(u"error_code"_s))
            return u"error_code %1 expected, %2 found"_s.arg(
                expected.value(u"error_code"_s).toString(),
                actual.value(u"error_code"_s).toString());
        const QString want = expected.value(u"message"_s).toString();
        const QString got = actual.value(u"message"_s).toString();
        if (!isUnstableMessage(want) && normalizeFloats(want) != normalizeFloats(got))
            return u"message '%1' expected, '%2' found"_s.arg(want, got);
        return {};
    }
    // The ajax bulk history is sorted by run id, and run ids differ from the recording.
    const bool unordered = e.name == u"ajax-metrics-get-history-bulk"_s;
    if (unordered && expected.keys() == actual.keys()) {
        return compareArrays(expected.value(u"metrics"_s).toArray(),
                             actual.value(u"metrics"_s).toArray(),
                             u"$.metrics"_s,
                             true);
    }
    return compareJson(expected, actual, u"$"_s);
}

void tst_WireReplay::replaysEveryRecordedExchange()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerProcess server;
    QVERIFY2(server.start(dir.path()), server.errors().constData());
    HttpClient client(server.url());
    m_mapping.clear();

    // Flowdesk's answer to the exchanges where it deliberately differs from MLflow, and the
    // valid request that gives the store the data MLflow's lenient answer produced.
    struct Deviation
    {
        int status;
        QString errorCode;
        std::function<void(HttpClient &)> compensate;
    };

    const auto runOf = [this](const QString &recorded) {
        return substitute(recorded);
    };
    const QString run1 = u"25ea454415694456b9a99cf146cfa131"_s;
    const QString run2 = u"1d5cd978d2da4b5486c33469c773860b"_s;
    const QHash<QString, Deviation> deviations = {
        {u"runs-log-parameter-value-too-long"_s,
         {400,
          u"INVALID_PARAMETER_VALUE"_s,
          [&](HttpClient &c) {
              QVERIFY(c.postJson("/api/2.0/mlflow/runs/log-parameter",
                                 {{u"run_id"_s, runOf(run1)},
                                  {u"key"_s, u"long"_s},
                                  {u"value"_s, QString(6000, u'x')}})
                          .status
                      == 200);
          }}},
        {u"runs-log-metric-bad-step"_s,
         {400,
          u"INVALID_PARAMETER_VALUE"_s,
          [&](HttpClient &c) {
              QVERIFY(c.postJson("/api/2.0/mlflow/runs/log-metric",
                                 {{u"run_id"_s, runOf(run1)},
                                  {u"key"_s, u"loss"_s},
                                  {u"value"_s, 0.1},
                                  {u"timestamp"_s, qint64(1717200000100)},
                                  {u"step"_s, 0}})
                          .status
                      == 200);
          }}},
        {u"runs-log-batch-bad-metric-value"_s,
         {400,
          u"INVALID_PARAMETER_VALUE"_s,
          [&](HttpClient &c) {
              const QJsonObject metric{
                  {u"key"_s, u"m"_s}, {u"value"_s, 0}, {u"timestamp"_s, 0}, {u"step"_s, 0}};
              QVERIFY(c.postJson("/api/2.0/mlflow/runs/log-batch",
                                 {{u"run_id"_s, runOf(run2)}, {u"metrics"_s, QJsonArray{metric}}})
                          .status
                      == 200);
          }}},
        {u"runs-update-bad-status"_s, {400, u"INVALID_PARAMETER_VALUE"_s, {}}},
        {u"post-malformed-json"_s, {400, u"MALFORMED_REQUEST"_s, {}}},
        {u"mlflow-artifacts-download-not-found"_s, {404, u"RESOURCE_DOES_NOT_EXIST"_s, {}}},
        {u"mlflow-artifacts-delete-file"_s,
         {200,
          QString(),
          [&](HttpClient &c) {
              QVERIFY(c.send("PUT",
                             "/api/2.0/mlflow-artifacts/artifacts/1/" + runOf(run1).toUtf8()
                                 + "/artifacts/raw.txt",
                             "raw\n")
                          .status
                      == 200);
          }}},
        {u"registered-models-alias-get-dangling"_s, {400, u"INVALID_PARAMETER_VALUE"_s, {}}},
    };

    int passed = 0;
    QStringList failures;
    for (const Exchange &e : std::as_const(m_exchanges)) {
        // The recording's creations lie milliseconds apart and the searches order by creation
        // time; pace creations so that each gets its own millisecond here too (this is not a
        // wait for a result).
        if (e.path.endsWith("/create"))
            QThread::msleep(3);
        const HttpReply reply = sendExchange(client, e);
        learnIds(e, reply);
        QString difference;
        if (const auto it = deviations.constFind(e.name); it != deviations.cend()) {
            if (reply.status != it->status)
                difference = u"deliberate difference: status %1 expected, %2 found: %3"_s.arg(
                    QString::number(it->status),
                    QString::number(reply.status),
                    QString::fromUtf8(reply.body.left(300)));
            else if (!it->errorCode.isEmpty()
                     && reply.json().value(u"error_code"_s).toString() != it->errorCode)
                difference = u"deliberate difference: %1 expected: %2"_s.arg(
                    it->errorCode, QString::fromUtf8(reply.body));
            if (it->compensate)
                it->compensate(client);
        } else if (e.name == u"registered-models-get-after-version-delete"_s) {
            // The alias of the deleted version went with it (see its own test).
            Exchange adjusted = e;
            QJsonObject body = adjusted.responseBody.toObject();
            QJsonObject model = body.value(u"registered_model"_s).toObject();
            model.remove(u"aliases"_s);
            body.insert(u"registered_model"_s, model);
            adjusted.responseBody = body;
            difference = check(adjusted, reply);
        } else {
            difference = check(e, reply);
        }
        if (difference.isEmpty()) {
            ++passed;
        } else {
            failures.append(u"#%1 %2: %3"_s.arg(e.seq).arg(e.name, difference.simplified()));
            qWarning("%s", qPrintable(failures.last()));
        }
    }
    qInfo("wire replay: %d of %d exchanges match", passed, int(m_exchanges.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(u"%1 exchanges differ"_s.arg(failures.size())));
}

void tst_WireReplay::replaysAuthenticationExchanges()
{
    const QList<Exchange> exchanges = loadExchanges(u"auth-exchanges.jsonl"_s);
    QCOMPARE(exchanges.size(), 14);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile authFile(dir.filePath(u"users.txt"_s));
    QVERIFY(authFile.open(QIODevice::WriteOnly));
    authFile.write("# user:password\nadmin:password\nbob:bobpass1\n");
    authFile.close();
    ServerProcess server;
    QVERIFY2(server.start(dir.filePath(u"store"_s), {u"--auth-file"_s, authFile.fileName()}),
             server.errors().constData());
    HttpClient client(server.url());
    m_mapping.clear();
    // Flowdesk's auth file is a single role: every listed user may do everything, and MLflow's
    // user and permission management API (users/*, */permissions/*) is not served.
    const QStringList permissionApi = {u"auth-users-create"_s,
                                       u"auth-users-get"_s,
                                       u"auth-experiment-permission-create"_s,
                                       u"auth-experiment-permission-get"_s,
                                       u"auth-users-create-non-admin-forbidden"_s};
    int passed = 0;
    QStringList failures;
    for (const Exchange &e : exchanges) {
        const HttpReply reply = sendExchange(client, e);
        QString difference;
        if (permissionApi.contains(e.name)) {
            if (reply.status != 404)
                difference = u"404 expected, %1 found"_s.arg(reply.status);
        } else if (e.name == u"auth-user-update-forbidden"_s) {
            if (reply.status != 200)
                difference = u"200 expected, %1 found"_s.arg(reply.status);
        } else {
            difference = check(e, reply);
        }
        if (difference.isEmpty()) {
            ++passed;
        } else {
            failures.append(u"#%1 %2: %3"_s.arg(e.seq).arg(e.name, difference.simplified()));
            qWarning("%s", qPrintable(failures.last()));
        }
    }
    qInfo("auth replay: %d of %d exchanges match", passed, int(exchanges.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(u"%1 exchanges differ"_s.arg(failures.size())));

    // Artifacts are behind the same gate, and a bearer scheme is no way around it.
    QCOMPARE(
        client.send("PUT", "/api/2.0/mlflow-artifacts/artifacts/0/x/artifacts/a.txt", "a").status,
        401);
    QCOMPARE(client.get("/api/2.0/mlflow-artifacts/artifacts?path=0").status, 401);
    QCOMPARE(client.send("GET", "/version", {}, {{"Authorization", "Bearer password"}}).status,
             401);
    QCOMPARE(client.send("GET", "/version", {}, {{"Authorization", "Basic YWRtaW46cGFzc3dvcmQ="}})
                 .status,
             200);
}

bool tst_WireReplay::startFresh(QTemporaryDir &dir, ServerProcess &server)
{
    return dir.isValid() && server.start(dir.path());
}

QString tst_WireReplay::createRun(HttpClient &client, const QString &experimentName)
{
    const QString experimentId =
        client.postJson("/api/2.0/mlflow/experiments/create", {{u"name"_s, experimentName}})
            .json()
            .value(u"experiment_id"_s)
            .toString();
    return client
        .postJson("/api/2.0/mlflow/runs/create",
                  {{u"experiment_id"_s, experimentId}, {u"start_time"_s, qint64(1717200000000)}})
        .json()
        .value(u"run"_s)
        .toObject()
        .value(u"info"_s)
        .toObject()
        .value(u"run_id"_s)
        .toString();
}

void tst_WireReplay::refusesNonNumericMetricValueInBatch()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(startFresh(dir, server));
    HttpClient client(server.url());
    const QString runId = createRun(client, u"e"_s);
    const QJsonArray metrics{
        QJsonObject{{u"key"_s, u"good"_s}, {u"value"_s, 1.5}, {u"timestamp"_s, 1}, {u"step"_s, 0}},
        QJsonObject{
            {u"key"_s, u"m"_s}, {u"value"_s, u"oops"_s}, {u"timestamp"_s, 1}, {u"step"_s, 0}}};
    const HttpReply reply = client.postJson(
        "/api/2.0/mlflow/runs/log-batch",
        {{u"run_id"_s, runId},
         {u"metrics"_s, metrics},
         {u"params"_s, QJsonArray{QJsonObject{{u"key"_s, u"p"_s}, {u"value"_s, u"1"_s}}}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error_code"_s).toString(), u"INVALID_PARAMETER_VALUE"_s);
    // Nothing of the batch is stored.
    const QJsonObject data = client.get("/api/2.0/mlflow/runs/get?run_id=" + runId.toUtf8())
                                 .json()
                                 .value(u"run"_s)
                                 .toObject()
                                 .value(u"data"_s)
                                 .toObject();
    QVERIFY(!data.contains(u"metrics"_s));
    QVERIFY(!data.contains(u"params"_s));
}

void tst_WireReplay::refusesNonIntegerStep()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(startFresh(dir, server));
    HttpClient client(server.url());
    const QString runId = createRun(client, u"e"_s);
    const HttpReply reply = client.postJson("/api/2.0/mlflow/runs/log-metric",
                                            {{u"run_id"_s, runId},
                                             {u"key"_s, u"loss"_s},
                                             {u"value"_s, 0.1},
                                             {u"timestamp"_s, 1},
                                             {u"step"_s, 1.5}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error_code"_s).toString(), u"INVALID_PARAMETER_VALUE"_s);
    QCOMPARE(client
                 .get("/api/2.0/mlflow/metrics/get-history?run_id=" + runId.toUtf8()
                      + "&metric_key=loss")
                 .body,
             QByteArray("{}"));
}

void tst_WireReplay::refusesOverlongParamValue()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(startFresh(dir, server));
    HttpClient client(server.url());
    const QString runId = createRun(client, u"e"_s);
    HttpReply reply = client.postJson(
        "/api/2.0/mlflow/runs/log-parameter",
        {{u"run_id"_s, runId}, {u"key"_s, u"long"_s}, {u"value"_s, QString(6001, u'x')}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error_code"_s).toString(), u"INVALID_PARAMETER_VALUE"_s);
    reply = client.postJson(
        "/api/2.0/mlflow/runs/log-parameter",
        {{u"run_id"_s, runId}, {u"key"_s, u"long"_s}, {u"value"_s, QString(6000, u'x')}});
    QCOMPARE(reply.status, 200);
}

void tst_WireReplay::refusesUnknownEnumValue()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(startFresh(dir, server));
    HttpClient client(server.url());
    const QString runId = createRun(client, u"e"_s);
    HttpReply reply = client.postJson("/api/2.0/mlflow/runs/update",
                                      {{u"run_id"_s, runId}, {u"status"_s, u"DONE"_s}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error_code"_s).toString(), u"INVALID_PARAMETER_VALUE"_s);
    // The number of a valid value is fine: 3 = FINISHED.
    reply =
        client.postJson("/api/2.0/mlflow/runs/update", {{u"run_id"_s, runId}, {u"status"_s, 3}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"run_info"_s).toObject().value(u"status"_s).toString(),
             u"FINISHED"_s);
}

void tst_WireReplay::refusesMalformedJson()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(startFresh(dir, server));
    HttpClient client(server.url());
    const HttpReply reply = client.send("POST",
                                        "/api/2.0/mlflow/experiments/create",
                                        "{\"name\": \"x\"",
                                        {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error_code"_s).toString(), u"MALFORMED_REQUEST"_s);
    QCOMPARE(client.get("/api/2.0/mlflow/experiments/get-by-name?experiment_name=x").status, 404);
}

void tst_WireReplay::removesAliasWithDeletedVersion()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(startFresh(dir, server));
    HttpClient client(server.url());
    QCOMPARE(
        client.postJson("/api/2.0/mlflow/registered-models/create", {{u"name"_s, u"m"_s}}).status,
        200);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(client
                     .postJson("/api/2.0/mlflow/model-versions/create",
                               {{u"name"_s, u"m"_s}, {u"source"_s, u"s3://b/m"_s}})
                     .status,
                 200);
    }
    QCOMPARE(
        client
            .postJson("/api/2.0/mlflow/registered-models/alias",
                      {{u"name"_s, u"m"_s}, {u"alias"_s, u"champion"_s}, {u"version"_s, u"2"_s}})
            .status,
        200);
    QCOMPARE(client
                 .send("DELETE",
                       "/api/2.0/mlflow/model-versions/delete",
                       R"({"name": "m", "version": "2"})",
                       {{"Content-Type", "application/json"}})
                 .status,
             200);
    const QJsonObject model = client.get("/api/2.0/mlflow/registered-models/get?name=m")
                                  .json()
                                  .value(u"registered_model"_s)
                                  .toObject();
    QVERIFY(!model.contains(u"aliases"_s));
    const HttpReply alias =
        client.get("/api/2.0/mlflow/registered-models/alias?name=m&alias=champion");
    QCOMPARE(alias.status, 400);
    QCOMPARE(alias.json().value(u"message"_s).toString(),
             u"Registered model alias champion not found."_s);
}

void tst_WireReplay::answersMissingArtifactWithNotFound()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(startFresh(dir, server));
    HttpClient client(server.url());
    const HttpReply reply =
        client.get("/api/2.0/mlflow-artifacts/artifacts/0/abc/artifacts/missing.txt");
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().value(u"error_code"_s).toString(), u"RESOURCE_DOES_NOT_EXIST"_s);
}

void tst_WireReplay::deletesSingleArtifactFile()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(startFresh(dir, server));
    HttpClient client(server.url());
    const QByteArray path = "/api/2.0/mlflow-artifacts/artifacts/0/r1/artifacts/raw.txt";
    QCOMPARE(client.send("PUT", path, "raw\n").status, 200);
    QCOMPARE(client.get(path).body, QByteArray("raw\n"));
    const HttpReply reply = client.send("DELETE", path);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("{}"));
    QVERIFY(!QFile::exists(dir.filePath(u"artifacts/0/r1/artifacts/raw.txt"_s)));
    QCOMPARE(client.get(path).status, 404);
}

void tst_WireReplay::reportsConflictsWithoutBackendText()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(startFresh(dir, server));
    HttpClient client(server.url());
    QCOMPARE(client.postJson("/api/2.0/mlflow/experiments/create", {{u"name"_s, u"a"_s}}).status,
             200);
    QCOMPARE(client.postJson("/api/2.0/mlflow/experiments/create", {{u"name"_s, u"b"_s}}).status,
             200);

    struct Case
    {
        HttpReply reply;
        QString code;
    };

    const QList<Case> cases = {
        {client.postJson("/api/2.0/mlflow/experiments/create", {{u"name"_s, u"a"_s}}),
         u"RESOURCE_ALREADY_EXISTS"_s},
        {client.postJson("/api/2.0/mlflow/experiments/update",
                         {{u"experiment_id"_s, u"2"_s}, {u"new_name"_s, u"a"_s}}),
         u"BAD_REQUEST"_s},
        {client.postJson("/api/2.0/mlflow/runs/create", {{u"start_time"_s, 1}}), u"BAD_REQUEST"_s},
    };
    for (const Case &c : cases) {
        QCOMPARE(c.reply.status, 400);
        const QJsonObject json = c.reply.json();
        QCOMPARE(json.value(u"error_code"_s).toString(), c.code);
        const QString message = json.value(u"message"_s).toString();
        QVERIFY2(!message.isEmpty() && !message.contains(u"SQL"_s, Qt::CaseInsensitive)
                     && !message.contains(u"constraint"_s),
                 qPrintable(message));
    }
}

void tst_WireReplay::keepsInfinity()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(startFresh(dir, server));
    HttpClient client(server.url());
    const QString runId = createRun(client, u"e"_s);
    for (const auto &[value, step] : {std::pair{u"Infinity"_s, 0}, std::pair{u"-Infinity"_s, 1}}) {
        QCOMPARE(client
                     .postJson("/api/2.0/mlflow/runs/log-metric",
                               {{u"run_id"_s, runId},
                                {u"key"_s, u"w"_s},
                                {u"value"_s, value},
                                {u"timestamp"_s, 1},
                                {u"step"_s, step}})
                     .status,
                 200);
    }
    const QJsonArray history =
        client.get("/api/2.0/mlflow/metrics/get-history?run_id=" + runId.toUtf8() + "&metric_key=w")
            .json()
            .value(u"metrics"_s)
            .toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject().value(u"value"_s).toString(), u"Infinity"_s);
    QCOMPARE(history.at(1).toObject().value(u"value"_s).toString(), u"-Infinity"_s);
}

QTEST_GUILESS_MAIN(tst_WireReplay)
#include "tst_wirereplay.moc"
