// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT

// A whole MLflow client session against a real `flowdesk serve` over real HTTP, in the order
// the mlflow 2.14 Python client sends it for a training script that logs a model, registers
// it, sets an alias and loads it back by models:/NAME@ALIAS; then the store is checked directly.

#include "tests/support/httpclient.h"
#include "tests/support/serverprocess.h"

#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using namespace Flowdesk::TestSupport;

class tst_ServerWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void trainRegisterAliasAndLoadBack();
    void stopsCleanlyOnSigterm();
};

void tst_ServerWorkflow::trainRegisterAliasAndLoadBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerProcess server;
    QVERIFY2(server.start(dir.path()), server.errors().constData());
    HttpClient client(server.url());

    // mlflow.set_experiment("train")
    QCOMPARE(client.get("/api/2.0/mlflow/experiments/get-by-name?experiment_name=train").status,
             404);
    HttpReply reply =
        client.postJson("/api/2.0/mlflow/experiments/create", {{u"name"_s, u"train"_s}});
    QCOMPARE(reply.status, 200);
    const QString experimentId = reply.json().value(u"experiment_id"_s).toString();

    // mlflow.start_run()
    const QJsonArray runTags{
        QJsonObject{{u"key"_s, u"mlflow.user"_s}, {u"value"_s, u"alice"_s}},
        QJsonObject{{u"key"_s, u"mlflow.source.name"_s}, {u"value"_s, u"train.py"_s}}};
    reply = client.postJson("/api/2.0/mlflow/runs/create",
                            {{u"experiment_id"_s, experimentId},
                             {u"start_time"_s, qint64(1717200000000)},
                             {u"tags"_s, runTags}});
    QCOMPARE(reply.status, 200);
    const QJsonObject info = reply.json().value(u"run"_s).toObject().value(u"info"_s).toObject();
    const QString runId = info.value(u"run_id"_s).toString();
    const QString artifactUri = info.value(u"artifact_uri"_s).toString();
    QCOMPARE(artifactUri, u"mlflow-artifacts:/%1/%2/artifacts"_s.arg(experimentId, runId));

    // mlflow.log_params / log_metric per epoch / set_tag
    QCOMPARE(client
                 .postJson("/api/2.0/mlflow/runs/log-parameter",
                           {{u"run_id"_s, runId}, {u"key"_s, u"lr"_s}, {u"value"_s, u"0.01"_s}})
                 .status,
             200);
    for (int step = 0; step < 10; ++step) {
        const QJsonArray metrics{QJsonObject{{u"key"_s, u"loss"_s},
                                             {u"value"_s, 1.0 / (step + 1)},
                                             {u"timestamp"_s, qint64(1717200000000) + step},
                                             {u"step"_s, step}}};
        QCOMPARE(client
                     .postJson("/api/2.0/mlflow/runs/log-batch",
                               {{u"run_id"_s, runId}, {u"metrics"_s, metrics}})
                     .status,
                 200);
    }

    // mlflow.sklearn.log_model(...): files go to the proxied artifact store, then log-model.
    const QByteArray base = "/api/2.0/mlflow-artifacts/artifacts/" + experimentId.toUtf8() + '/'
        + runId.toUtf8() + "/artifacts/model/";
    const QByteArray mlmodel =
        "artifact_path: model\nflavors:\n  sklearn:\n    pickled_model: model.pkl\n";
    QByteArray pickle;
    for (int i = 0; i < 4096; ++i)
        pickle.append(char(i % 256));
    const QByteArray requirements = "scikit-learn==1.4.2\n";
    QCOMPARE(client.send("PUT", base + "MLmodel", mlmodel).status, 200);
    QCOMPARE(
        client
            .send("PUT", base + "model.pkl", pickle, {{"Content-Type", "application/octet-stream"}})
            .status,
        200);
    QCOMPARE(client.send("PUT", base + "requirements.txt", requirements).status, 200);
    const QJsonObject modelInfo{{u"artifact_path"_s, u"model"_s},
                                {u"flavors"_s, QJsonObject{{u"sklearn"_s, QJsonObject{}}}},
                                {u"utc_time_created"_s, u"2024-06-01 00:00:00.000000"_s},
                                {u"run_id"_s, runId}};
    QCOMPARE(client
                 .postJson(
                     "/api/2.0/mlflow/runs/log-model",
                     {{u"run_id"_s, runId},
                      {u"model_json"_s,
                       QString::fromUtf8(QJsonDocument(modelInfo).toJson(QJsonDocument::Compact))}})
                 .status,
             200);

    // registered_model_name=... : create model + version with the resolved source.
    QCOMPARE(
        client.postJson("/api/2.0/mlflow/registered-models/create", {{u"name"_s, u"clf"_s}}).status,
        200);
    reply = client.postJson("/api/2.0/mlflow/model-versions/create",
                            {{u"name"_s, u"clf"_s},
                             {u"source"_s, QString(artifactUri + u"/model"_s)},
                             {u"run_id"_s, runId}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"model_version"_s).toObject().value(u"version"_s).toString(),
             u"1"_s);
    QCOMPARE(
        client
            .postJson("/api/2.0/mlflow/registered-models/alias",
                      {{u"name"_s, u"clf"_s}, {u"alias"_s, u"champion"_s}, {u"version"_s, u"1"_s}})
            .status,
        200);

    // mlflow.end_run()
    QCOMPARE(client
                 .postJson("/api/2.0/mlflow/runs/update",
                           {{u"run_id"_s, runId},
                            {u"status"_s, u"FINISHED"_s},
                            {u"end_time"_s, qint64(1717200009000)}})
                 .status,
             200);

    // mlflow.pyfunc.load_model("models:/clf@champion")
    reply = client.get("/api/2.0/mlflow/registered-models/alias?name=clf&alias=champion");
    QCOMPARE(reply.status, 200);
    const QJsonObject version = reply.json().value(u"model_version"_s).toObject();
    QCOMPARE(version.value(u"aliases"_s).toArray(), QJsonArray{u"champion"_s});
    reply = client.get("/api/2.0/mlflow/model-versions/get-download-uri?name=clf&version="
                       + version.value(u"version"_s).toString().toUtf8());
    const QString downloadUri = reply.json().value(u"artifact_uri"_s).toString();
    QCOMPARE(downloadUri, artifactUri + u"/model"_s);
    const QByteArray modelPath = downloadUri.mid(u"mlflow-artifacts:/"_s.size()).toUtf8();
    reply = client.get("/api/2.0/mlflow-artifacts/artifacts?path="
                       + QUrl::toPercentEncoding(QString::fromUtf8(modelPath)));
    QCOMPARE(reply.status, 200);
    QStringList listed;
    for (const QJsonValue file : reply.json().value(u"files"_s).toArray())
        listed.append(file.toObject().value(u"path"_s).toString());
    QCOMPARE(listed, (QStringList{u"MLmodel"_s, u"model.pkl"_s, u"requirements.txt"_s}));
    const QByteArray download = "/api/2.0/mlflow-artifacts/artifacts/" + modelPath + '/';
    QCOMPARE(client.get(download + "MLmodel").body, mlmodel);
    QCOMPARE(client.get(download + "model.pkl").body, pickle);
    QCOMPARE(client.get(download + "requirements.txt").body, requirements);

    // The run as the UI and the client see it.
    reply = client.get("/api/2.0/mlflow/runs/get?run_id=" + runId.toUtf8());
    const QJsonObject run = reply.json().value(u"run"_s).toObject();
    QCOMPARE(run.value(u"info"_s).toObject().value(u"status"_s).toString(), u"FINISHED"_s);
    bool hasModelHistory = false;
    for (const QJsonValue tag : run.value(u"data"_s).toObject().value(u"tags"_s).toArray())
        hasModelHistory |=
            tag.toObject().value(u"key"_s).toString() == u"mlflow.log-model.history"_s;
    QVERIFY(hasModelHistory);
    reply = client.get("/api/2.0/mlflow/artifacts/list?run_id=" + runId.toUtf8() + "&path=model");
    QCOMPARE(reply.json().value(u"files"_s).toArray().size(), 3);
    server.stop();

    // Everything is in the store itself.
    const Store::StoreLocation location(dir.path());
    auto database = Store::Database::open(location.databasePath());
    Store::TrackingStore tracking(*database);
    QCOMPARE(tracking.metricHistory(runId, u"loss"_s).size(), 10);
    QCOMPARE(tracking.run(runId).params.size(), 1);
    Store::RegistryStore registry(*database);
    QCOMPARE(registry.modelVersionByAlias(u"clf"_s, u"champion"_s).runId, runId);
    QVERIFY(QFile::exists(location.artifactRoot()
                          + u"/%1/%2/artifacts/model/model.pkl"_s.arg(experimentId, runId)));
}

void tst_ServerWorkflow::stopsCleanlyOnSigterm()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerProcess server;
    QVERIFY2(server.start(dir.path()), server.errors().constData());
    HttpClient client(server.url());
    QCOMPARE(client.get("/health").body, QByteArray("OK"));
    server.process().terminate();
    QVERIFY(server.process().waitForFinished(15000));
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
    // The store opens and is intact.
    auto database = Store::Database::open(Store::StoreLocation(dir.path()).databasePath());
    QSqlQuery check(database->connection());
    QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(tst_ServerWorkflow)
#include "tst_serverworkflow.moc"
