// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
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

class tst_FilterBar : public QObject
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
    void durationHeaderKeepsShownOrder();
    void quickFiltersAddStatusAndTimeConditions();

private:
    Views::MainWindow *showWindow();
    QString appliedTableNames() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::StoreLocation> m_location;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<ItemModels::StoreReader> m_reader;
    std::unique_ptr<Views::UiSettings> m_settings;
    std::unique_ptr<Views::MainWindow> m_window;
    qint64 m_experiment = -1;
};

void tst_FilterBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_FilterBar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = std::make_unique<Store::StoreLocation>(m_dir->filePath(u"store"_s));
    m_location->ensureExists();
    m_database = Store::Database::open(m_location->databasePath());
    Store::TrackingStore store(*m_database);
    m_experiment = store.createExperiment(u"churn"_s);

    struct Spec
    {
        QString name;
        QString model;
        QString lr;
        double rmse;
    };

    const QList<Spec> specs = {{u"tree-a"_s, u"tree"_s, u"0.01"_s, 0.5},
                               {u"tree-b"_s, u"tree"_s, u"0.1"_s, 1.5},
                               {u"linear-c"_s, u"linear"_s, u"0.01"_s, 0.8},
                               {u"forest-d"_s, u"forest"_s, u"0.3"_s, 2.5}};
    qint64 start = 1'700'000'000'000;
    for (const Spec &spec : specs) {
        Store::RunCreation creation;
        creation.experimentId = m_experiment;
        creation.runName = spec.name;
        creation.userId = u"alice"_s;
        creation.startTime = (start += 60'000);
        const QString runId = store.createRun(creation).info.runId;
        store.logBatch(runId,
                       {{u"rmse"_s, spec.rmse, start + 10, 0}, {u"val loss"_s, 1.0, start, 0}},
                       {{u"model"_s, spec.model}, {u"lr"_s, spec.lr}},
                       {{u"team"_s, u"growth"_s}});
        store.updateRun(runId, Store::RunStatus::Finished, start + 5000);
    }
}

void tst_FilterBar::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_reader.reset();
    m_database.reset();
    m_location.reset();
    m_dir.reset();
}

Views::MainWindow *tst_FilterBar::showWindow()
{
    if (!m_reader)
        m_reader = std::make_unique<ItemModels::StoreReader>(m_location->databasePath());
    m_settings = std::make_unique<Views::UiSettings>(
        std::make_unique<QSettings>(m_dir->filePath(u"ui.ini"_s), QSettings::IniFormat));
    m_window = std::make_unique<Views::MainWindow>(
        m_location->directory(), m_reader.get(), m_settings.get());
    m_window->show();
    [&] {
        QTRY_VERIFY(m_window->sidebar()->selectExperiment(m_experiment));
        QTRY_COMPARE(m_window->runModel()->rowCount(), 4);
    }();
    return m_window.get();
}

QString tst_FilterBar::appliedTableNames() const
{
    QStringList names;
    const RunTableModel *model = m_window->runModel();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, RunTableModel::NameColumn).data().toString());
    names.sort();
    return names.join(u',');
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

void tst_FilterBar::durationHeaderKeepsShownOrder()
{
    Views::MainWindow *window = showWindow();
    QHeaderView *header = window->runsPane()->tableView()->horizontalHeader();
    const ItemModels::RunOrder before = window->runModel()->query().order;
    const QPoint duration(header->sectionViewportPosition(RunTableModel::DurationColumn) + 5,
                          header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, duration);
    QCOMPARE(window->runModel()->query().order, before);
    QCOMPARE(header->sortIndicatorSection(), int(RunTableModel::CreatedColumn));
    QVERIFY(!window->runModel()->isLoading());
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
