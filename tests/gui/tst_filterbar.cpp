// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "runsfixture.h"

#include "models/itemmodels/filtervocabulary.h"
#include "models/itemmodels/runtablemodel.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"
#include "views/experimentsidebar.h"
#include "views/mainwindow.h"
#include "views/runs/filterbar.h"
#include "views/runs/runspane.h"
#include "views/uisettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using ItemModels::RunTableModel;

class tst_FilterBar : public QObject, protected RunsFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void validFilterNarrowsTableAndCountsNOfM_data();
    void validFilterNarrowsTableAndCountsNOfM();
    void invalidFilterMarksPositionAndKeepsTable_data();
    void invalidFilterMarksPositionAndKeepsTable();
    void completesKeyPrefixesAndKeysOfExperiment();
    void completesValuesOfParam();
    void acceptingCompletionInsertsIt();
    void historyRemembersAndReappliesFilters();
    void clearingFilterShowsAllRuns();
    void ctrlFFocusesFilter();
    void registeredModelsHeaderKeepsShownOrder();
    void durationHeaderSortsThroughDurationKey();
    void durationFilterSelectsLongRuns();
    void quickFiltersAddStatusAndTimeConditions();
};

void tst_FilterBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_FilterBar::init()
{
    setUpRuns();
}

void tst_FilterBar::cleanup()
{
    tearDownRuns();
}

void tst_FilterBar::validFilterNarrowsTableAndCountsNOfM_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("names");
    QTest::newRow("mlflow-and") << u"metrics.rmse < 1 and params.model = 'tree'"_s << u"tree-a"_s;
    QTest::newRow("or-extension") << u"params.model = 'linear' or metrics.rmse > 2"_s
                                  << u"forest-d,linear-c"_s;
    QTest::newRow("numeric-param") << u"params.lr < 0.05"_s << u"linear-c,tree-a"_s;
    QTest::newRow("backticked-key")
        << u"metrics.`val loss` = 1"_s << u"forest-d,linear-c,tree-a,tree-b"_s;
    QTest::newRow("aggregate") << u"min(metrics.rmse) >= 1.5"_s << u"forest-d,tree-b"_s;
}

void tst_FilterBar::validFilterNarrowsTableAndCountsNOfM()
{
    QFETCH(QString, filter);
    QFETCH(QString, names);
    Views::MainWindow *window = showWindow();
    Views::FilterBar *bar = window->runsPane()->filterBar();
    QSignalSpy keys(window->runModel(), &RunTableModel::keysLoaded);
    bar->lineEdit()->setFocus();
    QTest::keyClicks(bar->lineEdit(), filter);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QVERIFY(!bar->hasError());
    QVERIFY(keys.wait(5000));
    QCOMPARE(window->runModel()->query().filter, filter);
    QTRY_COMPARE(appliedTableNames(), names);
    const int matches = int(names.count(u',') + 1);
    QCOMPARE(window->runCountText(), u"%1 of 4 runs"_s.arg(matches));
    QCOMPARE(bar->appliedFilter(), filter);
}

void tst_FilterBar::invalidFilterMarksPositionAndKeepsTable_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("position");
    QTest::newRow("unknown-entity") << u"metrics.rmse < 1 and foo.bar = 2"_s << 21;
    QTest::newRow("unclosed-parenthesis") << u"(metrics.rmse < 1"_s << 0;
    QTest::newRow("missing-value") << u"params.model ="_s << 0;
}

void tst_FilterBar::invalidFilterMarksPositionAndKeepsTable()
{
    QFETCH(QString, filter);
    QFETCH(int, position);
    Views::MainWindow *window = showWindow();
    Views::FilterBar *bar = window->runsPane()->filterBar();
    const ItemModels::RunQuery before = window->runModel()->query();
    QSignalSpy applied(bar, &Views::FilterBar::filterApplied);
    QSignalSpy reset(window->runModel(), &QAbstractItemModel::modelReset);
    bar->lineEdit()->setFocus();
    QTest::keyClicks(bar->lineEdit(), filter);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);

    QVERIFY(bar->hasError());
    QCOMPARE(applied.count(), 0);
    if (position > 0)
        QCOMPARE(bar->errorPosition(), position);
    else
        QVERIFY(bar->errorPosition() >= 0 && bar->errorPosition() <= filter.size());
    auto *label = bar->findChild<QLabel *>(u"filterErrorLabel"_s);
    QVERIFY(label && label->isVisible());
    QVERIFY(bar->lineEdit()->toolTip().contains(bar->errorMessage()));
    QVERIFY(!window->runModel()->isLoading());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(window->runModel()->query(), before);
    QCOMPARE(window->runModel()->rowCount(), 4);

    // Editing the text takes the marker away.
    QTest::keyClick(bar->lineEdit(), Qt::Key_Backspace);
    QVERIFY(!bar->hasError());
    QVERIFY(!label->isVisible());
}

void tst_FilterBar::completesKeyPrefixesAndKeysOfExperiment()
{
    Views::MainWindow *window = showWindow();
    Views::FilterBar *bar = window->runsPane()->filterBar();
    auto *vocabulary = window->findChild<ItemModels::FilterVocabulary *>();
    QVERIFY(vocabulary);
    QTRY_COMPARE(vocabulary->metricKeys(), (QStringList{u"rmse"_s, u"val loss"_s}));
    QCOMPARE(vocabulary->paramKeys(), (QStringList{u"lr"_s, u"model"_s}));
    QVERIFY(vocabulary->tagKeys().contains(u"team"_s));

    bar->lineEdit()->setFocus();
    QTest::keyClicks(bar->lineEdit(), u"me"_s);
    QVERIFY(bar->completionCandidates().contains(u"metrics."_s));
    QVERIFY(bar->completer()->popup()->isVisible());
    bar->lineEdit()->clear();
    QTest::keyClicks(bar->lineEdit(), u"metrics."_s);
    QCOMPARE(bar->completionCandidates(),
             (QStringList{u"metrics.rmse"_s, u"metrics.`val loss`"_s}));
    QTest::keyClicks(bar->lineEdit(), u"r"_s);
    QCOMPARE(bar->completionCandidates(), QStringList{u"metrics.rmse"_s});
    bar->lineEdit()->clear();
    QTest::keyClicks(bar->lineEdit(), u"attributes.st"_s);
    QVERIFY(bar->completionCandidates().contains(u"attributes.status"_s));
    QVERIFY(bar->completionCandidates().contains(u"attributes.start_time"_s));
    bar->lineEdit()->clear();
    QTest::keyClicks(bar->lineEdit(), u"attributes.du"_s);
    QCOMPARE(bar->completionCandidates(), QStringList{u"attributes.duration"_s});
}

void tst_FilterBar::completesValuesOfParam()
{
    Views::MainWindow *window = showWindow();
    Views::FilterBar *bar = window->runsPane()->filterBar();
    auto *vocabulary = window->findChild<ItemModels::FilterVocabulary *>();
    QTRY_VERIFY(!vocabulary->paramKeys().isEmpty());
    QSignalSpy values(vocabulary, &ItemModels::FilterVocabulary::valuesLoaded);
    bar->lineEdit()->setFocus();
    QTest::keyClicks(bar->lineEdit(), u"params.model = '"_s);
    QTRY_VERIFY(values.count() > 0);
    QCOMPARE(vocabulary->valuesKey(), u"model"_s);
    QCOMPARE(bar->completionCandidates(), (QStringList{u"'forest'"_s, u"'linear'"_s, u"'tree'"_s}));
    QTRY_VERIFY(bar->completer()->popup()->isVisible());
    QTest::keyClicks(bar->lineEdit(), u"t"_s);
    QCOMPARE(bar->completionCandidates(), QStringList{u"'tree'"_s});
}

void tst_FilterBar::acceptingCompletionInsertsIt()
{
    Views::MainWindow *window = showWindow();
    Views::FilterBar *bar = window->runsPane()->filterBar();
    auto *vocabulary = window->findChild<ItemModels::FilterVocabulary *>();
    QTRY_VERIFY(!vocabulary->metricKeys().isEmpty());
    bar->lineEdit()->setFocus();
    QTest::keyClicks(bar->lineEdit(), u"metrics.va"_s);
    QTRY_VERIFY(bar->completer()->popup()->isVisible());
    QSignalSpy applied(bar, &Views::FilterBar::filterApplied);
    // Enter in the popup picks the completion; it does not apply the half-typed filter.
    QTest::keyClick(bar->completer()->popup(), Qt::Key_Return);
    QCOMPARE(bar->lineEdit()->text(), u"metrics.`val loss` "_s);
    QCOMPARE(applied.count(), 0);
    QVERIFY(!bar->hasError());
}

void tst_FilterBar::historyRemembersAndReappliesFilters()
{
    Views::MainWindow *window = showWindow();
    Views::FilterBar *bar = window->runsPane()->filterBar();
    bar->lineEdit()->setFocus();
    for (const QString &filter : {u"params.model = 'tree'"_s, u"metrics.rmse > 2"_s}) {
        bar->lineEdit()->clear();
        QTest::keyClicks(bar->lineEdit(), filter);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    }
    QCOMPARE(bar->history(), (QStringList{u"metrics.rmse > 2"_s, u"params.model = 'tree'"_s}));
    QTRY_COMPARE(appliedTableNames(), u"forest-d"_s);

    // The menu re-applies an older one.
    QMenu *menu = bar->historyButton()->menu();
    QAction *older = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->toolTip() == u"params.model = 'tree'"_s)
            older = action;
    }
    QVERIFY(older);
    older->trigger();
    QTRY_COMPARE(appliedTableNames(), u"tree-a,tree-b"_s);
    QCOMPARE(bar->history().first(), u"params.model = 'tree'"_s);

    // And the history survives a new window (opened on the unfiltered view).
    bar->setFilter(QString());
    m_window->close();
    m_window.reset();
    showWindow();
    QCOMPARE(m_window->runsPane()->filterBar()->history(),
             (QStringList{u"params.model = 'tree'"_s, u"metrics.rmse > 2"_s}));
}

void tst_FilterBar::clearingFilterShowsAllRuns()
{
    Views::MainWindow *window = showWindow();
    Views::FilterBar *bar = window->runsPane()->filterBar();
    bar->setFilter(u"metrics.rmse > 2"_s);
    QTRY_COMPARE(window->runModel()->rowCount(), 1);
    bar->lineEdit()->setFocus();
    bar->lineEdit()->selectAll();
    QTest::keyClick(bar->lineEdit(), Qt::Key_Backspace);
    QTRY_COMPARE(window->runModel()->rowCount(), 4);
    QVERIFY(!window->runModel()->query().isFiltered());
    QCOMPARE(window->runCountText(), u"4 runs"_s);
}

void tst_FilterBar::ctrlFFocusesFilter()
{
    Views::MainWindow *window = showWindow();
    window->runsPane()->tableView()->setFocus();
    QVERIFY(!window->runsPane()->filterBar()->lineEdit()->hasFocus());
    QTest::keySequence(window, QKeySequence::Find);
    QTRY_VERIFY(window->runsPane()->filterBar()->lineEdit()->hasFocus());
}

void tst_FilterBar::registeredModelsHeaderKeepsShownOrder()
{
    Views::MainWindow *window = showWindow();
    QHeaderView *header = window->runsPane()->tableView()->horizontalHeader();
    const ItemModels::RunOrder before = window->runModel()->query().order;
    window->runsPane()->tableView()->scrollTo(
        window->runModel()->index(0, RunTableModel::RegisteredModelsColumn));
    const QPoint point(header->sectionViewportPosition(RunTableModel::RegisteredModelsColumn) + 5,
                       header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(window->runModel()->query().order, before);
    QCOMPARE(header->sortIndicatorSection(), int(RunTableModel::CreatedColumn));
    QVERIFY(!window->runModel()->isLoading());
}

void tst_FilterBar::durationHeaderSortsThroughDurationKey()
{
    Views::MainWindow *window = showWindow();
    // The fixture's runs last 5 s each; one more lasts 2 min, one is still running.
    Store::TrackingStore store(*m_database);
    Store::RunCreation creation;
    creation.experimentId = m_experiment;
    creation.runName = u"long-e"_s;
    creation.startTime = 1'600'000'000'000;
    store.updateRun(store.createRun(creation).info.runId,
                    Store::RunStatus::Finished,
                    *creation.startTime + 120'000);
    creation.runName = u"live-f"_s;
    creation.startTime = 1'500'000'000'000;
    store.createRun(creation);
    window->findChild<QAction *>(u"refreshAction"_s)->trigger();
    QTRY_COMPARE(window->runModel()->rowCount(), 6);
    QTableView *table = window->runsPane()->tableView();
    QHeaderView *header = table->horizontalHeader();
    table->scrollTo(window->runModel()->index(0, RunTableModel::DurationColumn));
    const QPoint point(header->sectionViewportPosition(RunTableModel::DurationColumn) + 5,
                       header->height() / 2);
    for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        QSignalSpy keys(window->runModel(), &RunTableModel::keysLoaded);
        if (header->sortIndicatorSection() != RunTableModel::DurationColumn
            || header->sortIndicatorOrder() != order)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
        if (header->sortIndicatorOrder() != order)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
        QTRY_COMPARE(window->runModel()->query().order,
                     (ItemModels::RunOrder{u"attributes.duration"_s, order}));
        QTRY_VERIFY(!window->runModel()->isLoading());
        QCOMPARE(header->sortIndicatorSection(), int(RunTableModel::DurationColumn));
        QStringList names;
        for (int row = 0; row < window->runModel()->rowCount(); ++row) {
            const QModelIndex index = window->runModel()->index(row, RunTableModel::NameColumn);
            QTRY_VERIFY(index.data(RunTableModel::IsLoadedRole).toBool());
            names.append(index.data().toString());
        }
        // The 5 s runs tie and keep MLflow's tie-break (newest first); the running one has run
        // for years so far, as its Duration cell shows.
        const QStringList expected = order == Qt::DescendingOrder
            ? QStringList{u"live-f"_s,
                          u"long-e"_s,
                          u"forest-d"_s,
                          u"linear-c"_s,
                          u"tree-b"_s,
                          u"tree-a"_s}
            : QStringList{
                u"forest-d"_s, u"linear-c"_s, u"tree-b"_s, u"tree-a"_s, u"long-e"_s, u"live-f"_s};
        QCOMPARE(names, expected);
    }
}

void tst_FilterBar::durationFilterSelectsLongRuns()
{
    Store::TrackingStore store(*m_database);
    Store::RunCreation creation;
    creation.experimentId = m_experiment;
    creation.runName = u"long-e"_s;
    creation.startTime = 1'600'000'000'000;
    Views::MainWindow *window = showWindow();
    store.updateRun(store.createRun(creation).info.runId,
                    Store::RunStatus::Finished,
                    *creation.startTime + 120'000);
    window->findChild<QAction *>(u"refreshAction"_s)->trigger();
    QTRY_COMPARE(window->runModel()->rowCount(), 5);
    window->runsPane()->filterBar()->setFilter(u"attributes.duration > 60000"_s);
    QTRY_COMPARE(window->runModel()->rowCount(), 1);
    QTRY_COMPARE(appliedTableNames(), u"long-e"_s);
    QCOMPARE(window->runCountText(), u"1 of 5 runs"_s);
}

void tst_FilterBar::quickFiltersAddStatusAndTimeConditions()
{
    Views::MainWindow *window = showWindow();
    Store::TrackingStore store(*m_database);
    Store::RunCreation creation;
    creation.experimentId = m_experiment;
    creation.runName = u"live-e"_s; // started now, still running
    store.createRun(creation);
    window->findChild<QAction *>(u"refreshAction"_s)->trigger();
    QTRY_COMPARE(window->runModel()->rowCount(), 5);
    Views::FilterBar *bar = window->runsPane()->filterBar();
    const auto trigger = [&](const QString &text) {
        for (QAction *action : bar->quickFilterButton()->menu()->actions()) {
            if (action->text() == text) {
                action->trigger();
                return true;
            }
        }
        return false;
    };
    QVERIFY(trigger(u"Status: Finished"_s));
    QCOMPARE(bar->lineEdit()->text(), u"attributes.status = 'FINISHED'"_s);
    QTRY_COMPARE(appliedTableNames(), u"forest-d,linear-c,tree-a,tree-b"_s);

    // An OR filter is kept whole when a condition is added.
    bar->setFilter(u"params.model = 'tree' or attributes.run_name = 'live-e'"_s);
    QTRY_COMPARE(window->runModel()->rowCount(), 3);
    QVERIFY(trigger(u"Started in the last 24 hours"_s));
    QVERIFY(bar->lineEdit()->text().startsWith(
        u"(params.model = 'tree' or attributes.run_name = 'live-e') and attributes.start_time >= "_s));
    QVERIFY(!bar->hasError());
    QTRY_COMPARE(appliedTableNames(), u"live-e"_s);
    QCOMPARE(window->runCountText(), u"1 of 5 runs"_s);
}

QTEST_MAIN(tst_FilterBar)
#include "tst_filterbar.moc"
