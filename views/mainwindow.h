// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/runeditor.h"
#include "models/itemmodels/runtablemodel.h"
#include "models/store/storeerror.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

class QAction;
class QLabel;
class QProgressDialog;
class QSplitter;
class QStackedWidget;

#include "models/itemmodels/runquery.h"

namespace Flowdesk::ItemModels {
class DemoDataJob;
class ExperimentListModel;
class FilterVocabulary;
class RunDetailsLoader;
class RunEditor;
class RunTableModel;
class StoreReader;
} // namespace Flowdesk::ItemModels

namespace Flowdesk::Views {

class ExperimentSidebar;
class LocalServerControl;
class QuickSwitcher;
class RunDetailsPanel;
class RunsPane;
class UiSettings;
class WelcomePage;

/// The one window: experiments on the left, the selected experiment's runs in the middle, the
/// selected run on the right (DESIGN.md "The main window"). All store access goes through the
/// item models on the StoreReader's worker.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(const QString &storeDirectory,
               ItemModels::StoreReader *reader,
               UiSettings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ExperimentSidebar *sidebar() const { return m_sidebar; }

    RunsPane *runsPane() const { return m_runsPane; }

    RunDetailsPanel *detailsPanel() const { return m_details; }

    WelcomePage *welcomePage() const { return m_welcome; }

    LocalServerControl *localServer() const { return m_localServer; }

    QSplitter *splitter() const { return m_splitter; }

    ItemModels::ExperimentListModel *experimentModel() const { return m_experiments; }

    ItemModels::RunTableModel *runModel() const { return m_runs; }

    ItemModels::RunEditor *runEditor() const { return m_runEditor; }

    bool isWelcomeShown() const;
    QString runCountText() const;
    QString experimentCountText() const;

    /// Writes geometry, splitter and column layout to the settings (also done on close).
    void saveLayout();

    /// Writes the listed runs, with the columns shown in their on-screen order, to a CSV file
    /// (on the worker; the status bar reports the result).
    void exportRuns(const QString &path);
    /// Ctrl+K: experiments and runs by name; created on first use.
    QuickSwitcher *showQuickSwitcher();
    /// The model columns in on-screen order, hidden ones left out.
    QList<int> shownColumns() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreLayout();

    void onExperimentsLoaded();
    void onExperimentChanged(qint64 experimentId);
    void showExperiments(const QList<qint64> &experimentIds);
    void onRunRowChanged(int row);
    void onRunsReset();
    void onStoreChanged();
    void onFilterApplied(const QString &filter);
    /// Makes a run that the table does not list listed (its experiment, no filter) and selects it.
    void showRunInTable(qint64 runKey, qint64 experimentId, bool deleted);
    void updateMiddlePane();
    void updateActions();
    void updateStatusBar();

    void createExperiment();
    void renameExperiment();
    void deleteExperiment();
    void restoreExperiment();
    void onExperimentActionFailed(int action, Store::ErrorCode code, const QString &message);
    void copyRunIds();
    void copyRunUris();
    /// The value of the runs table's current cell; metrics with all their digits.
    void copyCurrentValue();
    /// The selected runs (else the current one), resolved on the worker where their pages have
    /// not been read; then `then`.
    void
    withSelectedRuns(std::function<void(const QList<ItemModels::RunTableModel::RunRef> &)> then);
    void confirmDeleteRuns(const QStringList &ids);
    void askTagForRuns(const QStringList &ids);
    void renameRun();
    /// After a successful run edit: what Edit > Undo will do (deletes, restores, renames).
    void rememberUndo(ItemModels::RunEditor::Action action, const QStringList &runIds);
    void undo();
    void deleteRuns();
    void setTagOnRuns();
    void applyRunsView();
    /// Saved views per experiment: filter, dynamic columns, sort and grouping.
    void saveExperimentView();
    void scheduleVocabulary(const QList<qint64> &experimentIds);
    void loadPendingVocabulary();
    void restoreExperimentView(qint64 experimentId, ItemModels::RunQuery &query);
    void copyText(const QString &text);
    void createDemoData();
    void importFolder();
    void importDatabaseFile();
    /// Imports each path (an mlruns folder or an mlflow.db file) through ImportDialog.
    void importPaths(const QStringList &paths);
    void showAbout();
    void showError(const QString &text, const QString &details);

    QString m_storeDirectory;
    ItemModels::StoreReader *m_reader = nullptr;
    UiSettings *m_settings = nullptr;

    ItemModels::ExperimentListModel *m_experiments = nullptr;
    ItemModels::RunTableModel *m_runs = nullptr;
    ItemModels::FilterVocabulary *m_vocabulary = nullptr;
    ItemModels::RunEditor *m_runEditor = nullptr;
    ItemModels::RunDetailsLoader *m_detailsLoader = nullptr;
    ItemModels::DemoDataJob *m_demoJob = nullptr;
    LocalServerControl *m_localServer = nullptr;
    QPointer<QProgressDialog> m_demoProgress;

    QSplitter *m_splitter = nullptr;
    ExperimentSidebar *m_sidebar = nullptr;
    QStackedWidget *m_middle = nullptr;
    WelcomePage *m_welcome = nullptr;
    RunsPane *m_runsPane = nullptr;
    RunDetailsPanel *m_details = nullptr;
    QLabel *m_runCountLabel = nullptr;
    QLabel *m_experimentCountLabel = nullptr;

    QAction *m_newExperimentAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importDatabaseAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyRunIdAction = nullptr;
    QAction *m_copyRunUriAction = nullptr;
    QAction *m_copyValueAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_renameRunAction = nullptr;
    QAction *m_deleteRunsAction = nullptr;
    QAction *m_restoreRunsAction = nullptr;
    QAction *m_setTagAction = nullptr;
    QAction *m_showDeletedRunsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_goToAction = nullptr;
    QAction *m_undoAction = nullptr;

    // The last run edit that can be taken back (Edit > Undo): the edit that does it.
    struct UndoStep
    {
        ItemModels::RunEditor::Action action;
        QStringList runIds;
        QString name; ///< Rename: the name to go back to
    };

    std::optional<UndoStep> m_undo;
    std::pair<QString, QString> m_renamedFrom; // run id and name of the rename under way
    bool m_undoing = false; // the next edit to succeed is the undo itself
    QuickSwitcher *m_quickSwitcher = nullptr; // created on first use
    QAction *m_filterAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_showDeletedAction = nullptr;
    QAction *m_showSidebarAction = nullptr;
    QAction *m_showDetailsAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_openDetailsAction = nullptr;
    QAction *m_modelsAction = nullptr;
    QAction *m_addRemoteAction = nullptr;
    QAction *m_serverAction = nullptr;
    QAction *m_copyTrackingUriAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    qint64 m_experimentToSelect = -1; // after the next list load
    qint64 m_viewExperiment = -1; // whose saved view the runs pane shows
    std::optional<QList<qint64>> m_pendingVocabulary;
    bool m_firstLoad = true;
    qint64 m_runKeyToRestore = -1; // selection kept across refreshes
    int m_pendingDetailsRow = -1; // selected before its page arrived
    qint64 m_runKeyToReveal = -1; // "Show in Table": selected once the table lists it
    QString m_linkedFrom; // the run shown before a run link was followed, until it loads
};

} // namespace Flowdesk::Views
