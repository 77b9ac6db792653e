// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/mainwindow.h"

#include "models/importers/importer.h"
#include "models/itemmodels/demodatajob.h"
#include "models/itemmodels/displayformat.h"
#include "models/itemmodels/experimentlistmodel.h"
#include "models/itemmodels/filtervocabulary.h"
#include "models/itemmodels/quickswitchmodel.h"
#include "models/itemmodels/rundetailsloader.h"
#include "models/itemmodels/runeditor.h"
#include "models/itemmodels/rungroupmodel.h"
#include "models/itemmodels/runtablemodel.h"
#include "models/itemmodels/storereader.h"
#include "views/dialogs/importdialog.h"
#include "views/dialogs/quickswitcher.h"
#include "views/experimentsidebar.h"
#include "views/icons.h"
#include "views/runs/filterbar.h"
#include "views/runs/rundetailspanel.h"
#include "views/runs/runspane.h"
#include "views/server/localservercontrol.h"
#include "views/uisettings.h"
#include "views/welcomepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views {

using ItemModels::ExperimentListModel;
using ItemModels::RunQuery;
using ItemModels::RunTableModel;
namespace DisplayFormat = ItemModels::DisplayFormat;

namespace {

QString displayPath(const QString &directory)
{
    const QString home = QDir::homePath();
    if (directory == home || directory.startsWith(home + u'/'))
        return u"~"_s + directory.mid(home.size());
    return QDir::toNativeSeparators(directory);
}

} // namespace

MainWindow::MainWindow(const QString &storeDirectory,
                       ItemModels::StoreReader *reader,
                       UiSettings *settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_storeDirectory(storeDirectory)
    , m_reader(reader)
    , m_settings(settings)
    , m_experiments(new ExperimentListModel(reader, this))
    , m_runs(new RunTableModel(reader, this))
    , m_vocabulary(new ItemModels::FilterVocabulary(reader, this))
    , m_runEditor(new ItemModels::RunEditor(reader, this))
    , m_detailsLoader(new ItemModels::RunDetailsLoader(reader, this))
{
    //: Window title: %1 is the store's directory
    setWindowTitle(tr("Flowdesk - %1").arg(displayPath(storeDirectory)));
    setWindowIcon(Icons::application());
    setObjectName(u"mainWindow"_s);
    // Dropping an mlruns folder or an mlflow.db file imports it.
    setAcceptDrops(true);

    m_sidebar = new ExperimentSidebar(m_experiments, this);
    m_welcome = new WelcomePage(storeDirectory, this);
    m_runsPane = new RunsPane(m_runs, m_vocabulary, this);
    m_runsPane->setGroupModel(new ItemModels::RunGroupModel(reader, this));
    m_details = new RunDetailsPanel(this);
    m_details->setStoreDirectory(storeDirectory);

    m_middle = new QStackedWidget(this);
    m_middle->addWidget(m_runsPane);
    m_middle->addWidget(m_welcome);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_middle);
    m_splitter->addWidget(m_details);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({240, 800, 360});
    m_sidebar->setMinimumWidth(160);
    m_details->setMinimumWidth(240);
    setCentralWidget(m_splitter);

    m_localServer = new LocalServerControl(storeDirectory, this);
    m_runCountLabel = new QLabel(this);
    m_runCountLabel->setObjectName(u"runCountLabel"_s);
    m_experimentCountLabel = new QLabel(this);
    m_experimentCountLabel->setObjectName(u"experimentCountLabel"_s);
    statusBar()->addPermanentWidget(m_runCountLabel);
    statusBar()->addPermanentWidget(m_experimentCountLabel);
    statusBar()->addPermanentWidget(m_localServer->statusLabel());

    createActions();
    createMenus();
    m_sidebar->setActions(m_newExperimentAction,
                          {m_newExperimentAction,
                           m_renameAction,
                           m_deleteAction,
                           m_restoreAction,
                           nullptr,
                           m_showDeletedAction});
    restoreLayout();

    connect(m_experiments, &ExperimentListModel::loaded, this, &MainWindow::onExperimentsLoaded);
    connect(m_experiments, &ExperimentListModel::loadFailed, this, [this](const QString &message) {
        showError(tr("The experiments could not be read."), message);
    });
    connect(m_experiments,
            &ExperimentListModel::actionSucceeded,
            this,
            [this](ExperimentListModel::Action action, qint64 id) {
                if (action == ExperimentListModel::Action::Create
                    || action == ExperimentListModel::Action::Restore)
                    m_experimentToSelect = id;
                if (action == ExperimentListModel::Action::Restore
                    || action == ExperimentListModel::Action::Delete)
                    m_runs->refresh();
            });
    connect(
        m_experiments,
        &ExperimentListModel::actionFailed,
        this,
        [this](ExperimentListModel::Action action, Store::ErrorCode code, const QString &message) {
            onExperimentActionFailed(int(action), code, message);
        });
    connect(m_sidebar,
            &ExperimentSidebar::currentExperimentChanged,
            this,
            &MainWindow::onExperimentChanged);
    connect(m_sidebar,
            &ExperimentSidebar::selectedExperimentsChanged,
            this,
            [this](const QList<qint64> &ids) {
                if (ids.size() > 1)
                    showExperiments(ids);
                else if (m_runs->query().experimentIds.size() > 1)
                    onExperimentChanged(m_sidebar->currentExperimentId());
            });

    connect(m_runsPane, &RunsPane::currentRowChanged, this, &MainWindow::onRunRowChanged);
    // A click on the selected row brings its details back after a run link showed another run.
    connect(m_runsPane->tableView(),
            &QAbstractItemView::clicked,
            this,
            [this](const QModelIndex &index) {
                if (index.row() == m_runsPane->currentRow()
                    && m_details->runId() != m_runs->runIdAt(index.row()))
                    onRunRowChanged(index.row());
            });
    connect(m_runsPane, &RunsPane::activated, this, [this] {
        m_openDetailsAction->trigger();
    });
    connect(m_runs, &QAbstractItemModel::modelReset, this, &MainWindow::onRunsReset);
    connect(m_runs, &RunTableModel::keysLoaded, this, &MainWindow::updateStatusBar);
    connect(m_runs, &RunTableModel::keysLoaded, this, &MainWindow::updateActions);
    connect(m_runs, &RunTableModel::loadingChanged, this, &MainWindow::updateStatusBar);
    connect(m_runs, &RunTableModel::pageLoaded, this, [this] {
        if (m_pendingDetailsRow >= 0 && m_pendingDetailsRow == m_runsPane->currentRow())
            onRunRowChanged(m_pendingDetailsRow);
    });
    connect(m_runs, &RunTableModel::queryRejected, m_runsPane->filterBar(), &FilterBar::showError);
    connect(m_runsPane->filterBar(), &FilterBar::filterApplied, this, &MainWindow::onFilterApplied);
    connect(m_runsPane->filterBar(),
            &FilterBar::historyChanged,
            this,
            [this](const QStringList &history) {
                m_settings->setRecentFilters(history);
            });
    connect(
        m_runs, &RunTableModel::exportFinished, this, [this](const QString &path, qsizetype rows) {
            //: Status bar message: %n runs were written to the file %1
            statusBar()->showMessage(tr("Exported %n run(s) to %1", nullptr, int(rows))
                                         .arg(QDir::toNativeSeparators(path)),
                                     8000);
        });
    connect(m_runs,
            &RunTableModel::exportFailed,
            this,
            [this](const QString &path, const QString &message) {
                statusBar()->clearMessage();
                showError(
                    tr("The runs could not be exported to %1.").arg(QDir::toNativeSeparators(path)),
                    message);
            });
    connect(m_runsPane->tableView()->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &MainWindow::updateActions);
    connect(m_runs, &RunTableModel::pageLoaded, this, &MainWindow::updateActions);
    connect(m_runs, &RunTableModel::pageLoaded, this, &MainWindow::loadPendingVocabulary);
    connect(m_runs, &RunTableModel::keysLoaded, this, [this] {
        if (m_runs->rowCount() == 0)
            loadPendingVocabulary(); // no page will come
    });
    connect(m_runEditor,
            &ItemModels::RunEditor::succeeded,
            this,
            [this](ItemModels::RunEditor::Action action, const QStringList &runIds) {
                rememberUndo(action, runIds);
                onStoreChanged();
            });
    connect(m_runEditor,
            &ItemModels::RunEditor::failed,
            this,
            [this](ItemModels::RunEditor::Action action, Store::ErrorCode, const QString &message) {
                m_undoing = false;
                m_renamedFrom = {};
                QString text;
                switch (action) {
                case ItemModels::RunEditor::Action::Rename:
                    text = tr("The run could not be renamed.");
                    break;
                case ItemModels::RunEditor::Action::Delete:
                    text = tr("The runs could not be deleted.");
                    break;
                case ItemModels::RunEditor::Action::Restore:
                    text = tr("The runs could not be restored.");
                    break;
                case ItemModels::RunEditor::Action::SetTag:
                case ItemModels::RunEditor::Action::DeleteTag:
                    text = tr("The tag could not be changed; no run was changed.");
                    break;
                }
                showError(text, message);
            });
    connect(m_runs, &RunTableModel::queryFailed, this, [this](const QString &message) {
        showError(tr("The runs could not be read."), message);
    });

    connect(m_detailsLoader,
            &ItemModels::RunDetailsLoader::loaded,
            m_details,
            &RunDetailsPanel::showRun);
    connect(m_detailsLoader,
            &ItemModels::RunDetailsLoader::failed,
            this,
            [this](const QString &runId, const QString &message) {
                if (!m_linkedFrom.isEmpty()) {
                    // A link to a run that is gone: the run it was clicked on stays shown.
                    const QString from = std::exchange(m_linkedFrom, QString());
                    //: Status bar message: %1 is the ID of a parent or child run
                    statusBar()->showMessage(tr("Run %1 is no longer in the store.").arg(runId),
                                             8000);
                    m_detailsLoader->load(from);
                    return;
                }
                m_details->showMessage(tr("This run could not be read:\n%1").arg(message));
            });
    connect(m_detailsLoader, &ItemModels::RunDetailsLoader::loaded, this, [this] {
        m_linkedFrom.clear();
    });
    connect(m_detailsLoader,
            &ItemModels::RunDetailsLoader::detailsLoaded,
            m_details,
            &RunDetailsPanel::showDetails);
    m_details->setRunListedProvider([this](qint64 runKey) {
        return m_runs->rowOfRunKey(runKey) >= 0;
    });
    connect(m_details,
            &RunDetailsPanel::runLinkActivated,
            this,
            [this](qint64 runKey, const QString &runId) {
                const int row = m_runs->rowOfRunKey(runKey);
                if (row >= 0 && !m_runsPane->isGrouped()) {
                    // Back from a run the table does not list to the selected row: selecting
                    // it again changes nothing, so the details are loaded here.
                    const bool current = row == m_runsPane->currentRow();
                    m_runsPane->revealRow(row);
                    if (current && m_details->runId() != runId)
                        onRunRowChanged(row);
                    return;
                }
                // Not listed (or the table is grouped): the details show it on their own, and
                // the panel offers "Show in Table".
                m_linkedFrom = m_details->runId();
                // The selected row's page may still be on its way: it must not take the details
                // back from the run the user asked for.
                m_pendingDetailsRow = -1;
                m_detailsLoader->load(runId);
            });
    connect(m_details, &RunDetailsPanel::showInTableRequested, this, &MainWindow::showRunInTable);
    connect(m_details, &RunDetailsPanel::copyRunIdRequested, this, &MainWindow::copyText);
    connect(m_details,
            &RunDetailsPanel::descriptionSaveRequested,
            this,
            [this](const QString &runId, const QString &markdown) {
                if (markdown.isEmpty())
                    m_runEditor->deleteTag(runId, u"mlflow.note.content"_s);
                else
                    m_runEditor->setTag({runId}, u"mlflow.note.content"_s, markdown);
            });
    connect(m_details,
            &RunDetailsPanel::tagSetRequested,
            this,
            [this](const QString &runId, const QString &key, const QString &value) {
                m_runEditor->setTag({runId}, key, value);
            });
    connect(m_details,
            &RunDetailsPanel::tagDeleteRequested,
            this,
            [this](const QString &runId, const QString &key) {
                m_runEditor->deleteTag(runId, key);
            });
    connect(m_welcome, &WelcomePage::createDemoDataRequested, this, &MainWindow::createDemoData);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importFolder);
    connect(m_welcome, &WelcomePage::startServerRequested, this, [this] {
        m_serverAction->setChecked(true);
    });
    connect(m_localServer, &LocalServerControl::runningChanged, this, [this](bool running) {
        m_welcome->setServerUrl(running ? m_localServer->url().toString() : QString());
    });
    connect(m_localServer, &LocalServerControl::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
    });
    connect(m_localServer, &LocalServerControl::failed, this, &MainWindow::showError);
    // The data_version poll would see the server's commits too, but this is sooner.
    connect(m_localServer, &LocalServerControl::storeChanged, this, &MainWindow::onStoreChanged);

    connect(m_reader, &ItemModels::StoreReader::storeChanged, this, &MainWindow::onStoreChanged);
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateActions);

    updateMiddlePane();
    updateActions();
    updateStatusBar();
    m_experiments->reload();
}

MainWindow::~MainWindow()
{
    // Deleting the children moves the focus (e.g. out of the quick switcher) while the actions
    // that updateActions() touches may already be gone.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QString &objectName) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        return action;
    };

    m_newExperimentAction = make(tr("&New Experiment…"), u"newExperimentAction"_s);
    m_newExperimentAction->setShortcut(QKeySequence::New);
    m_newExperimentAction->setIcon(Icons::action(u"list-add"_s, u"list-add.svg"_s));
    m_newExperimentAction->setToolTip(tr("Create an experiment"));
    connect(m_newExperimentAction, &QAction::triggered, this, &MainWindow::createExperiment);

    m_demoAction = make(tr("Create &Demo Data…"), u"demoDataAction"_s);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::createDemoData);

    m_importAction = make(tr("&Import an MLflow Folder…"), u"importAction"_s);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(
        tr("Import the experiments, runs, artifacts and models of an mlruns folder"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFolder);
    m_importDatabaseAction = make(tr("Import an MLflow &Database…"), u"importDatabaseAction"_s);
    m_importDatabaseAction->setToolTip(tr("Import an mlflow.db SQLite file (it is only read)"));
    connect(m_importDatabaseAction, &QAction::triggered, this, &MainWindow::importDatabaseFile);

    m_quitAction = make(tr("&Quit"), u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyRunIdAction = make(tr("&Copy Run ID"), u"copyRunIdAction"_s);
    m_copyRunIdAction->setShortcut(QKeySequence::Copy);
    m_copyRunIdAction->setIcon(Icons::action(u"edit-copy"_s, u"edit-copy.svg"_s));
    connect(m_copyRunIdAction, &QAction::triggered, this, &MainWindow::copyRunIds);

    m_filterAction = make(tr("&Filter Runs"), u"filterAction"_s);
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        // Keys logged since the experiment was opened become completions.
        m_vocabulary->setExperiments(m_vocabulary->experimentIds());
        m_runsPane->filterBar()->focusFilter();
    });

    m_copyRunUriAction = make(tr("Copy Run &URI"), u"copyRunUriAction"_s);
    m_copyRunUriAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyRunUriAction->setToolTip(tr("Copy runs:/<run id>, as MLflow's model loading takes it"));
    connect(m_copyRunUriAction, &QAction::triggered, this, &MainWindow::copyRunUris);

    m_copyValueAction = make(tr("Copy &Value"), u"copyValueAction"_s);
    m_copyValueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_copyValueAction->setToolTip(tr("Copy the value of the cell under the cursor"));
    connect(m_copyValueAction, &QAction::triggered, this, &MainWindow::copyCurrentValue);

    m_exportCsvAction = make(tr("&Export Runs as CSV or JSON…"), u"exportCsvAction"_s);
    m_exportCsvAction->setToolTip(tr("The listed runs with the columns shown, in their order"));
    connect(m_exportCsvAction, &QAction::triggered, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export Runs"));
        dialog->setObjectName(u"exportCsvDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(u"csv"_s);
        dialog->setNameFilters({tr("CSV files (*.csv)"), tr("JSON files (*.json)")});
        connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
            dialog->setDefaultSuffix(filter.contains(u"*.json"_s) ? u"json"_s : u"csv"_s);
        });
        dialog->selectFile(u"runs.csv"_s);
        connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::exportRuns);
        dialog->open();
    });

    // F2 and Delete act on runs while the runs table has focus (WidgetShortcut), on the
    // experiment elsewhere.
    m_renameRunAction = make(tr("Re&name Run…"), u"renameRunAction"_s);
    m_renameRunAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameRunAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_renameRunAction, &QAction::triggered, this, &MainWindow::renameRun);

    m_deleteRunsAction = make(tr("De&lete Runs"), u"deleteRunsAction"_s);
    m_deleteRunsAction->setShortcut(QKeySequence::Delete);
    m_deleteRunsAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteRunsAction->setIcon(Icons::action(u"edit-delete"_s, u"edit-delete.svg"_s));
    connect(m_deleteRunsAction, &QAction::triggered, this, &MainWindow::deleteRuns);

    m_restoreRunsAction = make(tr("Res&tore Runs"), u"restoreRunsAction"_s);
    m_restoreRunsAction->setIcon(Icons::action(u"edit-undo"_s, u"edit-undo.svg"_s));
    connect(m_restoreRunsAction, &QAction::triggered, this, [this] {
        withSelectedRuns([this](const QList<RunTableModel::RunRef> &runs) {
            QStringList ids;
            for (const RunTableModel::RunRef &run : runs) {
                if (run.deleted)
                    ids.append(run.runId);
            }
            if (!ids.isEmpty())
                m_runEditor->restoreRuns(ids);
        });
    });

    m_undoAction = make(tr("&Undo"), u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undo);

    m_setTagAction = make(tr("Set &Tag on Selected Runs…"), u"setTagAction"_s);
    connect(m_setTagAction, &QAction::triggered, this, &MainWindow::setTagOnRuns);

    m_showDeletedRunsAction = make(tr("Show Deleted &Runs"), u"showDeletedRunsAction"_s);
    m_showDeletedRunsAction->setCheckable(true);
    connect(m_showDeletedRunsAction, &QAction::toggled, this, &MainWindow::applyRunsView);

    m_findAction = make(tr("&Find Experiment"), u"findAction"_s);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_showSidebarAction->setChecked(true);
        m_sidebar->focusSearch();
    });

    m_goToAction = make(tr("&Go To Experiment or Run…"), u"goToAction"_s);
    m_goToAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_goToAction, &QAction::triggered, this, &MainWindow::showQuickSwitcher);

    m_renameAction = make(tr("&Rename Experiment…"), u"renameAction"_s);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameExperiment);

    m_deleteAction = make(tr("&Delete Experiment…"), u"deleteAction"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setIcon(Icons::action(u"edit-delete"_s, u"edit-delete.svg"_s));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteExperiment);

    m_restoreAction = make(tr("R&estore Experiment"), u"restoreAction"_s);
    m_restoreAction->setIcon(Icons::action(u"edit-undo"_s, u"edit-undo.svg"_s));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreExperiment);

    m_showDeletedAction = make(tr("Show &Deleted Experiments"), u"showDeletedAction"_s);
    m_showDeletedAction->setCheckable(true);
    connect(m_showDeletedAction, &QAction::toggled, this, [this](bool show) {
        m_sidebar->setShowDeleted(show);
        m_settings->setShowDeletedExperiments(show);
        updateActions();
    });

    m_showSidebarAction = make(tr("Show &Sidebar"), u"showSidebarAction"_s);
    m_showSidebarAction->setCheckable(true);
    m_showSidebarAction->setChecked(true);
    connect(m_showSidebarAction, &QAction::toggled, m_sidebar, &QWidget::setVisible);

    m_showDetailsAction = make(tr("Show Run &Details"), u"showDetailsAction"_s);
    m_showDetailsAction->setCheckable(true);
    m_showDetailsAction->setChecked(true);
    connect(m_showDetailsAction, &QAction::toggled, this, [this] {
        updateMiddlePane();
    });

    m_refreshAction = make(tr("&Refresh"), u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setIcon(Icons::action(u"view-refresh"_s, u"view-refresh.svg"_s));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::onStoreChanged);

    m_openDetailsAction = make(tr("&Open Run Details"), u"openDetailsAction"_s);
    m_openDetailsAction->setShortcut(QKeySequence(Qt::Key_Return));
    // Enter belongs to whatever widget has focus (line edits, dialogs); the table reports it
    // through activated() instead.
    m_openDetailsAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openDetailsAction, &QAction::triggered, this, [this] {
        m_showDetailsAction->setChecked(true);
        m_details->tabs()->setFocus(Qt::ShortcutFocusReason);
    });

    m_modelsAction = make(tr("&Registered Models"), u"modelsAction"_s);
    m_modelsAction->setEnabled(false);
    m_modelsAction->setToolTip(tr("Coming with the model registry editor."));

    m_addRemoteAction = make(tr("&Add a Remote Server…"), u"addRemoteAction"_s);
    m_addRemoteAction->setEnabled(false);
    m_addRemoteAction->setToolTip(tr("Coming with the remote sync feature."));

    m_serverAction = m_localServer->toggleAction();
    m_copyTrackingUriAction = m_localServer->copyExportAction();

    m_aboutAction = make(tr("&About Flowdesk"), u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = make(tr("About &Qt"), u"aboutQtAction"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true);
    file->addAction(m_newExperimentAction);
    file->addSeparator();
    file->addAction(m_demoAction);
    file->addAction(m_importAction);
    file->addAction(m_importDatabaseAction);
    file->addAction(m_exportCsvAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setToolTipsVisible(true);
    edit->addAction(m_undoAction);
    edit->addSeparator();
    edit->addAction(m_copyRunIdAction);
    edit->addAction(m_filterAction);
    edit->addAction(m_findAction);
    edit->addAction(m_goToAction);
    edit->addSeparator();
    edit->addAction(m_renameAction);
    edit->addAction(m_deleteAction);
    edit->addAction(m_restoreAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showSidebarAction);
    view->addAction(m_showDetailsAction);
    view->addSeparator();
    view->addAction(m_showDeletedAction);
    view->addAction(m_showDeletedRunsAction);
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *runs = menuBar()->addMenu(tr("&Runs"));
    runs->addAction(m_openDetailsAction);
    runs->addAction(m_copyRunIdAction);
    runs->addAction(m_copyRunUriAction);
    runs->addAction(m_copyValueAction);
    runs->addSeparator();
    runs->addAction(m_renameRunAction);
    runs->addAction(m_setTagAction);
    runs->addAction(m_deleteRunsAction);
    runs->addAction(m_restoreRunsAction);
    runs->addSeparator();
    runs->addAction(m_exportCsvAction);

    QMenu *registry = menuBar()->addMenu(tr("Re&gistry"));
    registry->setToolTipsVisible(true);
    registry->addAction(m_modelsAction);

    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    sync->setToolTipsVisible(true);
    sync->addAction(m_addRemoteAction);
    sync->addSeparator();
    sync->addAction(m_serverAction);
    sync->addAction(m_copyTrackingUriAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    // Window-wide shortcuts need the actions on the window too when the menu bar is native.
    addActions({m_newExperimentAction,
                m_quitAction,
                m_copyRunIdAction,
                m_copyRunUriAction,
                m_copyValueAction,
                m_findAction,
                m_goToAction,
                m_undoAction,
                m_filterAction,
                m_renameAction,
                m_deleteAction,
                m_refreshAction});
    QTableView *table = m_runsPane->tableView();
    table->addAction(m_openDetailsAction);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    table->addActions({m_copyRunIdAction,
                       m_copyRunUriAction,
                       m_copyValueAction,
                       separator,
                       m_renameRunAction,
                       m_setTagAction,
                       m_deleteRunsAction,
                       m_restoreRunsAction,
                       separator2,
                       m_exportCsvAction});
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1400, 850);
    restoreState(m_settings->windowState());
    const QByteArray splitter = m_settings->splitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    QHeaderView *header = m_runsPane->tableView()->horizontalHeader();
    const QByteArray headerState = m_settings->runsHeaderState();
    if (!headerState.isEmpty())
        header->restoreState(headerState);
    m_showDeletedAction->setChecked(m_settings->showDeletedExperiments());
    m_showSidebarAction->setChecked(m_settings->sidebarVisible());
    m_showDetailsAction->setChecked(m_settings->detailsVisible());
    m_sidebar->setVisible(m_showSidebarAction->isChecked());
    m_experimentToSelect = m_settings->lastExperimentId();
    m_runsPane->filterBar()->setHistory(m_settings->recentFilters());
}

void MainWindow::saveLayout()
{
    saveExperimentView();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setRunsHeaderState(m_runsPane->tableView()->horizontalHeader()->saveState());
    m_settings->setSidebarVisible(m_showSidebarAction->isChecked());
    m_settings->setDetailsVisible(m_showDetailsAction->isChecked());
    m_settings->setShowDeletedExperiments(m_showDeletedAction->isChecked());
    if (m_sidebar->currentExperimentId() >= 0)
        m_settings->setLastExperimentId(m_sidebar->currentExperimentId());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_demoJob && m_demoJob->isRunning())
        m_demoJob->cancel();
    saveLayout();
    event->accept();
}

bool MainWindow::isWelcomeShown() const
{
    return m_middle->currentWidget() == m_welcome;
}

void MainWindow::onExperimentsLoaded()
{
    if (m_experimentToSelect >= 0 && m_sidebar->selectExperiment(m_experimentToSelect)) {
        m_experimentToSelect = -1;
    } else if (m_firstLoad || m_sidebar->currentExperimentId() < 0) {
        // Open on the busiest experiment: on a fresh demo store that is where the data is.
        qint64 best = -1;
        qint64 bestCount = -1;
        for (int row = 0; row < m_experiments->rowCount(); ++row) {
            const ExperimentListModel::Row &item = m_experiments->rowAt(row);
            if (item.experiment.lifecycleStage == Store::LifecycleStage::Active
                && item.runCount > bestCount) {
                best = item.experiment.experimentId;
                bestCount = item.runCount;
            }
        }
        if (best >= 0)
            m_sidebar->selectExperiment(best);
        m_experimentToSelect = -1;
    }
    m_firstLoad = false;
    // A rename or new counts arrive in place: the title follows.
    const int row = m_experiments->rowOfExperiment(m_sidebar->currentExperimentId());
    if (row >= 0 && m_runs->query().experimentIds.size() < 2) {
        const ExperimentListModel::Row &item = m_experiments->rowAt(row);
        m_runsPane->setTitle(item.experiment.name,
                             item.experiment.lifecycleStage == Store::LifecycleStage::Deleted);
    }
    updateMiddlePane();
    updateActions();
    updateStatusBar();
}

void MainWindow::onExperimentChanged(qint64 experimentId)
{
    const QList<qint64> selected = m_sidebar->selectedExperimentIds();
    if (selected.size() > 1) {
        showExperiments(selected);
        return;
    }
    m_runKeyToRestore = -1;
    m_pendingDetailsRow = -1;
    m_detailsLoader->clear();
    m_details->clear();
    const int row = m_experiments->rowOfExperiment(experimentId);
    if (row < 0) {
        m_runsPane->setTitle(QString(), false);
        m_runs->setQuery({});
    } else {
        const ExperimentListModel::Row &item = m_experiments->rowAt(row);
        const bool deleted = item.experiment.lifecycleStage == Store::LifecycleStage::Deleted;
        m_runsPane->setTitle(item.experiment.name, deleted);
        m_runsPane->setEmptyText(deleted ? tr("This experiment is deleted and had no runs.")
                                         : tr("No runs in this experiment yet."));
        // A deleted experiment shows the runs that were deleted with it.
        RunQuery query = RunQuery::forExperiments({experimentId},
                                                  deleted ? Store::ViewType::DeletedOnly
                                                      : m_showDeletedRunsAction->isChecked()
                                                      ? Store::ViewType::All
                                                      : Store::ViewType::ActiveOnly);
        saveExperimentView();
        restoreExperimentView(experimentId, query);
        m_runs->setQuery(query);
        scheduleVocabulary({experimentId});
        m_settings->setLastExperimentId(experimentId);
    }
    updateActions();
    updateStatusBar();
}

void MainWindow::showExperiments(const QList<qint64> &experimentIds)
{
    if (m_runs->query().experimentIds == experimentIds)
        return;
    m_runKeyToRestore = -1;
    m_pendingDetailsRow = -1;
    m_detailsLoader->clear();
    m_details->clear();
    QStringList names;
    for (const qint64 id : experimentIds) {
        const int row = m_experiments->rowOfExperiment(id);
        if (row >= 0)
            names.append(m_experiments->rowAt(row).experiment.name);
    }
    m_runsPane->setTitle(QLocale().createSeparatedList(names), false);
    m_runsPane->setEmptyText(tr("No runs in these experiments."));
    // A selection of several experiments carries the current view over; it is not saved.
    saveExperimentView();
    m_viewExperiment = -1;
    RunQuery query = RunQuery::forExperiments(
        experimentIds,
        m_showDeletedRunsAction->isChecked() ? Store::ViewType::All : Store::ViewType::ActiveOnly);
    const QHeaderView *header = m_runsPane->tableView()->horizontalHeader();
    const QString sortKey = m_runs->orderKeyOf(header->sortIndicatorSection());
    if (!sortKey.isEmpty())
        query.order = {sortKey, header->sortIndicatorOrder()};
    query.filter = m_runsPane->filterBar()->appliedFilter();
    m_runs->setQuery(query);
    scheduleVocabulary(experimentIds);
    updateActions();
    updateStatusBar();
}

void MainWindow::scheduleVocabulary(const QList<qint64> &experimentIds)
{
    // The keys for completion, columns and grouping scan every param and tag of the
    // experiments: they wait until the first rows are on screen (the worker runs one job at a
    // time, so loading them first would delay the first paint).
    m_pendingVocabulary = experimentIds;
    if (m_runs->cachedPageCount() > 0 && !m_runs->isLoading())
        loadPendingVocabulary();
}

void MainWindow::loadPendingVocabulary()
{
    if (!m_pendingVocabulary)
        return;
    const QList<qint64> ids = *m_pendingVocabulary;
    m_pendingVocabulary.reset();
    m_vocabulary->setExperiments(ids);
}

void MainWindow::saveExperimentView()
{
    if (m_viewExperiment < 0)
        return;
    QJsonObject view;
    view.insert(u"filter"_s, m_runsPane->filterBar()->appliedFilter());
    view.insert(u"orderKey"_s, m_runs->query().order.key);
    view.insert(u"ascending"_s, m_runs->query().order.direction == Qt::AscendingOrder);
    QJsonArray columns;
    for (const ItemModels::RunColumn &column : m_runs->columns()) {
        using Kind = ItemModels::RunColumn::Kind;
        using Aggregate = ItemModels::RunColumn::Aggregate;
        QJsonObject item;
        item.insert(u"kind"_s,
                    column.kind == Kind::Metric      ? u"metric"_s
                        : column.kind == Kind::Param ? u"param"_s
                                                     : u"tag"_s);
        item.insert(u"key"_s, column.key);
        item.insert(u"aggregate"_s,
                    column.aggregate == Aggregate::Min          ? u"min"_s
                        : column.aggregate == Aggregate::Max    ? u"max"_s
                        : column.aggregate == Aggregate::Mean   ? u"mean"_s
                        : column.aggregate == Aggregate::AtStep ? u"step"_s
                                                                : u"latest"_s);
        item.insert(u"step"_s, column.step);
        columns.append(item);
    }
    view.insert(u"columns"_s, columns);
    view.insert(u"pinned"_s, QJsonArray::fromStringList(m_runsPane->pinnedColumnIds()));
    view.insert(u"groupBy"_s, m_runsPane->groupChoice());
    view.insert(u"groupMetrics"_s, QJsonArray::fromStringList(m_runsPane->groupMetrics()));
    m_settings->setExperimentView(m_viewExperiment,
                                  QJsonDocument(view).toJson(QJsonDocument::Compact));
}

void MainWindow::restoreExperimentView(qint64 experimentId, ItemModels::RunQuery &query)
{
    m_viewExperiment = experimentId;
    const QJsonObject view =
        QJsonDocument::fromJson(m_settings->experimentView(experimentId)).object();
    ItemModels::RunColumns columns;
    for (const QJsonValue &value : view.value(u"columns"_s).toArray()) {
        using Kind = ItemModels::RunColumn::Kind;
        using Aggregate = ItemModels::RunColumn::Aggregate;
        const QJsonObject item = value.toObject();
        const QString kind = item.value(u"kind"_s).toString();
        const QString aggregate = item.value(u"aggregate"_s).toString();
        ItemModels::RunColumn column;
        column.kind = kind == u"param"_s ? Kind::Param
            : kind == u"tag"_s           ? Kind::Tag
                                         : Kind::Metric;
        column.key = item.value(u"key"_s).toString();
        column.aggregate = aggregate == u"min"_s ? Aggregate::Min
            : aggregate == u"max"_s              ? Aggregate::Max
            : aggregate == u"mean"_s             ? Aggregate::Mean
            : aggregate == u"step"_s             ? Aggregate::AtStep
                                                 : Aggregate::Latest;
        column.step = item.value(u"step"_s).toInteger();
        if (!column.key.isEmpty())
            columns.append(column);
    }
    m_runs->setColumns(columns);
    // Pins name columns by id (RunTableModel::columnId), so they apply to these columns.
    if (view.contains(u"pinned"_s)) {
        QStringList pinned;
        for (const QJsonValue &id : view.value(u"pinned"_s).toArray())
            pinned.append(id.toString());
        m_runsPane->setPinnedColumnIds(pinned);
    } else {
        m_runsPane->setPinnedColumnIds(RunsPane::defaultPinnedColumnIds());
    }
    const QString filter = view.value(u"filter"_s).toString();
    m_runsPane->filterBar()->restoreFilter(filter);
    query.filter = filter;
    const QString orderKey = view.value(u"orderKey"_s).toString();
    if (!orderKey.isEmpty()) {
        query.order = {orderKey,
                       view.value(u"ascending"_s).toBool() ? Qt::AscendingOrder
                                                           : Qt::DescendingOrder};
    }
    // The header shows that order; it must not sort again on its own.
    QHeaderView *header = m_runsPane->tableView()->horizontalHeader();
    {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_runs->columnOfOrderKey(query.order.key), query.order.direction);
    }
    header->viewport()->update();
    // Views saved before several metrics could be chosen hold one "groupMetric".
    QStringList groupMetrics;
    for (const QJsonValue &metric : view.value(u"groupMetrics"_s).toArray())
        groupMetrics.append(metric.toString());
    if (!view.contains(u"groupMetrics"_s) && !view.value(u"groupMetric"_s).toString().isEmpty())
        groupMetrics.append(view.value(u"groupMetric"_s).toString());
    m_runsPane->setGrouping(view.value(u"groupBy"_s).toString(), groupMetrics);
}

void MainWindow::onRunRowChanged(int row)
{
    m_pendingDetailsRow = -1;
    if (row < 0) {
        m_detailsLoader->clear();
        m_details->clear();
        m_runKeyToRestore = -1;
        updateActions();
        return;
    }
    m_runKeyToRestore = m_runs->runKeyAt(row);
    const QString runId = m_runs->runIdAt(row);
    if (runId.isEmpty()) {
        m_pendingDetailsRow = row; // its page is on the way
    } else if (runId != m_detailsLoader->runId() || m_details->runId() != runId) {
        m_detailsLoader->load(runId);
    }
    updateActions();
}

void MainWindow::onRunsReset()
{
    m_details->refreshRunLinks();
    if (m_runKeyToReveal >= 0) {
        const int row = m_runs->rowOfRunKey(m_runKeyToReveal);
        if (row >= 0) {
            m_runKeyToReveal = -1;
            m_runKeyToRestore = m_runs->runKeyAt(row);
            m_runsPane->revealRow(row);
            return;
        }
    }
    // Keep the selected run selected across a refresh that changed the rows.
    if (m_runKeyToRestore >= 0) {
        const int row = m_runs->rowOfRunKey(m_runKeyToRestore);
        if (row >= 0) {
            // A live refresh keeps the user's scroll position even with the selection out of
            // sight; a new query shows the selected run.
            m_runsPane->selectRow(row, !m_runs->lastResetWasRefresh());
            return;
        }
    }
    m_details->clear();
    m_detailsLoader->clear();
    updateActions();
}

void MainWindow::rememberUndo(ItemModels::RunEditor::Action action, const QStringList &runIds)
{
    using Action = ItemModels::RunEditor::Action;
    const auto renamedFrom = std::exchange(m_renamedFrom, {});
    m_undo.reset();
    if (std::exchange(m_undoing, false)) {
        m_undoAction->setText(tr("&Undo"));
        m_undoAction->setEnabled(false);
        return;
    }
    const int count = int(runIds.size());
    switch (action) {
    case Action::Delete:
        m_undo = UndoStep{Action::Restore, runIds, {}};
        m_undoAction->setText(tr("&Undo Deleting %n Run(s)", nullptr, count));
        //: %1 is the shortcut of Edit > Undo
        statusBar()->showMessage(
            tr("Deleted %n run(s). %1 restores them.", nullptr, count)
                .arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)),
            8000);
        break;
    case Action::Restore:
        m_undo = UndoStep{Action::Delete, runIds, {}};
        m_undoAction->setText(tr("&Undo Restoring %n Run(s)", nullptr, count));
        break;
    case Action::Rename:
        if (renamedFrom.first.isEmpty() || runIds != QStringList{renamedFrom.first})
            break;
        m_undo = UndoStep{Action::Rename, runIds, renamedFrom.second};
        m_undoAction->setText(tr("&Undo Renaming Run"));
        break;
    case Action::SetTag:
    case Action::DeleteTag:
        break; // the previous values are gone: nothing to undo to
    }
    if (!m_undo)
        m_undoAction->setText(tr("&Undo"));
    m_undoAction->setEnabled(m_undo.has_value());
}

void MainWindow::undo()
{
    if (!m_undo)
        return;
    const UndoStep step = *std::exchange(m_undo, std::nullopt);
    m_undoAction->setText(tr("&Undo"));
    m_undoAction->setEnabled(false);
    m_undoing = true;
    using Action = ItemModels::RunEditor::Action;
    switch (step.action) {
    case Action::Restore:
        m_runEditor->restoreRuns(step.runIds);
        break;
    case Action::Delete:
        m_runEditor->deleteRuns(step.runIds);
        break;
    case Action::Rename:
        m_runEditor->rename(step.runIds.first(), step.name);
        break;
    case Action::SetTag:
    case Action::DeleteTag:
        break;
    }
}

QuickSwitcher *MainWindow::showQuickSwitcher()
{
    if (!m_quickSwitcher) {
        auto *model = new ItemModels::QuickSwitchModel(m_reader, this);
        m_quickSwitcher = new QuickSwitcher(model, this);
        connect(m_quickSwitcher, &QuickSwitcher::experimentChosen, this, [this](qint64 id) {
            if (!m_sidebar->selectExperiment(id))
                statusBar()->showMessage(tr("That experiment is no longer in the store."), 5000);
            m_runsPane->tableView()->setFocus();
        });
        connect(m_quickSwitcher,
                &QuickSwitcher::runChosen,
                this,
                [this](qint64 experimentId, qint64 runKey) {
                    showRunInTable(runKey, experimentId, false);
                    m_runsPane->tableView()->setFocus();
                });
    }
    m_quickSwitcher->popUp();
    return m_quickSwitcher;
}

void MainWindow::showRunInTable(qint64 runKey, qint64 experimentId, bool deleted)
{
    const int listed = m_runs->rowOfRunKey(runKey);
    if (m_runsPane->isGrouped())
        m_runsPane->groupByCombo()->setCurrentIndex(0);
    if (listed >= 0) {
        m_runsPane->revealRow(listed);
        return;
    }
    if (!m_runs->query().experimentIds.contains(experimentId)) {
        if (!m_sidebar->selectExperiment(experimentId)) {
            statusBar()->showMessage(tr("The run's experiment is not listed: it may be deleted; "
                                        "show deleted experiments to reach it."),
                                     8000);
            return;
        }
    }
    m_runKeyToReveal = runKey;
    if (deleted && !m_showDeletedRunsAction->isChecked())
        m_showDeletedRunsAction->setChecked(true);
    // Whatever the filter was, it hid the run: the table lists the whole experiment again.
    if (!m_runsPane->filterBar()->appliedFilter().isEmpty()
        || !m_runsPane->filterBar()->lineEdit()->text().isEmpty())
        m_runsPane->filterBar()->setFilter(QString());
    else if (!m_runs->isLoading())
        onRunsReset();
}

void MainWindow::onStoreChanged()
{
    m_experiments->reload();
    m_runs->refresh();
    // The run last asked for: a followed run link may not have arrived yet.
    const QString runId =
        m_detailsLoader->runId().isEmpty() ? m_details->runId() : m_detailsLoader->runId();
    if (!runId.isEmpty())
        m_detailsLoader->load(runId);
}

void MainWindow::onFilterApplied(const QString &filter)
{
    if (m_runs->query().isEmpty())
        return;
    ItemModels::RunQuery query = m_runs->query();
    query.filter = filter;
    m_runs->setQuery(query);
    updateStatusBar();
}

void MainWindow::updateMiddlePane()
{
    const bool empty = m_experiments->isStoreEmpty();
    m_middle->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_runsPane);
    // With no runs there is nothing to detail; the pane comes back with the first run.
    m_details->setVisible(!empty && m_showDetailsAction->isChecked());
}

void MainWindow::updateActions()
{
    const int row = m_experiments->rowOfExperiment(m_sidebar->currentExperimentId());
    const bool hasExperiment = row >= 0;
    const bool deleted = hasExperiment
        && m_experiments->rowAt(row).experiment.lifecycleStage == Store::LifecycleStage::Deleted;
    // F2 and Delete act on experiments; while the runs table or the details have focus they
    // must not rename or delete the experiment behind the user's back.
    const QWidget *focus = QApplication::focusWidget();
    const bool focusOnRuns =
        focus && (m_runsPane->isAncestorOf(focus) || m_details->isAncestorOf(focus));
    m_renameAction->setEnabled(hasExperiment && !deleted && !focusOnRuns);
    m_deleteAction->setEnabled(hasExperiment && !deleted && !focusOnRuns);
    m_restoreAction->setEnabled(hasExperiment && deleted);
    m_copyRunIdAction->setEnabled(m_runsPane->currentRow() >= 0);
    m_copyRunUriAction->setEnabled(m_runsPane->currentRow() >= 0);
    m_copyValueAction->setEnabled(m_runsPane->currentRow() >= 0);
    // What the selection allows: deleted runs can be restored, active ones edited.
    bool anyActive = false;
    bool anyDeleted = false;
    const QModelIndexList selected = m_runsPane->tableView()->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const bool rowDeleted = index.data(RunTableModel::IsDeletedRole).toBool();
        anyDeleted = anyDeleted || rowDeleted;
        anyActive = anyActive || !rowDeleted;
    }
    m_renameRunAction->setEnabled(selected.size() == 1 && anyActive);
    m_setTagAction->setEnabled(anyActive && !anyDeleted);
    m_deleteRunsAction->setEnabled(anyActive);
    m_restoreRunsAction->setEnabled(anyDeleted);
    m_exportCsvAction->setEnabled(m_runs->rowCount() > 0);
    m_openDetailsAction->setEnabled(m_runsPane->currentRow() >= 0);
}

QString MainWindow::runCountText() const
{
    if (m_runs->query().isEmpty())
        return {};
    if (m_runs->isLoading() && m_runs->rowCount() == 0)
        return tr("Loading runs…");
    const bool filtered = m_runs->query().isFiltered();
    if (filtered) {
        //: Status bar: runs matching the filter of all runs in the experiment
        return tr("%1 of %2 runs")
            .arg(DisplayFormat::count(m_runs->matchCount()),
                 DisplayFormat::count(m_runs->unfilteredCount()));
    }
    return DisplayFormat::runCount(m_runs->matchCount());
}

QString MainWindow::experimentCountText() const
{
    if (!m_experiments->isLoaded())
        return {};
    return DisplayFormat::experimentCount(m_experiments->activeCount());
}

void MainWindow::updateStatusBar()
{
    m_runCountLabel->setText(runCountText());
    m_experimentCountLabel->setText(experimentCountText());
}

void MainWindow::createExperiment()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"experimentNameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Experiment"));
    dialog->setLabelText(tr("Name of the new experiment:"));
    dialog->setOkButtonText(tr("Create"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        m_experiments->createExperiment(name.trimmed());
    });
    dialog->open();
}

void MainWindow::renameExperiment()
{
    const qint64 id = m_sidebar->currentExperimentId();
    const int row = m_experiments->rowOfExperiment(id);
    if (row < 0)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"experimentNameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Experiment"));
    dialog->setLabelText(tr("New name:"));
    dialog->setTextValue(m_experiments->rowAt(row).experiment.name);
    dialog->setOkButtonText(tr("Rename"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &name) {
        m_experiments->renameExperiment(id, name.trimmed());
    });
    dialog->open();
}

void MainWindow::deleteExperiment()
{
    const qint64 id = m_sidebar->currentExperimentId();
    const int row = m_experiments->rowOfExperiment(id);
    if (row < 0)
        return;
    const ExperimentListModel::Row &item = m_experiments->rowAt(row);
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Delete Experiment"),
                                tr("Delete the experiment “%1”?").arg(item.experiment.name),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(u"confirmDeleteDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Its %Ln run(s) will be deleted with it. You can restore both from View ▸ Show "
           "Deleted Experiments.",
           nullptr,
           int(item.runCount)));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            m_experiments->deleteExperiment(id);
    });
    box->open();
}

void MainWindow::restoreExperiment()
{
    const qint64 id = m_sidebar->currentExperimentId();
    if (m_experiments->rowOfExperiment(id) >= 0)
        m_experiments->restoreExperiment(id);
}

void MainWindow::onExperimentActionFailed(int action, Store::ErrorCode code, const QString &message)
{
    QString text;
    switch (ExperimentListModel::Action(action)) {
    case ExperimentListModel::Action::Create:
        text = code == Store::ErrorCode::ResourceAlreadyExists
            ? tr("An experiment with that name already exists.")
            : tr("The experiment could not be created.");
        break;
    case ExperimentListModel::Action::Rename:
        text = code == Store::ErrorCode::ResourceAlreadyExists
            ? tr("An experiment with that name already exists.")
            : tr("The experiment could not be renamed.");
        break;
    case ExperimentListModel::Action::Delete:
        text = tr("The experiment could not be deleted.");
        break;
    case ExperimentListModel::Action::Restore:
        text = tr("The experiment could not be restored.");
        break;
    }
    showError(text, message);
}

void MainWindow::renameRun()
{
    const int row = m_runsPane->currentRow();
    const QString runId = m_runs->runIdAt(row);
    if (runId.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"runNameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Run"));
    dialog->setLabelText(tr("New name:"));
    dialog->setTextValue(m_runs->index(row, RunTableModel::NameColumn).data().toString());
    dialog->setOkButtonText(tr("Rename"));
    const QString oldName = m_runs->index(row, RunTableModel::NameColumn).data().toString();
    connect(dialog,
            &QInputDialog::textValueSelected,
            this,
            [this, runId, oldName](const QString &name) {
                m_renamedFrom = {runId, oldName};
                m_runEditor->rename(runId, name.trimmed());
            });
    dialog->open();
}

void MainWindow::deleteRuns()
{
    withSelectedRuns([this](const QList<RunTableModel::RunRef> &runs) {
        QStringList ids;
        for (const RunTableModel::RunRef &run : runs) {
            if (!run.deleted)
                ids.append(run.runId);
        }
        if (!ids.isEmpty())
            confirmDeleteRuns(ids);
    });
}

void MainWindow::confirmDeleteRuns(const QStringList &ids)
{
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Delete Runs"),
                                tr("Delete %n run(s)?", nullptr, int(ids.size())),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(u"confirmDeleteRunsDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Deleted runs can be restored from View ▸ Show Deleted Runs."));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, ids](int result) {
        if (result == QMessageBox::Yes)
            m_runEditor->deleteRuns(ids);
    });
    box->open();
}

void MainWindow::setTagOnRuns()
{
    withSelectedRuns([this](const QList<RunTableModel::RunRef> &runs) {
        QStringList ids;
        for (const RunTableModel::RunRef &run : runs)
            ids.append(run.runId);
        if (!ids.isEmpty())
            askTagForRuns(ids);
    });
}

void MainWindow::askTagForRuns(const QStringList &ids)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"setTagDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Set Tag"));
    auto *key = new QLineEdit(dialog);
    key->setObjectName(u"tagKeyEdit"_s);
    auto *value = new QLineEdit(dialog);
    value->setObjectName(u"tagValueEdit"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Key:"), key);
    form->addRow(tr("Value:"), value);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("Set on %n run(s)", nullptr, int(ids.size())));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(key, &QLineEdit::textChanged, dialog, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    //: %n is the number of selected runs
    layout->addWidget(new QLabel(
        tr("Sets the tag on the %n selected run(s) at once.", nullptr, int(ids.size())), dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, ids, key, value] {
        m_runEditor->setTag(ids, key->text().trimmed(), value->text());
    });
    dialog->open();
}

void MainWindow::applyRunsView()
{
    if (m_runs->query().isEmpty())
        return;
    ItemModels::RunQuery query = m_runs->query();
    const bool experimentDeleted = [&] {
        const int row = m_experiments->rowOfExperiment(m_sidebar->currentExperimentId());
        return row >= 0
            && m_experiments->rowAt(row).experiment.lifecycleStage
            == Store::LifecycleStage::Deleted;
    }();
    if (experimentDeleted)
        return; // a deleted experiment always shows the runs deleted with it
    query.view =
        m_showDeletedRunsAction->isChecked() ? Store::ViewType::All : Store::ViewType::ActiveOnly;
    m_runs->setQuery(query);
}

void MainWindow::withSelectedRuns(std::function<void(const QList<RunTableModel::RunRef> &)> then)
{
    // Rows, not the ids of loaded pages: a selection may span pages that were never read.
    QList<int> rows;
    const QModelIndexList selected = m_runsPane->tableView()->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() && m_runsPane->currentRow() >= 0)
        rows.append(m_runsPane->currentRow());
    if (!rows.isEmpty())
        m_runs->resolveRuns(rows, this, std::move(then));
}

void MainWindow::copyRunIds()
{
    withSelectedRuns([this](const QList<RunTableModel::RunRef> &runs) {
        QStringList ids;
        for (const RunTableModel::RunRef &run : runs)
            ids.append(run.runId);
        if (!ids.isEmpty())
            copyText(ids.join(u'\n'));
    });
}

void MainWindow::copyCurrentValue()
{
    const QModelIndex index = m_runsPane->tableView()->currentIndex();
    if (!index.isValid() || !index.data(RunTableModel::IsLoadedRole).toBool())
        return;
    // A metric as logged, every digit, not as the cell rounds it.
    const ItemModels::RunColumn *column = m_runs->dynamicColumn(index.column());
    const QVariant raw = index.data(RunTableModel::SortValueRole);
    if (column && column->kind == ItemModels::RunColumn::Kind::Metric && raw.isValid()) {
        copyText(QString::number(raw.toDouble(), 'g', QLocale::FloatingPointShortest));
        return;
    }
    const QString text = index.data().toString();
    if (!text.isEmpty())
        copyText(text);
}

void MainWindow::copyRunUris()
{
    withSelectedRuns([this](const QList<RunTableModel::RunRef> &runs) {
        QStringList uris;
        for (const RunTableModel::RunRef &run : runs)
            uris.append(u"runs:/"_s + run.runId);
        if (!uris.isEmpty())
            copyText(uris.join(u'\n'));
    });
}

QList<int> MainWindow::shownColumns() const
{
    const QHeaderView *header = m_runsPane->tableView()->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void MainWindow::exportRuns(const QString &path)
{
    // The file's suffix picks the format (the dialog's filter sets the suffix).
    const auto format = path.endsWith(u".json"_s, Qt::CaseInsensitive)
        ? RunTableModel::ExportFormat::Json
        : RunTableModel::ExportFormat::Csv;
    m_runs->exportTable(path, shownColumns(), format);
    //: Status bar message while the export runs
    statusBar()->showMessage(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::copyText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    //: Status bar message after copying run ids
    statusBar()->showMessage(
        tr("Copied %1")
            .arg(text.section(u'\n', 0, 0) + (text.contains(u'\n') ? u" …"_s : QString())),
        3000);
}

void MainWindow::createDemoData()
{
    if (m_demoJob && m_demoJob->isRunning())
        return;
    if (!m_demoJob) {
        m_demoJob = new ItemModels::DemoDataJob(m_reader->databasePath(), this);
        connect(m_demoJob,
                &ItemModels::DemoDataJob::progressChanged,
                this,
                [this](qint64 done, qint64 total) {
                    if (!m_demoProgress)
                        return;
                    m_demoProgress->setMaximum(int(qMax<qint64>(total, 1)));
                    m_demoProgress->setValue(int(qMin(done, total)));
                });
        connect(m_demoJob,
                &ItemModels::DemoDataJob::finished,
                this,
                [this](const Demo::DemoSummary &summary) {
                    if (m_demoProgress)
                        m_demoProgress->deleteLater();
                    m_firstLoad = true; // open on the busiest (demo) experiment
                    m_experiments->reload();
                    m_runs->refresh();
                    //: Status bar message after generating demo data
                    statusBar()->showMessage(
                        tr("Created %Ln demo run(s)", nullptr, int(summary.runs)), 5000);
                });
        connect(m_demoJob, &ItemModels::DemoDataJob::failed, this, [this](const QString &message) {
            if (m_demoProgress)
                m_demoProgress->deleteLater();
            m_experiments->reload();
            showError(tr("The demo data could not be created."), message);
        });
    }
    m_demoProgress = new QProgressDialog(tr("Creating demo data…"), tr("Cancel"), 0, 0, this);
    m_demoProgress->setObjectName(u"demoProgressDialog"_s);
    m_demoProgress->setWindowTitle(tr("Demo Data"));
    m_demoProgress->setWindowModality(Qt::WindowModal);
    m_demoProgress->setMinimumDuration(0);
    m_demoProgress->setAutoClose(false);
    m_demoProgress->setAutoReset(false);
    connect(
        m_demoProgress, &QProgressDialog::canceled, m_demoJob, &ItemModels::DemoDataJob::cancel);
    m_demoProgress->show();
    m_demoJob->start(Demo::DemoOptions{});
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(u"aboutDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Flowdesk"));
    box->setIconPixmap(Icons::application().pixmap(64, 64));
    //: %1 is the version number
    box->setText(u"<h3>"_s + tr("Flowdesk %1").arg(QCoreApplication::applicationVersion())
                 + u"</h3>"_s);
    box->setInformativeText(
        tr("Experiment tracking and model registry for the desktop, compatible with "
           "MLflow.<br><br>Store: %1<br>Qt %2")
            .arg(QDir::toNativeSeparators(m_storeDirectory).toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::showError(const QString &text, const QString &details)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Flowdesk"), text, QMessageBox::Close, this);
    box->setObjectName(u"errorDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The store's message is English protocol text; it is what a bug report needs.
    box->setInformativeText(details.toHtmlEscaped());
    box->open();
}

namespace {

// The local paths of a drag that Flowdesk can import; empty when anything else is in it.
QStringList importablePaths(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        const auto kind = Importers::Importer::detect(path);
        if (path.isEmpty()
            || (kind != Importers::Importer::SourceKind::Mlruns
                && kind != Importers::Importer::SourceKind::SqliteDatabase)) {
            return {};
        }
        paths.append(path);
    }
    return paths;
}

} // namespace

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import an MLflow mlruns Folder"), QDir::homePath());
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::importDatabaseFile()
{
    const QString file = QFileDialog::getOpenFileName(this,
                                                      tr("Import an MLflow Database"),
                                                      QDir::homePath(),
                                                      tr("MLflow databases (*.db *.sqlite);;All "
                                                         "files (*)"));
    if (!file.isEmpty())
        importPaths({file});
}

void MainWindow::importPaths(const QStringList &paths)
{
    for (const QString &path : paths)
        ImportDialog::run(this, path, m_storeDirectory);
    m_firstLoad = true; // show what came in
    m_experiments->reload();
    m_runs->refresh();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importablePaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = importablePaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Let the drag end before the modal import dialog opens.
    QMetaObject::invokeMethod(
        this,
        [this, paths] {
            importPaths(paths);
        },
        Qt::QueuedConnection);
}

} // namespace Flowdesk::Views
