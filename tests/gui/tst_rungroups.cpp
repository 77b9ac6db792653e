// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "runsfixture.h"

#include "models/itemmodels/rungroupmodel.h"
#include "views/runs/filterbar.h"
#include "views/runs/runspane.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using ItemModels::RunGroupModel;

class tst_RunGroups : public QObject, protected RunsFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void summarizesTwoMetricsPerGroupAsInStore();
    void metricsMenuChecksAndUnchecksMetrics();
    void doubleClickOnGroupFiltersTableToIt_data();
    void doubleClickOnGroupFiltersTableToIt();
    void enterOnGroupFiltersTableToIt();
    void savedViewKeepsMetricsAndReadsOldSingleMetric();
    void headerClickSortsGroupsKeepingTheSelection();

private:
    /// Groups the shown runs by the combo entry text and waits for the groups.
    void groupBy(const QString &entry);
    void checkMetric(const QString &key);
};

void tst_RunGroups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_RunGroups::init()
{
    setUpRuns();
}

void tst_RunGroups::cleanup()
{
    tearDownRuns();
}

void tst_RunGroups::groupBy(const QString &entry)
{
    QComboBox *combo = m_window->runsPane()->groupByCombo();
    QTRY_VERIFY(combo->findText(entry) > 0);
    QSignalSpy loaded(m_window->runsPane()->groupView()->model(), SIGNAL(modelReset()));
    combo->setCurrentIndex(combo->findText(entry));
    QVERIFY(m_window->runsPane()->isGrouped());
    QTRY_VERIFY(loaded.count() > 0);
}

void tst_RunGroups::checkMetric(const QString &key)
{
    std::unique_ptr<QMenu> menu(m_window->runsPane()->createGroupMetricsMenu());
    bool found = false;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == key) {
            QVERIFY(action->isCheckable());
            action->trigger();
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(key));
}

void tst_RunGroups::summarizesTwoMetricsPerGroupAsInStore()
{
    // Different "val loss" values per run, one NaN, so the two metrics differ.
    Store::TrackingStore store(*m_database);
    QHash<QString, QString> modelOf;
    QHash<QString, QHash<QString, double>> latest; // run -> metric -> latest value
    {
        QSqlQuery q = m_database->prepare(u"SELECT run_id FROM runs"_s);
        Store::Database::exec(q);
        double value = 0.25;
        while (q.next()) {
            const QString runId = q.value(0).toString();
            store.logMetric(runId, {u"val loss"_s, value, 1'800'000'000'000, 5});
            value = value == 0.75 ? std::nan("") : value + 0.25;
        }
    }
    {
        QSqlQuery q = m_database->prepare(u"SELECT run_id FROM runs"_s);
        Store::Database::exec(q);
        while (q.next()) {
            const Store::Run run = store.run(q.value(0).toString());
            for (const Store::Param &param : run.params) {
                if (param.key == u"model"_s)
                    modelOf.insert(run.info.runId, param.value);
            }
            for (const Store::Metric &metric : run.latestMetrics)
                latest[run.info.runId].insert(metric.key, metric.value);
        }
    }
    Views::MainWindow *window = showWindow();
    groupBy(u"params.model"_s);
    QAbstractItemModel *groups = window->runsPane()->groupView()->model();
    QSignalSpy reset(groups, &QAbstractItemModel::modelReset);
    checkMetric(u"rmse"_s);
    QVERIFY(reset.wait(5000));
    checkMetric(u"val loss"_s);
    QVERIFY(reset.wait(5000));
    QCOMPARE(window->runsPane()->groupMetrics(), (QStringList{u"rmse"_s, u"val loss"_s}));
    QVERIFY(window->runsPane()->groupMetricsButton()->text().contains(u"val loss"_s));
    QCOMPARE(groups->columnCount(), 8);
    const QStringList headers = {u"model"_s,
                                 u"Runs"_s,
                                 u"rmse min"_s,
                                 u"rmse mean"_s,
                                 u"rmse max"_s,
                                 u"val loss min"_s,
                                 u"val loss mean"_s,
                                 u"val loss max"_s};
    for (int column = 0; column < headers.size(); ++column)
        QCOMPARE(groups->headerData(column, Qt::Horizontal).toString(), headers.at(column));

    QCOMPARE(groups->rowCount(), 3);
    const QStringList metrics = {u"rmse"_s, u"val loss"_s};
    for (int row = 0; row < groups->rowCount(); ++row) {
        const QString model = groups->index(row, 0).data().toString();
        const QStringList runs = modelOf.keys(model);
        QCOMPARE(groups->index(row, 1).data().toString(), QString::number(runs.size()));
        for (int m = 0; m < metrics.size(); ++m) {
            QList<double> values;
            for (const QString &run : runs) {
                const double value = latest.value(run).value(metrics.at(m), std::nan(""));
                if (!std::isnan(value))
                    values.append(value);
            }
            const auto cell = [&](RunGroupModel::Statistic statistic) {
                return groups->index(row, RunGroupModel::metricColumn(m, statistic)).data();
            };
            if (values.isEmpty()) {
                QVERIFY(!cell(RunGroupModel::Min).isValid());
                continue;
            }
            double sum = 0;
            for (const double value : std::as_const(values))
                sum += value;
            const QLocale locale;
            QCOMPARE(cell(RunGroupModel::Min).toString(),
                     locale.toString(*std::min_element(values.cbegin(), values.cend()), 'g', 6));
            QCOMPARE(cell(RunGroupModel::Mean).toString(),
                     locale.toString(sum / values.size(), 'g', 6));
            QCOMPARE(cell(RunGroupModel::Max).toString(),
                     locale.toString(*std::max_element(values.cbegin(), values.cend()), 'g', 6));
        }
    }
}

void tst_RunGroups::metricsMenuChecksAndUnchecksMetrics()
{
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    QVERIFY(pane->groupMetricsButton()->isHidden());
    groupBy(u"tags.team"_s);
    QVERIFY(pane->groupMetricsButton()->isVisible());
    QAbstractItemModel *groups = pane->groupView()->model();
    QCOMPARE(groups->columnCount(), 2);
    QSignalSpy reset(groups, &QAbstractItemModel::modelReset);
    checkMetric(u"val loss"_s);
    QVERIFY(reset.wait(5000));
    checkMetric(u"rmse"_s);
    QVERIFY(reset.wait(5000));
    // Columns in the order the metrics were chosen.
    QCOMPARE(groups->headerData(2, Qt::Horizontal).toString(), u"val loss min"_s);
    QCOMPARE(groups->headerData(5, Qt::Horizontal).toString(), u"rmse min"_s);
    std::unique_ptr<QMenu> menu(pane->createGroupMetricsMenu());
    QStringList checked;
    for (QAction *action : menu->actions()) {
        if (action->isChecked())
            checked.append(action->data().toString());
    }
    QCOMPARE(checked, (QStringList{u"rmse"_s, u"val loss"_s}));
    checkMetric(u"val loss"_s); // unchecks
    QVERIFY(reset.wait(5000));
    QCOMPARE(groups->columnCount(), 5);
    QCOMPARE(groups->headerData(2, Qt::Horizontal).toString(), u"rmse min"_s);
    pane->setGroupMetrics({});
    QVERIFY(reset.wait(5000));
    QCOMPARE(groups->columnCount(), 2);
}

void tst_RunGroups::doubleClickOnGroupFiltersTableToIt_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("value"); // the group's first-column text
    QTest::addColumn<QString>("expectedFilter");
    QTest::addColumn<QString>("expectedRuns");

    QTest::newRow("plain value, no filter") << QString() << u"params.model"_s << u"tree"_s
                                            << u"params.model = 'tree'"_s << u"tree-a,tree-b"_s;
    QTest::newRow("and filter") << u"metrics.rmse < 2"_s << u"params.model"_s << u"tree"_s
                                << u"metrics.rmse < 2 and params.model = 'tree'"_s
                                << u"tree-a,tree-b"_s;
    QTest::newRow("or filter is parenthesized")
        << u"params.lr = '0.01' or params.model = 'forest'"_s << u"params.model"_s << u"tree"_s
        << u"(params.lr = '0.01' or params.model = 'forest') and params.model = 'tree'"_s
        << u"tree-a"_s;
    QTest::newRow("value with a quote") << QString() << u"tags.note"_s << u"it's \"fine\"?"_s
                                        << u"tags.note LIKE 'it_s \"fine\"?'"_s << u"linear-c"_s;
    QTest::newRow("value with a single quote")
        << QString() << u"params.max depth"_s << u"o'neil"_s << u"params.`max depth` = \"o'neil\""_s
        << u"forest-d"_s;
    QTest::newRow("missing group") << QString() << u"tags.note"_s << u"(not set)"_s
                                   << u"tags.note IS NULL"_s << u"forest-d,tree-a,tree-b"_s;
}

void tst_RunGroups::doubleClickOnGroupFiltersTableToIt()
{
    QFETCH(QString, filter);
    QFETCH(QString, group);
    QFETCH(QString, value);
    QFETCH(QString, expectedFilter);
    QFETCH(QString, expectedRuns);
    {
        Store::TrackingStore store(*m_database);
        QSqlQuery q = m_database->prepare(u"SELECT run_id, name FROM runs"_s);
        Store::Database::exec(q);
        while (q.next()) {
            const QString name = q.value(1).toString();
            if (name == u"linear-c"_s)
                store.setTag(q.value(0).toString(), {u"note"_s, u"it's \"fine\"?"_s});
            if (name == u"forest-d"_s)
                store.logParam(q.value(0).toString(), {u"max depth"_s, u"o'neil"_s});
        }
    }
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    if (!filter.isEmpty()) {
        pane->filterBar()->setFilter(filter);
        QTRY_VERIFY(!window->runModel()->isLoading()
                    && window->runModel()->query().filter == filter);
    }
    groupBy(group);
    QTableView *view = pane->groupView();
    int row = -1;
    [&] {
        QTRY_VERIFY(view->model()->rowCount() > 0);
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == value)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(value));
    }();
    const QRect cell = view->visualRect(view->model()->index(row, 1));
    QSignalSpy activated(view, &QAbstractItemView::activated);
    // A double-click comes after the first click's press and release.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(pane->isGrouped());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.count(), 1);
    QVERIFY(!pane->isGrouped());
    QTRY_VERIFY(pane->tableView()->isVisible());
    QCOMPARE(pane->filterBar()->lineEdit()->text(), expectedFilter);
    QCOMPARE(pane->filterBar()->appliedFilter(), expectedFilter);
    QTRY_COMPARE(window->runModel()->query().filter, expectedFilter);
    QTRY_COMPARE(appliedTableNames(), expectedRuns);
}

void tst_RunGroups::enterOnGroupFiltersTableToIt()
{
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    groupBy(u"params.lr"_s);
    QTableView *view = pane->groupView();
    QTRY_COMPARE(view->model()->rowCount(), 3);
    // Biggest group first: lr 0.01 (tree-a, linear-c).
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"0.01"_s);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(!pane->isGrouped());
    QCOMPARE(pane->filterBar()->appliedFilter(), u"params.lr = '0.01'"_s);
    QTRY_COMPARE(appliedTableNames(), u"linear-c,tree-a"_s);
}

void tst_RunGroups::savedViewKeepsMetricsAndReadsOldSingleMetric()
{
    // A view saved by an older Flowdesk: one "groupMetric".
    {
        QJsonObject view;
        view.insert(u"groupBy"_s, u"p:model"_s);
        view.insert(u"groupMetric"_s, u"rmse"_s);
        Views::UiSettings settings(
            std::make_unique<QSettings>(m_dir->filePath(u"ui.ini"_s), QSettings::IniFormat));
        settings.setExperimentView(m_experiment, QJsonDocument(view).toJson());
        settings.sync();
    }
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    QTRY_VERIFY(pane->isGrouped());
    QCOMPARE(pane->groupByCombo()->currentText(), u"params.model"_s);
    QCOMPARE(pane->groupMetrics(), QStringList{u"rmse"_s});
    QTRY_COMPARE(pane->groupView()->model()->columnCount(), 5);
    QSignalSpy reset(pane->groupView()->model(), &QAbstractItemModel::modelReset);
    checkMetric(u"val loss"_s);
    QVERIFY(reset.wait(5000));

    // Saved as a list, restored in a new window.
    window->saveLayout();
    window = showWindow();
    pane = window->runsPane();
    QTRY_VERIFY(pane->isGrouped());
    QCOMPARE(pane->groupMetrics(), (QStringList{u"rmse"_s, u"val loss"_s}));
    QTRY_COMPARE(pane->groupView()->model()->columnCount(), 8);
    QTRY_COMPARE(pane->groupView()->model()->headerData(7, Qt::Horizontal).toString(),
                 u"val loss max"_s);
}

void tst_RunGroups::headerClickSortsGroupsKeepingTheSelection()
{
    // lr: 0.01 (tree-a, linear-c; rmse 0.5, 0.8), 0.1 (tree-b; 1.5), 0.3 (forest-d; 2.5), and
    // one run without lr.
    Views::MainWindow *window = showWindow();
    {
        Store::TrackingStore store(*m_database);
        Store::RunCreation creation;
        creation.experimentId = m_experiment;
        creation.runName = u"no-lr"_s;
        creation.startTime = 1'600'000'000'000;
        store.createRun(creation);
    }
    window->findChild<QAction *>(u"refreshAction"_s)->trigger();
    QTRY_COMPARE(window->runModel()->rowCount(), 5);
    groupBy(u"params.lr"_s);
    QTableView *view = window->runsPane()->groupView();
    QAbstractItemModel *groups = view->model();
    QSignalSpy reset(groups, &QAbstractItemModel::modelReset);
    checkMetric(u"rmse"_s);
    QVERIFY(reset.wait(5000));
    QCOMPARE(groups->rowCount(), 4);
    const auto column = [&](int c) {
        QStringList texts;
        for (int row = 0; row < groups->rowCount(); ++row)
            texts.append(groups->index(row, c).data().toString());
        return texts.join(u',');
    };
    const QString notSet = groups->index(3, 0).data().toString(); // "(not set)", translated
    // At first the biggest group on top, and the header says so.
    QCOMPARE(column(RunGroupModel::ValueColumn).section(u',', 0, 0), u"0.01"_s);
    QVERIFY(view->horizontalHeader()->isSortIndicatorShown());
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(RunGroupModel::CountColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

    view->selectRow(1);
    const QString selected = groups->index(1, 0).data().toString();
    QHeaderView *header = view->horizontalHeader();
    const int meanColumn = RunGroupModel::metricColumn(0, RunGroupModel::Mean);
    header->setSortIndicator(meanColumn, Qt::AscendingOrder);
    QCOMPARE(column(RunGroupModel::ValueColumn), u"0.01,0.1,0.3,"_s + notSet);
    header->setSortIndicator(meanColumn, Qt::DescendingOrder);
    // The group without an rmse stays last either way.
    QCOMPARE(column(RunGroupModel::ValueColumn), u"0.3,0.1,0.01,"_s + notSet);
    QCOMPARE(groups->index(view->currentIndex().row(), 0).data().toString(), selected);

    // By value; the runs without one stay last.
    header->setSortIndicator(RunGroupModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(column(RunGroupModel::ValueColumn), u"0.3,0.1,0.01,"_s + notSet);

    // A reload (new filter, live refresh) keeps the order.
    window->runsPane()->filterBar()->setFilter(u"params.model != 'forest'"_s);
    QTRY_COMPARE(column(RunGroupModel::ValueColumn), u"0.1,0.01"_s);
}

QTEST_MAIN(tst_RunGroups)
#include "tst_rungroups.moc"
