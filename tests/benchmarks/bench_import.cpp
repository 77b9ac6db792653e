// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
//
// Imports a generated MLflow FileStore folder of 10k runs (10 params, 5 metrics x 20 steps and
// 5 tags each) and reports runs/s, next to a reference measured in the same run: reading and
// parsing the same files without writing anything to the store.
#include "models/importers/mlrunsimporter.h"
#include "models/importers/mlrunsreader.h"
#include "models/store/database.h"
#include "models/store/trackingstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// An mlruns folder as MLflow 2.14's FileStore writes it.
void generate(const QString &root, int runCount)
{
    const QString experiment = root + u"/123456789012345678"_s;
    QDir().mkpath(experiment);
    write(experiment + u"/meta.yaml"_s,
          "artifact_location: file:///home/user/mlruns/123456789012345678\n"
          "creation_time: 1700000000000\nexperiment_id: '123456789012345678'\n"
          "last_update_time: 1700000000000\nlifecycle_stage: active\nname: bench\n");
    for (int r = 0; r < runCount; ++r) {
        const QByteArray runId = QByteArray::number(r).rightJustified(32, '0');
        const QString run = experiment + u'/' + QString::fromLatin1(runId);
        for (const char *sub : {"/params", "/metrics", "/tags"})
            QDir().mkpath(run + QLatin1String(sub));
        const qint64 start = 1700000000000 + qint64(r) * 1000;
        write(run + u"/meta.yaml"_s,
              "artifact_uri: file:///home/user/mlruns/123456789012345678/" + runId
                  + "/artifacts\nend_time: " + QByteArray::number(start + 900)
                  + "\nentry_point_name: ''\nexperiment_id: '123456789012345678'\n"
                    "lifecycle_stage: active\nrun_id: "
                  + runId + "\nrun_name: run-" + QByteArray::number(r) + "\nrun_uuid: " + runId
                  + "\nsource_name: ''\nsource_type: 4\nsource_version: ''\nstart_time: "
                  + QByteArray::number(start) + "\nstatus: 3\ntags: []\nuser_id: bench\n");
        for (int p = 0; p < 10; ++p)
            write(run + u"/params/param_%1"_s.arg(p), QByteArray::number((r * 7 + p) % 97));
        for (int m = 0; m < 5; ++m) {
            QByteArray lines;
            for (int step = 0; step < 20; ++step) {
                lines += QByteArray::number(start + step) + ' '
                    + QByteArray::number(1.0 / (1 + step + m + r % 13), 'g', 17) + ' '
                    + QByteArray::number(step) + '\n';
            }
            write(run + u"/metrics/metric_%1"_s.arg(m), lines);
        }
        write(run + u"/tags/mlflow.runName"_s, "run-" + QByteArray::number(r));
        write(run + u"/tags/mlflow.user"_s, "bench");
        write(run + u"/tags/mlflow.source.name"_s, "train.py");
        write(run + u"/tags/mlflow.source.type"_s, "LOCAL");
        write(run + u"/tags/group"_s, QByteArray::number(r % 10));
    }
}

} // namespace

class bench_Import : public QObject
{
    Q_OBJECT

private slots:
    void importsGeneratedMlruns();
};

void bench_Import::importsGeneratedMlruns()
{
    const int runs = qEnvironmentVariableIsSet("FLOWDESK_BENCH_RUNS")
        ? qEnvironmentVariableIntValue("FLOWDESK_BENCH_RUNS")
        : 10000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mlruns = dir.filePath(u"mlruns"_s);
    QElapsedTimer timer;
    timer.start();
    generate(mlruns, runs);
    std::printf("bench_import: generated %d runs (10 params, 5 metrics x 20 steps, 5 tags) in "
                "%.1f s\n",
                runs,
                double(timer.elapsed()) / 1000.0);

    // Reference: read and parse every file, write nothing.
    timer.restart();
    Importers::ImportReport parseReport;
    Importers::MlrunsReader reader(mlruns);
    qint64 points = 0;
    for (const auto &entry : reader.experiments(parseReport)) {
        for (const QString &folder : entry.runFolders) {
            const auto run = reader.readRun(entry, folder, parseReport);
            QVERIFY(run.has_value());
            points += run->metrics.size();
        }
    }
    const double parseSeconds = double(timer.nsecsElapsed()) / 1e9;
    QCOMPARE(points, qint64(runs) * 100);

    // The import into a fresh store (one transaction per run, artifacts none).
    QDir().mkpath(dir.filePath(u"store/artifacts"_s));
    auto database = Store::Database::open(dir.filePath(u"store/flowdesk.db"_s));
    timer.restart();
    const Importers::ImportReport report =
        Importers::MlrunsImporter(*database, dir.filePath(u"store/artifacts"_s)).run(mlruns);
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    QVERIFY(report.issues.isEmpty());
    QCOMPARE(report.runs.imported, runs);
    QCOMPARE(Store::TrackingStore(*database).runCounts().value(123456789012345678), qint64(runs));

    std::printf("bench_import: import %d runs: %.2f s = %.0f runs/s (%.0f metric points/s)\n",
                runs,
                importSeconds,
                runs / importSeconds,
                double(points) / importSeconds);
    std::printf("bench_import: reference, read+parse only: %.2f s = %.0f runs/s; the import "
                "takes %.1fx the parse time\n",
                parseSeconds,
                runs / parseSeconds,
                importSeconds / parseSeconds);

    // Re-import of the unchanged folder: everything is compared, nothing written.
    timer.restart();
    const Importers::ImportReport again =
        Importers::MlrunsImporter(*database, dir.filePath(u"store/artifacts"_s)).run(mlruns);
    const double reimportSeconds = double(timer.nsecsElapsed()) / 1e9;
    QCOMPARE(again.runs.unchanged, runs);
    std::printf("bench_import: re-import (all unchanged): %.2f s = %.0f runs/s\n",
                reimportSeconds,
                runs / reimportSeconds);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(bench_Import)
#include "bench_import.moc"
