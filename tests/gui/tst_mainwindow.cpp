// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/experimentfiltermodel.h"
#include "models/itemmodels/experimentlistmodel.h"
#include "models/itemmodels/keyvaluetablemodel.h"
#include "models/itemmodels/latestmetricsmodel.h"
#include "models/itemmodels/runtablemodel.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"
#include "views/dialogs/importdialog.h"
#include "views/experimentsidebar.h"
#include "views/mainwindow.h"
#include "views/runs/filterbar.h"
#include "views/runs/rundetailspanel.h"
#include "views/runs/runspane.h"
#include "views/uisettings.h"
#include "views/welcomepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using ItemModels::ExperimentListModel;
using ItemModels::RunTableModel;

namespace {

struct Fixture
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<Store::StoreLocation> location;
    std::unique_ptr<Store::Database> database; // the test's own writer connection
    std::unique_ptr<ItemModels::StoreReader> reader;
    std::unique_ptr<Views::UiSettings> settings;
    std::unique_ptr<Views::MainWindow> window;

    QString settingsPath() const { return dir->filePath(u"ui.ini"_s); }

    void open()
    {
        location = std::make_unique<Store::StoreLocation>(dir->filePath(u"store"_s));
        location->ensureExists();
        database = Store::Database::open(location->databasePath());
    }

    Views::MainWindow *show()
    {
        if (!reader)
            reader = std::make_unique<ItemModels::StoreReader>(location->databasePath());
        settings = std::make_unique<Views::UiSettings>(
            std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat));
        window = std::make_unique<Views::MainWindow>(
            location->directory(), reader.get(), settings.get());
        window->show();
        return window.get();
    }

    // Tears down in dependency order: the window before the reader, the reader before the
    // directory its database lives in.
    void reset()
    {
        window.reset();
        settings.reset();
        reader.reset();
        database.reset();
        location.reset();
        dir = std::make_unique<QTemporaryDir>();
    }

    void closeWindow()
    {
        window->close();
        window.reset();
        settings.reset();
    }
};

QString createRun(Store::TrackingStore &store,
                  qint64 experimentId,
                  const QString &name,
                  qint64 startTime,
                  const QString &commit = {})
{
    Store::RunCreation creation;
    creation.experimentId = experimentId;
    creation.runName = name;
    creation.userId = u"alice"_s;
    creation.startTime = startTime;
    creation.tags = {{u"mlflow.source.name"_s, u"train.py"_s}};
    if (!commit.isEmpty())
        creation.tags.append({u"mlflow.source.git.commit"_s, commit});
    const QString runId = store.createRun(creation).info.runId;
    store.logBatch(runId,
                   {{u"rmse"_s, 0.5, startTime + 10, 0}, {u"rmse"_s, 0.25, startTime + 20, 3}},
                   {{u"lr"_s, u"0.01"_s}, {u"depth"_s, u"6"_s}},
                   {{u"team"_s, u"growth"_s}});
    store.updateRun(runId, Store::RunStatus::Finished, startTime + 65'000);
    return runId;
}

int visibleRowOf(Views::MainWindow *window, const QString &name)
{
    const QAbstractItemModel *model = window->sidebar()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ExperimentListModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

QString runCountShown(Views::MainWindow *window, const QString &name)
{
    const int row = visibleRowOf(window, name);
    return row < 0 ? QString()
                   : window->sidebar()->view()->model()->index(row, 1).data().toString();
}

template <typename Dialog>
Dialog *waitForDialog(QWidget *parent, const QString &objectName)
{
    Dialog *found = nullptr;
    const bool ok = QTest::qWaitFor(
        [&] {
            found = parent->findChild<Dialog *>(objectName);
            return found && found->isVisible();
        },
        5000);
    return ok ? found : nullptr;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void titleNamesTheStore();
    void loadsBundledIcons();
    void listsExperimentsWithRunCounts();
    void selectingExperimentFillsRunsTable();
    void selectingRunFillsDetailsTabs();
    void metricsTabShowsStatisticsAndChildLinksSelectRuns();
    void copiesSelectedRunId();
    void sortsByHeaderClickInSql();
    void createsRenamesDeletesAndRestoresExperiment();
    void rejectsDuplicateNameAndChangesNothing();
    void experimentActionsIgnoreKeysWhileRunsHaveFocus();
    void refreshesWhenAnotherConnectionWrites();
    void liveRefreshKeepsTheScrollPosition();
    void showsWelcomePageForEmptyStoreUntilDemoData();
    void restoresLayoutInNewWindow();
    void aboutShowsVersion();
    void importsDroppedMlrunsFolder();
    void refusesDropsItCannotImport();

private:
    Fixture m_f;
    qint64 m_churn = -1;
    qint64 m_vision = -1;
    QStringList m_churnRuns; // newest first
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
}

void tst_MainWindow::init()
{
    m_f.reset();
    QVERIFY(m_f.dir->isValid());
    m_f.open();
    if (QString::fromLatin1(QTest::currentTestFunction())
        == u"showsWelcomePageForEmptyStoreUntilDemoData"_s)
        return;
    Store::TrackingStore store(*m_f.database);
    m_churn = store.createExperiment(u"churn"_s);
    m_vision = store.createExperiment(u"vision"_s);
    m_churnRuns.clear();
    for (int i = 2; i >= 0; --i) {
        m_churnRuns.append(
            createRun(store,
                      m_churn,
                      u"churn-run-%1"_s.arg(i),
                      1'700'000'000'000 + i * 60'000,
                      i == 2 ? u"0123456789abcdef0123456789abcdef01234567"_s : QString()));
    }
    createRun(store, m_vision, u"vision-run"_s, 1'700'000'000'000);
}

void tst_MainWindow::cleanup()
{
    m_f.reset();
}

void tst_MainWindow::titleNamesTheStore()
{
    Views::MainWindow *window = m_f.show();
    QVERIFY(window->windowTitle().contains(u"Flowdesk"_s));
    QVERIFY(window->windowTitle().contains(QDir::toNativeSeparators(m_f.location->directory())));
}

void tst_MainWindow::loadsBundledIcons()
{
    // The icons are compiled into flowdesk_views; a test binary linking it must see them.
    for (const QString &name : {u"status-finished.svg"_s,
                                u"status-failed.svg"_s,
                                u"status-running.svg"_s,
                                u"experiment.svg"_s,
                                u"flowdesk.svg"_s}) {
        QVERIFY2(QFile::exists(u":/icons/"_s + name), qPrintable(name));
        QVERIFY(!QIcon(u":/icons/"_s + name).pixmap(16, 16).isNull());
    }
}

void tst_MainWindow::listsExperimentsWithRunCounts()
{
    Views::MainWindow *window = m_f.show();
    QTRY_COMPARE(window->sidebar()->view()->model()->rowCount(), 3);
    QCOMPARE(runCountShown(window, u"churn"_s), u"3"_s);
    QCOMPARE(runCountShown(window, u"vision"_s), u"1"_s);
    QCOMPARE(runCountShown(window, u"Default"_s), u"0"_s);
    QCOMPARE(window->experimentCountText(), u"3 experiments"_s);
    QVERIFY(!window->isWelcomeShown());

    // The search box narrows the list.
    window->sidebar()->searchBox()->setText(u"VIS"_s);
    QCOMPARE(window->sidebar()->view()->model()->rowCount(), 1);
    QCOMPARE(visibleRowOf(window, u"vision"_s), 0);
}

void tst_MainWindow::selectingExperimentFillsRunsTable()
{
    Views::MainWindow *window = m_f.show();
    QTRY_VERIFY(visibleRowOf(window, u"vision"_s) >= 0);
    QVERIFY(window->sidebar()->selectExperiment(m_vision));
    QTRY_COMPARE(window->runModel()->rowCount(), 1);
    QVERIFY(window->sidebar()->selectExperiment(m_churn));
    QTRY_COMPARE(window->runModel()->rowCount(), 3);
    QTRY_COMPARE(window->runCountText(), u"3 runs"_s);
    QCOMPARE(window->runsPane()->findChild<QLabel *>(u"runsTitle"_s)->text(), u"churn"_s);
    QTableView *table = window->runsPane()->tableView();
    QTRY_COMPARE(table->model()->index(0, RunTableModel::NameColumn).data().toString(),
                 u"churn-run-2"_s);
    QCOMPARE(table->model()->index(0, RunTableModel::UserColumn).data().toString(), u"alice"_s);
    QCOMPARE(table->model()->index(0, RunTableModel::SourceColumn).data().toString(),
             u"train.py"_s);
    QCOMPARE(table->model()->index(0, RunTableModel::StatusColumn).data().toString(),
             u"Finished"_s);
}

void tst_MainWindow::selectingRunFillsDetailsTabs()
{
    Views::MainWindow *window = m_f.show();
    QTRY_VERIFY(window->sidebar()->selectExperiment(m_churn));
    QTableView *table = window->runsPane()->tableView();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QTRY_VERIFY(table->model()->index(0, 0).data(RunTableModel::IsLoadedRole).toBool());
    table->selectRow(0);

    Views::RunDetailsPanel *details = window->detailsPanel();
    QTRY_COMPARE(details->runId(), m_churnRuns.first());
    QCOMPARE(details->overviewValue(u"runIdValue"_s)->text(), m_churnRuns.first());
    QCOMPARE(details->overviewValue(u"statusValue"_s)->text(), u"Finished"_s);
    QCOMPARE(details->overviewValue(u"userValue"_s)->text(), u"alice"_s);
    QCOMPARE(details->overviewValue(u"sourceValue"_s)->text(), u"train.py"_s);
    QCOMPARE(details->overviewValue(u"gitCommitValue"_s)->text(), u"0123456789ab"_s);
    QCOMPARE(details->overviewValue(u"gitCommitValue"_s)->toolTip(),
             u"0123456789abcdef0123456789abcdef01234567"_s);
    QCOMPARE(details->overviewValue(u"durationValue"_s)->text(), u"1 min 5 s"_s);
    QVERIFY(details->overviewValue(u"startValue"_s)->toolTip().endsWith(u" UTC"_s));
    QVERIFY(details->overviewValue(u"artifactUriValue"_s)->text().contains(m_churnRuns.first()));

    QCOMPARE(details->paramsModel()->rowCount(), 2);
    QCOMPARE(details->metricsModel()->rowCount(), 1);
    const QModelIndex value =
        details->metricsModel()->index(0, ItemModels::LatestMetricsModel::ValueColumn);
    QCOMPARE(value.data().toString(), u"0.25"_s); // the highest step wins
    QCOMPARE(details->metricsModel()
                 ->index(0, ItemModels::LatestMetricsModel::StepColumn)
                 .data()
                 .toString(),
             u"3"_s);
    QVERIFY(details->tagsModel()->rowCount() >= 3); // team, source, git commit, runName
    QCOMPARE(details->tabs()->tabText(2), u"Params (2)"_s);
    QCOMPARE(details->tabs()->tabText(3), u"Metrics (1)"_s);

    // Another run replaces the details.
    table->selectRow(2);
    QTRY_COMPARE(details->runId(), m_churnRuns.last());
    QCOMPARE(details->overviewValue(u"gitCommitValue"_s)->text(), QString(QChar(0x2014)));
}

void tst_MainWindow::metricsTabShowsStatisticsAndChildLinksSelectRuns()
{
    QString parentId;
    QString childId;
    {
        Store::TrackingStore store(*m_f.database);
        Store::RunCreation creation;
        creation.experimentId = m_vision;
        creation.runName = u"sweep"_s;
        creation.startTime = 1'800'000'000'000;
        parentId = store.createRun(creation).info.runId;
        QList<Store::Metric> history;
        for (int step = 0; step < 200; ++step)
            history.append({u"loss"_s, step == 50 ? -3.0 : 1.0 / (step + 1), 1000 + step, step});
        history.append({u"loss"_s, std::nan(""), 5000, 120});
        history.append({u"nothing"_s, std::nan(""), 5000, 0});
        store.logBatch(parentId, history);
        creation.runName = u"trial-1"_s;
        creation.startTime = 1'800'000'001'000;
        creation.tags = {{u"mlflow.parentRunId"_s, parentId}};
        childId = store.createRun(creation).info.runId;
    }
    Views::MainWindow *window = m_f.show();
    QTRY_VERIFY(window->sidebar()->selectExperiment(m_vision));
    RunTableModel *runs = window->runModel();
    QTRY_COMPARE(runs->rowCount(), 3);
    int parentRow = -1;
    int childRow = -1;
    const auto findRows = [&] {
        parentRow = -1;
        childRow = -1;
        for (int row = 0; row < runs->rowCount(); ++row) {
            if (runs->runIdAt(row) == parentId)
                parentRow = row;
            if (runs->runIdAt(row) == childId)
                childRow = row;
        }
        return parentRow >= 0 && childRow >= 0;
    };
    QTRY_VERIFY(findRows());
    QVERIFY(window->runsPane()->isRowFolded(childRow));
    window->runsPane()->selectRow(parentRow);

    Views::RunDetailsPanel *details = window->detailsPanel();
    QTRY_COMPARE(details->runId(), parentId);
    ItemModels::LatestMetricsModel *metrics = details->metricsModel();
    QTRY_COMPARE(metrics->index(0, ItemModels::LatestMetricsModel::PointsColumn).data().toString(),
                 u"201"_s);
    using Model = ItemModels::LatestMetricsModel;
    QCOMPARE(metrics->rowCount(), 2);
    QCOMPARE(metrics->index(0, Model::KeyColumn).data().toString(), u"loss"_s);
    QCOMPARE(metrics->index(0, Model::ValueColumn).data().toString(), u"0.005"_s);
    QCOMPARE(metrics->index(0, Model::StepColumn).data().toString(), u"199"_s);
    QCOMPARE(metrics->index(1, Model::KeyColumn).data().toString(), u"nothing"_s);
    QCOMPARE(metrics->index(1, Model::ValueColumn).data().toString(), u"NaN"_s);
    QCOMPARE(metrics->index(1, Model::MinColumn).data().toString(), QString());
    QCOMPARE(metrics->index(1, Model::PointsColumn).data().toString(), u"1"_s);
    QCOMPARE(metrics->index(0, Model::MinColumn).data().toString(), u"-3"_s);
    QCOMPARE(metrics->index(0, Model::MaxColumn).data().toString(), u"1"_s);
    const auto line =
        metrics->index(0, Model::HistoryColumn).data(Model::SparklineRole).value<QList<QPointF>>();
    QVERIFY(!line.isEmpty() && line.size() <= 64);

    // The sparkline column is painted and wide enough to read.
    details->tabs()->setCurrentIndex(3);
    auto *metricsTable = details->findChild<QTableView *>(u"metricsTable"_s);
    QVERIFY(metricsTable);
    QTRY_VERIFY(metricsTable->isVisible());
    QVERIFY(metricsTable->columnWidth(Model::HistoryColumn) >= 40);
    // The loss line is drawn in the palette's link colour; the NaN-only metric draws nothing.
    const auto linePixels = [&](const QString &key) {
        const QAbstractItemModel *proxy = metricsTable->model();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, Model::KeyColumn).data().toString() != key)
                continue;
            const QRect cell = metricsTable->visualRect(proxy->index(row, Model::HistoryColumn));
            const QImage image = metricsTable->viewport()->grab(cell).toImage();
            const QColor link = metricsTable->palette().color(QPalette::Link);
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    count += qAbs(pixel.red() - link.red()) + qAbs(pixel.green() - link.green())
                            + qAbs(pixel.blue() - link.blue())
                        < 60;
                }
            }
            return count;
        }
        return -1;
    };
    QTRY_VERIFY(linePixels(u"loss"_s) > 20);
    QCOMPARE(linePixels(u"nothing"_s), 0);

    details->tabs()->setCurrentIndex(0);
    QCOMPARE(details->overviewValue(u"parentRunValue"_s)->text(), QString(QChar(0x2014)));
    QList<QLabel *> children = details->childRunLabels();
    QCOMPARE(children.size(), 1);
    QVERIFY(children.first()->text().contains(u"trial-1"_s));
    QTRY_VERIFY(children.first()->isVisible());
    QLabel *link = children.first();
    QTest::mouseClick(link,
                      Qt::LeftButton,
                      {},
                      QPoint(link->contentsRect().left() + 3, link->contentsRect().center().y()));
    QTRY_COMPARE(details->runId(), childId);
    QCOMPARE(window->runsPane()->currentRow(), childRow);
    QVERIFY(!window->runsPane()->isRowFolded(childRow));

    // The child links back to its parent.
    QLabel *parent = details->overviewValue(u"parentRunValue"_s);
    QTRY_VERIFY(parent->text().contains(u"sweep"_s));
    QVERIFY(parent->text().contains(u"<a "_s));
    QTest::mouseClick(
        parent,
        Qt::LeftButton,
        {},
        QPoint(parent->contentsRect().left() + 3, parent->contentsRect().center().y()));
    QTRY_COMPARE(details->runId(), parentId);
    QCOMPARE(window->runsPane()->currentRow(), parentRow);

    // A child the table no longer lists is still a link, marked as not in the table.
    QLineEdit *filter = window->runsPane()->filterBar()->lineEdit();
    filter->setText(u"attributes.run_name = 'sweep'"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(runs->rowCount(), 1);
    QTRY_COMPARE(details->runId(), parentId);
    QTRY_VERIFY(!details->childRunLabels().isEmpty()
                && details->childRunLabels().first()->text().contains(u"not in the table"_s));
    link = details->childRunLabels().first();
    QVERIFY(link->text().contains(u"<a "_s));
    QVERIFY(details->notListedBanner()->isHidden());
    // Following it shows the child in the details, with "Show in Table".
    QTRY_VERIFY(link->isVisible());
    QTest::mouseClick(link,
                      Qt::LeftButton,
                      {},
                      QPoint(link->contentsRect().left() + 3, link->contentsRect().center().y()));
    QTRY_COMPARE(details->runId(), childId);
    QTRY_VERIFY(details->notListedBanner()->isVisible());
    QCOMPARE(runs->rowCount(), 1);
    auto *showInTable = details->findChild<QPushButton *>(u"showInTableButton"_s);
    QVERIFY(showInTable);
    showInTable->click();
    QTRY_COMPARE(runs->rowCount(), 3);
    QCOMPARE(window->runsPane()->filterBar()->appliedFilter(), QString());
    QCOMPARE(filter->text(), QString());
    QTRY_COMPARE(window->runsPane()->currentRow(), runs->rowOfRunKey(details->runKey()));
    QTRY_COMPARE(runs->runIdAt(window->runsPane()->currentRow()), childId);
    QVERIFY(!window->runsPane()->isRowFolded(window->runsPane()->currentRow()));
    QCOMPARE(details->runId(), childId);
    QTRY_VERIFY(details->notListedBanner()->isHidden());
}

void tst_MainWindow::copiesSelectedRunId()
{
    Views::MainWindow *window = m_f.show();
    QTRY_VERIFY(window->sidebar()->selectExperiment(m_churn));
    QTableView *table = window->runsPane()->tableView();
    QTRY_VERIFY(table->model()->rowCount() == 3
                && table->model()->index(1, 0).data(RunTableModel::IsLoadedRole).toBool());
    table->setFocus();
    table->selectRow(1);
    auto *copy = window->findChild<QAction *>(u"copyRunIdAction"_s);
    QVERIFY(copy);
    QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
    QVERIFY(copy->isEnabled());
    QApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence::Copy);
    QTRY_COMPARE(QApplication::clipboard()->text(), m_churnRuns.at(1));

    // The Overview's copy button copies the shown run's id.
    QTRY_COMPARE(window->detailsPanel()->runId(), m_churnRuns.at(1));
    QApplication::clipboard()->clear();
    window->detailsPanel()->findChild<QAbstractButton *>(u"copyRunIdButton"_s)->click();
    QCOMPARE(QApplication::clipboard()->text(), m_churnRuns.at(1));
}

void tst_MainWindow::sortsByHeaderClickInSql()
{
    Views::MainWindow *window = m_f.show();
    QTRY_VERIFY(window->sidebar()->selectExperiment(m_churn));
    QTableView *table = window->runsPane()->tableView();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QSignalSpy keys(window->runModel(), &RunTableModel::keysLoaded);
    QHeaderView *header = table->horizontalHeader();
    const QPoint nameHeader(header->sectionViewportPosition(RunTableModel::NameColumn) + 5,
                            header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QVERIFY(keys.wait(5000));
    QCOMPARE(window->runModel()->query().order.key, u"attributes.run_name"_s);
    QTRY_COMPARE(table->model()->index(0, RunTableModel::NameColumn).data().toString(),
                 header->sortIndicatorOrder() == Qt::AscendingOrder ? u"churn-run-0"_s
                                                                    : u"churn-run-2"_s);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QVERIFY(keys.wait(5000));
    QTRY_COMPARE(table->model()->index(0, RunTableModel::NameColumn).data().toString(),
                 header->sortIndicatorOrder() == Qt::AscendingOrder ? u"churn-run-0"_s
                                                                    : u"churn-run-2"_s);
}

void tst_MainWindow::createsRenamesDeletesAndRestoresExperiment()
{
    Views::MainWindow *window = m_f.show();
    QTRY_COMPARE(window->sidebar()->view()->model()->rowCount(), 3);

    // Create: the new experiment is listed and selected.
    window->findChild<QAction *>(u"newExperimentAction"_s)->trigger();
    auto *nameDialog = waitForDialog<QInputDialog>(window, u"experimentNameDialog"_s);
    QVERIFY(nameDialog);
    nameDialog->setTextValue(u"forecast"_s);
    nameDialog->accept();
    QTRY_VERIFY(visibleRowOf(window, u"forecast"_s) >= 0);
    const qint64 created =
        Store::TrackingStore(*m_f.database).experimentByName(u"forecast"_s).experimentId;
    QTRY_COMPARE(window->sidebar()->currentExperimentId(), created);
    QTRY_COMPARE(window->experimentCountText(), u"4 experiments"_s);

    // Rename (F2) starts from the current name.
    auto *rename = window->findChild<QAction *>(u"renameAction"_s);
    QCOMPARE(rename->shortcut(), QKeySequence(Qt::Key_F2));
    QTRY_VERIFY(rename->isEnabled());
    rename->trigger();
    nameDialog = waitForDialog<QInputDialog>(window, u"experimentNameDialog"_s);
    QVERIFY(nameDialog);
    QCOMPARE(nameDialog->textValue(), u"forecast"_s);
    nameDialog->setTextValue(u"forecast-v2"_s);
    nameDialog->accept();
    QTRY_VERIFY(visibleRowOf(window, u"forecast-v2"_s) >= 0);
    QCOMPARE(visibleRowOf(window, u"forecast"_s), -1);
    QCOMPARE(window->sidebar()->currentExperimentId(), created);
    QCOMPARE(Store::TrackingStore(*m_f.database).experiment(created).name, u"forecast-v2"_s);

    // Delete asks first; Cancel changes nothing.
    auto *remove = window->findChild<QAction *>(u"deleteAction"_s);
    QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
    remove->trigger();
    auto *confirm = waitForDialog<QMessageBox>(window, u"confirmDeleteDialog"_s);
    QVERIFY(confirm);
    const QPointer<QMessageBox> cancelled = confirm;
    confirm->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!cancelled || !cancelled->isVisible());
    QCOMPARE(Store::TrackingStore(*m_f.database).experiment(created).lifecycleStage,
             Store::LifecycleStage::Active);
    remove->trigger();
    confirm = waitForDialog<QMessageBox>(window, u"confirmDeleteDialog"_s);
    QVERIFY(confirm);
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(visibleRowOf(window, u"forecast-v2"_s), -1);
    QCOMPARE(Store::TrackingStore(*m_f.database).experiment(created).lifecycleStage,
             Store::LifecycleStage::Deleted);
    QTRY_COMPARE(window->experimentCountText(), u"3 experiments"_s);
    QVERIFY(window->sidebar()->currentExperimentId() != created);

    // Shown again with "show deleted", then restored.
    window->findChild<QAction *>(u"showDeletedAction"_s)->setChecked(true);
    QTRY_VERIFY(visibleRowOf(window, u"forecast-v2"_s) >= 0);
    QVERIFY(window->sidebar()->selectExperiment(created));
    auto *restore = window->findChild<QAction *>(u"restoreAction"_s);
    QVERIFY(restore->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(!rename->isEnabled());
    restore->trigger();
    QTRY_COMPARE(Store::TrackingStore(*m_f.database).experiment(created).lifecycleStage,
                 Store::LifecycleStage::Active);
    QTRY_VERIFY(!restore->isEnabled());
    window->findChild<QAction *>(u"showDeletedAction"_s)->setChecked(false);
    QVERIFY(visibleRowOf(window, u"forecast-v2"_s) >= 0);
}

void tst_MainWindow::rejectsDuplicateNameAndChangesNothing()
{
    Views::MainWindow *window = m_f.show();
    QTRY_COMPARE(window->sidebar()->view()->model()->rowCount(), 3);
    window->findChild<QAction *>(u"newExperimentAction"_s)->trigger();
    auto *nameDialog = waitForDialog<QInputDialog>(window, u"experimentNameDialog"_s);
    QVERIFY(nameDialog);
    nameDialog->setTextValue(u"churn"_s);
    nameDialog->accept();
    auto *error = waitForDialog<QMessageBox>(window, u"errorDialog"_s);
    QVERIFY(error);
    QCOMPARE(error->text(), u"An experiment with that name already exists."_s);
    error->close();
    QCOMPARE(Store::TrackingStore(*m_f.database).experiments().size(), 3);
    QCOMPARE(window->sidebar()->view()->model()->rowCount(), 3);
}

void tst_MainWindow::experimentActionsIgnoreKeysWhileRunsHaveFocus()
{
    Views::MainWindow *window = m_f.show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_VERIFY(window->sidebar()->selectExperiment(m_churn));
    QTableView *table = window->runsPane()->tableView();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QVERIFY(!window->findChild<QAction *>(u"deleteAction"_s)->isEnabled());
    QTest::keyClick(table, Qt::Key_Delete);
    // A shortcut that fired would have opened the dialog by the time the events are handled.
    QCoreApplication::processEvents();
    QVERIFY(!window->findChild<QMessageBox *>(u"confirmDeleteDialog"_s));
    window->sidebar()->view()->setFocus();
    QTRY_VERIFY(window->findChild<QAction *>(u"deleteAction"_s)->isEnabled());
}

void tst_MainWindow::refreshesWhenAnotherConnectionWrites()
{
    m_f.reader = std::make_unique<ItemModels::StoreReader>(m_f.location->databasePath());
    m_f.reader->setPollInterval(50);
    Views::MainWindow *window = m_f.show();
    QTRY_VERIFY(window->sidebar()->selectExperiment(m_churn));
    QTableView *table = window->runsPane()->tableView();
    QTRY_VERIFY(table->model()->rowCount() == 3
                && table->model()->index(2, 0).data(RunTableModel::IsLoadedRole).toBool());
    table->selectRow(1);
    QTRY_COMPARE(window->detailsPanel()->runId(), m_churnRuns.at(1));

    // A newer run arrives through another connection (the embedded server, say): it shows up
    // on top, counts follow, and the selected run stays selected.
    Store::TrackingStore store(*m_f.database);
    const QString fresh = createRun(store, m_churn, u"late-run"_s, 1'800'000'000'000);
    QTRY_COMPARE(table->model()->rowCount(), 4);
    QTRY_COMPARE(runCountShown(window, u"churn"_s), u"4"_s);
    QTRY_COMPARE(window->runCountText(), u"4 runs"_s);
    QTRY_COMPARE(window->runModel()->runIdAt(0), fresh);
    QCOMPARE(window->runsPane()->currentRow(), 2);
    QCOMPARE(window->runModel()->runIdAt(2), m_churnRuns.at(1));
    QCOMPARE(window->detailsPanel()->runId(), m_churnRuns.at(1));
}

void tst_MainWindow::liveRefreshKeepsTheScrollPosition()
{
    Store::TrackingStore store(*m_f.database);
    const qint64 many = store.createExperiment(u"many"_s);
    QStringList runIds; // newest first, as the table lists them
    for (int i = 0; i < 120; ++i)
        runIds.prepend(createRun(store, many, u"run-%1"_s.arg(i), 1'700'000'000'000 + i * 1000));
    m_f.reader = std::make_unique<ItemModels::StoreReader>(m_f.location->databasePath());
    m_f.reader->setPollInterval(50);
    Views::MainWindow *window = m_f.show();
    window->resize(1200, 600);
    QTRY_VERIFY(window->sidebar()->selectExperiment(many));
    QTableView *table = window->runsPane()->tableView();
    QTRY_COMPARE(table->model()->rowCount(), 120);
    const auto topRunId = [&] {
        return window->runModel()->runIdAt(table->rowAt(0));
    };

    // Selected near the top, then scrolled down so that the selection is out of sight.
    window->runsPane()->selectRow(2);
    QTRY_COMPARE(window->detailsPanel()->runId(), runIds.at(2));
    table->scrollTo(table->model()->index(60, 0), QAbstractItemView::PositionAtTop);
    QCOMPARE(table->rowAt(0), 60);
    QTRY_COMPARE(topRunId(), runIds.at(60));

    // A newer run arrives from another process: it goes above, and the user's place stays.
    const QString newer = createRun(store, many, u"newer"_s, 1'800'000'000'000);
    QTRY_COMPARE(table->model()->rowCount(), 121);
    QCOMPARE(window->runModel()->runIdAt(0), newer);
    QCOMPARE(table->rowAt(0), 61);
    QTRY_COMPARE(topRunId(), runIds.at(60));
    QCOMPARE(window->runModel()->runIdAt(window->runsPane()->currentRow()), runIds.at(2));
    QCOMPARE(window->detailsPanel()->runId(), runIds.at(2));

    // At the very top the user sees new runs come in.
    table->scrollToTop();
    const QString newest = createRun(store, many, u"newest"_s, 1'900'000'000'000);
    QTRY_COMPARE(table->model()->rowCount(), 122);
    QCOMPARE(table->rowAt(0), 0);
    QTRY_COMPARE(topRunId(), newest);
}

void tst_MainWindow::showsWelcomePageForEmptyStoreUntilDemoData()
{
    Views::MainWindow *window = m_f.show();
    QTRY_VERIFY(window->isWelcomeShown());
    Views::WelcomePage *welcome = window->welcomePage();
    QVERIFY(welcome->isVisible());
    QVERIFY(welcome->demoButton()->isEnabled());
    QVERIFY(welcome->serverButton()->isEnabled());
    QVERIFY(welcome->importButton()->isEnabled());
    QVERIFY(!welcome->remoteButton()->isEnabled());
    QVERIFY(welcome->remoteButton()->toolTip().startsWith(u"Coming with the "_s));

    welcome->demoButton()->click();
    auto *progress = waitForDialog<QProgressDialog>(window, u"demoProgressDialog"_s);
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isWelcomeShown(), 120000);
    QVERIFY(Store::TrackingStore(*m_f.database).experiments().size() > 1);
    QTRY_VERIFY(window->runModel()->rowCount() > 0);
    QTRY_VERIFY(!window->findChild<QProgressDialog *>(u"demoProgressDialog"_s));
    QVERIFY(window->runCountText().endsWith(u" runs"_s));
}

void tst_MainWindow::restoresLayoutInNewWindow()
{
    Views::MainWindow *window = m_f.show();
    QTRY_VERIFY(window->sidebar()->selectExperiment(m_vision));
    window->resize(1200, 700);
    window->splitter()->setSizes({300, 600, 300});
    const QList<int> sizes = window->splitter()->sizes();
    QHeaderView *header = window->runsPane()->tableView()->horizontalHeader();
    header->resizeSection(RunTableModel::UserColumn, 133);
    header->setSortIndicator(RunTableModel::NameColumn, Qt::AscendingOrder);
    window->findChild<QAction *>(u"showDeletedAction"_s)->setChecked(true);
    window->findChild<QAction *>(u"showDetailsAction"_s)->setChecked(false);
    m_f.closeWindow();

    window = m_f.show();
    QCOMPARE(window->size(), QSize(1200, 700));
    QCOMPARE(window->splitter()->sizes().first(), sizes.first());
    header = window->runsPane()->tableView()->horizontalHeader();
    QCOMPARE(header->sectionSize(RunTableModel::UserColumn), 133);
    QCOMPARE(header->sortIndicatorSection(), int(RunTableModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(window->findChild<QAction *>(u"showDeletedAction"_s)->isChecked());
    QVERIFY(window->sidebar()->filterModel()->showsDeleted());
    QVERIFY(!window->findChild<QAction *>(u"showDetailsAction"_s)->isChecked());
    QVERIFY(!window->detailsPanel()->isVisible());
    // The last experiment is selected again, and its runs come in the restored order.
    QTRY_COMPARE(window->sidebar()->currentExperimentId(), m_vision);
    QTRY_COMPARE(window->runModel()->query().order.key, u"attributes.run_name"_s);
}

void tst_MainWindow::aboutShowsVersion()
{
    Views::MainWindow *window = m_f.show();
    window->findChild<QAction *>(u"aboutAction"_s)->trigger();
    auto *about = waitForDialog<QMessageBox>(window, u"aboutDialog"_s);
    QVERIFY(about);
    QVERIFY(about->text().contains(u"9.8.7"_s));
    about->close();
}

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &info :
         source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + u'/' + info.fileName();
        if (info.isDir() ? !copyTree(info.filePath(), target)
                         : !QFile::copy(info.filePath(), target)) {
            return false;
        }
    }
    return true;
}

// Drags `paths` onto the window; returns whether the window accepted the drag.
bool dragOnto(QWidget *window, const QStringList &paths, QMimeData &mime)
{
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &enter);
    return enter.isAccepted();
}

} // namespace

void tst_MainWindow::importsDroppedMlrunsFolder()
{
    const QString mlruns = m_f.dir->filePath(u"dropped/mlruns"_s);
    QVERIFY(copyTree(QStringLiteral(FLOWDESK_TEST_DATA_DIR) + u"/mlruns-sample/mlruns"_s, mlruns));
    Views::MainWindow *window = m_f.show();
    QTRY_VERIFY(visibleRowOf(window, u"churn"_s) >= 0);
    QVERIFY(window->findChild<QAction *>(u"importAction"_s)->isEnabled());

    QMimeData mime;
    QVERIFY(dragOnto(window, {mlruns}, mime));

    // The drop opens the modal import dialog; close it once the import has finished.
    bool sawDialog = false;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isFinished()) {
            sawDialog = true;
            QCOMPARE(dialog->report().issues.size(), 0);
            dialog->accept();
        }
    });
    closer.start(20);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY_WITH_TIMEOUT(sawDialog, 60000);

    // The sample's experiments are in the sidebar with their runs.
    QTRY_VERIFY(visibleRowOf(window, u"sample-classification"_s) >= 0);
    QTRY_VERIFY(runCountShown(window, u"sample-classification"_s).toInt() > 0);
    Store::TrackingStore store(*m_f.database);
    QVERIFY(store.findExperimentByName(u"sample-regression"_s).has_value());
}

void tst_MainWindow::refusesDropsItCannotImport()
{
    Views::MainWindow *window = m_f.show();
    const QString text = m_f.dir->filePath(u"notes.txt"_s);
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not MLflow data\n");
    file.close();
    QMimeData mime;
    QVERIFY(!dragOnto(window, {text}, mime));
    QMimeData empty;
    QVERIFY(!dragOnto(window, {m_f.dir->filePath(u"missing-folder"_s)}, empty));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
