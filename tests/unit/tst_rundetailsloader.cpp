// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/keyvaluetablemodel.h"
#include "models/itemmodels/latestmetricsmodel.h"
#include "models/itemmodels/rundetailsloader.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/trackingstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using namespace Flowdesk::ItemModels;

class tst_RunDetailsLoader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsParamsMetricsAndTags();
    void deliversOnlyTheLatestRequest();
    void reportsMissingRun();
    void clearDropsPendingLoad();
    void storeReaderSignalsOtherConnectionsCommits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<StoreReader> m_reader;
    QString m_first;
    QString m_second;
};

void tst_RunDetailsLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_RunDetailsLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Store::Database::open(m_dir->filePath(u"flowdesk.db"_s));
    Store::TrackingStore store(*m_database);
    Store::RunCreation creation;
    creation.runName = u"first"_s;
    m_first = store.createRun(creation).info.runId;
    store.logBatch(
        m_first,
        {{u"loss"_s, 0.9, 1000, 0}, {u"loss"_s, 0.4, 2000, 5}, {u"acc"_s, std::nan(""), 1500, 1}},
        {{u"lr"_s, u"0.1"_s}},
        {{u"mlflow.source.name"_s, u"train.py"_s}});
    creation.runName = u"second"_s;
    m_second = store.createRun(creation).info.runId;
    m_reader = std::make_unique<StoreReader>(m_database->filePath());
}

void tst_RunDetailsLoader::cleanup()
{
    m_reader.reset();
    m_database.reset();
    m_dir.reset();
}

void tst_RunDetailsLoader::loadsParamsMetricsAndTags()
{
    RunDetailsLoader loader(m_reader.get());
    QSignalSpy loaded(&loader, &RunDetailsLoader::loaded);
    loader.load(m_first);
    QVERIFY(loaded.wait(5000));
    const auto run = loaded.first().first().value<Store::Run>();
    QCOMPARE(run.info.runId, m_first);
    QCOMPARE(run.info.runName, u"first"_s);

    LatestMetricsModel metrics;
    QAbstractItemModelTester metricsTester(&metrics,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    metrics.setMetrics(run.latestMetrics);
    QCOMPARE(metrics.rowCount(), 2);
    QCOMPARE(metrics.index(0, LatestMetricsModel::KeyColumn).data().toString(), u"acc"_s);
    QCOMPARE(metrics.index(0, LatestMetricsModel::ValueColumn).data().toString(), u"NaN"_s);
    QCOMPARE(metrics.index(1, LatestMetricsModel::ValueColumn).data().toString(), u"0.4"_s);
    QCOMPARE(metrics.index(1, LatestMetricsModel::StepColumn).data().toString(), u"5"_s);
    QVERIFY(metrics.index(1, LatestMetricsModel::KeyColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u" UTC"_s));

    KeyValueTableModel params;
    QAbstractItemModelTester paramsTester(&params,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    params.setItems(run.params);
    QCOMPARE(params.rowCount(), 1);
    QCOMPARE(params.index(0, KeyValueTableModel::KeyColumn).data().toString(), u"lr"_s);
    QCOMPARE(params.index(0, KeyValueTableModel::ValueColumn).data().toString(), u"0.1"_s);
    QCOMPARE(params.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"Key"_s);

    // Multi-line values show their first line and keep the whole text in the tooltip.
    params.setItems({{u"note"_s, u"line one\nline two"_s}});
    QCOMPARE(params.index(0, 1).data().toString(), u"line one…"_s);
    QCOMPARE(params.index(0, 1).data(Qt::ToolTipRole).toString(), u"line one\nline two"_s);
}

void tst_RunDetailsLoader::deliversOnlyTheLatestRequest()
{
    RunDetailsLoader loader(m_reader.get());
    QSignalSpy loaded(&loader, &RunDetailsLoader::loaded);
    loader.load(m_first);
    loader.load(m_second);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().value<Store::Run>().info.runId, m_second);
    QCOMPARE(loader.runId(), m_second);
}

void tst_RunDetailsLoader::reportsMissingRun()
{
    RunDetailsLoader loader(m_reader.get());
    QSignalSpy failed(&loader, &RunDetailsLoader::failed);
    loader.load(u"0123456789abcdef0123456789abcdef"_s);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toString(), u"0123456789abcdef0123456789abcdef"_s);
    QVERIFY(failed.first().at(1).toString().contains(u"not found"_s));
}

void tst_RunDetailsLoader::clearDropsPendingLoad()
{
    RunDetailsLoader loader(m_reader.get());
    QSignalSpy loaded(&loader, &RunDetailsLoader::loaded);
    loader.load(m_first);
    loader.clear();
    QVERIFY(loader.runId().isEmpty());
    // A later load proves the worker got past the dropped one.
    RunDetailsLoader other(m_reader.get());
    QSignalSpy otherLoaded(&other, &RunDetailsLoader::loaded);
    other.load(m_second);
    QVERIFY(otherLoaded.wait(5000));
    QCOMPARE(loaded.count(), 0);
}

void tst_RunDetailsLoader::storeReaderSignalsOtherConnectionsCommits()
{
    QSignalSpy changed(m_reader.get(), &StoreReader::storeChanged);
    m_reader->setPollInterval(20);
    // Nothing written: no signal.
    QVERIFY(!changed.wait(300));
    Store::TrackingStore(*m_database).setTag(m_second, {u"k"_s, u"v"_s});
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.count(), 1);
    m_reader->setPollInterval(0);
    Store::TrackingStore(*m_database).setTag(m_second, {u"k"_s, u"w"_s});
    QVERIFY(!changed.wait(300));
}

QTEST_GUILESS_MAIN(tst_RunDetailsLoader)
#include "tst_rundetailsloader.moc"
