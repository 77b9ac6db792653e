// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "runsfixture.h"

#include "models/itemmodels/filtervocabulary.h"
#include "models/itemmodels/runeditor.h"
#include "models/itemmodels/runtablemodel.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"
#include "models/store/transaction.h"
#include "views/experimentsidebar.h"
#include "views/mainwindow.h"
#include "views/runs/descriptioneditor.h"
#include "views/runs/filterbar.h"
#include "views/runs/rundetailspanel.h"
#include "views/runs/runspane.h"
#include "views/runs/tagseditor.h"
#include "views/uisettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using ItemModels::RunTableModel;

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

class tst_RunEdits : public QObject, protected RunsFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void f2RenamesRunInTable();
    void deleteKeyDeletesSelectedRunsAndTheyCanBeRestored();
    void undoRestoresDeletedRunsAndRenames();
    void actionsOnASelectionOfUnreadPagesReachEveryRun();
    void copyValueCopiesTheCurrentCell();
    void setsTagOnManySelectedRuns();
    void tagOnManyRunsIsAllOrNothing();
    void editsDescriptionAsMarkdownWithPreview();
    void tagsEditorAddsEditsDeletesAndGuardsSystemTags();

private:
    int rowOf(const QString &name) const;
};

void tst_RunEdits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_RunEdits::init()
{
    setUpRuns();
}

void tst_RunEdits::cleanup()
{
    tearDownRuns();
}

int tst_RunEdits::rowOf(const QString &name) const
{
    const RunTableModel *model = m_window->runModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RunTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void tst_RunEdits::f2RenamesRunInTable()
{
    Views::MainWindow *window = showWindow();
    QTableView *table = window->runsPane()->tableView();
    QTRY_VERIFY(rowOf(u"tree-b"_s) >= 0);
    table->setFocus();
    window->runsPane()->selectRow(rowOf(u"tree-b"_s));
    QTest::keyClick(table, Qt::Key_F2);
    auto *dialog = waitForDialog<QInputDialog>(window, u"runNameDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), u"tree-b"_s);
    dialog->setTextValue(u"tree-b-renamed"_s);
    QSignalSpy done(window->runEditor(), &ItemModels::RunEditor::succeeded);
    QSignalSpy failed(window->runEditor(), &ItemModels::RunEditor::failed);
    dialog->accept();
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(failed.count(), 0);
    QTRY_VERIFY(rowOf(u"tree-b-renamed"_s) >= 0);
    QCOMPARE(appliedTableNames(), u"forest-d,linear-c,tree-a,tree-b-renamed"_s);
    // The experiment was not renamed behind the user's back.
    QCOMPARE(Store::TrackingStore(*m_database).experiment(m_experiment).name, u"churn"_s);
}

void tst_RunEdits::deleteKeyDeletesSelectedRunsAndTheyCanBeRestored()
{
    Views::MainWindow *window = showWindow();
    QTableView *table = window->runsPane()->tableView();
    QTRY_VERIFY(rowOf(u"tree-a"_s) >= 0 && !window->runModel()->runIdAt(3).isEmpty());
    table->setFocus();
    table->selectionModel()->select(window->runModel()->index(rowOf(u"tree-a"_s), 0),
                                    QItemSelectionModel::ClearAndSelect
                                        | QItemSelectionModel::Rows);
    table->selectionModel()->select(window->runModel()->index(rowOf(u"tree-b"_s), 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_Delete);
    auto *box = waitForDialog<QMessageBox>(window, u"confirmDeleteRunsDialog"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"2"_s));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(appliedTableNames(), u"forest-d,linear-c"_s);
    // Both experiments still exist.
    QCOMPARE(Store::TrackingStore(*m_database).experiment(m_experiment).lifecycleStage,
             Store::LifecycleStage::Active);

    auto *showDeleted = window->findChild<QAction *>(u"showDeletedRunsAction"_s);
    showDeleted->setChecked(true);
    QTRY_COMPARE(appliedTableNames(), u"forest-d,linear-c,tree-a,tree-b"_s);
    const int deletedRow = rowOf(u"tree-a"_s);
    QTRY_VERIFY(
        window->runModel()->index(deletedRow, 0).data(RunTableModel::IsDeletedRole).toBool());
    table->selectionModel()->select(window->runModel()->index(deletedRow, 0),
                                    QItemSelectionModel::ClearAndSelect
                                        | QItemSelectionModel::Rows);
    auto *restore = window->findChild<QAction *>(u"restoreRunsAction"_s);
    QVERIFY(restore->isEnabled());
    restore->trigger();
    showDeleted->setChecked(false);
    QTRY_COMPARE(appliedTableNames(), u"forest-d,linear-c,tree-a"_s);
}

void tst_RunEdits::undoRestoresDeletedRunsAndRenames()
{
    Views::MainWindow *window = showWindow();
    QTableView *table = window->runsPane()->tableView();
    auto *undo = window->findChild<QAction *>(u"undoAction"_s);
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));

    // Delete two runs, then Ctrl+Z brings both back.
    QTRY_VERIFY(rowOf(u"tree-a"_s) >= 0 && !window->runModel()->runIdAt(3).isEmpty());
    table->setFocus();
    table->selectionModel()->select(window->runModel()->index(rowOf(u"tree-a"_s), 0),
                                    QItemSelectionModel::ClearAndSelect
                                        | QItemSelectionModel::Rows);
    table->selectionModel()->select(window->runModel()->index(rowOf(u"forest-d"_s), 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_Delete);
    auto *box = waitForDialog<QMessageBox>(window, u"confirmDeleteRunsDialog"_s);
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(appliedTableNames(), u"linear-c,tree-b"_s);
    QTRY_VERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(u"2"_s), qPrintable(undo->text()));
    QSignalSpy undone(undo, &QAction::triggered);
    // Back in the window after the dialog (the offscreen platform does not reactivate it).
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undone.count(), 1);
    QTRY_COMPARE(appliedTableNames(), u"forest-d,linear-c,tree-a,tree-b"_s);
    QTRY_VERIFY(!undo->isEnabled());
    QCOMPARE(Store::TrackingStore(*m_database)
                 .runInfos(m_experiment, Store::ViewType::DeletedOnly)
                 .size(),
             0);

    // A rename is taken back to the name before it.
    QTRY_VERIFY(rowOf(u"tree-b"_s) >= 0);
    window->runsPane()->selectRow(rowOf(u"tree-b"_s));
    QTest::keyClick(table, Qt::Key_F2);
    auto *dialog = waitForDialog<QInputDialog>(window, u"runNameDialog"_s);
    QVERIFY(dialog);
    dialog->setTextValue(u"tree-b-renamed"_s);
    dialog->accept();
    QTRY_VERIFY(rowOf(u"tree-b-renamed"_s) >= 0);
    QTRY_VERIFY(undo->isEnabled());
    undo->trigger();
    QTRY_VERIFY(rowOf(u"tree-b"_s) >= 0);
    QCOMPARE(appliedTableNames(), u"forest-d,linear-c,tree-a,tree-b"_s);
    QTRY_VERIFY(!undo->isEnabled());
}

void tst_RunEdits::actionsOnASelectionOfUnreadPagesReachEveryRun()
{
    Views::MainWindow *window = showWindow();
    QSet<QString> all;
    {
        Store::TrackingStore store(*m_database);
        Store::Transaction transaction(*m_database);
        for (int i = 0; i < 3 * RunTableModel::PageSize; ++i) {
            Store::RunCreation creation;
            creation.experimentId = m_experiment;
            creation.runName = u"bulk-%1"_s.arg(i);
            creation.startTime = 1'600'000'000'000 - i;
            store.createRun(creation);
        }
        transaction.commit();
        for (const Store::RunInfo &info : store.runInfos(m_experiment))
            all.insert(info.runId);
    }
    window->findChild<QAction *>(u"refreshAction"_s)->trigger();
    RunTableModel *model = window->runModel();
    QTRY_COMPARE(model->rowCount(), int(all.size()));
    QTableView *table = window->runsPane()->tableView();
    table->setFocus();
    table->selectAll();
    // Only what is on screen has been read: the selection spans pages never loaded.
    QTRY_VERIFY(model->index(0, 0).data(RunTableModel::IsLoadedRole).toBool());
    const qsizetype pages =
        (model->rowCount() + RunTableModel::PageSize - 1) / RunTableModel::PageSize;
    QVERIFY2(model->cachedPageCount() < pages, qPrintable(QString::number(pages)));

    QGuiApplication::clipboard()->clear();
    window->findChild<QAction *>(u"copyRunIdAction"_s)->trigger();
    QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
    const QStringList copied = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(copied.size(), all.size());
    QCOMPARE(QSet<QString>(copied.cbegin(), copied.cend()), all);
    QCOMPARE(copied.first(), model->runIdAt(0)); // in the table's order

    window->findChild<QAction *>(u"deleteRunsAction"_s)->trigger();
    auto *box = waitForDialog<QMessageBox>(window, u"confirmDeleteRunsDialog"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLocale().toString(all.size()))
                 || box->text().contains(QString::number(all.size())),
             qPrintable(box->text()));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(Store::TrackingStore(*m_database)
                 .runInfos(m_experiment, Store::ViewType::DeletedOnly)
                 .size(),
             all.size());
}

void tst_RunEdits::copyValueCopiesTheCurrentCell()
{
    Views::MainWindow *window = showWindow();
    RunTableModel *model = window->runModel();
    // An rmse that the cell rounds: the copy has every digit.
    QTRY_VERIFY(!model->runIdAt(0).isEmpty());
    Store::TrackingStore(*m_database)
        .logMetric(model->runIdAt(0), {u"rmse"_s, 0.123456789012345, 1'800'000'000'000, 9});
    using ItemModels::RunColumn;
    model->setColumns({{RunColumn::Kind::Metric, u"rmse"_s}});
    window->findChild<QAction *>(u"refreshAction"_s)->trigger();
    QTableView *table = window->runsPane()->tableView();
    const int metricColumn = RunTableModel::ColumnCount;
    QTRY_COMPARE(model->index(0, metricColumn).data(RunTableModel::SortValueRole).toDouble(),
                 0.123456789012345);
    auto *copyValue = window->findChild<QAction *>(u"copyValueAction"_s);
    QVERIFY(copyValue);

    table->setCurrentIndex(model->index(0, metricColumn));
    QGuiApplication::clipboard()->clear();
    copyValue->trigger();
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), u"0.123456789012345"_s);

    table->setCurrentIndex(model->index(0, RunTableModel::NameColumn));
    copyValue->trigger();
    QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                 model->index(0, RunTableModel::NameColumn).data().toString());
}

void tst_RunEdits::setsTagOnManySelectedRuns()
{
    Views::MainWindow *window = showWindow();
    QTableView *table = window->runsPane()->tableView();
    QTRY_VERIFY(!window->runModel()->runIdAt(3).isEmpty());
    table->selectAll();
    auto *action = window->findChild<QAction *>(u"setTagAction"_s);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = waitForDialog<QDialog>(window, u"setTagDialog"_s);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"tagKeyEdit"_s)->setText(u"reviewed"_s);
    dialog->findChild<QLineEdit *>(u"tagValueEdit"_s)->setText(u"yes"_s);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY([&] {
        Store::TrackingStore store(*m_database);
        for (const Store::RunInfo &info : store.runInfos(m_experiment)) {
            const Store::Run run = store.run(info.runId);
            if (!run.tags.contains({u"reviewed"_s, u"yes"_s}))
                return false;
        }
        return true;
    }());
    // The filter sees it.
    window->runsPane()->filterBar()->setFilter(u"tags.reviewed = 'yes'"_s);
    QTRY_COMPARE(window->runCountText(), u"4 of 4 runs"_s);
}

void tst_RunEdits::tagOnManyRunsIsAllOrNothing()
{
    Views::MainWindow *window = showWindow();
    Store::TrackingStore store(*m_database);
    QStringList ids;
    for (const Store::RunInfo &info : store.runInfos(m_experiment))
        ids.append(info.runId);
    store.deleteRun(ids.last()); // tags cannot be set on a deleted run
    QSignalSpy failed(window->runEditor(), &ItemModels::RunEditor::failed);
    window->runEditor()->setTag(ids, u"reviewed"_s, u"yes"_s);
    QVERIFY(failed.wait(5000));
    for (const QString &id : std::as_const(ids)) {
        const Store::Run run = store.run(id);
        for (const Store::Tag &tag : run.tags)
            QVERIFY(tag.key != u"reviewed"_s);
    }
    auto *box = waitForDialog<QMessageBox>(window, u"errorDialog"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"no run was changed"_s));
}

void tst_RunEdits::editsDescriptionAsMarkdownWithPreview()
{
    Views::MainWindow *window = showWindow();
    QTRY_VERIFY(rowOf(u"tree-a"_s) >= 0
                && !window->runModel()->runIdAt(rowOf(u"tree-a"_s)).isEmpty());
    const QString runId = window->runModel()->runIdAt(rowOf(u"tree-a"_s));
    window->runsPane()->selectRow(rowOf(u"tree-a"_s));
    Views::RunDetailsPanel *details = window->detailsPanel();
    QTRY_COMPARE(details->runId(), runId);
    Views::DescriptionEditor *editor = details->descriptionEditor();
    QVERIFY(editor->editButton()->isEnabled());
    details->tabs()->setCurrentWidget(editor);
    editor->editButton()->click();
    QVERIFY(editor->isEditing());
    editor->sourceEdit()->setPlainText(u"# Baseline\nUses **depth 6**."_s);
    // The preview renders the Markdown as it is typed.
    QVERIFY(editor->preview()->toHtml().contains(u"font-weight:700"_s)
            || editor->preview()->toHtml().contains(u"font-weight:600"_s));
    QCOMPARE(editor->preview()->toPlainText().section(u'\n', 0, 0), u"Baseline"_s);
    editor->saveButton()->click();
    QVERIFY(!editor->isEditing());
    Store::TrackingStore store(*m_database);
    QTRY_VERIFY(store.run(runId).tags.contains(
        Store::Tag{u"mlflow.note.content"_s, u"# Baseline\nUses **depth 6**."_s}));
    QTRY_COMPARE(editor->description(), u"# Baseline\nUses **depth 6**."_s);
    QVERIFY(editor->view()->toPlainText().startsWith(u"Baseline"_s));

    // Emptying it removes the tag.
    editor->editButton()->click();
    editor->sourceEdit()->clear();
    editor->saveButton()->click();
    QTRY_VERIFY([&] {
        for (const Store::Tag &tag : store.run(runId).tags) {
            if (tag.key == u"mlflow.note.content"_s)
                return false;
        }
        return true;
    }());
}

void tst_RunEdits::tagsEditorAddsEditsDeletesAndGuardsSystemTags()
{
    Views::MainWindow *window = showWindow();
    QTRY_VERIFY(rowOf(u"tree-a"_s) >= 0
                && !window->runModel()->runIdAt(rowOf(u"tree-a"_s)).isEmpty());
    const QString runId = window->runModel()->runIdAt(rowOf(u"tree-a"_s));
    window->runsPane()->selectRow(rowOf(u"tree-a"_s));
    Views::RunDetailsPanel *details = window->detailsPanel();
    QTRY_COMPARE(details->runId(), runId);
    Views::TagsEditor *tags = details->tagsEditor();
    details->tabs()->setCurrentWidget(tags);
    Store::TrackingStore store(*m_database);
    const auto tagValue = [&](const QString &key) -> QString {
        for (const Store::Tag &tag : store.run(runId).tags) {
            if (tag.key == key)
                return tag.value;
        }
        return u"<none>"_s;
    };
    const auto selectKey = [&](const QString &key) {
        QAbstractItemModel *model = tags->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == key) {
                tags->table()->selectRow(row);
                return true;
            }
        }
        return false;
    };

    // Add.
    QVERIFY(tags->addButton()->isEnabled());
    tags->addButton()->click();
    auto *dialog = waitForDialog<QDialog>(tags, u"tagDialog"_s);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"tagKeyEdit"_s)->setText(u"owner"_s);
    dialog->findChild<QPlainTextEdit *>(u"tagValueEdit"_s)->setPlainText(u"dana"_s);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(tagValue(u"owner"_s), u"dana"_s);

    // Edit.
    QTRY_VERIFY(selectKey(u"owner"_s));
    QVERIFY(tags->editButton()->isEnabled());
    tags->editButton()->click();
    dialog = waitForDialog<QDialog>(tags, u"tagDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLineEdit *>(u"tagKeyEdit"_s)->isReadOnly());
    dialog->findChild<QPlainTextEdit *>(u"tagValueEdit"_s)->setPlainText(u"erin"_s);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(tagValue(u"owner"_s), u"erin"_s);

    // System tags are read-only unless allowed.
    QTRY_VERIFY(selectKey(u"mlflow.runName"_s));
    QVERIFY(!tags->editButton()->isEnabled());
    QVERIFY(!tags->deleteButton()->isEnabled());
    tags->systemTagsBox()->setChecked(true);
    QVERIFY(tags->deleteButton()->isEnabled());
    tags->systemTagsBox()->setChecked(false);

    // Delete.
    QVERIFY(selectKey(u"owner"_s));
    tags->deleteButton()->click();
    QTRY_COMPARE(tagValue(u"owner"_s), u"<none>"_s);
}

QTEST_MAIN(tst_RunEdits)
#include "tst_runedits.moc"
