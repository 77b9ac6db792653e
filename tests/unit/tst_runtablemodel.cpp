// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/rungroupmodel.h"
#include "models/itemmodels/runtablemodel.h"
#include "models/itemmodels/storereader.h"
#include "models/query/extendedfilterparser.h"
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/trackingstore.h"
#include "models/store/transaction.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using namespace Flowdesk::ItemModels;

namespace {

struct TestRun
{
    QString runId;
    QString name;
    QString user;
    QString source;
    QString status;
    qint64 start = 0;
    qint64 end = 0; // 0: still running
};

// Runs written straight into the schema: the store's API takes a transaction per run, which
// would make 100k runs take minutes.
void insertRuns(Store::Database &database, qint64 experimentId, const QList<TestRun> &runs)
{
    Store::Transaction transaction(database);
    QSqlQuery insert = database.prepare(
        u"INSERT INTO runs (run_id, experiment_id, name, user_id, status, start_time, end_time, "
        "lifecycle_stage, artifact_uri) VALUES (?, ?, ?, ?, ?, ?, ?, 'active', '')"_s);
    QSqlQuery tag = database.prepare(
        u"INSERT INTO run_tags (run_key, key, value) VALUES (?, 'mlflow.source.name', ?)"_s);
    for (const TestRun &run : runs) {
        insert.bindValue(0, run.runId);
        insert.bindValue(1, experimentId);
        insert.bindValue(2, run.name);
        insert.bindValue(3, run.user);
        insert.bindValue(4, run.status);
        insert.bindValue(5, run.start);
        insert.bindValue(6, run.end ? QVariant(run.end) : QVariant(QMetaType::fromType<qint64>()));
        Store::Database::exec(insert);
        tag.bindValue(0, insert.lastInsertId());
        tag.bindValue(1, run.source);
        Store::Database::exec(tag);
    }
    transaction.commit();
}

QList<TestRun> makeRuns(int count, const QString &prefix)
{
    static const QStringList users = {u"alice"_s, u"bob"_s, u"carol"_s};
    static const QStringList statuses = {u"FINISHED"_s, u"FAILED"_s, u"RUNNING"_s, u"KILLED"_s};
    QList<TestRun> runs;
    for (int i = 0; i < count; ++i) {
        TestRun run;
        run.runId = u"%1%2"_s.arg(prefix).arg(qint64(i), 32 - int(prefix.size()), 10, QChar(u'0'));
        // Names, users and durations are scrambled so that each sort gives its own order.
        run.name = u"%1-run-%2"_s.arg(prefix).arg(qint64((i * 7919) % count), 6, 10, QChar(u'0'));
        run.user = users.at(i % users.size());
        run.source = u"train_%1.py"_s.arg((i * 31) % 17);
        run.status = statuses.at(i % statuses.size());
        run.start = 1'700'000'000'000 + qint64(i) * 1000;
        run.end = run.status == u"RUNNING"_s ? 0 : run.start + ((i * 104729) % 5000) * 10;
        runs.append(run);
    }
    return runs;
}

// The expected order, computed independently of SQL: MLflow breaks ties by start_time
// descending, then run_id ascending.
QStringList expectedOrder(QList<TestRun> runs, int column, Qt::SortOrder order)
{
    const auto key = [column](const TestRun &r) -> QVariant {
        switch (column) {
        case RunTableModel::NameColumn:
            return r.name;
        case RunTableModel::StatusColumn:
            return r.status;
        case RunTableModel::UserColumn:
            return r.user;
        case RunTableModel::SourceColumn:
            return r.source;
        case RunTableModel::DurationColumn:
            // A running run's duration is the time so far; "now" is the same for all of them
            // within a query, so the earlier start is the longer duration.
            if (r.status == u"RUNNING"_s)
                return QDateTime::currentMSecsSinceEpoch() - r.start;
            return r.end ? QVariant(r.end - r.start) : QVariant();
        default:
            return r.start;
        }
    };
    std::sort(runs.begin(), runs.end(), [&](const TestRun &a, const TestRun &b) {
        const QVariant ka = key(a);
        const QVariant kb = key(b);
        // SQLite sorts NULL before everything in ascending order.
        int c = 0;
        // attributes.duration: runs without one (none here) come last in both directions.
        if (column == RunTableModel::DurationColumn && ka.isNull() != kb.isNull())
            return kb.isNull();
        if (ka.isNull() != kb.isNull())
            c = ka.isNull() ? -1 : 1;
        else if (!ka.isNull())
            c = QVariant::compare(ka, kb) == QPartialOrdering::Less      ? -1
                : QVariant::compare(ka, kb) == QPartialOrdering::Greater ? 1
                                                                         : 0;
        if (order == Qt::DescendingOrder)
            c = -c;
        if (c != 0)
            return c < 0;
        return a.start != b.start ? a.start > b.start : a.runId < b.runId;
    });
    QStringList ids;
    for (const TestRun &r : std::as_const(runs))
        ids.append(r.runId);
    return ids;
}

} // namespace

class tst_RunTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exposesExactRowCountAfterKeys();
    void loadsPagesOnDemandWithPlaceholders();
    void sortsInSql_data();
    void sortsInSql();
    void dropsPagesOfSupersededKeys();
    void dropsKeysOfSupersededQuery();
    void appliesSearchFilter_data();
    void appliesSearchFilter();
    void rejectedFilterKeepsRowsAndSaysWhere();
    void refreshKeepsRowsWhenKeysUnchanged();
    void refreshResetsWhenRunsAdded();
    void refreshWithNewRunsKeepsShowingTheOtherRows();
    void showsFormattedCells();
    void holdsHundredThousandRunsWithBoundedCache();
    void showsDynamicColumnsFromOnePageQuery();
    void sortsByDynamicColumnInSql_data();
    void sortsByDynamicColumnInSql();
    void listsRunsOfSeveralExperimentsWithExperimentName();
    void groupsRunsByTagWithMetricStatistics();
    void groupFilterClausesQuoteKeysAndValues_data();
    void groupFilterClausesQuoteKeysAndValues();
    void groupsBySeveralMetricsInOneQuery();
    void exportsCsvWithQuotedFieldsAndFullPrecision();
    void showsRegisteredModelVersionsFromOnePageQuery();
    void identifiesColumnsByWhatTheyShow();
    void showsAndSortsByValueAtStep();
    void nestsChildRunsUnderParent_data();
    void nestsChildRunsUnderParent();

private:
    QStringList loadRunIds(RunTableModel &model, int first, int count);
    // Logs metrics, params and tags into experiment B's runs; returns their ids in order.
    QStringList logValuesIntoB();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<StoreReader> m_reader;
    qint64 m_experimentA = 0;
    qint64 m_experimentB = 0;
    QList<TestRun> m_runsA;
    QList<TestRun> m_runsB;
};

void tst_RunTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_RunTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(u"flowdesk.db"_s);
    m_database = Store::Database::open(path);
    Store::TrackingStore store(*m_database);
    m_experimentA = store.createExperiment(u"churn"_s);
    m_experimentB = store.createExperiment(u"vision"_s);
    m_runsA = makeRuns(600, u"a"_s);
    m_runsB = makeRuns(5, u"b"_s);
    insertRuns(*m_database, m_experimentA, m_runsA);
    insertRuns(*m_database, m_experimentB, m_runsB);
    m_reader = std::make_unique<StoreReader>(path);
}

void tst_RunTableModel::cleanup()
{
    m_reader.reset();
    m_database.reset();
    m_dir.reset();
}

QStringList tst_RunTableModel::loadRunIds(RunTableModel &model, int first, int count)
{
    QStringList ids;
    for (int row = first; row < first + count && row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (!QTest::qWaitFor(
                [&] {
                    return index.data(RunTableModel::IsLoadedRole).toBool();
                },
                5000))
            return {};
        ids.append(index.data(RunTableModel::RunIdRole).toString());
    }
    return ids;
}

void tst_RunTableModel::exposesExactRowCountAfterKeys()
{
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);

    model.setQuery(RunQuery::forExperiments({m_experimentA}));
    QVERIFY(model.isLoading());
    QVERIFY(keys.wait(5000));
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(model.matchCount(), 600);
    QCOMPARE(model.unfilteredCount(), 600);
    QCOMPARE(reset.count(), 1);
    QVERIFY(!model.isLoading());

    model.setQuery(RunQuery::forExperiments({m_experimentA, m_experimentB}));
    QVERIFY(keys.wait(5000));
    QCOMPARE(model.rowCount(), 605);

    model.setQuery({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_RunTableModel::loadsPagesOnDemandWithPlaceholders()
{
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setQuery(RunQuery::forExperiments({m_experimentA}));
    QVERIFY(keys.wait(5000));

    // Row 300 is on page 1: unloaded at first, a placeholder, then filled by one page query
    // whose dataChanged covers exactly that page.
    const QModelIndex cell = model.index(300, RunTableModel::NameColumn);
    QCOMPARE(cell.data(RunTableModel::IsLoadedRole).toBool(), false);
    QVERIFY(!cell.data(Qt::DisplayRole).isValid());
    QTRY_VERIFY(cell.data(RunTableModel::IsLoadedRole).toBool());
    const auto pageOne =
        std::find_if(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
            return args.at(0).toModelIndex().row() == RunTableModel::PageSize;
        });
    QVERIFY(pageOne != changed.cend());
    QCOMPARE(pageOne->at(1).toModelIndex().row(), 2 * RunTableModel::PageSize - 1);
    QCOMPARE(pageOne->at(1).toModelIndex().column(), RunTableModel::ColumnCount - 1);

    const QStringList expected =
        expectedOrder(m_runsA, RunTableModel::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(cell.data(RunTableModel::RunIdRole).toString(), expected.at(300));
    QCOMPARE(model.runIdAt(300), expected.at(300));
    // Only what was asked for is loaded: page 1 and page 0 (the model tester reads row 0).
    QVERIFY(model.cachedPageCount() <= 2);
    QCOMPARE(model.rowOfRunKey(model.runKeyAt(300)), 300);
}

void tst_RunTableModel::sortsInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("name-ascending") << int(RunTableModel::NameColumn) << Qt::AscendingOrder;
    QTest::newRow("name-descending") << int(RunTableModel::NameColumn) << Qt::DescendingOrder;
    QTest::newRow("status") << int(RunTableModel::StatusColumn) << Qt::AscendingOrder;
    QTest::newRow("created-ascending") << int(RunTableModel::CreatedColumn) << Qt::AscendingOrder;
    QTest::newRow("user-descending") << int(RunTableModel::UserColumn) << Qt::DescendingOrder;
    QTest::newRow("user") << int(RunTableModel::UserColumn) << Qt::AscendingOrder;
    QTest::newRow("source-descending") << int(RunTableModel::SourceColumn) << Qt::DescendingOrder;
    QTest::newRow("duration") << int(RunTableModel::DurationColumn) << Qt::AscendingOrder;
    QTest::newRow("duration-descending")
        << int(RunTableModel::DurationColumn) << Qt::DescendingOrder;
}

void tst_RunTableModel::sortsInSql()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    model.setQuery(RunQuery::forExperiments({m_experimentA}));
    QVERIFY(keys.wait(5000));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.sort(column, order);
    QVERIFY(model.isLoading()); // a new phase 1 is under way, not an in-memory sort
    QVERIFY(keys.wait(5000));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.query().order.key, RunTableModel::sortKeyOf(column));
    QCOMPARE(model.query().order.direction, order);
    const QStringList expected = expectedOrder(m_runsA, column, order);
    QCOMPARE(loadRunIds(model, 0, 600), expected);
}

void tst_RunTableModel::dropsPagesOfSupersededKeys()
{
    RunTableModel model(m_reader.get());
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    model.setQuery(RunQuery::forExperiments({m_experimentA}));
    QVERIFY(keys.wait(5000));

    // Page 1 is requested for the old order, then the order changes before it arrives: the
    // old page must not be shown as page 1 of the new order.
    model.sort(RunTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(!model.index(300, 0).data(RunTableModel::IsLoadedRole).toBool());
    QVERIFY(keys.wait(5000));
    const QStringList expected =
        expectedOrder(m_runsA, RunTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(loadRunIds(model, 256, 100), expected.mid(256, 100));
}

void tst_RunTableModel::dropsKeysOfSupersededQuery()
{
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    model.setQuery(RunQuery::forExperiments({m_experimentA}));
    model.setQuery(RunQuery::forExperiments({m_experimentB}));
    QVERIFY(keys.wait(5000));
    // The worker answers in order, so A's keys came (and were dropped) before B's.
    QCOMPARE(keys.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!QTest::qWaitFor(
        [&] {
            return keys.count() > 1;
        },
        200));
    QCOMPARE(model.rowCount(), 5);
}

void tst_RunTableModel::appliesSearchFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("mlflow") << u"attributes.user_id = 'alice' and attributes.status = 'FINISHED'"_s;
    QTest::newRow("extension-or") << u"attributes.status = 'FINISHED' and (attributes.user_id = "
                                     "'alice' or attributes.user_id = 'nobody')"_s;
}

void tst_RunTableModel::appliesSearchFilter()
{
    QFETCH(QString, filter);
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    RunQuery query = RunQuery::forExperiments({m_experimentA});
    query.filter = filter;
    model.setQuery(query);
    QVERIFY(keys.wait(5000));
    const qsizetype expected =
        std::count_if(m_runsA.cbegin(), m_runsA.cend(), [](const TestRun &r) {
            return r.user == u"alice"_s && r.status == u"FINISHED"_s;
        });
    QVERIFY(expected > 0);
    QCOMPARE(model.rowCount(), int(expected));
    QCOMPARE(model.matchCount(), expected);
    QCOMPARE(model.unfilteredCount(), 600);
}

void tst_RunTableModel::rejectedFilterKeepsRowsAndSaysWhere()
{
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    const RunQuery good = RunQuery::forExperiments({m_experimentA});
    model.setQuery(good);
    QVERIFY(keys.wait(5000));
    QCOMPARE(model.rowCount(), 600);

    QSignalSpy rejected(&model, &RunTableModel::queryRejected);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    RunQuery bad = good;
    bad.filter = u"metrics.loss < 1 and foo.bar = 2"_s;
    model.setQuery(bad);
    QVERIFY(rejected.wait(5000));
    QVERIFY(!rejected.first().at(0).toString().isEmpty());
    // The position points into the filter text at the bad key.
    QCOMPARE(rejected.first().at(1).toInt(), int(bad.filter.indexOf(u"foo"_s)));
    QVERIFY(rejected.first().at(2).toInt() > 0);
    QVERIFY(!model.isLoading());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(model.query(), good);
}

void tst_RunTableModel::refreshKeepsRowsWhenKeysUnchanged()
{
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    model.setQuery(RunQuery::forExperiments({m_experimentB}));
    QVERIFY(keys.wait(5000));
    QVERIFY(!loadRunIds(model, 0, 5).isEmpty());
    const QString firstRun = model.runIdAt(0);

    Store::TrackingStore(*m_database).updateRun(firstRun, Store::RunStatus::Killed, std::nullopt);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy pages(&model, &RunTableModel::pageLoaded);
    model.refresh();
    QVERIFY(keys.wait(5000));
    QCOMPARE(reset.count(), 0);
    // The old values stay visible until the page has been read again.
    const QModelIndex status = model.index(0, RunTableModel::StatusColumn);
    QVERIFY(status.data(RunTableModel::IsLoadedRole).toBool());
    QTRY_COMPARE(status.data(RunTableModel::RunStatusRole).toInt(), int(Store::RunStatus::Killed));
    QCOMPARE(reset.count(), 0);
}

void tst_RunTableModel::refreshResetsWhenRunsAdded()
{
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    model.setQuery(RunQuery::forExperiments({m_experimentB}));
    QVERIFY(keys.wait(5000));

    Store::RunCreation creation;
    creation.experimentId = m_experimentB;
    creation.runName = u"fresh"_s;
    creation.startTime = 1'800'000'000'000;
    const QString runId = Store::TrackingStore(*m_database).createRun(creation).info.runId;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QVERIFY(keys.wait(5000));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(loadRunIds(model, 0, 1), QStringList{runId});
}

void tst_RunTableModel::refreshWithNewRunsKeepsShowingTheOtherRows()
{
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    model.setQuery(RunQuery::forExperiments({m_experimentB}));
    QVERIFY(keys.wait(5000));
    const QStringList before = loadRunIds(model, 0, 5);
    QCOMPARE(before.size(), 5);
    const QString firstName = model.index(0, RunTableModel::NameColumn).data().toString();

    // A run logged by another process lands on top; the rows below move down by one. Right
    // after the reset, before any page has been read again, they still show their runs.
    Store::RunCreation creation;
    creation.experimentId = m_experimentB;
    creation.runName = u"fresh"_s;
    creation.startTime = 1'800'000'000'000;
    Store::TrackingStore(*m_database).createRun(creation);
    QString shownAfterReset;
    bool loadedAfterReset = false;
    bool newRowLoadedAfterReset = true;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] {
        const QModelIndex moved = model.index(1, RunTableModel::NameColumn);
        shownAfterReset = moved.data().toString();
        loadedAfterReset = moved.data(RunTableModel::IsLoadedRole).toBool();
        newRowLoadedAfterReset = model.index(0, 0).data(RunTableModel::IsLoadedRole).toBool();
    });
    model.refresh();
    QVERIFY(keys.wait(5000));
    QCOMPARE(shownAfterReset, firstName);
    QVERIFY(loadedAfterReset);
    QVERIFY(!newRowLoadedAfterReset); // nothing to show for the new run until its page is in
    QTRY_COMPARE(model.index(0, RunTableModel::NameColumn).data().toString(), u"fresh"_s);
    QCOMPARE(model.index(1, RunTableModel::NameColumn).data().toString(), firstName);

    // A new query shows nothing of the old one.
    model.setQuery(RunQuery::forExperiments({m_experimentB}));
    QVERIFY(keys.wait(5000));
    QVERIFY(!model.index(1, 0).data(RunTableModel::IsLoadedRole).toBool());
}

void tst_RunTableModel::showsFormattedCells()
{
    RunTableModel model(m_reader.get());
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    model.setQuery(RunQuery::forExperiments({m_experimentB}));
    QVERIFY(keys.wait(5000));
    QVERIFY(!loadRunIds(model, 0, 5).isEmpty());
    // Newest first: row 0 is b run 4 (FINISHED by the status cycle), row 2 is run 2 (RUNNING).
    const TestRun &run = m_runsB.at(4);
    QCOMPARE(model.index(0, RunTableModel::NameColumn).data().toString(), run.name);
    QVERIFY(model.index(0, RunTableModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(run.runId));
    QCOMPARE(model.index(0, RunTableModel::StatusColumn).data().toString(), u"Finished"_s);
    QCOMPARE(model.index(0, RunTableModel::UserColumn).data().toString(), run.user);
    QCOMPARE(model.index(0, RunTableModel::SourceColumn).data().toString(), run.source);
    QCOMPARE(model.index(0, RunTableModel::CreatedColumn).data(Qt::ToolTipRole).toString(),
             QDateTime::fromMSecsSinceEpoch(run.start, QTimeZone::utc())
                     .toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s)
                 + u" UTC"_s);
    QCOMPARE(model.index(0, RunTableModel::DurationColumn)
                 .data(RunTableModel::SortValueRole)
                 .toLongLong(),
             run.end - run.start);
    QCOMPARE(model.index(2, RunTableModel::StatusColumn).data(RunTableModel::RunStatusRole).toInt(),
             int(Store::RunStatus::Running));
    QCOMPARE(
        model.headerData(RunTableModel::CreatedColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        u"Created"_s);
}

void tst_RunTableModel::holdsHundredThousandRunsWithBoundedCache()
{
    const qint64 big = Store::TrackingStore(*m_database).createExperiment(u"big"_s);
    const QList<TestRun> runs = makeRuns(100'000, u"c"_s);
    insertRuns(*m_database, big, runs);

    RunTableModel model(m_reader.get());
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    model.setQuery(RunQuery::forExperiments({big}));
    QVERIFY(keys.wait(20000));
    QCOMPARE(model.rowCount(), 100'000);

    // Touch more pages than the cache holds; the oldest fall out, the newest stay.
    const int pagesToTouch = RunTableModel::MaxCachedPages + 16;
    for (int page = 0; page < pagesToTouch; ++page) {
        const QModelIndex index = model.index(page * RunTableModel::PageSize * 4, 0);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return index.data(RunTableModel::IsLoadedRole).toBool();
            },
            5000));
        QVERIFY(model.cachedPageCount() <= RunTableModel::MaxCachedPages);
    }
    QCOMPARE(model.cachedPageCount(), RunTableModel::MaxCachedPages);
    QVERIFY(!model.index(0, 0).data(RunTableModel::IsLoadedRole).toBool());
    const QStringList expected =
        expectedOrder(runs, RunTableModel::CreatedColumn, Qt::DescendingOrder);
    const int lastRow = (pagesToTouch - 1) * RunTableModel::PageSize * 4;
    QCOMPARE(model.runIdAt(lastRow), expected.at(lastRow));
}

QStringList tst_RunTableModel::logValuesIntoB()
{
    Store::TrackingStore store(*m_database);
    QStringList ids;
    // loss history per run (step order); run 3 ends on NaN; run 4 logs nothing.
    const QList<QList<double>> losses = {
        {0.9, 0.5, 0.7}, {0.4, 0.6}, {2.0}, {0.3, std::nan("")}, {}};
    const QStringList lrs = {u"0.1"_s, u"0.01"_s, u"0.3"_s, u"0.001"_s, QString()};
    for (int i = 0; i < m_runsB.size(); ++i) {
        const QString id = m_runsB.at(i).runId;
        ids.append(id);
        QList<Store::Metric> metrics;
        for (int step = 0; step < losses.at(i).size(); ++step)
            metrics.append({u"loss"_s, losses.at(i).at(step), 1'700'000'000'000 + step, step});
        QList<Store::Param> params;
        if (!lrs.at(i).isEmpty())
            params.append({u"lr"_s, lrs.at(i)});
        store.logBatch(id, metrics, params, {{u"team"_s, i % 2 ? u"growth"_s : u"core"_s}});
    }
    return ids;
}

void tst_RunTableModel::showsDynamicColumnsFromOnePageQuery()
{
    const QStringList ids = logValuesIntoB();
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    model.setQuery(RunQuery::forExperiments({m_experimentB}));
    QVERIFY(keys.wait(5000));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    using Kind = RunColumn::Kind;
    using Aggregate = RunColumn::Aggregate;
    model.setColumns({{Kind::Metric, u"loss"_s, Aggregate::Latest},
                      {Kind::Metric, u"loss"_s, Aggregate::Min},
                      {Kind::Metric, u"loss"_s, Aggregate::Max},
                      {Kind::Metric, u"loss"_s, Aggregate::Mean},
                      {Kind::Param, u"lr"_s},
                      {Kind::Tag, u"team"_s}});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), RunTableModel::ColumnCount + 6);
    QCOMPARE(model.headerData(RunTableModel::ColumnCount + 1, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             u"loss (min)"_s);
    QVERIFY(model
                .headerData(RunTableModel::ColumnCount + 4,
                            Qt::Horizontal,
                            RunTableModel::IsDynamicColumnRole)
                .toBool());
    QCOMPARE(model.orderKeyOf(RunTableModel::ColumnCount + 3), u"mean(metrics.`loss`)"_s);
    QVERIFY(!loadRunIds(model, 0, 5).isEmpty());

    const auto cell = [&](const QString &runId, int column, int role = Qt::DisplayRole) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.runIdAt(row) == runId)
                return model.index(row, RunTableModel::ColumnCount + column).data(role);
        }
        return QVariant();
    };
    QCOMPARE(cell(ids[0], 0, RunTableModel::SortValueRole).toDouble(), 0.7);
    QCOMPARE(cell(ids[0], 1, RunTableModel::SortValueRole).toDouble(), 0.5);
    QCOMPARE(cell(ids[0], 2, RunTableModel::SortValueRole).toDouble(), 0.9);
    QVERIFY(qFuzzyCompare(cell(ids[0], 3, RunTableModel::SortValueRole).toDouble(), 0.7));
    QCOMPARE(cell(ids[0], 4).toString(), u"0.1"_s);
    QCOMPARE(cell(ids[0], 5).toString(), u"core"_s);
    QCOMPARE(cell(ids[1], 5).toString(), u"growth"_s);
    // A NaN latest value says so; min/max/mean skip it.
    QCOMPARE(cell(ids[3], 0).toString(), u"NaN"_s);
    QCOMPARE(cell(ids[3], 1, RunTableModel::SortValueRole).toDouble(), 0.3);
    // Missing values are empty, not zero.
    QVERIFY(!cell(ids[4], 0).isValid());
    QVERIFY(!cell(ids[4], 4).isValid());
    QCOMPARE(model.index(0, RunTableModel::ExperimentColumn).data().toString(), u"vision"_s);
}

void tst_RunTableModel::sortsByDynamicColumnInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<int>>("expected"); // indexes into experiment B's runs
    // Missing values last in both directions (MLflow); NaN after numbers.
    QTest::newRow("latest-ascending") << 0 << Qt::AscendingOrder << QList<int>{1, 0, 2, 3, 4};
    QTest::newRow("min-descending") << 1 << Qt::DescendingOrder << QList<int>{2, 0, 1, 3, 4};
    QTest::newRow("max-ascending") << 2 << Qt::AscendingOrder << QList<int>{3, 1, 0, 2, 4};
    QTest::newRow("param-as-text") << 4 << Qt::AscendingOrder << QList<int>{3, 1, 0, 2, 4};
    QTest::newRow("tag-descending") << 5 << Qt::DescendingOrder << QList<int>{3, 1, 4, 2, 0};
}

void tst_RunTableModel::sortsByDynamicColumnInSql()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<int>, expected);
    const QStringList ids = logValuesIntoB();
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    using Kind = RunColumn::Kind;
    using Aggregate = RunColumn::Aggregate;
    model.setColumns({{Kind::Metric, u"loss"_s, Aggregate::Latest},
                      {Kind::Metric, u"loss"_s, Aggregate::Min},
                      {Kind::Metric, u"loss"_s, Aggregate::Max},
                      {Kind::Metric, u"loss"_s, Aggregate::Mean},
                      {Kind::Param, u"lr"_s},
                      {Kind::Tag, u"team"_s}});
    model.setQuery(RunQuery::forExperiments({m_experimentB}));
    QVERIFY(keys.wait(5000));
    model.sort(RunTableModel::ColumnCount + column, order);
    QVERIFY(model.isLoading());
    QVERIFY(keys.wait(5000));
    QCOMPARE(model.query().order.key, model.orderKeyOf(RunTableModel::ColumnCount + column));
    QStringList want;
    for (const int i : expected)
        want.append(ids.at(i));
    QCOMPARE(loadRunIds(model, 0, 5), want);
}

void tst_RunTableModel::listsRunsOfSeveralExperimentsWithExperimentName()
{
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    RunQuery query = RunQuery::forExperiments({m_experimentA, m_experimentB});
    query.filter = u"attributes.user_id = 'alice'"_s;
    model.setQuery(query);
    QVERIFY(keys.wait(5000));
    const auto alice = [](const QList<TestRun> &runs) {
        return std::count_if(runs.cbegin(), runs.cend(), [](const TestRun &r) {
            return r.user == u"alice"_s;
        });
    };
    QCOMPARE(model.matchCount(), alice(m_runsA) + alice(m_runsB));
    QCOMPARE(model.unfilteredCount(), 605);
    QSet<QString> experiments;
    for (int row = 0; row < model.rowCount(); row += 37) {
        QVERIFY(!loadRunIds(model, row, 1).isEmpty());
        experiments.insert(model.index(row, RunTableModel::ExperimentColumn).data().toString());
    }
    QVERIFY(experiments.contains(u"churn"_s));
    // B's runs started with A's first ones; on equal start times run_id decides ("a…" < "b…").
    const int last = model.rowCount() - 1;
    QVERIFY(!loadRunIds(model, last, 1).isEmpty());
    QCOMPARE(model.runIdAt(last), m_runsB.first().runId);
    QCOMPARE(model.index(last, RunTableModel::ExperimentColumn).data().toString(), u"vision"_s);
}

void tst_RunTableModel::nestsChildRunsUnderParent_data()
{
    QTest::addColumn<bool>("nest");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<int>>("order"); // indexes into experiment B's runs
    QTest::addColumn<QList<int>>("depths");
    QTest::addColumn<QList<int>>("childCounts");
    // Runs 1 and 2 are children of run 0, run 4 a child of run 2 (newest first: 4 3 2 1 0).
    QTest::newRow("nested") << true << QString() << QList<int>{3, 0, 2, 4, 1}
                            << QList<int>{0, 0, 1, 2, 1} << QList<int>{0, 2, 1, 0, 0};
    QTest::newRow("flat") << false << QString() << QList<int>{4, 3, 2, 1, 0} << QList<int>{}
                          << QList<int>{};
    // Without its parent in the result, a child stands at the top level.
    QTest::newRow("parent-filtered-out")
        << true << u"attributes.run_id != '%0'"_s << QList<int>{3, 2, 4, 1}
        << QList<int>{0, 0, 1, 0} << QList<int>{0, 1, 0, 0};
}

void tst_RunTableModel::nestsChildRunsUnderParent()
{
    QFETCH(bool, nest);
    QFETCH(QString, filter);
    QFETCH(QList<int>, order);
    QFETCH(QList<int>, depths);
    QFETCH(QList<int>, childCounts);
    Store::TrackingStore store(*m_database);
    const auto id = [this](int i) {
        return m_runsB.at(i).runId;
    };
    store.setTag(id(1), {u"mlflow.parentRunId"_s, id(0)});
    store.setTag(id(2), {u"mlflow.parentRunId"_s, id(0)});
    store.setTag(id(4), {u"mlflow.parentRunId"_s, id(2)});

    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    RunQuery query = RunQuery::forExperiments({m_experimentB});
    query.nestChildren = nest;
    query.filter = filter.contains(u"%0"_s) ? QString(filter).replace(u"%0"_s, id(0)) : filter;
    model.setQuery(query);
    QVERIFY(keys.wait(5000));
    QStringList want;
    for (const int i : order)
        want.append(id(i));
    QCOMPARE(loadRunIds(model, 0, model.rowCount()), want);
    QCOMPARE(model.hasNestedRuns(), !depths.isEmpty());
    QList<int> gotDepths;
    QList<int> gotChildren;
    for (int row = 0; row < model.rowCount() && model.hasNestedRuns(); ++row) {
        gotDepths.append(model.index(row, 0).data(RunTableModel::DepthRole).toInt());
        gotChildren.append(model.index(row, 0).data(RunTableModel::ChildCountRole).toInt());
    }
    QCOMPARE(gotDepths, depths);
    QCOMPARE(gotChildren, childCounts);
}

void tst_RunTableModel::groupsRunsByTagWithMetricStatistics()
{
    logValuesIntoB();
    RunTableModel runs(m_reader.get());
    QSignalSpy keys(&runs, &RunTableModel::keysLoaded);
    runs.setQuery(RunQuery::forExperiments({m_experimentB}));
    QVERIFY(keys.wait(5000));

    RunGroupModel groups(m_reader.get());
    QAbstractItemModelTester tester(&groups,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&groups, &RunGroupModel::loaded);
    groups.setGrouping(runs.runKeys(), RunColumn::Kind::Tag, u"team"_s, {u"loss"_s});
    QVERIFY(loaded.wait(5000));
    QCOMPARE(groups.rowCount(), 2);
    QCOMPARE(groups.columnCount(), 5);
    // Biggest group first. core: runs 0, 2, 4 (latest loss 0.7, 2.0, none).
    const RunGroupModel::Group &core = groups.groupAt(0);
    QCOMPARE(core.value, u"core"_s);
    QCOMPARE(core.count, 3);
    QCOMPARE(core.metrics.size(), 1);
    QCOMPARE(core.metrics.at(0).min, 0.7);
    QCOMPARE(core.metrics.at(0).max, 2.0);
    QVERIFY(qFuzzyCompare(core.metrics.at(0).mean, 1.35));
    // growth: runs 1 and 3; run 3's latest loss is NaN and is left out.
    const RunGroupModel::Group &growth = groups.groupAt(1);
    QCOMPARE(growth.count, 2);
    QCOMPARE(growth.metrics.at(0).min, 0.6);
    QCOMPARE(growth.metrics.at(0).max, 0.6);
    QCOMPARE(groups
                 .headerData(RunGroupModel::metricColumn(0, RunGroupModel::Mean),
                             Qt::Horizontal,
                             Qt::DisplayRole)
                 .toString(),
             u"loss mean"_s);

    // By a param that one run lacks: that run forms the "(not set)" group.
    groups.setGrouping(runs.runKeys(), RunColumn::Kind::Param, u"lr"_s, {});
    QVERIFY(loaded.wait(5000));
    QCOMPARE(groups.rowCount(), 5);
    QCOMPARE(groups.columnCount(), 2);
    QVERIFY(groups.groupAt(4).missing);
    QCOMPARE(groups.index(4, RunGroupModel::ValueColumn).data().toString(), u"(not set)"_s);
    QCOMPARE(groups.filterClause(4), u"params.lr IS NULL"_s);
}

void tst_RunTableModel::groupFilterClausesQuoteKeysAndValues_data()
{
    QTest::addColumn<bool>("tag");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("missing");
    QTest::addColumn<QString>("clause");
    QTest::newRow("plain") << false << u"model"_s << u"tree"_s << false
                           << u"params.model = 'tree'"_s;
    QTest::newRow("tag with dots")
        << true << u"mlflow.user"_s << u"ann"_s << false << u"tags.`mlflow.user` = 'ann'"_s;
    QTest::newRow("key with a space")
        << false << u"max depth"_s << u"3"_s << false << u"params.`max depth` = '3'"_s;
    QTest::newRow("key with a backtick")
        << false << u"a`b"_s << u"1"_s << false << u"params.\"a`b\" = '1'"_s;
    QTest::newRow("single quote") << false << u"note"_s << u"it's"_s << false
                                  << u"params.note = \"it's\""_s;
    QTest::newRow("double quote") << true << u"note"_s << u"say \"hi\""_s << false
                                  << u"tags.note = 'say \"hi\"'"_s;
    QTest::newRow("both quotes") << true << u"note"_s << u"it's \"x\""_s << false
                                 << u"tags.note LIKE 'it_s \"x\"'"_s;
    QTest::newRow("empty value") << false << u"model"_s << QString() << false
                                 << u"params.model = ''"_s;
    QTest::newRow("missing") << true << u"team"_s << QString() << true << u"tags.team IS NULL"_s;
}

void tst_RunTableModel::groupFilterClausesQuoteKeysAndValues()
{
    QFETCH(bool, tag);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, missing);
    QFETCH(QString, clause);
    RunGroupModel::Group group;
    group.value = value;
    group.missing = missing;
    const QString built = RunGroupModel::filterClause(
        tag ? RunColumn::Kind::Tag : RunColumn::Kind::Param, key, group);
    QCOMPARE(built, clause);
    // Every clause is a filter the search accepts.
    Query::ExtendedFilterParser::parseRunFilter(built, true);
}

void tst_RunTableModel::groupsBySeveralMetricsInOneQuery()
{
    const QStringList ids = logValuesIntoB();
    Store::TrackingStore store(*m_database);
    RunTableModel runs(m_reader.get());
    QSignalSpy keys(&runs, &RunTableModel::keysLoaded);
    runs.setQuery(RunQuery::forExperiments({m_experimentB}));
    QVERIFY(keys.wait(5000));
    // acc on the first three runs only, so that it differs from loss.
    QList<Store::Run> all;
    for (int i = 0; i < ids.size(); ++i) {
        if (i < 3)
            store.logMetric(ids.at(i), {u"acc"_s, 0.5 + 0.1 * i, 1, 0});
        all.append(store.run(ids.at(i)));
    }
    RunGroupModel groups(m_reader.get());
    QAbstractItemModelTester tester(&groups,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&groups, &RunGroupModel::loaded);
    groups.setGrouping(runs.runKeys(), RunColumn::Kind::Tag, u"team"_s, {u"acc"_s, u"loss"_s});
    QVERIFY(loaded.wait(5000));
    QCOMPARE(groups.columnCount(), 8);
    QCOMPARE(groups
                 .headerData(RunGroupModel::metricColumn(1, RunGroupModel::Max),
                             Qt::Horizontal,
                             Qt::DisplayRole)
                 .toString(),
             u"loss max"_s);
    // Expected statistics straight from the store: latest values per team, NaN left out.
    for (int row = 0; row < groups.rowCount(); ++row) {
        const RunGroupModel::Group &group = groups.groupAt(row);
        QCOMPARE(group.metrics.size(), 2);
        const QStringList metricKeys = {u"acc"_s, u"loss"_s};
        qint64 count = 0;
        for (int m = 0; m < 2; ++m) {
            QList<double> values;
            count = 0;
            for (const Store::Run &run : std::as_const(all)) {
                const Store::Run fresh = store.run(run.info.runId);
                QString team;
                for (const Store::Tag &tag : fresh.tags) {
                    if (tag.key == u"team"_s)
                        team = tag.value;
                }
                if (team != group.value)
                    continue;
                ++count;
                for (const Store::Metric &metric : fresh.latestMetrics) {
                    if (metric.key == metricKeys.at(m) && !std::isnan(metric.value))
                        values.append(metric.value);
                }
            }
            const RunGroupModel::Statistics &statistics = group.metrics.at(m);
            QCOMPARE(statistics.hasValue, !values.isEmpty());
            if (values.isEmpty())
                continue;
            double sum = 0;
            for (const double value : std::as_const(values))
                sum += value;
            QCOMPARE(statistics.min, *std::min_element(values.cbegin(), values.cend()));
            QCOMPARE(statistics.max, *std::max_element(values.cbegin(), values.cend()));
            QVERIFY(qFuzzyCompare(statistics.mean, sum / values.size()));
            const QString shown =
                groups.index(row, RunGroupModel::metricColumn(m, RunGroupModel::Min))
                    .data()
                    .toString();
            QCOMPARE(shown,
                     QLocale().toString(*std::min_element(values.cbegin(), values.cend()), 'g', 6));
        }
        QCOMPARE(group.count, count);
    }
}

void tst_RunTableModel::exportsCsvWithQuotedFieldsAndFullPrecision()
{
    const QStringList ids = logValuesIntoB();
    Store::TrackingStore store(*m_database);
    store.updateRun(ids.at(0), std::nullopt, std::nullopt, u"a \"quoted\", name"_s);
    store.logMetric(ids.at(1), {u"loss"_s, 0.1234567890123, 1'700'000'000'009, 9});
    RunTableModel model(m_reader.get());
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    model.setColumns({{RunColumn::Kind::Metric, u"loss"_s}, {RunColumn::Kind::Param, u"lr"_s}});
    RunQuery query = RunQuery::forExperiments({m_experimentB});
    query.order = {u"attributes.start_time"_s, Qt::AscendingOrder};
    model.setQuery(query);
    QVERIFY(keys.wait(5000));
    const QString path = m_dir->filePath(u"runs.csv"_s);
    QSignalSpy finished(&model, &RunTableModel::exportFinished);
    model.exportTable(
        path,
        {RunTableModel::NameColumn, RunTableModel::ColumnCount + 1, RunTableModel::ColumnCount});
    QVERIFY(finished.wait(5000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
    QCOMPARE(lines.at(0), u"Name,lr,loss"_s);
    QCOMPARE(lines.at(1), u"\"a \"\"quoted\"\", name\",0.1,0.69999999999999996"_s);
    QCOMPARE(
        lines.at(2),
        u"b-run-%1,0.01,0.12345678901230001"_s.arg(qint64((1 * 7919) % 5), 6, 10, QChar(u'0')));
    QCOMPARE(lines.at(5), u"b-run-%1,,"_s.arg(qint64((4 * 7919) % 5), 6, 10, QChar(u'0')));
    QCOMPARE(lines.size(), 7); // header, five runs, the empty piece after the last CRLF
}

void tst_RunTableModel::showsRegisteredModelVersionsFromOnePageQuery()
{
    Store::TrackingStore tracking(*m_database);
    Store::RegistryStore registry(*m_database);
    const QList<Store::RunInfo> runs = tracking.runInfos(m_experimentB);
    QCOMPARE(runs.size(), 5);
    const QString withTwo = runs.at(1).runId;
    const QString withOne = runs.at(3).runId;
    registry.createRegisteredModel(u"churn-clf"_s);
    registry.createRegisteredModel(u"alpha"_s);
    const auto version = [&](const QString &model, const QString &runId) {
        Store::ModelVersionCreation creation;
        creation.name = model;
        creation.source = u"runs:/%1/model"_s.arg(runId);
        creation.runId = runId;
        return registry.createModelVersion(creation).version;
    };
    version(u"churn-clf"_s, withOne); // v1, deleted below
    version(u"churn-clf"_s, withTwo); // v2
    version(u"churn-clf"_s, withTwo); // v3
    version(u"alpha"_s, withTwo); // v1
    const qint64 kept = version(u"churn-clf"_s, withOne); // v4
    registry.deleteModelVersion(u"churn-clf"_s, 1);

    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    model.setQuery(RunQuery::forExperiments({m_experimentB}));
    QVERIFY(keys.wait(5000));
    QCOMPARE(
        model.headerData(RunTableModel::RegisteredModelsColumn, Qt::Horizontal, Qt::DisplayRole)
            .toString(),
        u"Registered models"_s);
    QSignalSpy pages(&model, &RunTableModel::pageLoaded);
    QVERIFY(!model.index(0, 0).data(RunTableModel::IsLoadedRole).toBool());
    QVERIFY(pages.wait(5000));
    QCOMPARE(pages.count(), 1);
    QHash<QString, QString> shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        shown.insert(model.runIdAt(row),
                     model.index(row, RunTableModel::RegisteredModelsColumn).data().toString());
    }
    // By model name, then version; a deleted version is gone.
    QCOMPARE(shown.value(withTwo), u"alpha v1, churn-clf v2, churn-clf v3"_s);
    QCOMPARE(shown.value(withOne), u"churn-clf v%1"_s.arg(kept));
    QCOMPARE(shown.value(runs.at(0).runId), QString());
    // Not sortable in SQL: the query keeps its order.
    QCOMPARE(RunTableModel::sortKeyOf(RunTableModel::RegisteredModelsColumn), QString());
    const RunOrder before = model.query().order;
    model.sort(RunTableModel::RegisteredModelsColumn, Qt::AscendingOrder);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.query().order, before);

    // Exported like the other columns.
    const QString path = m_dir->filePath(u"models.csv"_s);
    QSignalSpy finished(&model, &RunTableModel::exportFinished);
    model.exportTable(
        path, {RunTableModel::RegisteredModelsColumn}, RunTableModel::ExportFormat::Csv);
    QVERIFY(finished.wait(5000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
    QCOMPARE(lines.at(0), u"Registered models"_s);
    QVERIFY(lines.contains(u"\"alpha v1, churn-clf v2, churn-clf v3\""_s));
    QVERIFY(lines.contains(u"churn-clf v%1"_s.arg(kept)));
}

void tst_RunTableModel::identifiesColumnsByWhatTheyShow()
{
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns({{RunColumn::Kind::Metric, u"loss"_s, RunColumn::Aggregate::Min},
                      {RunColumn::Kind::Param, u"lr"_s},
                      {RunColumn::Kind::Tag, u"lr"_s}});
    QSet<QString> ids;
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString id = model.columnId(column);
        QVERIFY(!id.isEmpty());
        QCOMPARE(model.headerData(column, Qt::Horizontal, RunTableModel::ColumnIdRole).toString(),
                 id);
        QCOMPARE(model.columnOfId(id), column);
        ids.insert(id);
    }
    QCOMPARE(ids.size(), model.columnCount());
    const QString lr = model.columnId(RunTableModel::ColumnCount + 1);
    const QString loss = model.columnId(RunTableModel::ColumnCount);
    // The aggregate does not change the id; removing a column before another does not either.
    model.setColumns({{RunColumn::Kind::Metric, u"loss"_s, RunColumn::Aggregate::Max},
                      {RunColumn::Kind::Tag, u"lr"_s},
                      {RunColumn::Kind::Param, u"lr"_s}});
    QCOMPARE(model.columnOfId(loss), int(RunTableModel::ColumnCount));
    QCOMPARE(model.columnOfId(lr), RunTableModel::ColumnCount + 2);
    model.setColumns({});
    QCOMPARE(model.columnOfId(lr), -1);
    QCOMPARE(model.columnOfId(u"attributes.duration"_s), int(RunTableModel::DurationColumn));
}

void tst_RunTableModel::showsAndSortsByValueAtStep()
{
    const QStringList ids = logValuesIntoB();
    // A second point at step 1 for run 0, logged later: it is the value at that step.
    Store::TrackingStore(*m_database).logMetric(ids.at(0), {u"loss"_s, 0.05, 1'700'000'000'100, 1});
    RunTableModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy keys(&model, &RunTableModel::keysLoaded);
    RunColumn atStep{RunColumn::Kind::Metric, u"loss"_s, RunColumn::Aggregate::AtStep};
    atStep.step = 1;
    model.setColumns({atStep});
    QCOMPARE(
        model.headerData(RunTableModel::ColumnCount, Qt::Horizontal, Qt::DisplayRole).toString(),
        u"loss (step 1)"_s);
    QCOMPARE(model.orderKeyOf(RunTableModel::ColumnCount), u"metrics.`loss`@step=1"_s);
    model.setQuery(RunQuery::forExperiments({m_experimentB}));
    QVERIFY(keys.wait(5000));
    model.sort(RunTableModel::ColumnCount, Qt::AscendingOrder);
    QVERIFY(keys.wait(5000));
    // Step 1: run 0 -> 0.05 (the later point), run 1 -> 0.6, run 3 -> NaN (no value);
    // runs 2 and 4 have no step 1. Missing values last, ties by start time descending.
    QStringList want{ids.at(0), ids.at(1), ids.at(4), ids.at(3), ids.at(2)};
    QCOMPARE(loadRunIds(model, 0, 5), want);
    QCOMPARE(
        model.index(0, RunTableModel::ColumnCount).data(RunTableModel::SortValueRole).toDouble(),
        0.05);
    QCOMPARE(
        model.index(1, RunTableModel::ColumnCount).data(RunTableModel::SortValueRole).toDouble(),
        0.6);
    QVERIFY(!model.index(3, RunTableModel::ColumnCount).data().isValid());
}

QTEST_GUILESS_MAIN(tst_RunTableModel)
#include "tst_runtablemodel.moc"
