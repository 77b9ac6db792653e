// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT

// Ingest through the embedded server: 8 keep-alive connections send log-batch requests of
// 1,000 metrics each to a real `flowdesk serve`; reports points/s and p50/p99 latency next to
// the store's direct TrackingStore::logBatch rate measured in the same run, then checks that
// every point arrived exactly once. Target (DESIGN.md): >= 150k points/s.

#include "tests/support/httpclient.h"
#include "tests/support/loadconnection.h"
#include "tests/support/serverprocess.h"

#include "models/store/database.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using namespace Flowdesk::TestSupport;

namespace {

constexpr int Connections = 8;
constexpr int BatchesPerConnection = 50;
constexpr int MetricsPerBatch = 1000;

Store::Metric point(int client, int batch, int index)
{
    // Ten metric keys, 100 steps each per batch, like a training loop logging in bulk.
    return {u"metric_%1"_s.arg(index % 10),
            0.5 + 1e-6 * index + client,
            qint64(1717200000000) + batch,
            qint64(batch) * 100 + index / 10};
}

} // namespace

class bench_Server : public QObject
{
    Q_OBJECT

private slots:
    void logBatchThroughServer();
};

void bench_Server::logBatchThroughServer()
{
    const qint64 totalPoints = qint64(Connections) * BatchesPerConnection * MetricsPerBatch;

    // Reference: the same batches straight into the store's batch API, one connection.
    double directRate = 0;
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Store::StoreLocation location(dir.path());
        location.ensureExists();
        auto database = Store::Database::open(location.databasePath());
        Store::TrackingStore store(*database);
        const qint64 experiment = store.createExperiment(u"direct"_s);
        QList<QString> runs;
        for (int c = 0; c < Connections; ++c) {
            Store::RunCreation creation;
            creation.experimentId = experiment;
            runs.append(store.createRun(creation).info.runId);
        }
        QList<QList<Store::Metric>> batches;
        for (int c = 0; c < Connections; ++c) {
            for (int b = 0; b < BatchesPerConnection; ++b) {
                QList<Store::Metric> batch;
                for (int m = 0; m < MetricsPerBatch; ++m)
                    batch.append(point(c, b, m));
                batches.append(batch);
            }
        }
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < batches.size(); ++i)
            store.logBatch(runs.at(int(i / BatchesPerConnection)), batches.at(i));
        directRate = double(totalPoints) / (double(timer.nsecsElapsed()) / 1e9);
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerProcess server;
    QVERIFY2(server.start(dir.path()), server.errors().constData());
    HttpClient client(server.url());
    QCOMPARE(
        client.postJson("/api/2.0/mlflow/experiments/create", {{u"name"_s, u"bench"_s}}).status,
        200);
    std::vector<std::unique_ptr<LoadConnection>> connections;
    for (int c = 0; c < Connections; ++c) {
        const QString runId =
            client.postJson("/api/2.0/mlflow/runs/create", {{u"experiment_id"_s, u"1"_s}})
                .json()
                .value(u"run"_s)
                .toObject()
                .value(u"info"_s)
                .toObject()
                .value(u"run_id"_s)
                .toString();
        QList<LoadConnection::Request> requests;
        for (int b = 0; b < BatchesPerConnection; ++b) {
            QJsonArray metrics;
            for (int m = 0; m < MetricsPerBatch; ++m) {
                const Store::Metric p = point(c, b, m);
                metrics.append(QJsonObject{{u"key"_s, p.key},
                                           {u"value"_s, p.value},
                                           {u"timestamp"_s, p.timestamp},
                                           {u"step"_s, p.step}});
            }
            requests.append(
                {"POST",
                 "/api/2.0/mlflow/runs/log-batch",
                 QJsonDocument(QJsonObject{{u"run_id"_s, runId}, {u"metrics"_s, metrics}})
                     .toJson(QJsonDocument::Compact)});
        }
        connections.push_back(std::make_unique<LoadConnection>(server.url(), requests));
    }

    QElapsedTimer timer;
    timer.start();
    for (auto &connection : connections)
        connection->start();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(connections.begin(),
                                         connections.end(),
                                         [](const auto &c) {
                                             return c->isDone();
                                         }),
                             600000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    QList<double> latencies;
    for (const auto &connection : connections) {
        QVERIFY2(connection->error().isEmpty(), qPrintable(connection->error()));
        QCOMPARE(connection->answers().size(), BatchesPerConnection);
        for (const auto &answer : connection->answers()) {
            QVERIFY2(answer.status == 200, answer.body.constData());
            latencies.append(double(answer.nanoseconds) / 1e6);
        }
    }
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) {
        return latencies.at(
            std::min<qsizetype>(latencies.size() - 1, qsizetype(p * latencies.size())));
    };
    server.stop();

    auto database = Store::Database::open(Store::StoreLocation(dir.path()).databasePath());
    QSqlQuery count(database->connection());
    QVERIFY(count.exec(u"SELECT COUNT(*), COUNT(DISTINCT run_key || ':' || key_id || ':' || step) "
                       "FROM metrics"_s)
            && count.next());
    QCOMPARE(count.value(0).toLongLong(), totalPoints);
    QCOMPARE(count.value(1).toLongLong(), totalPoints);

    qInfo("bench_server: %lld points, log-batch of %d metrics, %d connections",
          totalPoints,
          MetricsPerBatch,
          Connections);
    qInfo("bench_server: server      %10.0f points/s  (%.2f s; latency p50 %.1f ms, p99 %.1f ms)",
          double(totalPoints) / seconds,
          seconds,
          percentile(0.50),
          percentile(0.99));
    qInfo("bench_server: direct API  %10.0f points/s  (TrackingStore::logBatch, same batches)",
          directRate);
    qInfo("bench_server: server/direct = %.2f; target >= 150000 points/s; all %lld points stored "
          "exactly once",
          double(totalPoints) / seconds / directRate,
          totalPoints);
}

QTEST_GUILESS_MAIN(bench_Server)
#include "bench_server.moc"
