// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "runsfixture.h"

#include "models/itemmodels/filtervocabulary.h"
#include "models/itemmodels/runtablemodel.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"
#include "views/experimentsidebar.h"
#include "views/mainwindow.h"
#include "views/runs/columnchooser.h"
#include "views/runs/filterbar.h"
#include "views/runs/runspane.h"
#include "views/uisettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using ItemModels::RunTableModel;

class tst_RunColumns : public QObject, protected RunsFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void chooserAddsMetricAndParamColumnsWithValues();
    void chooserSearchNarrowsKeys();
    void chooserHidesAttributeColumn();
    void headerClickOnMetricColumnSortsInSql();
    void headerMenuSwitchesMetricAggregate();
    void multiSelectionListsRunsOfSeveralExperiments();
    void exportWritesShownColumnsInShownOrder();
    void copiesRunUriOfSelectedRuns();
    void foldsChildRunsUnderParent();
    void groupsByParamWithMetricStatistics();
    void restoresSavedViewPerExperiment();
    void registeredModelsColumnListsVersions();
    void pinnedColumnStaysLeftWhenScrolledRight();
    void pinnedPartSharesSelectionAndKeyboard();
    void chooserPinsKeyNotShownYet();
    void pinsSurviveColumnChanges();
    void draggingColumnsOutOfPinnedAreaUnpins();
    void pinningKeepsColumnWidths();

private:
    int columnOf(const QString &header) const;
    bool triggerHeaderAction(int section, const QString &text);
    // Several wide columns, so that the table scrolls sideways.
    void showWideColumns();
    QStringList columnValues(int column) const;
};

void tst_RunColumns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_RunColumns::init()
{
    setUpRuns();
}

void tst_RunColumns::cleanup()
{
    tearDownRuns();
}

int tst_RunColumns::columnOf(const QString &header) const
{
    const RunTableModel *model = m_window->runModel();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() == header)
            return column;
    }
    return -1;
}

bool tst_RunColumns::triggerHeaderAction(int section, const QString &text)
{
    std::unique_ptr<QMenu> menu(m_window->runsPane()->createHeaderMenu(section));
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&') == text) {
            action->trigger();
            return true;
        }
    }
    return false;
}

void tst_RunColumns::showWideColumns()
{
    using ItemModels::RunColumn;
    m_window->runModel()->setColumns({{RunColumn::Kind::Param, u"model"_s},
                                      {RunColumn::Kind::Metric, u"rmse"_s},
                                      {RunColumn::Kind::Param, u"lr"_s},
                                      {RunColumn::Kind::Tag, u"team"_s},
                                      {RunColumn::Kind::Metric, u"val loss"_s}});
    QHeaderView *header = m_window->runsPane()->tableView()->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, 260);
}

QStringList tst_RunColumns::columnValues(int column) const
{
    QStringList values;
    const RunTableModel *model = m_window->runModel();
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

void tst_RunColumns::chooserAddsMetricAndParamColumnsWithValues()
{
    Views::MainWindow *window = showWindow();
    auto *button = window->runsPane()->findChild<QToolButton *>(u"columnsButton"_s);
    QVERIFY(button);
    button->click();
    auto *chooser = window->runsPane()->findChild<Views::ColumnChooser *>();
    QVERIFY(chooser && chooser->isVisible());
    QTRY_VERIFY(chooser->itemFor(u"metrics"_s, u"rmse"_s));
    QSignalSpy reset(window->runModel(), &QAbstractItemModel::modelReset);
    chooser->itemFor(u"metrics"_s, u"rmse"_s)->setCheckState(0, Qt::Checked);
    chooser->itemFor(u"params"_s, u"model"_s)->setCheckState(0, Qt::Checked);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(window->runModel()->columnCount(), RunTableModel::ColumnCount + 2);
    const int rmse = columnOf(u"rmse"_s);
    const int model = columnOf(u"model"_s);
    QVERIFY(rmse >= RunTableModel::ColumnCount && model >= RunTableModel::ColumnCount);
    // Newest first: forest-d, linear-c, tree-b, tree-a.
    QTRY_COMPARE(columnValues(rmse), (QStringList{u"2.5"_s, u"0.8"_s, u"1.5"_s, u"0.5"_s}));
    QCOMPARE(columnValues(model), (QStringList{u"forest"_s, u"linear"_s, u"tree"_s, u"tree"_s}));
    QVERIFY(!window->runsPane()->tableView()->horizontalHeader()->isSectionHidden(rmse));

    chooser->itemFor(u"metrics"_s, u"rmse"_s)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(window->runModel()->columnCount(), RunTableModel::ColumnCount + 1);
    QCOMPARE(columnOf(u"rmse"_s), -1);
}

void tst_RunColumns::chooserSearchNarrowsKeys()
{
    Views::MainWindow *window = showWindow();
    Views::ColumnChooser *chooser = window->runsPane()->showColumnChooser();
    QTRY_VERIFY(chooser->itemFor(u"metrics"_s, u"val loss"_s));
    QTest::keyClicks(chooser->searchBox(), u"LOS"_s);
    QVERIFY(!chooser->itemFor(u"metrics"_s, u"val loss"_s)->isHidden());
    QVERIFY(chooser->itemFor(u"metrics"_s, u"rmse"_s)->isHidden());
    // A group without a match disappears.
    QVERIFY(chooser->itemFor(u"params"_s, u"lr"_s)->parent()->isHidden());
    chooser->searchBox()->clear();
    QVERIFY(!chooser->itemFor(u"metrics"_s, u"rmse"_s)->isHidden());
}

void tst_RunColumns::chooserHidesAttributeColumn()
{
    Views::MainWindow *window = showWindow();
    Views::ColumnChooser *chooser = window->runsPane()->showColumnChooser();
    QHeaderView *header = window->runsPane()->tableView()->horizontalHeader();
    QTreeWidgetItem *user =
        chooser->itemFor(u"attributes"_s, QString::number(RunTableModel::UserColumn));
    QVERIFY(user);
    QCOMPARE(user->checkState(0), Qt::Checked);
    user->setCheckState(0, Qt::Unchecked);
    QVERIFY(header->isSectionHidden(RunTableModel::UserColumn));
    // The name column identifies rows and cannot be hidden; one experiment: no experiment column.
    QVERIFY(!chooser->itemFor(u"attributes"_s, QString::number(RunTableModel::NameColumn)));
    QVERIFY(!chooser->itemFor(u"attributes"_s, QString::number(RunTableModel::ExperimentColumn)));
    QVERIFY(header->isSectionHidden(RunTableModel::ExperimentColumn));
}

void tst_RunColumns::headerClickOnMetricColumnSortsInSql()
{
    Views::MainWindow *window = showWindow();
    using ItemModels::RunColumn;
    window->runModel()->setColumns({{RunColumn::Kind::Metric, u"rmse"_s}});
    const int rmse = columnOf(u"rmse"_s);
    QTableView *table = window->runsPane()->tableView();
    QHeaderView *header = table->horizontalHeader();
    table->scrollTo(window->runModel()->index(0, rmse));
    QSignalSpy keys(window->runModel(), &RunTableModel::keysLoaded);
    const QPoint point(header->sectionViewportPosition(rmse) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
    QVERIFY(keys.wait(5000));
    QCOMPARE(window->runModel()->query().order.key, u"metrics.`rmse`"_s);
    QCOMPARE(header->sortIndicatorSection(), rmse);
    const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    QTRY_COMPARE(columnValues(rmse),
                 ascending ? (QStringList{u"0.5"_s, u"0.8"_s, u"1.5"_s, u"2.5"_s})
                           : (QStringList{u"2.5"_s, u"1.5"_s, u"0.8"_s, u"0.5"_s}));
}

void tst_RunColumns::headerMenuSwitchesMetricAggregate()
{
    Views::MainWindow *window = showWindow();
    using ItemModels::RunColumn;
    window->runModel()->setColumns({{RunColumn::Kind::Metric, u"rmse"_s}});
    const int rmse = columnOf(u"rmse"_s);
    std::unique_ptr<QMenu> menu(window->runsPane()->createHeaderMenu(rmse));
    QAction *minimum = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&') == u"Show Minimum"_s)
            minimum = action;
    }
    QVERIFY(minimum);
    minimum->trigger();
    QCOMPARE(window->runModel()->columns().first().aggregate, RunColumn::Aggregate::Min);
    QCOMPARE(columnOf(u"rmse (min)"_s), rmse);
    QTRY_COMPARE(columnValues(rmse).first(), u"2.5"_s);

    // Value at a step, asked for in a dialog: every run logged rmse at step 0.
    menu.reset(window->runsPane()->createHeaderMenu(rmse));
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&') == u"Show Value at Step…"_s)
            action->trigger();
    }
    auto *dialog = window->runsPane()->findChild<QInputDialog *>(u"stepDialog"_s);
    QVERIFY(dialog);
    dialog->setIntValue(0);
    dialog->accept();
    QCOMPARE(window->runModel()->columns().first().aggregate, RunColumn::Aggregate::AtStep);
    QCOMPARE(columnOf(u"rmse (step 0)"_s), rmse);
    QTRY_COMPARE(columnValues(rmse), (QStringList{u"2.5"_s, u"0.8"_s, u"1.5"_s, u"0.5"_s}));
}

void tst_RunColumns::multiSelectionListsRunsOfSeveralExperiments()
{
    Store::TrackingStore store(*m_database);
    const qint64 vision = store.createExperiment(u"vision"_s);
    Store::RunCreation creation;
    creation.experimentId = vision;
    creation.runName = u"resnet-e"_s;
    creation.startTime = 1'600'000'000'000; // the oldest run
    store.createRun(creation);
    Views::MainWindow *window = showWindow();
    QHeaderView *header = window->runsPane()->tableView()->horizontalHeader();
    QVERIFY(header->isSectionHidden(RunTableModel::ExperimentColumn));

    window->sidebar()->selectExperiments({m_experiment, vision});
    QCOMPARE(window->sidebar()->selectedExperimentIds(), (QList<qint64>{m_experiment, vision}));
    QTRY_COMPARE(window->runModel()->rowCount(), 5);
    QCOMPARE(window->runModel()->query().experimentIds, (QList<qint64>{m_experiment, vision}));
    QVERIFY(!header->isSectionHidden(RunTableModel::ExperimentColumn));
    QTRY_COMPARE(window->runModel()->index(4, RunTableModel::ExperimentColumn).data().toString(),
                 u"vision"_s);
    QCOMPARE(window->runModel()->index(0, RunTableModel::ExperimentColumn).data().toString(),
             u"churn"_s);
    QCOMPARE(window->runCountText(), u"5 runs"_s);

    // The filter applies across both; a store change keeps both selected.
    window->runsPane()->filterBar()->setFilter(u"attributes.run_name LIKE '%e'"_s);
    QTRY_COMPARE(window->runModel()->rowCount(), 1);
    QCOMPARE(window->runCountText(), u"1 of 5 runs"_s);
    creation.runName = u"resnet-f"_s;
    creation.experimentId = m_experiment;
    store.createRun(creation);
    window->findChild<QAction *>(u"refreshAction"_s)->trigger();
    QTRY_COMPARE(window->runCountText(), u"1 of 6 runs"_s);
    QCOMPARE(window->sidebar()->selectedExperimentIds(), (QList<qint64>{m_experiment, vision}));

    // Back to one experiment: the experiment column goes away.
    window->sidebar()->selectExperiment(vision);
    QTRY_COMPARE(window->runModel()->query().experimentIds, QList<qint64>{vision});
    QTRY_VERIFY(header->isSectionHidden(RunTableModel::ExperimentColumn));
    // One experiment opens with its own saved view: vision has none, so no filter.
    QTRY_COMPARE(window->runCountText(), u"1 run"_s);
}

void tst_RunColumns::exportWritesShownColumnsInShownOrder()
{
    Views::MainWindow *window = showWindow();
    using ItemModels::RunColumn;
    window->runModel()->setColumns(
        {{RunColumn::Kind::Param, u"model"_s},
         {RunColumn::Kind::Metric, u"rmse"_s, RunColumn::Aggregate::Max}});
    QHeaderView *header = window->runsPane()->tableView()->horizontalHeader();
    for (int column = RunTableModel::StatusColumn; column < RunTableModel::ColumnCount; ++column)
        header->setSectionHidden(column, column != RunTableModel::UserColumn);
    // rmse right after the name, then the name moved behind everything.
    header->moveSection(header->visualIndex(RunTableModel::ColumnCount + 1), 1);
    header->moveSection(header->visualIndex(RunTableModel::NameColumn), header->count() - 1);
    window->runsPane()->filterBar()->setFilter(u"params.model != 'linear'"_s);
    QTRY_COMPARE(window->runModel()->rowCount(), 3);

    const QString path = m_dir->filePath(u"runs.csv"_s);
    QSignalSpy finished(window->runModel(), &RunTableModel::exportFinished);
    window->exportRuns(path);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(1).toLongLong(), 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines,
             (QStringList{u"rmse (max),User,model,Name"_s,
                          u"2.5,alice,forest,forest-d"_s,
                          u"1.5,alice,tree,tree-b"_s,
                          u"0.5,alice,tree,tree-a"_s}));

    // The same table as JSON: objects keyed by the headers, metrics as numbers, same order.
    const QString jsonPath = m_dir->filePath(u"runs.json"_s);
    window->exportRuns(jsonPath);
    QVERIFY(finished.wait(5000));
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(jsonFile.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = document.array();
    QCOMPARE(rows.size(), 3);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.keys().size(), 4);
    QCOMPARE(first.value(u"rmse (max)"_s), QJsonValue(2.5));
    QCOMPARE(first.value(u"User"_s), QJsonValue(u"alice"_s));
    QCOMPARE(first.value(u"model"_s), QJsonValue(u"forest"_s));
    QCOMPARE(first.value(u"Name"_s), QJsonValue(u"forest-d"_s));
    QCOMPARE(rows.at(2).toObject().value(u"Name"_s), QJsonValue(u"tree-a"_s));
}

void tst_RunColumns::copiesRunUriOfSelectedRuns()
{
    Views::MainWindow *window = showWindow();
    QTableView *table = window->runsPane()->tableView();
    QTRY_VERIFY(!window->runModel()->runIdAt(1).isEmpty());
    table->selectRow(0);
    table->selectionModel()->select(window->runModel()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *copyUri = window->findChild<QAction *>(u"copyRunUriAction"_s);
    QVERIFY(copyUri && copyUri->isEnabled());
    copyUri->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"runs:/"_s + window->runModel()->runIdAt(0) + u"\nruns:/"_s
                 + window->runModel()->runIdAt(1));
}

void tst_RunColumns::foldsChildRunsUnderParent()
{
    Store::TrackingStore store(*m_database);
    QHash<QString, QString> idOf;
    for (const Store::RunInfo &info : store.runInfos(m_experiment))
        idOf.insert(info.runName, info.runId);
    store.setTag(idOf.value(u"tree-b"_s), {u"mlflow.parentRunId"_s, idOf.value(u"tree-a"_s)});
    store.setTag(idOf.value(u"linear-c"_s), {u"mlflow.parentRunId"_s, idOf.value(u"tree-a"_s)});
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    RunTableModel *model = window->runModel();
    QVERIFY(model->hasNestedRuns());
    QTRY_COMPARE(columnValues(RunTableModel::NameColumn),
                 (QStringList{u"forest-d"_s, u"tree-a"_s, u"linear-c"_s, u"tree-b"_s}));
    // Folded by default.
    QVERIFY(!pane->isRowFolded(1));
    QVERIFY(pane->isRowFolded(2) && pane->isRowFolded(3));
    QCOMPARE(model->index(1, 0).data(RunTableModel::ChildCountRole).toInt(), 2);

    QTableView *table = pane->tableView();
    table->setFocus();
    pane->selectRow(1);
    QTest::keyClick(table, Qt::Key_Right);
    QVERIFY(!pane->isRowFolded(2) && !pane->isRowFolded(3));
    // Left on a child goes to the parent, Left on the parent folds.
    pane->selectRow(3);
    QTest::keyClick(table, Qt::Key_Left);
    QCOMPARE(pane->currentRow(), 1);
    QTest::keyClick(table, Qt::Key_Left);
    QVERIFY(pane->isRowFolded(2) && pane->isRowFolded(3));

    // The arrow before the name toggles too; the state survives a refresh.
    const QRect cell = table->visualRect(model->index(1, RunTableModel::NameColumn));
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 6, cell.center().y()));
    QVERIFY(!pane->isRowFolded(2));
    // A new child arrives (the model resets with one more row): the parent stays open.
    Store::RunCreation creation;
    creation.experimentId = m_experiment;
    creation.runName = u"tree-g"_s;
    creation.startTime = 1'700'000'000'000;
    creation.tags = {{u"mlflow.parentRunId"_s, idOf.value(u"tree-a"_s)}};
    store.createRun(creation);
    QSignalSpy keys(model, &RunTableModel::keysLoaded);
    window->findChild<QAction *>(u"refreshAction"_s)->trigger();
    QVERIFY(keys.wait(5000));
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->childCountAt(1), 3);
    QVERIFY(!pane->isRowFolded(2) && !pane->isRowFolded(4));
}

void tst_RunColumns::groupsByParamWithMetricStatistics()
{
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    QComboBox *group = pane->groupByCombo();
    QTRY_VERIFY(group->findText(u"params.model"_s) > 0);
    QVERIFY(!pane->isGrouped());
    QVERIFY(pane->tableView()->isVisible());
    group->setCurrentIndex(group->findText(u"params.model"_s));
    QVERIFY(pane->isGrouped());
    QVERIFY(pane->groupView()->isVisible());
    QVERIFY(!pane->tableView()->isVisible());
    QAbstractItemModel *groups = pane->groupView()->model();
    QTRY_COMPARE(groups->rowCount(), 3);
    QCOMPARE(groups->index(0, 0).data().toString(), u"tree"_s);
    QCOMPARE(groups->index(0, 1).data().toString(), u"2"_s);
    // Counts only until a metric is chosen.
    QCOMPARE(groups->columnCount(), 2);

    QSignalSpy reset(groups, &QAbstractItemModel::modelReset);
    std::unique_ptr<QMenu> menu(pane->createGroupMetricsMenu());
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == u"rmse"_s)
            action->trigger();
    }
    QVERIFY(reset.wait(5000));
    QCOMPARE(groups->columnCount(), 5);
    QCOMPARE(groups->headerData(2, Qt::Horizontal).toString(), u"rmse min"_s);
    QCOMPARE(groups->index(0, 2).data().toString(), u"0.5"_s);
    QCOMPARE(groups->index(0, 3).data().toString(), u"1"_s);
    QCOMPARE(groups->index(0, 4).data().toString(), u"1.5"_s);

    // The groups follow the filter.
    pane->filterBar()->setFilter(u"metrics.rmse < 1"_s);
    QTRY_COMPARE(groups->rowCount(), 2);
    QTRY_COMPARE(groups->index(0, 1).data().toString(), u"1"_s);

    group->setCurrentIndex(0);
    QVERIFY(!pane->isGrouped());
    QVERIFY(pane->tableView()->isVisible());
}

void tst_RunColumns::restoresSavedViewPerExperiment()
{
    const qint64 vision = Store::TrackingStore(*m_database).createExperiment(u"vision"_s);
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    using ItemModels::RunColumn;
    // churn: a filter, a metric column (min) sorted ascending, grouped by model.
    window->runModel()->setColumns(
        {{RunColumn::Kind::Metric, u"rmse"_s, RunColumn::Aggregate::Min}});
    pane->filterBar()->setFilter(u"metrics.rmse < 2"_s);
    QTRY_COMPARE(window->runModel()->rowCount(), 3);
    pane->tableView()->sortByColumn(RunTableModel::ColumnCount, Qt::AscendingOrder);
    QTRY_COMPARE(window->runModel()->query().order.key, u"min(metrics.`rmse`)"_s);
    QTRY_VERIFY(pane->groupByCombo()->findText(u"params.model"_s) > 0);
    pane->groupByCombo()->setCurrentIndex(pane->groupByCombo()->findText(u"params.model"_s));
    QVERIFY(pane->isGrouped());
    // The metric pinned, the name not.
    pane->setColumnPinned(RunTableModel::ColumnCount, true);
    pane->setColumnPinned(RunTableModel::NameColumn, false);
    QCOMPARE(pane->pinnedColumnIds(), QStringList{u"metrics.`rmse`"_s});

    // vision has no saved view: the default one.
    QVERIFY(window->sidebar()->selectExperiment(vision));
    QTRY_COMPARE(window->runModel()->query().experimentIds, QList<qint64>{vision});
    QCOMPARE(pane->filterBar()->appliedFilter(), QString());
    QCOMPARE(window->runModel()->columns().size(), 0);
    QCOMPARE(window->runModel()->query().order.key, u"attributes.start_time"_s);
    QVERIFY(!pane->isGrouped());
    QCOMPARE(pane->pinnedColumnIds(), QStringList{u"attributes.name"_s});

    const auto checkRestored = [&](Views::MainWindow *w) {
        Views::RunsPane *p = w->runsPane();
        QCOMPARE(p->pinnedColumnIds(), QStringList{u"metrics.`rmse`"_s});
        QVERIFY(p->isColumnPinned(RunTableModel::ColumnCount));
        QVERIFY(!p->isColumnPinned(RunTableModel::NameColumn));
        QCOMPARE(p->tableView()->horizontalHeader()->visualIndex(RunTableModel::ColumnCount), 0);
        QVERIFY(!p->pinnedView()->isColumnHidden(RunTableModel::ColumnCount));
        QVERIFY(p->pinnedView()->isColumnHidden(RunTableModel::NameColumn));
        QCOMPARE(p->filterBar()->appliedFilter(), u"metrics.rmse < 2"_s);
        QCOMPARE(p->filterBar()->lineEdit()->text(), u"metrics.rmse < 2"_s);
        QCOMPARE(w->runModel()->columns(),
                 (ItemModels::RunColumns{
                     {RunColumn::Kind::Metric, u"rmse"_s, RunColumn::Aggregate::Min}}));
        QCOMPARE(w->runModel()->query().order.key, u"min(metrics.`rmse`)"_s);
        QCOMPARE(w->runModel()->query().order.direction, Qt::AscendingOrder);
        QCOMPARE(p->tableView()->horizontalHeader()->sortIndicatorSection(),
                 int(RunTableModel::ColumnCount));
        QTRY_VERIFY(p->isGrouped());
        QCOMPARE(p->groupByCombo()->currentText(), u"params.model"_s);
    };
    // Back to churn: all of it is back.
    QVERIFY(window->sidebar()->selectExperiment(m_experiment));
    QTRY_COMPARE(window->runModel()->query().experimentIds, QList<qint64>{m_experiment});
    checkRestored(window);
    QTRY_COMPARE(window->runModel()->rowCount(), 3);

    // And in a new window.
    m_window->close();
    m_window.reset();
    m_settings = std::make_unique<Views::UiSettings>(
        std::make_unique<QSettings>(m_dir->filePath(u"ui.ini"_s), QSettings::IniFormat));
    m_window = std::make_unique<Views::MainWindow>(
        m_location->directory(), m_reader.get(), m_settings.get());
    m_window->show();
    QTRY_COMPARE(m_window->runModel()->query().experimentIds, QList<qint64>{m_experiment});
    checkRestored(m_window.get());
    QTRY_COMPARE(m_window->runModel()->rowCount(), 3);
    QTRY_COMPARE(columnValues(RunTableModel::ColumnCount).first(), u"0.5"_s);
}

void tst_RunColumns::registeredModelsColumnListsVersions()
{
    Store::TrackingStore tracking(*m_database);
    Store::RegistryStore registry(*m_database);
    QString treeA;
    for (const Store::RunInfo &info : tracking.runInfos(m_experiment)) {
        if (info.runName == u"tree-a"_s)
            treeA = info.runId;
    }
    registry.createRegisteredModel(u"churn-clf"_s);
    for (int i = 0; i < 2; ++i) {
        Store::ModelVersionCreation creation;
        creation.name = u"churn-clf"_s;
        creation.source = u"runs:/%1/model"_s.arg(treeA);
        creation.runId = treeA;
        registry.createModelVersion(creation);
    }
    Views::MainWindow *window = showWindow();
    const int column = columnOf(u"Registered models"_s);
    QCOMPARE(column, int(RunTableModel::RegisteredModelsColumn));
    // Newest first: tree-a is the last row.
    QTRY_COMPARE(columnValues(column),
                 (QStringList{QString(), QString(), QString(), u"churn-clf v1, churn-clf v2"_s}));
    Views::ColumnChooser *chooser = window->runsPane()->showColumnChooser();
    QTreeWidgetItem *item = chooser->itemFor(u"attributes"_s, QString::number(column));
    QVERIFY(item);
    QCOMPARE(item->text(0), u"Registered models"_s);
    item->setCheckState(Views::ColumnChooser::ShownColumn, Qt::Unchecked);
    QVERIFY(window->runsPane()->tableView()->horizontalHeader()->isSectionHidden(column));
}

void tst_RunColumns::pinnedColumnStaysLeftWhenScrolledRight()
{
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    QTableView *table = pane->tableView();
    QTableView *pinned = pane->pinnedView();
    QHeaderView *header = table->horizontalHeader();
    showWideColumns();
    const int rmse = columnOf(u"rmse"_s);
    QVERIFY(rmse >= RunTableModel::ColumnCount);
    // The name is pinned in a new view.
    QCOMPARE(pane->pinnedColumnIds(), QStringList{u"attributes.name"_s});
    QTRY_VERIFY(pinned->isVisible());
    QVERIFY(!pane->isColumnPinned(rmse));

    QVERIFY(triggerHeaderAction(rmse, u"Pin to Left"_s));
    QVERIFY(pane->isColumnPinned(rmse));
    QCOMPARE(pane->pinnedColumnIds(), (QStringList{u"attributes.name"_s, u"metrics.`rmse`"_s}));
    // Moved next to the name, in both parts; the pinned part shows only the pinned columns.
    QCOMPARE(header->visualIndex(RunTableModel::NameColumn), 0);
    QCOMPARE(header->visualIndex(rmse), 1);
    QCOMPARE(pinned->horizontalHeader()->visualIndex(rmse), 1);
    for (int column = 0; column < window->runModel()->columnCount(); ++column) {
        QCOMPARE(pinned->isColumnHidden(column),
                 column != rmse && column != RunTableModel::NameColumn);
    }
    QCOMPARE(pinned->geometry(),
             QRect(table->viewport()->x(),
                   header->y(),
                   table->columnWidth(RunTableModel::NameColumn) + table->columnWidth(rmse),
                   header->height() + table->viewport()->height()));

    // Scrolled fully right: the scrolling part's rmse is out of sight, the pinned one is painted
    // at the left of the viewport.
    QScrollBar *scroll = table->horizontalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum());
    const QModelIndex cell = window->runModel()->index(0, rmse);
    QVERIFY(table->visualRect(cell).right() < table->columnWidth(RunTableModel::NameColumn));
    const QRect pinnedCell = pinned->visualRect(cell);
    QCOMPARE(pinnedCell.left(), table->columnWidth(RunTableModel::NameColumn));
    QVERIFY(pinned->viewport()->rect().contains(pinnedCell.center()));
    QVERIFY(pinned->isVisible());
    QCOMPARE(pinned->x(), table->viewport()->x());
    QTRY_COMPARE(cell.data().toString(), u"2.5"_s);
    // What is on screen there is the pinned part's painting.
    const QImage shot = table->grab().toImage();
    const QImage pinnedShot = pinned->grab().toImage();
    QCOMPARE(shot.copy(pinned->geometry()), pinnedShot);

    // A click on the pinned header sorts in SQL, and both headers show it.
    QHeaderView *pinnedHeader = pinned->horizontalHeader();
    QSignalSpy keys(window->runModel(), &RunTableModel::keysLoaded);
    QTest::mouseClick(
        pinnedHeader->viewport(),
        Qt::LeftButton,
        {},
        QPoint(pinnedHeader->sectionViewportPosition(rmse) + 5, pinnedHeader->height() / 2));
    QVERIFY(keys.wait(5000));
    QCOMPARE(window->runModel()->query().order.key, u"metrics.`rmse`"_s);
    QCOMPARE(header->sortIndicatorSection(), rmse);
    QCOMPARE(pinnedHeader->sortIndicatorSection(), rmse);
    QCOMPARE(pinnedHeader->sortIndicatorOrder(), header->sortIndicatorOrder());
    const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    QTRY_COMPARE(columnValues(rmse),
                 ascending ? (QStringList{u"0.5"_s, u"0.8"_s, u"1.5"_s, u"2.5"_s})
                           : (QStringList{u"2.5"_s, u"1.5"_s, u"0.8"_s, u"0.5"_s}));
    QCOMPARE(scroll->value(), scroll->maximum());

    // An unsortable column keeps the shown order, in both headers.
    pane->setColumnPinned(RunTableModel::RegisteredModelsColumn, true);
    QTest::mouseClick(
        pinnedHeader->viewport(),
        Qt::LeftButton,
        {},
        QPoint(pinnedHeader->sectionViewportPosition(RunTableModel::RegisteredModelsColumn) + 5,
               pinnedHeader->height() / 2));
    QCOMPARE(window->runModel()->query().order.key, u"metrics.`rmse`"_s);
    QCOMPARE(header->sortIndicatorSection(), rmse);
    QCOMPARE(pinnedHeader->sortIndicatorSection(), rmse);

    // Unpinned: out of the pinned part, right after the columns that stay pinned.
    QVERIFY(triggerHeaderAction(rmse, u"Unpin"_s));
    QVERIFY(!pane->isColumnPinned(rmse));
    QVERIFY(pinned->isColumnHidden(rmse));
    QCOMPARE(header->visualIndex(rmse), 2);
    QVERIFY(triggerHeaderAction(RunTableModel::RegisteredModelsColumn, u"Unpin"_s));
    QVERIFY(triggerHeaderAction(RunTableModel::NameColumn, u"Unpin"_s));
    QVERIFY(pane->pinnedColumnIds().isEmpty());
    QVERIFY(pinned->isHidden());
}

void tst_RunColumns::pinnedPartSharesSelectionAndKeyboard()
{
    Store::TrackingStore store(*m_database);
    QHash<QString, QString> idOf;
    for (const Store::RunInfo &info : store.runInfos(m_experiment))
        idOf.insert(info.runName, info.runId);
    store.setTag(idOf.value(u"tree-b"_s), {u"mlflow.parentRunId"_s, idOf.value(u"tree-a"_s)});
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    QTableView *table = pane->tableView();
    QTableView *pinned = pane->pinnedView();
    RunTableModel *model = window->runModel();
    showWideColumns();
    QCOMPARE(pinned->selectionModel(), table->selectionModel());
    QCOMPARE(pinned->itemDelegate(), table->itemDelegate());
    QTRY_COMPARE(columnValues(RunTableModel::NameColumn),
                 (QStringList{u"forest-d"_s, u"linear-c"_s, u"tree-a"_s, u"tree-b"_s}));
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());

    // A click in the pinned part selects the row in both parts; keys go on from there.
    const QRect first = pinned->visualRect(model->index(1, RunTableModel::NameColumn));
    QTest::mouseClick(pinned->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(pane->currentRow(), 1);
    QVERIFY(table->selectionModel()->isRowSelected(1, {}));
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(pane->currentRow(), 2);
    QVERIFY(table->selectionModel()->isRowSelected(2, {}));
    QVERIFY(!table->selectionModel()->isRowSelected(1, {}));
    QTest::mouseClick(pinned->viewport(),
                      Qt::LeftButton,
                      Qt::ShiftModifier,
                      pinned->visualRect(model->index(0, RunTableModel::NameColumn)).center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);

    // The child row is folded in both parts; the arrow in the pinned part unfolds it.
    QVERIFY(pane->isRowFolded(3));
    QVERIFY(pinned->isRowHidden(3));
    const QRect parent = pinned->visualRect(model->index(2, RunTableModel::NameColumn));
    QTest::mouseClick(
        pinned->viewport(), Qt::LeftButton, {}, QPoint(parent.left() + 6, parent.center().y()));
    QVERIFY(!pane->isRowFolded(3));
    QVERIFY(!pinned->isRowHidden(3));
    pane->selectRow(2);
    QTest::keyClick(table, Qt::Key_Left);
    QVERIFY(pinned->isRowHidden(3));

    // A double click in the pinned part opens the run, as in the rest of the table.
    QSignalSpy activated(pane, &Views::RunsPane::activated);
    const QPoint second = pinned->visualRect(model->index(1, RunTableModel::NameColumn)).center();
    // As a system sends it: press and release, then the double click (QTest sends only that).
    QTest::mouseClick(pinned->viewport(), Qt::LeftButton, {}, second);
    QTest::mouseDClick(pinned->viewport(), Qt::LeftButton, {}, second);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toInt(), 1);

    // Vertical scrolling and row heights follow.
    QCOMPARE(pinned->rowHeight(0), table->rowHeight(0));
    QCOMPARE(pinned->verticalScrollBar()->value(), table->verticalScrollBar()->value());
}

void tst_RunColumns::chooserPinsKeyNotShownYet()
{
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    Views::ColumnChooser *chooser = pane->showColumnChooser();
    QTRY_VERIFY(chooser->itemFor(u"metrics"_s, u"val loss"_s));
    QTreeWidgetItem *valLoss = chooser->itemFor(u"metrics"_s, u"val loss"_s);
    QCOMPARE(valLoss->checkState(Views::ColumnChooser::PinnedColumn), Qt::Unchecked);
    valLoss->setCheckState(Views::ColumnChooser::PinnedColumn, Qt::Checked);
    const int column = columnOf(u"val loss"_s);
    QVERIFY(column >= RunTableModel::ColumnCount);
    QCOMPARE(valLoss->checkState(Views::ColumnChooser::ShownColumn), Qt::Checked);
    QVERIFY(pane->isColumnPinned(column));
    QVERIFY(!pane->pinnedView()->isColumnHidden(column));
    QCOMPARE(pane->tableView()->horizontalHeader()->visualIndex(column), 1);

    // A fixed column, and the header menu's unpin shows in the chooser.
    QTreeWidgetItem *user =
        chooser->itemFor(u"attributes"_s, QString::number(RunTableModel::UserColumn));
    user->setCheckState(Views::ColumnChooser::PinnedColumn, Qt::Checked);
    QCOMPARE(pane->pinnedColumnIds(),
             (QStringList{u"attributes.name"_s, u"metrics.`val loss`"_s, u"attributes.user"_s}));
    QVERIFY(triggerHeaderAction(column, u"Unpin"_s));
    QCOMPARE(valLoss->checkState(Views::ColumnChooser::PinnedColumn), Qt::Unchecked);
    // Hiding a pinned column unpins it.
    user->setCheckState(Views::ColumnChooser::ShownColumn, Qt::Unchecked);
    QCOMPARE(pane->pinnedColumnIds(), QStringList{u"attributes.name"_s});
    QVERIFY(pane->pinnedView()->isColumnHidden(RunTableModel::UserColumn));
}

void tst_RunColumns::pinsSurviveColumnChanges()
{
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    using ItemModels::RunColumn;
    window->runModel()->setColumns(
        {{RunColumn::Kind::Param, u"model"_s}, {RunColumn::Kind::Metric, u"rmse"_s}});
    pane->setColumnPinned(columnOf(u"rmse"_s), true);
    // A column removed before it and the aggregate changed: still the pinned rmse column.
    window->runModel()->setColumns({{RunColumn::Kind::Metric, u"rmse"_s, RunColumn::Aggregate::Max},
                                    {RunColumn::Kind::Param, u"lr"_s}});
    const int rmse = columnOf(u"rmse (max)"_s);
    QCOMPARE(rmse, int(RunTableModel::ColumnCount));
    QVERIFY(pane->isColumnPinned(rmse));
    QVERIFY(!pane->isColumnPinned(rmse + 1));
    QVERIFY(!pane->pinnedView()->isColumnHidden(rmse));
    QVERIFY(pane->pinnedView()->isColumnHidden(rmse + 1));
    QCOMPARE(pane->tableView()->horizontalHeader()->visualIndex(rmse), 1);
    // A new query (a filter) resets the model: the pins stay.
    pane->filterBar()->setFilter(u"params.model = 'tree'"_s);
    QTRY_COMPARE(window->runModel()->rowCount(), 2);
    QVERIFY(pane->isColumnPinned(rmse));
    QVERIFY(!pane->pinnedView()->isColumnHidden(rmse));
    QTRY_COMPARE(pane->pinnedView()->model()->index(0, rmse).data().toString(), u"1.5"_s);
}

void tst_RunColumns::draggingColumnsOutOfPinnedAreaUnpins()
{
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    QHeaderView *header = pane->tableView()->horizontalHeader();
    pane->setColumnPinned(RunTableModel::StatusColumn, true);
    QCOMPARE(header->visualIndex(RunTableModel::StatusColumn), 1);
    // Dragged behind the user: unpinned there.
    header->moveSection(1, header->visualIndex(RunTableModel::UserColumn));
    QCOMPARE(pane->pinnedColumnIds(), QStringList{u"attributes.name"_s});
    QVERIFY(pane->pinnedView()->isColumnHidden(RunTableModel::StatusColumn));
    // Dragged in front of the name: pinned, first.
    header->moveSection(header->visualIndex(RunTableModel::UserColumn), 0);
    QCOMPARE(pane->pinnedColumnIds(), (QStringList{u"attributes.user"_s, u"attributes.name"_s}));
    QCOMPARE(pane->pinnedView()->horizontalHeader()->visualIndex(RunTableModel::UserColumn), 0);
}

void tst_RunColumns::pinningKeepsColumnWidths()
{
    Views::MainWindow *window = showWindow();
    Views::RunsPane *pane = window->runsPane();
    QTableView *table = pane->tableView();
    // The pinned name keeps the width the pane gives it for a long run name.
    QVERIFY(pane->isColumnPinned(RunTableModel::NameColumn));
    QVERIFY(table->columnWidth(RunTableModel::NameColumn)
            > table->fontMetrics().horizontalAdvance(u"random-forest-sweep-42"_s));
    QCOMPARE(pane->pinnedView()->columnWidth(RunTableModel::NameColumn),
             table->columnWidth(RunTableModel::NameColumn));
    table->horizontalHeader()->resizeSection(RunTableModel::StatusColumn, 237);
    pane->setColumnPinned(RunTableModel::StatusColumn, true);
    QCOMPARE(table->columnWidth(RunTableModel::StatusColumn), 237);
    QCOMPARE(pane->pinnedView()->columnWidth(RunTableModel::StatusColumn), 237);
    // Resized while pinned, in either part: both follow.
    table->horizontalHeader()->resizeSection(RunTableModel::StatusColumn, 150);
    QCOMPARE(pane->pinnedView()->columnWidth(RunTableModel::StatusColumn), 150);
    pane->pinnedView()->horizontalHeader()->resizeSection(RunTableModel::StatusColumn, 170);
    QCOMPARE(table->columnWidth(RunTableModel::StatusColumn), 170);
    QCOMPARE(pane->pinnedView()->width(), table->columnWidth(RunTableModel::NameColumn) + 170);
    pane->setColumnPinned(RunTableModel::StatusColumn, false);
    pane->setColumnPinned(RunTableModel::StatusColumn, true);
    QCOMPARE(table->columnWidth(RunTableModel::StatusColumn), 170);

    // Hidden in the table by someone else (a restored header state): gone from both parts.
    table->horizontalHeader()->setSectionHidden(RunTableModel::StatusColumn, true);
    QTRY_VERIFY(pane->pinnedView()->isColumnHidden(RunTableModel::StatusColumn));
    QTRY_COMPARE(pane->pinnedView()->width(), table->columnWidth(RunTableModel::NameColumn));
    table->horizontalHeader()->setSectionHidden(RunTableModel::StatusColumn, false);
    QTRY_VERIFY(!pane->pinnedView()->isColumnHidden(RunTableModel::StatusColumn));
    QTRY_COMPARE(pane->pinnedView()->width(), table->columnWidth(RunTableModel::NameColumn) + 170);
}

QTEST_MAIN(tst_RunColumns)
#include "tst_runcolumns.moc"
