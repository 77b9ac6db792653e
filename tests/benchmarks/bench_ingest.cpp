// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
//
// Ingest of 1M metric points through TrackingStore::logBatch (batches of 1000), next to the
// same rows inserted with one raw SQLite prepared statement in one transaction into an
// identical fresh store. Prints medians of three repetitions; never asserts on time.
#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

namespace {

constexpr int Runs = 10;
constexpr int Keys = 5;
constexpr int StepsPerRun = 20000; // Runs * Keys * StepsPerRun = 1M points
constexpr int StepsPerBatch = 200; // * Keys = 1000 points per batch
constexpr int Repetitions = 3;

// The machine is shared: besides wall time, the process's CPU time shows the work done.
struct Rate
{
    double wall = 0;
    double cpu = 0;
};

struct Stopwatch
{
    QElapsedTimer wall;
    std::clock_t cpu = std::clock();

    Stopwatch() { wall.start(); }

    Rate rate(double points) const
    {
        return {points / (wall.nsecsElapsed() / 1e9),
                points / (double(std::clock() - cpu) / CLOCKS_PER_SEC)};
    }
};

const QStringList KeyNames = {
    u"loss"_s, u"val_loss"_s, u"accuracy"_s, u"val_accuracy"_s, u"learning_rate"_s};

// A training loop's log: every step logs every key, ~100 ms apart, with jitter and noise.
QList<Metric> batchOf(int run, int firstStep)
{
    QList<Metric> metrics;
    metrics.reserve(StepsPerBatch * Keys);
    quint32 noise = quint32(run * 7919 + firstStep);
    for (int step = firstStep; step < firstStep + StepsPerBatch; ++step) {
        const qint64 timestamp = 1717200000000 + qint64(run) * 3600000 + step * 100 + step % 7;
        for (int k = 0; k < Keys; ++k) {
            noise = noise * 1664525u + 1013904223u;
            const double jitter = (noise >> 8) / double(1 << 24) * 0.01;
            const double value = k == 4 ? 0.001 * std::pow(0.99, step / 100)
                                        : std::exp(-step / 5000.0) * (k % 2 ? 1.1 : 1.0) + jitter;
            metrics.append({KeyNames.at(k), value, timestamp + k, step});
        }
    }
    return metrics;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<TrackingStore> store;
    QStringList runIds;

    Fixture()
    {
        database = Database::open(dir.filePath(u"flowdesk.db"_s));
        store = std::make_unique<TrackingStore>(*database);
        for (int r = 0; r < Runs; ++r)
            runIds.append(store->createRun({}).info.runId);
    }

    qint64 pointCount()
    {
        QSqlQuery q(database->connection());
        return q.exec(u"SELECT COUNT(*) FROM metrics"_s) && q.next() ? q.value(0).toLongLong() : -1;
    }
};

Rate storeRate(const QList<QList<QList<Metric>>> &batches)
{
    Fixture fixture;
    const Stopwatch stopwatch;
    for (int r = 0; r < Runs; ++r) {
        for (const QList<Metric> &batch : batches.at(r))
            fixture.store->logBatch(fixture.runIds.at(r), batch);
    }
    const Rate rate = stopwatch.rate(Runs * Keys * StepsPerRun);
    if (fixture.pointCount() != qint64(Runs) * Keys * StepsPerRun)
        throw StoreError(ErrorCode::InternalError, u"the store lost points"_s);
    return rate;
}

bool check(int rc)
{
    return rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW;
}

Rate rawRate(const QList<QList<QList<Metric>>> &batches)
{
    Fixture fixture;
    sqlite3 *db = fixture.database->handle();
    // Keys and runs exist beforehand, as in the store's case after its first batch.
    QList<qint64> runKeys;
    for (const QString &runId : std::as_const(fixture.runIds))
        runKeys.append(fixture.store->runKey(runId));
    QHash<QString, qint64> keyIds;
    for (const QString &key : KeyNames) {
        QSqlQuery insert(fixture.database->connection());
        insert.prepare(u"INSERT INTO metric_keys (key) VALUES (?)"_s);
        insert.addBindValue(key);
        insert.exec();
        keyIds.insert(key, insert.lastInsertId().toLongLong());
    }

    const Stopwatch stopwatch;
    sqlite3_stmt *stmt = nullptr;
    bool ok = check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr))
        && check(sqlite3_prepare_v2(db,
                                    "INSERT INTO metrics (run_key, key_id, step, timestamp, "
                                    "value, is_nan) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                    -1,
                                    &stmt,
                                    nullptr));
    for (int r = 0; ok && r < Runs; ++r) {
        for (const QList<Metric> &batch : batches.at(r)) {
            for (const Metric &m : batch) {
                sqlite3_bind_int64(stmt, 1, runKeys.at(r));
                sqlite3_bind_int64(stmt, 2, keyIds.value(m.key));
                sqlite3_bind_int64(stmt, 3, m.step);
                sqlite3_bind_int64(stmt, 4, m.timestamp);
                sqlite3_bind_double(stmt, 5, m.value);
                sqlite3_bind_int(stmt, 6, 0);
                ok = ok && check(sqlite3_step(stmt));
                sqlite3_reset(stmt);
            }
        }
    }
    sqlite3_finalize(stmt);
    ok = ok && check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr));
    const Rate rate = stopwatch.rate(Runs * Keys * StepsPerRun);
    if (!ok || fixture.pointCount() != qint64(Runs) * Keys * StepsPerRun)
        throw StoreError(ErrorCode::InternalError, u"raw insert failed"_s);
    return rate;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString list(const QList<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts.append(QString::number(qRound64(v)));
    return parts.join(u", "_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<QList<QList<Metric>>> batches(Runs);
    for (int r = 0; r < Runs; ++r) {
        for (int step = 0; step < StepsPerRun; step += StepsPerBatch)
            batches[r].append(batchOf(r, step));
    }
    try {
        QList<double> storeWall, rawWall, storeCpu, rawCpu;
        for (int i = 0; i < Repetitions; ++i) {
            const Rate store = storeRate(batches);
            const Rate raw = rawRate(batches);
            storeWall.append(store.wall);
            storeCpu.append(store.cpu);
            rawWall.append(raw.wall);
            rawCpu.append(raw.cpu);
        }
        std::printf("bench_ingest: %d points, %d runs x %d keys, batches of %d, medians of %d\n",
                    Runs * Keys * StepsPerRun,
                    Runs,
                    Keys,
                    StepsPerBatch * Keys,
                    Repetitions);
        const auto line =
            [](const char *what, const QList<double> &wall, const QList<double> &cpu) {
                std::printf("bench_ingest: %-32s %8.0f points/s wall (%s), %8.0f points/s CPU "
                            "(%s)\n",
                            what,
                            median(wall),
                            qPrintable(list(wall)),
                            median(cpu),
                            qPrintable(list(cpu)));
            };
        line("TrackingStore::logBatch", storeWall, storeCpu);
        line("raw SQLite, one transaction", rawWall, rawCpu);
        std::printf("bench_ingest: ratio store/raw %.2f wall, %.2f CPU (target >= 0.50); "
                    "store target >= 300000 points/s\n",
                    median(storeWall) / median(rawWall),
                    median(storeCpu) / median(rawCpu));
    } catch (const StoreError &error) {
        std::printf("bench_ingest: FAILED: %s\n", error.what());
        return 1;
    }
    return 0;
}
