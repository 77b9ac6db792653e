// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT

// Many clients logging at once: 16 keep-alive connections spread over two `flowdesk serve`
// processes on the same store (threads of one server queue on its write lock; the two
// processes meet in SQLite's lock). Afterwards every point, param and tag is there exactly
// once and no request failed, "database is locked" least of all.

#include "tests/support/httpclient.h"
#include "tests/support/loadconnection.h"
#include "tests/support/serverprocess.h"

#include "models/store/database.h"
#include "models/store/storelocation.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using namespace Flowdesk::TestSupport;

class tst_ServerConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void sixteenClientsLoseNothing();
};

void tst_ServerConcurrency::sixteenClientsLoseNothing()
{
    constexpr int Clients = 16;
    constexpr int Runs = 4; // four clients share each run
    constexpr int BatchesPerClient = 15;
    constexpr int MetricsPerBatch = 400;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerProcess first;
    ServerProcess second;
    QVERIFY2(first.start(dir.path()), first.errors().constData());
    QVERIFY2(second.start(dir.path()), second.errors().constData());

    HttpClient client(first.url());
    QCOMPARE(client.postJson("/api/2.0/mlflow/experiments/create", {{u"name"_s, u"load"_s}}).status,
             200);
    QStringList runIds;
    for (int i = 0; i < Runs; ++i) {
        runIds.append(client.postJson("/api/2.0/mlflow/runs/create", {{u"experiment_id"_s, u"1"_s}})
                          .json()
                          .value(u"run"_s)
                          .toObject()
                          .value(u"info"_s)
                          .toObject()
                          .value(u"run_id"_s)
                          .toString());
    }

    std::vector<std::unique_ptr<LoadConnection>> connections;
    for (int c = 0; c < Clients; ++c) {
        QList<LoadConnection::Request> requests;
        for (int b = 0; b < BatchesPerClient; ++b) {
            QJsonArray metrics;
            for (int m = 0; m < MetricsPerBatch; ++m) {
                // Client c owns steps [c * 1e6, ...): no two clients log the same point.
                metrics.append(QJsonObject{{u"key"_s, u"m%1"_s.arg(m % 5)},
                                           {u"value"_s, double(c * 1000 + b)},
                                           {u"timestamp"_s, qint64(1717200000000) + b},
                                           {u"step"_s, qint64(c) * 1000000 + b * 1000 + m}});
            }
            const QJsonArray params{
                QJsonObject{{u"key"_s, u"c%1_b%2"_s.arg(c).arg(b)}, {u"value"_s, u"x"_s}}};
            const QJsonArray tags{
                QJsonObject{{u"key"_s, u"t%1"_s.arg(c)}, {u"value"_s, QString::number(b)}}};
            const QJsonObject body{{u"run_id"_s, runIds.at(c % Runs)},
                                   {u"metrics"_s, metrics},
                                   {u"params"_s, params},
                                   {u"tags"_s, tags}};
            requests.append({"POST",
                             "/api/2.0/mlflow/runs/log-batch",
                             QJsonDocument(body).toJson(QJsonDocument::Compact)});
        }
        const QUrl url = c % 2 ? second.url() : first.url();
        connections.push_back(std::make_unique<LoadConnection>(url, requests));
    }
    for (auto &connection : connections)
        connection->start();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(connections.begin(),
                                         connections.end(),
                                         [](const auto &c) {
                                             return c->isDone();
                                         }),
                             240000);

    for (const auto &connection : connections) {
        QVERIFY2(connection->error().isEmpty(), qPrintable(connection->error()));
        QCOMPARE(connection->answers().size(), BatchesPerClient);
        for (const auto &answer : connection->answers()) {
            QVERIFY2(answer.status == 200, answer.body.constData());
            QVERIFY(!answer.body.contains("locked"));
        }
    }
    first.stop();
    second.stop();

    auto database = Store::Database::open(Store::StoreLocation(dir.path()).databasePath());
    const auto scalar = [&](const QString &sql) {
        QSqlQuery q(database->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM metrics"_s),
             qint64(Clients) * BatchesPerClient * MetricsPerBatch);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM (SELECT DISTINCT run_key, key_id, step FROM metrics)"_s),
             qint64(Clients) * BatchesPerClient * MetricsPerBatch);
    QCOMPARE(scalar(u"SELECT SUM(point_count) FROM latest_metrics"_s),
             qint64(Clients) * BatchesPerClient * MetricsPerBatch);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM params"_s), qint64(Clients) * BatchesPerClient);
    // One tag per client (overwritten per batch) plus each run's mlflow.runName.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM run_tags"_s), qint64(Clients + Runs));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM run_tags WHERE key LIKE 't%' AND value = '%1'"_s.arg(
                 BatchesPerClient - 1)),
             qint64(Clients));
}

QTEST_GUILESS_MAIN(tst_ServerConcurrency)
#include "tst_serverconcurrency.moc"
