// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/datasetinputsmodel.h"
#include "models/itemmodels/keyvaluetablemodel.h"
#include "models/itemmodels/latestmetricsmodel.h"
#include "models/itemmodels/rundetailsloader.h"
#include "models/itemmodels/sparkline.h"
#include "models/itemmodels/sparklinecache.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/trackingstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
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
    void downsampleKeepsShortHistoriesInStepOrder();
    void downsampleKeepsExtremesOfLongHistories_data();
    void downsampleKeepsExtremesOfLongHistories();
    void loadsMetricStatisticsAndHistories();
    void loadsParentAndChildRuns();
    void deliversOnlyTheLatestRequest();
    void reportsMissingRun();
    void clearDropsPendingLoad();
    void storeReaderSignalsOtherConnectionsCommits();
    void sparklineOfMillionPointsKeepsSpikeAndDip();
    void sparklineFromStoreMatchesWholeHistoryShape_data();
    void sparklineFromStoreMatchesWholeHistoryShape();
    void reselectingRunAnswersFromCache();
    void newPointsInvalidateOnlyTheirMetric();
    void sparklineCacheForgetsLeastRecentlyUsedRun();
    void loadsDatasetInputsAndModelVersions();
    void datasetInputsModelFormatsJson();

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
    creation.tags = {{u"mlflow.parentRunId"_s, m_first}};
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

void tst_RunDetailsLoader::downsampleKeepsShortHistoriesInStepOrder()
{
    const double nan = std::nan("");
    const double inf = std::numeric_limits<double>::infinity();
    // Logged out of step order, with NaN and an infinity the line cannot draw.
    const QList<Store::Metric> history = {{u"m"_s, 3.0, 10, 2},
                                          {u"m"_s, nan, 11, 3},
                                          {u"m"_s, 1.0, 12, 0},
                                          {u"m"_s, inf, 13, 4},
                                          {u"m"_s, 2.0, 14, 1}};
    const QList<QPointF> expected = {{0, 1.0}, {1, 2.0}, {2, 3.0}};
    QCOMPARE(Sparkline::downsample(history), expected);
    QVERIFY(Sparkline::downsample({{u"m"_s, nan, 1, 0}}).isEmpty());
    QVERIFY(Sparkline::downsample({}).isEmpty());
}

void tst_RunDetailsLoader::downsampleKeepsExtremesOfLongHistories_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<int>("spikeAt");
    QTest::newRow("65 points") << 65 << 64 << 30;
    QTest::newRow("1000 points, spike first") << 1000 << 64 << 0;
    QTest::newRow("100000 points, spike last") << 100000 << 64 << 99999;
    QTest::newRow("1000 points into 10") << 1000 << 10 << 517;
}

void tst_RunDetailsLoader::downsampleKeepsExtremesOfLongHistories()
{
    QFETCH(int, points);
    QFETCH(int, maxPoints);
    QFETCH(int, spikeAt);
    QList<Store::Metric> history;
    for (int step = 0; step < points; ++step) {
        const double value = step == spikeAt ? 100.0 : std::sin(step / 10.0);
        history.append({u"m"_s, value, step, step});
    }
    history.append({u"m"_s, std::nan(""), points, points / 2});
    const QList<QPointF> line = Sparkline::downsample(history, maxPoints);
    QVERIFY(line.size() <= maxPoints);
    QVERIFY(line.size() >= maxPoints / 2 - 1);
    double lowest = line.first().y();
    double highest = lowest;
    double trueLowest = history.first().value;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (i > 0)
            QVERIFY(line.at(i - 1).x() <= line.at(i).x());
        QVERIFY(std::isfinite(line.at(i).y()));
        lowest = std::min(lowest, line.at(i).y());
        highest = std::max(highest, line.at(i).y());
    }
    for (const Store::Metric &metric : std::as_const(history)) {
        if (!std::isnan(metric.value))
            trueLowest = std::min(trueLowest, metric.value);
    }
    QCOMPARE(highest, 100.0);
    QCOMPARE(lowest, trueLowest);
    QVERIFY(line.contains(QPointF(spikeAt, 100.0)));
    // The ends of the history stay the ends of the line.
    QCOMPARE(line.first().x(), 0.0);
    QCOMPARE(line.last().x(), double(points - 1));
}

void tst_RunDetailsLoader::loadsMetricStatisticsAndHistories()
{
    Store::TrackingStore store(*m_database);
    QList<Store::Metric> history;
    for (int step = 0; step < 300; ++step)
        history.append({u"lr"_s, step == 7 ? 9.5 : step / 1000.0, 3000 + step, step});
    store.logBatch(m_first, history.mid(0, 150));
    store.logBatch(m_first, history.mid(150));

    RunDetailsLoader loader(m_reader.get());
    QSignalSpy loaded(&loader, &RunDetailsLoader::detailsLoaded);
    loader.load(m_first);
    QVERIFY(loaded.wait(5000));
    const auto details = loaded.first().first().value<RunDetails>();
    QCOMPARE(details.runId, m_first);

    LatestMetricsModel metrics;
    QAbstractItemModelTester tester(&metrics,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    metrics.setSummaries(details.metrics);
    QCOMPARE(metrics.rowCount(), 3);
    QCOMPARE(metrics.columnCount(), int(LatestMetricsModel::ColumnCount));
    const auto text = [&](int row, int column) {
        return metrics.index(row, column).data().toString();
    };
    int acc = -1;
    int loss = -1;
    int lr = -1;
    for (int row = 0; row < 3; ++row) {
        const QString key = text(row, LatestMetricsModel::KeyColumn);
        (key == u"acc"_s ? acc : key == u"loss"_s ? loss : lr) = row;
    }
    QVERIFY(acc >= 0 && loss >= 0 && lr >= 0);
    // Only NaN was logged: no min or max, one point, nothing to draw.
    QCOMPARE(text(acc, LatestMetricsModel::MinColumn), QString());
    QCOMPARE(text(acc, LatestMetricsModel::MaxColumn), QString());
    QCOMPARE(text(acc, LatestMetricsModel::PointsColumn), u"1"_s);
    QVERIFY(metrics.index(acc, LatestMetricsModel::HistoryColumn)
                .data(LatestMetricsModel::SparklineRole)
                .value<QList<QPointF>>()
                .isEmpty());
    QCOMPARE(text(loss, LatestMetricsModel::ValueColumn), u"0.4"_s);
    QCOMPARE(text(loss, LatestMetricsModel::MinColumn), u"0.4"_s);
    QCOMPARE(text(loss, LatestMetricsModel::MaxColumn), u"0.9"_s);
    QCOMPARE(text(loss, LatestMetricsModel::PointsColumn), u"2"_s);
    const QList<QPointF> lossLine = {{0, 0.9}, {5, 0.4}};
    QCOMPARE(metrics.index(loss, LatestMetricsModel::HistoryColumn)
                 .data(LatestMetricsModel::SparklineRole)
                 .value<QList<QPointF>>(),
             lossLine);
    QCOMPARE(text(lr, LatestMetricsModel::ValueColumn), u"0.299"_s);
    QCOMPARE(text(lr, LatestMetricsModel::MinColumn), u"0"_s);
    QCOMPARE(text(lr, LatestMetricsModel::MaxColumn), u"9.5"_s);
    QCOMPARE(text(lr, LatestMetricsModel::PointsColumn), u"300"_s);
    QCOMPARE(
        metrics.index(lr, LatestMetricsModel::MaxColumn).data(LatestMetricsModel::SortValueRole),
        QVariant(9.5));
    const auto lrLine = metrics.index(lr, LatestMetricsModel::HistoryColumn)
                            .data(LatestMetricsModel::SparklineRole)
                            .value<QList<QPointF>>();
    QVERIFY(lrLine.size() <= 64);
    QVERIFY(lrLine.contains(QPointF(7, 9.5)));
    QVERIFY(!metrics.headerData(LatestMetricsModel::HistoryColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString()
                 .isEmpty());

    // Latest values alone leave the statistics empty.
    metrics.setMetrics({{u"x"_s, 1.0, 1, 1}});
    QCOMPARE(text(0, LatestMetricsModel::PointsColumn), QString());
    QCOMPARE(text(0, LatestMetricsModel::MinColumn), QString());
}

void tst_RunDetailsLoader::loadsParentAndChildRuns()
{
    Store::TrackingStore store(*m_database);
    Store::RunCreation creation;
    creation.runName = u"third"_s;
    creation.startTime = 1'900'000'000'000;
    creation.tags = {{u"mlflow.parentRunId"_s, m_first}};
    const QString third = store.createRun(creation).info.runId;
    // Another run's tag with the same value under another key is no child.
    store.setTag(m_second, {u"origin"_s, m_first});

    RunDetailsLoader loader(m_reader.get());
    QSignalSpy loaded(&loader, &RunDetailsLoader::detailsLoaded);
    loader.load(m_first);
    QVERIFY(loaded.wait(5000));
    auto details = loaded.takeFirst().first().value<RunDetails>();
    QVERIFY(!details.parent);
    QCOMPARE(details.children.size(), 2);
    QCOMPARE(details.children.at(0).runId, third); // newest first
    QCOMPARE(details.children.at(0).runName, u"third"_s);
    QCOMPARE(details.children.at(0).runKey, store.runKey(third));
    QCOMPARE(details.children.at(1).runId, m_second);

    loader.load(m_second);
    QVERIFY(loaded.wait(5000));
    details = loaded.takeFirst().first().value<RunDetails>();
    QVERIFY(details.parent);
    QCOMPARE(details.parent->runId, m_first);
    QCOMPARE(details.parent->runName, u"first"_s);
    QCOMPARE(details.parent->runKey, store.runKey(m_first));
    QVERIFY(details.children.isEmpty());

    // A parent that is not in the store keeps its id and has no key.
    const QString missing = u"0123456789abcdef0123456789abcdef"_s;
    store.setTag(third, {u"mlflow.parentRunId"_s, missing});
    loader.load(third);
    QVERIFY(loaded.wait(5000));
    details = loaded.takeFirst().first().value<RunDetails>();
    QVERIFY(details.parent);
    QCOMPARE(details.parent->runId, missing);
    QCOMPARE(details.parent->runKey, -1);
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

namespace {

RunDetails loadDetails(RunDetailsLoader &loader, const QString &runId)
{
    QSignalSpy loaded(&loader, &RunDetailsLoader::detailsLoaded);
    loader.load(runId);
    if (!loaded.wait(60000))
        return {};
    return loaded.first().first().value<RunDetails>();
}

QList<QPointF> lineOf(const RunDetails &details, const QString &key)
{
    for (const MetricSummary &metric : details.metrics) {
        if (metric.latest.key == key)
            return metric.sparkline;
    }
    return {};
}

} // namespace

void tst_RunDetailsLoader::sparklineOfMillionPointsKeepsSpikeAndDip()
{
    constexpr int points = 1'000'000;
    Store::RunRecord record;
    record.info.experimentId = 0;
    record.info.runName = u"long"_s;
    record.metrics.reserve(points + 1);
    for (int step = 0; step < points; ++step) {
        const double value = step == 654'321 ? 100.0
            : step == 12'345                 ? -50.0
                                             : std::sin(step / 1000.0);
        record.metrics.append({u"loss"_s, value, 1'700'000'000'000 + step, step});
    }
    // NaN and infinities never reach the line.
    record.metrics.append({u"loss"_s, std::nan(""), 1'700'000'000'000, 500});
    record.metrics.append(
        {u"loss"_s, std::numeric_limits<double>::infinity(), 1'700'000'000'001, 501});
    const QString runId = Store::TrackingStore(*m_database).insertRun(record);

    RunDetailsLoader loader(m_reader.get());
    const RunDetails details = loadDetails(loader, runId);
    QCOMPARE(details.runId, runId);
    const QList<QPointF> line = lineOf(details, u"loss"_s);
    QVERIFY(line.size() <= 64);
    QVERIFY(line.size() >= 30);
    QVERIFY(line.contains(QPointF(654'321, 100.0)));
    QVERIFY(line.contains(QPointF(12'345, -50.0)));
    QCOMPARE(line.first(), QPointF(0, 0.0));
    QCOMPARE(line.last().x(), double(points - 1));
    for (qsizetype i = 0; i < line.size(); ++i) {
        QVERIFY(std::isfinite(line.at(i).y()));
        if (i > 0)
            QVERIFY(line.at(i - 1).x() <= line.at(i).x());
    }
}

void tst_RunDetailsLoader::sparklineFromStoreMatchesWholeHistoryShape_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("stepStride");
    QTest::newRow("short, read whole") << 40 << 1;
    QTest::newRow("at the whole-history limit") << int(Sparkline::WholeHistoryLimit) << 3;
    QTest::newRow("long, reduced in SQL") << 20'000 << 7;
}

void tst_RunDetailsLoader::sparklineFromStoreMatchesWholeHistoryShape()
{
    QFETCH(int, points);
    QFETCH(int, stepStride);
    Store::RunRecord record;
    record.info.experimentId = 0;
    for (int i = 0; i < points; ++i)
        record.metrics.append({u"m"_s, std::cos(i / 50.0) * (i % 97), 1000 + i, i * stepStride});
    Store::TrackingStore store(*m_database);
    const QString runId = store.insertRun(record);
    const QList<QPointF> line =
        lineOf(RunDetailsLoader::readDetails(*m_database, store.run(runId)), u"m"_s);
    const QList<QPointF> whole = Sparkline::downsample(store.metricHistory(runId, u"m"_s));
    if (points <= Sparkline::WholeHistoryLimit) {
        QCOMPARE(line, whole);
        return;
    }
    // Reduced differently, but over the same span and with the same extremes.
    QVERIFY(line.size() <= 64);
    QCOMPARE(line.first(), whole.first());
    QCOMPARE(line.last(), whole.last());
    const auto lowest = [](const QList<QPointF> &l) {
        return std::min_element(l.cbegin(),
                                l.cend(),
                                [](const QPointF &a, const QPointF &b) {
                                    return a.y() < b.y();
                                })
            ->y();
    };
    const auto highest = [](const QList<QPointF> &l) {
        return std::max_element(l.cbegin(),
                                l.cend(),
                                [](const QPointF &a, const QPointF &b) {
                                    return a.y() < b.y();
                                })
            ->y();
    };
    QCOMPARE(lowest(line), lowest(whole));
    QCOMPARE(highest(line), highest(whole));
}

void tst_RunDetailsLoader::reselectingRunAnswersFromCache()
{
    Store::RunRecord record;
    record.info.experimentId = 0;
    for (int i = 0; i < 10'000; ++i) {
        record.metrics.append({u"a"_s, double(i % 13), 1000 + i, i});
        record.metrics.append({u"b"_s, double(i % 7), 1000 + i, i});
    }
    const QString runId = Store::TrackingStore(*m_database).insertRun(record);

    RunDetailsLoader loader(m_reader.get());
    const SparklineCache &cache = loader.sparklineCache();
    const RunDetails first = loadDetails(loader, runId);
    QCOMPARE(cache.misses(), 2);
    QCOMPARE(cache.hits(), 0);
    QVERIFY(!lineOf(first, u"a"_s).isEmpty());

    loadDetails(loader, m_first); // loss and acc
    QCOMPARE(cache.misses(), 4);
    const RunDetails again = loadDetails(loader, runId);
    QCOMPARE(cache.hits(), 2);
    QCOMPARE(cache.misses(), 4);
    QCOMPARE(lineOf(again, u"a"_s), lineOf(first, u"a"_s));
    QCOMPARE(lineOf(again, u"b"_s), lineOf(first, u"b"_s));
    // Another loader has its own cache.
    RunDetailsLoader other(m_reader.get());
    loadDetails(other, runId);
    QCOMPARE(other.sparklineCache().misses(), 2);
}

void tst_RunDetailsLoader::newPointsInvalidateOnlyTheirMetric()
{
    Store::RunRecord record;
    record.info.experimentId = 0;
    for (int i = 0; i < 5000; ++i) {
        record.metrics.append({u"a"_s, double(i % 13), 1000 + i, i});
        record.metrics.append({u"b"_s, double(i % 7), 1000 + i, i});
    }
    Store::TrackingStore store(*m_database);
    const QString runId = store.insertRun(record);
    RunDetailsLoader loader(m_reader.get());
    const SparklineCache &cache = loader.sparklineCache();
    loadDetails(loader, runId);
    QCOMPARE(cache.misses(), 2);

    // A spike logged in the middle of the history (by another connection).
    store.logMetric(runId, {u"a"_s, 999.0, 999'999, 2500});
    RunDetails details = loadDetails(loader, runId);
    QCOMPARE(cache.misses(), 3);
    QCOMPARE(cache.hits(), 1);
    QVERIFY(lineOf(details, u"a"_s).contains(QPointF(2500, 999.0)));

    // A new latest point with the same count elsewhere is still seen: each point changes the
    // point count.
    store.logMetric(runId, {u"b"_s, -3.0, 999'999, 6000});
    details = loadDetails(loader, runId);
    QCOMPARE(cache.misses(), 4);
    QCOMPARE(cache.hits(), 2);
    QCOMPARE(lineOf(details, u"b"_s).last(), QPointF(6000, -3.0));
    // Logging the same point again changes nothing, so the cache still answers.
    store.logMetric(runId, {u"b"_s, -3.0, 999'999, 6000});
    details = loadDetails(loader, runId);
    QCOMPARE(cache.misses(), 4);
    QCOMPARE(cache.hits(), 4);
}

void tst_RunDetailsLoader::sparklineCacheForgetsLeastRecentlyUsedRun()
{
    SparklineCache cache;
    const SparklineCache::Token token{10, 9, 1000, 0.5, false};
    const QList<QPointF> line = {{0, 1.0}, {9, 0.5}};
    for (int run = 0; run < SparklineCache::MaxRuns; ++run)
        cache.insert(run, u"run%1"_s.arg(run), u"m"_s, token, line);
    // Run 0 is used again, so run 1 is the least recently used one when run 64 comes.
    QCOMPARE(cache.find(0, u"run0"_s, u"m"_s, token), std::optional<QList<QPointF>>(line));
    cache.insert(SparklineCache::MaxRuns, u"new"_s, u"m"_s, token, line);
    QVERIFY(cache.find(0, u"run0"_s, u"m"_s, token));
    QVERIFY(!cache.find(1, u"run1"_s, u"m"_s, token));
    QVERIFY(cache.find(2, u"run2"_s, u"m"_s, token));
    // Another token, or the key of a run that was replaced by another one, is no hit.
    SparklineCache::Token changed = token;
    changed.pointCount = 11;
    QVERIFY(!cache.find(2, u"run2"_s, u"m"_s, changed));
    QVERIFY(!cache.find(2, u"other"_s, u"m"_s, token));
    QVERIFY(!cache.find(2, u"run2"_s, u"other metric"_s, token));
    QCOMPARE(cache.hits(), 3);
    QCOMPARE(cache.misses(), 4);
}

void tst_RunDetailsLoader::loadsDatasetInputsAndModelVersions()
{
    Store::TrackingStore store(*m_database);
    const Store::Dataset iris{u"iris"_s,
                              u"4198cf1b"_s,
                              u"local"_s,
                              u"{\"uri\": \"data/iris.csv\"}"_s,
                              u"{\"mlflow_colspec\": [{\"type\": \"double\", \"name\": \"a\"}]}"_s,
                              u"{\"num_rows\": 20, \"num_elements\": 80}"_s};
    store.logInputs(m_first, {{iris, {{u"mlflow.data.context"_s, u"training"_s}}}});
    Store::RegistryStore registry(*m_database);
    registry.createRegisteredModel(u"zeta"_s);
    registry.createRegisteredModel(u"alpha"_s);
    Store::ModelVersionCreation creation;
    creation.runId = m_first;
    creation.source = u"runs:/"_s + m_first + u"/model"_s;
    for (const QString &name : {u"zeta"_s, u"alpha"_s, u"alpha"_s}) {
        creation.name = name;
        registry.createModelVersion(creation);
    }
    creation.runId = m_second;
    registry.createModelVersion(creation); // alpha v3, another run's
    registry.setAlias(u"alpha"_s, u"champion"_s, 2);
    registry.setAlias(u"alpha"_s, u"best"_s, 2);
    registry.transitionModelVersionStage(u"zeta"_s, 1, Store::ModelVersionStage::Production, false);

    RunDetailsLoader loader(m_reader.get());
    QSignalSpy loaded(&loader, &RunDetailsLoader::loaded);
    const RunDetails details = loadDetails(loader, m_first);
    QCOMPARE(loaded.count(), 1);
    const auto run = loaded.first().first().value<Store::Run>();
    QCOMPARE(run.inputs.size(), 1);
    QCOMPARE(run.inputs.first().dataset, iris);
    QCOMPARE(details.runKey, store.runKey(m_first));
    QCOMPARE(details.modelVersions.size(), 3);
    QCOMPARE(details.modelVersions.at(0).modelName, u"alpha"_s);
    QCOMPARE(details.modelVersions.at(0).version, 1);
    QVERIFY(details.modelVersions.at(0).aliases.isEmpty());
    QCOMPARE(details.modelVersions.at(1).version, 2);
    QCOMPARE(details.modelVersions.at(1).aliases, (QStringList{u"best"_s, u"champion"_s}));
    QCOMPARE(details.modelVersions.at(2).modelName, u"zeta"_s);
    QCOMPARE(details.modelVersions.at(2).stage, Store::ModelVersionStage::Production);
    QVERIFY(loadDetails(loader, m_second).modelVersions.size() == 1);
}

void tst_RunDetailsLoader::datasetInputsModelFormatsJson()
{
    DatasetInputsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const Store::Dataset iris{
        u"iris"_s,
        u"4198cf1b9a3e77"_s,
        u"local"_s,
        u"{\"uri\": \"data/iris.csv\"}"_s,
        u"{\"mlflow_colspec\": [{\"type\": \"double\", \"name\": \"sepal length (cm)\", "
        "\"required\": true}, {\"type\": \"long\", \"name\": \"label\"}]}"_s,
        u"{\"num_rows\": 20000, \"num_elements\": 80}"_s};
    const Store::Dataset raw{u"raw"_s, QString(), u"code"_s, u"not json"_s, QString(), QString()};
    model.setInputs(
        {{iris, {{u"mlflow.data.context"_s, u"eval"_s}, {u"split"_s, u"holdout"_s}}}, {raw, {}}});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), u"iris"_s);
    QCOMPARE(first.data(DatasetInputsModel::DigestRole).toString(), u"4198cf1b9a3e77"_s);
    QCOMPARE(first.data(DatasetInputsModel::ShortDigestRole).toString(), u"4198cf1b"_s);
    QCOMPARE(first.data(DatasetInputsModel::ContextRole).toString(), u"eval"_s);
    QCOMPARE(first.data(DatasetInputsModel::SourceRole).toString(), u"data/iris.csv"_s);
    QCOMPARE(first.data(DatasetInputsModel::SourceTypeRole).toString(), u"local"_s);
    QCOMPARE(first.data(DatasetInputsModel::OtherTagsRole).toStringList(),
             QStringList{u"split: holdout"_s});
    const QString schema = first.data(DatasetInputsModel::SchemaRole).toString();
    QVERIFY(schema.startsWith(u"{\n    \"mlflow_colspec\": [\n"_s));
    QVERIFY(schema.contains(u"\"name\": \"sepal length (cm)\""_s));
    QCOMPARE(first.data(DatasetInputsModel::SchemaSummaryRole).toString(),
             u"2 column(s): sepal length (cm) (double), label (long)"_s);
    QCOMPARE(first.data(DatasetInputsModel::ProfileSummaryRole).toString(),
             u"20,000 rows, 80 elements"_s);
    QVERIFY(first.data(DatasetInputsModel::ProfileRole).toString().contains(u"\n"_s));

    // Text that is not JSON stays as it is; nothing logged stays empty.
    const QModelIndex second = model.index(1);
    QCOMPARE(second.data(DatasetInputsModel::SourceRole).toString(), u"not json"_s);
    QCOMPARE(second.data(DatasetInputsModel::SourceJsonRole).toString(), u"not json"_s);
    QCOMPARE(second.data(DatasetInputsModel::ContextRole).toString(), QString());
    QCOMPARE(second.data(DatasetInputsModel::SchemaRole).toString(), QString());
    QCOMPARE(second.data(DatasetInputsModel::SchemaSummaryRole).toString(), QString());
    QCOMPARE(second.data(DatasetInputsModel::ShortDigestRole).toString(), QString());

    model.setInputs({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_RunDetailsLoader)
#include "tst_rundetailsloader.moc"
