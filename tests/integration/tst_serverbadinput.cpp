// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT

// Bad input against a real `flowdesk serve`: every case gets MLflow's JSON error with the right
// status, the server keeps serving, and the store does not change.

#include "tests/support/httpclient.h"
#include "tests/support/serverprocess.h"

#include "models/store/database.h"
#include "models/store/storelocation.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using namespace Flowdesk::TestSupport;

class tst_ServerBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void answersBadRequestWithMlflowError_data();
    void answersBadRequestWithMlflowError();
    void refusesArtifactPathsEscapingTheStore_data();
    void refusesArtifactPathsEscapingTheStore();
    void refusesSymlinkLeadingOutOfTheStore();
    void ignoresUnknownFields();
    void refusesOversizedBody();
    void survivesBrokenHttp_data();
    void survivesBrokenHttp();

private:
    QString snapshot();

    QTemporaryDir m_dir;
    QTemporaryDir m_outside;
    ServerProcess m_server;
    QString m_runId;
};

void tst_ServerBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_outside.isValid());
    QVERIFY2(m_server.start(m_dir.path()), m_server.errors().constData());
    HttpClient client(m_server.url());
    QCOMPARE(client.postJson("/api/2.0/mlflow/experiments/create", {{u"name"_s, u"e"_s}}).status,
             200);
    m_runId = client.postJson("/api/2.0/mlflow/runs/create", {{u"experiment_id"_s, u"1"_s}})
                  .json()
                  .value(u"run"_s)
                  .toObject()
                  .value(u"info"_s)
                  .toObject()
                  .value(u"run_id"_s)
                  .toString();
    QCOMPARE(m_runId.size(), 32);
    QCOMPARE(
        client.postJson("/api/2.0/mlflow/registered-models/create", {{u"name"_s, u"m"_s}}).status,
        200);
}

void tst_ServerBadInput::cleanupTestCase()
{
    m_server.stop();
}

// Every row count and the artifact tree, read over a separate connection (WAL allows it).
QString tst_ServerBadInput::snapshot()
{
    auto database = Store::Database::open(Store::StoreLocation(m_dir.path()).databasePath());
    QStringList parts;
    for (const QString &table : {u"experiments"_s,
                                 u"experiment_tags"_s,
                                 u"runs"_s,
                                 u"params"_s,
                                 u"run_tags"_s,
                                 u"metrics"_s,
                                 u"latest_metrics"_s,
                                 u"registered_models"_s,
                                 u"model_versions"_s,
                                 u"model_aliases"_s,
                                 u"run_inputs"_s}) {
        QSqlQuery q(database->connection());
        if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
            return u"cannot read "_s + table;
        parts.append(table + u'=' + q.value(0).toString());
    }
    QSqlQuery names(database->connection());
    names.exec(u"SELECT group_concat(name) FROM experiments"_s);
    names.next();
    parts.append(names.value(0).toString());
    QStringList files;
    const QString root = Store::StoreLocation(m_dir.path()).artifactRoot();
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(root.size()));
    files.sort();
    parts.append(files.join(u','));
    return parts.join(u' ');
}

void tst_ServerBadInput::answersBadRequestWithMlflowError_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");

    const QByteArray api = "/api/2.0/mlflow/";
    const QByteArray run = "__RUN__";
    QTest::newRow("malformed-json") << QByteArray("POST") << api + "experiments/create"
                                    << QByteArray("{\"name\": ") << 400 << u"MALFORMED_REQUEST"_s;
    QTest::newRow("json-array-body") << QByteArray("POST") << api + "experiments/create"
                                     << QByteArray("[1, 2]") << 400 << u"MALFORMED_REQUEST"_s;
    QTest::newRow("binary-garbage")
        << QByteArray("POST") << api + "runs/log-batch" << QByteArray("\xff\xfe\x00\x01", 4) << 400
        << u"MALFORMED_REQUEST"_s;
    QTest::newRow("name-wrong-type")
        << QByteArray("POST") << api + "experiments/create" << QByteArray(R"({"name": 123})") << 400
        << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("name-missing") << QByteArray("POST") << api + "experiments/create"
                                  << QByteArray("{}") << 400 << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("tags-not-a-list")
        << QByteArray("POST") << api + "experiments/create"
        << QByteArray(R"({"name": "t", "tags": "x"})") << 400 << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("metrics-not-a-list")
        << QByteArray("POST") << api + "runs/log-batch"
        << QByteArray(R"({"run_id": ")" + run + R"(", "metrics": {"key": "a"}})") << 400
        << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("metric-value-object")
        << QByteArray("POST") << api + "runs/log-metric"
        << QByteArray(R"({"run_id": ")" + run + R"(", "key": "a", "value": {}, "timestamp": 1})")
        << 400 << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("timestamp-string")
        << QByteArray("POST") << api + "runs/log-metric"
        << QByteArray(R"({"run_id": ")" + run
                      + R"(", "key": "a", "value": 1, "timestamp": "soon"})")
        << 400 << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("step-huge")
        << QByteArray("POST") << api + "runs/log-metric"
        << QByteArray(R"({"run_id": ")" + run
                      + R"(", "key": "a", "value": 1, "timestamp": 1, "step": 1e300})")
        << 400 << u"INVALID_PARAMETER_VALUE"_s;
    QByteArray manyMetrics = R"({"run_id": ")" + run + R"(", "metrics": [)";
    for (int i = 0; i < 1001; ++i)
        manyMetrics += (i ? "," : "") + QByteArray(R"({"key": "k", "value": 1, "timestamp": )")
            + QByteArray::number(i) + R"(, "step": 0})";
    manyMetrics += "]}";
    QTest::newRow("batch-over-1000-metrics") << QByteArray("POST") << api + "runs/log-batch"
                                             << manyMetrics << 400 << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("param-key-traversal")
        << QByteArray("POST") << api + "runs/log-parameter"
        << QByteArray(R"({"run_id": ")" + run + R"(", "key": "../../etc", "value": "x"})") << 400
        << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("tag-key-bad-chars")
        << QByteArray("POST") << api + "runs/set-tag"
        << QByteArray(R"({"run_id": ")" + run + R"(", "key": "a<b>", "value": "x"})") << 400
        << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("alias-reserved")
        << QByteArray("POST") << api + "registered-models/alias"
        << QByteArray(R"({"name": "m", "alias": "latest", "version": "1"})") << 400
        << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("version-not-a-number")
        << QByteArray("GET") << api + "model-versions/get?name=m&version=1%3B+DROP" << QByteArray()
        << 400 << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("run-id-sql") << QByteArray("GET") << api + "runs/get?run_id=x%27+OR+1%3D1--"
                                << QByteArray() << 404 << u"RESOURCE_DOES_NOT_EXIST"_s;
    QTest::newRow("experiment-id-not-numeric")
        << QByteArray("POST") << api + "runs/create" << QByteArray(R"({"experiment_id": "1 or 1"})")
        << 404 << u"RESOURCE_DOES_NOT_EXIST"_s;
    QTest::newRow("bad-filter") << QByteArray("POST") << api + "runs/search"
                                << QByteArray(R"({"experiment_ids": ["1"], "filter": "x; DROP"})")
                                << 400 << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("bad-page-token") << QByteArray("POST") << api + "experiments/search"
                                    << QByteArray(R"({"max_results": 5, "page_token": "%%%"})")
                                    << 400 << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("unknown-status")
        << QByteArray("POST") << api + "runs/update"
        << QByteArray(R"({"run_id": ")" + run + R"(", "status": "DONE"})") << 400
        << u"INVALID_PARAMETER_VALUE"_s;
    QTest::newRow("model-source-local-path")
        << QByteArray("POST") << api + "model-versions/create"
        << QByteArray(R"({"name": "m", "source": "/etc"})") << 400 << u"INVALID_PARAMETER_VALUE"_s;
}

void tst_ServerBadInput::answersBadRequestWithMlflowError()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    body.replace("__RUN__", m_runId.toUtf8());
    const QString before = snapshot();
    HttpClient client(m_server.url());
    const HttpReply reply = client.send(method, path, body, {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    QCOMPARE(reply.json().value(u"error_code"_s).toString(), errorCode);
    QVERIFY(!reply.json().value(u"message"_s).toString().isEmpty());
    QCOMPARE(snapshot(), before);
    QCOMPARE(client.get("/health").body, QByteArray("OK"));
}

void tst_ServerBadInput::refusesArtifactPathsEscapingTheStore_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");

    const QByteArray base = "/api/2.0/mlflow-artifacts/artifacts";
    QTest::newRow("put-dotdot-encoded")
        << QByteArray("PUT") << base + "/1/%2E%2E/%2E%2E/%2E%2E/evil.txt";
    QTest::newRow("put-dotdot-double-encoded")
        << QByteArray("PUT") << base + "/1/%252E%252E/%252E%252E/evil.txt";
    QTest::newRow("put-absolute") << QByteArray("PUT") << base + "/%2Ftmp%2Fevil.txt";
    QTest::newRow("get-dotdot") << QByteArray("GET") << base + "/%2E%2E/flowdesk.db";
    QTest::newRow("list-dotdot") << QByteArray("GET") << base + "?path=..%2F..%2Fetc";
    QTest::newRow("list-absolute") << QByteArray("GET") << base + "?path=%2Fetc";
    QTest::newRow("delete-dotdot") << QByteArray("DELETE") << base + "/1/%2E%2E/%2E%2E";
    QTest::newRow("delete-backslash") << QByteArray("DELETE") << base + "/..%5C..%5Cflowdesk.db";
    QTest::newRow("run-artifact-dotdot")
        << QByteArray("GET")
        << QByteArray("/api/2.0/mlflow/artifacts/list?run_id=__RUN__&path=..%2F..");
}

void tst_ServerBadInput::refusesArtifactPathsEscapingTheStore()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    target.replace("__RUN__", m_runId.toUtf8());
    const QString before = snapshot();
    HttpClient client(m_server.url());
    const HttpReply reply = client.sendRaw(method, target, "evil");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"message"_s).toString(), u"Invalid path"_s);
    QCOMPARE(snapshot(), before);
    QVERIFY(QFile::exists(Store::StoreLocation(m_dir.path()).databasePath()));
    QVERIFY(!QFile::exists(m_dir.filePath(u"evil.txt"_s)));
    QVERIFY(!QFile::exists(u"/tmp/evil.txt"_s));
}

void tst_ServerBadInput::refusesSymlinkLeadingOutOfTheStore()
{
    const QString root = Store::StoreLocation(m_dir.path()).artifactRoot();
    QVERIFY(QDir().mkpath(root + u"/1"_s));
    QFile secret(m_outside.filePath(u"secret.txt"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("secret");
    secret.close();
    QVERIFY(QFile::link(m_outside.path(), root + u"/1/escape"_s));
    HttpClient client(m_server.url());
    const QByteArray base = "/api/2.0/mlflow-artifacts/artifacts/1/escape/";
    HttpReply reply = client.get(base + "secret.txt");
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.body.contains("secret"));
    reply = client.send("PUT", base + "planted.txt", "x");
    QCOMPARE(reply.status, 400);
    QVERIFY(!QFile::exists(m_outside.filePath(u"planted.txt"_s)));
    reply = client.send("DELETE", base + "secret.txt");
    QCOMPARE(reply.status, 400);
    QVERIFY(QFile::exists(m_outside.filePath(u"secret.txt"_s)));
    reply = client.get("/api/2.0/mlflow-artifacts/artifacts?path=1%2Fescape");
    QCOMPARE(reply.status, 400);
    QVERIFY(QFile::remove(root + u"/1/escape"_s));
}

void tst_ServerBadInput::ignoresUnknownFields()
{
    HttpClient client(m_server.url());
    const HttpReply reply = client.postJson("/api/2.0/mlflow/runs/set-tag",
                                            {{u"run_id"_s, m_runId},
                                             {u"key"_s, u"k"_s},
                                             {u"value"_s, u"v"_s},
                                             {u"bogus"_s, QJsonObject{{u"deep"_s, 1}}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("{}"));
}

void tst_ServerBadInput::refusesOversizedBody()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerProcess small;
    QVERIFY2(small.start(dir.path(), {u"--max-body-mb"_s, u"1"_s}), small.errors().constData());
    HttpClient client(small.url());
    const QByteArray big = "{\"name\": \"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
    HttpReply reply = client.send(
        "POST", "/api/2.0/mlflow/experiments/create", big, {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json().value(u"error_code"_s).toString(), u"INVALID_PARAMETER_VALUE"_s);
    // A Content-Length far beyond the limit is answered at once, without the body.
    reply = HttpClient::parse([&] {
        QTcpSocket socket;
        socket.connectToHost(small.url().host(), quint16(small.url().port()));
        socket.waitForConnected(5000);
        socket.write("POST /api/2.0/mlflow/runs/log-batch HTTP/1.1\r\nHost: x\r\n"
                     "Content-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(5000))
            answer += socket.readAll();
        return answer;
    }());
    QCOMPARE(reply.status, 413);
    QCOMPARE(client.get("/api/2.0/mlflow/experiments/get?experiment_id=1").status, 404);
    QCOMPARE(client.get("/health").body, QByteArray("OK"));
}

void tst_ServerBadInput::survivesBrokenHttp_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n",
                                           16)
                             << 400;
    QTest::newRow("no-version") << QByteArray("GET /health\r\n\r\n") << 400;
    QTest::newRow("bad-content-length")
        << QByteArray("POST /api/2.0/mlflow/runs/get HTTP/1.1\r\nContent-Length: -5\r\n\r\n")
        << 400;
    QTest::newRow("bad-chunk") << QByteArray(
        "POST /api/2.0/mlflow/experiments/create HTTP/1.1\r\nTransfer-Encoding: "
        "chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
                               << 400;
    QTest::newRow("huge-header") << QByteArray("GET /health HTTP/1.1\r\nX: ")
            + QByteArray(100000, 'a')
            + "\r\n\r\n" << 431;
    QTest::newRow("chunked-body-parsed")
        << QByteArray("POST /api/2.0/mlflow/experiments/get-by-name HTTP/1.1\r\nTransfer-Encoding: "
                      "chunked\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                      "1d\r\n{\"experiment_name\": \"no-such\"}\r\n0\r\n\r\n")
        << 405;
}

void tst_ServerBadInput::survivesBrokenHttp()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QTcpSocket socket;
    socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(raw);
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    QCOMPARE(HttpClient::parse(answer).status, status);
    HttpClient client(m_server.url());
    QCOMPARE(client.get("/health").body, QByteArray("OK"));
}

QTEST_GUILESS_MAIN(tst_ServerBadInput)
#include "tst_serverbadinput.moc"
