// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "runsfixture.h"

#include "models/itemmodels/datasetinputsmodel.h"
#include "models/store/registrystore.h"
#include "views/runs/filterbar.h"
#include "views/runs/rundetailspanel.h"
#include "views/runs/runspane.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QToolButton>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using ItemModels::RunTableModel;

class tst_RunDetails : public QObject, protected RunsFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overviewShowsDatasetInputsAndModelVersions();
    void overviewSaysWhenNoDatasetsOrModels();
    void linkToRunOfAnotherExperimentShowsItThenShowInTableSelectsIt();
    void linkToFilteredOutRunClearsFilterOnShowInTable();
    void linkToRunGoneFromStoreIsAClearMessage();
    void paramsAndMetricsNarrowAsOneTypesAFilter();
    void followedLinkIsNotUndoneByAPageArrivingLate();

private:
    QString runIdNamed(const QString &name);
    /// Selects the churn run by name and waits for its details.
    Views::RunDetailsPanel *selectRun(const QString &name);
    static void clickLink(QLabel *label);
};

void tst_RunDetails::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_RunDetails::init()
{
    setUpRuns();
}

void tst_RunDetails::cleanup()
{
    tearDownRuns();
}

QString tst_RunDetails::runIdNamed(const QString &name)
{
    QSqlQuery q = m_database->prepare(u"SELECT run_id FROM runs WHERE name = ?"_s);
    q.bindValue(0, name);
    Store::Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

Views::RunDetailsPanel *tst_RunDetails::selectRun(const QString &name)
{
    RunTableModel *model = m_window->runModel();
    const QString runId = runIdNamed(name);
    Views::RunDetailsPanel *details = m_window->detailsPanel();
    [&] {
        QTRY_VERIFY(model->rowCount() > 0 && !model->runIdAt(0).isEmpty());
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->runIdAt(r) == runId)
                row = r;
        }
        QVERIFY(row >= 0);
        m_window->runsPane()->revealRow(row);
        QTRY_COMPARE(details->runId(), runId);
        QTRY_VERIFY(details->runKey() >= 0);
    }();
    details->tabs()->setCurrentIndex(0);
    return details;
}

void tst_RunDetails::clickLink(QLabel *label)
{
    QTRY_VERIFY(label->isVisible());
    QTest::mouseClick(label,
                      Qt::LeftButton,
                      {},
                      QPoint(label->contentsRect().left() + 3, label->contentsRect().center().y()));
}

void tst_RunDetails::overviewShowsDatasetInputsAndModelVersions()
{
    const QString treeA = runIdNamed(u"tree-a"_s);
    {
        Store::TrackingStore store(*m_database);
        const Store::Dataset train{
            u"churn-train"_s,
            u"4198cf1b9a3e77aa"_s,
            u"local"_s,
            u"{\"uri\": \"data/train.parquet\"}"_s,
            u"{\"mlflow_colspec\": [{\"type\": \"double\", \"name\": \"tenure\"}, "
            "{\"type\": \"string\", \"name\": \"plan\"}]}"_s,
            u"{\"num_rows\": 1200, \"num_elements\": 2400}"_s};
        const Store::Dataset eval{
            u"churn-eval"_s, u"77c0d2e1"_s, u"http"_s, u"{\"url\": \"https://x/e.csv\"}"_s, {}, {}};
        store.logInputs(treeA,
                        {{train, {{u"mlflow.data.context"_s, u"training"_s}}},
                         {eval, {{u"mlflow.data.context"_s, u"eval"_s}}}});
        Store::RegistryStore registry(*m_database);
        registry.createRegisteredModel(u"churn-clf"_s);
        Store::ModelVersionCreation creation;
        creation.name = u"churn-clf"_s;
        creation.runId = treeA;
        creation.source = u"runs:/"_s + treeA + u"/model"_s;
        registry.createModelVersion(creation);
        registry.createModelVersion(creation);
        registry.setAlias(u"churn-clf"_s, u"champion"_s, 2);
    }
    showWindow();
    Views::RunDetailsPanel *details = selectRun(u"tree-a"_s);
    QTRY_COMPARE(details->datasetCards().size(), 2);
    QVERIFY(!details->findChild<QLabel *>(u"datasetsNote"_s));
    // The cards follow the order the inputs were logged in, as MLflow lists them.
    QWidget *first = details->datasetCards().at(0);
    QWidget *second = details->datasetCards().at(1);
    QTRY_VERIFY(first->isVisible());
    QCOMPARE(first->findChild<QLabel *>(u"datasetName"_s)->text(), u"churn-train"_s);
    auto *digest = first->findChild<QLabel *>(u"datasetDigest"_s);
    QCOMPARE(digest->text(), u"4198cf1b"_s);
    QVERIFY(digest->toolTip().contains(u"4198cf1b9a3e77aa"_s));
    QCOMPARE(first->findChild<QLabel *>(u"datasetContext"_s)->text(), u"training"_s);
    QCOMPARE(second->findChild<QLabel *>(u"datasetContext"_s)->text(), u"eval"_s);
    QCOMPARE(first->findChild<QLabel *>(u"datasetSource"_s)->text(),
             u"local: data/train.parquet"_s);
    QCOMPARE(second->findChild<QLabel *>(u"datasetSource"_s)->text(), u"http: https://x/e.csv"_s);
    const QString summary = first->findChild<QLabel *>(u"datasetSummary"_s)->text();
    QVERIFY2(summary.contains(u"1,200 rows"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"tenure (double), plan (string)"_s));
    // Only what was logged can be opened.
    QVERIFY(first->findChild<QToolButton *>(u"datasetSchemaButton"_s));
    QVERIFY(!second->findChild<QToolButton *>(u"datasetSchemaButton"_s));
    QVERIFY(!second->findChild<QToolButton *>(u"datasetProfileButton"_s));

    first->findChild<QToolButton *>(u"datasetSchemaButton"_s)->click();
    auto *dialog = details->findChild<QDialog *>(u"datasetJsonDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(u"churn-train"_s));
    const QString json = dialog->findChild<QPlainTextEdit *>(u"datasetJsonText"_s)->toPlainText();
    QVERIFY2(json.contains(u"\n    \"mlflow_colspec\": [\n"_s), qPrintable(json));
    QVERIFY(json.contains(u"\"name\": \"plan\""_s));
    dialog->close();

    QLabel *models = details->overviewValue(u"modelVersionsValue"_s);
    QTRY_VERIFY(models->text().contains(u"churn-clf v2"_s));
    QVERIFY(models->text().contains(u"churn-clf v1"_s));
    QVERIFY(models->text().contains(u"@champion"_s));
    QVERIFY(models->text().indexOf(u"v1"_s) < models->text().indexOf(u"v2"_s));
}

void tst_RunDetails::overviewSaysWhenNoDatasetsOrModels()
{
    showWindow();
    Views::RunDetailsPanel *details = selectRun(u"tree-b"_s);
    QVERIFY(details->datasetCards().isEmpty());
    auto *note = details->findChild<QLabel *>(u"datasetsNote"_s);
    QVERIFY(note);
    QCOMPARE(note->text(), u"No dataset inputs logged"_s);
    QTRY_COMPARE(details->overviewValue(u"modelVersionsValue"_s)->text(), QString(QChar(0x2014)));
}

void tst_RunDetails::linkToRunOfAnotherExperimentShowsItThenShowInTableSelectsIt()
{
    QString parentId;
    {
        Store::TrackingStore store(*m_database);
        const qint64 vision = store.createExperiment(u"vision"_s);
        Store::RunCreation creation;
        creation.experimentId = vision;
        creation.runName = u"vision-parent"_s;
        parentId = store.createRun(creation).info.runId;
        creation.runName = u"vision-other"_s;
        store.createRun(creation);
        store.setTag(runIdNamed(u"tree-a"_s), {u"mlflow.parentRunId"_s, parentId});
    }
    Views::MainWindow *window = showWindow();
    Views::RunDetailsPanel *details = selectRun(u"tree-a"_s);
    QLabel *parent = details->overviewValue(u"parentRunValue"_s);
    QTRY_VERIFY(parent->text().contains(u"vision-parent"_s));
    QVERIFY(parent->text().contains(u"<a "_s));
    QVERIFY(parent->text().contains(u"not in the table"_s));
    QVERIFY(details->notListedBanner()->isHidden());

    clickLink(parent);
    QTRY_COMPARE(details->runId(), parentId);
    QTRY_VERIFY(details->notListedBanner()->isVisible());
    QCOMPARE(details->overviewValue(u"runIdValue"_s)->text(), parentId);
    // The table is untouched.
    QCOMPARE(window->runModel()->query().experimentIds, QList<qint64>{m_experiment});

    details->findChild<QPushButton *>(u"showInTableButton"_s)->click();
    QTRY_VERIFY(window->sidebar()->currentExperimentId() != m_experiment);
    QTRY_COMPARE(window->runModel()->rowCount(), 2);
    QTRY_VERIFY(window->runsPane()->currentRow() >= 0);
    QTRY_COMPARE(window->runModel()->runIdAt(window->runsPane()->currentRow()), parentId);
    QTRY_COMPARE(details->runId(), parentId);
    QTRY_VERIFY(details->notListedBanner()->isHidden());
}

void tst_RunDetails::linkToFilteredOutRunClearsFilterOnShowInTable()
{
    const QString treeA = runIdNamed(u"tree-a"_s);
    const QString treeB = runIdNamed(u"tree-b"_s);
    Store::TrackingStore(*m_database).setTag(treeB, {u"mlflow.parentRunId"_s, treeA});
    Views::MainWindow *window = showWindow();
    Views::FilterBar *bar = window->runsPane()->filterBar();
    bar->setFilter(u"params.lr = '0.01' or params.model = 'forest'"_s);
    QTRY_COMPARE(appliedTableNames(), u"forest-d,linear-c,tree-a"_s);
    Views::RunDetailsPanel *details = selectRun(u"tree-a"_s);
    QTRY_COMPARE(details->childRunLabels().size(), 1);
    QLabel *child = details->childRunLabels().first();
    QVERIFY(child->text().contains(u"tree-b"_s));
    QVERIFY(child->text().contains(u"not in the table"_s));
    clickLink(child);
    QTRY_COMPARE(details->runId(), treeB);
    QTRY_VERIFY(details->notListedBanner()->isVisible());
    // It links back to its parent, which the table lists and still selects: its details return.
    QLabel *parent = details->overviewValue(u"parentRunValue"_s);
    QTRY_VERIFY(parent->text().contains(u"tree-a"_s));
    QVERIFY(!parent->text().contains(u"not in the table"_s));
    clickLink(parent);
    QTRY_COMPARE(details->runId(), treeA);
    QTRY_VERIFY(details->notListedBanner()->isHidden());
    // So does a click on the selected row.
    QTRY_COMPARE(details->childRunLabels().size(), 1);
    clickLink(details->childRunLabels().first());
    QTRY_COMPARE(details->runId(), treeB);
    QTableView *table = window->runsPane()->tableView();
    const QModelIndex selected = table->model()->index(window->runsPane()->currentRow(), 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(selected).center());
    QTRY_COMPARE(details->runId(), treeA);
    clickLink(details->childRunLabels().first());
    QTRY_COMPARE(details->runId(), treeB);

    details->findChild<QPushButton *>(u"showInTableButton"_s)->click();
    QTRY_COMPARE(bar->appliedFilter(), QString());
    QCOMPARE(bar->lineEdit()->text(), QString());
    QTRY_COMPARE(window->runModel()->rowCount(), 4);
    QTRY_VERIFY(window->runsPane()->currentRow() >= 0);
    QTRY_COMPARE(window->runModel()->runIdAt(window->runsPane()->currentRow()), treeB);
    QVERIFY(!window->runsPane()->isRowFolded(window->runsPane()->currentRow()));
    QTRY_VERIFY(details->notListedBanner()->isHidden());
    QCOMPARE(window->runModel()->query().experimentIds, QList<qint64>{m_experiment});
}

void tst_RunDetails::linkToRunGoneFromStoreIsAClearMessage()
{
    const QString treeA = runIdNamed(u"tree-a"_s);
    const QString missing = u"0123456789abcdef0123456789abcdef"_s;
    QString otherId;
    {
        Store::TrackingStore store(*m_database);
        const qint64 other = store.createExperiment(u"other"_s);
        Store::RunCreation creation;
        creation.experimentId = other;
        creation.runName = u"soon-gone"_s;
        otherId = store.createRun(creation).info.runId;
        store.setTag(treeA, {u"mlflow.parentRunId"_s, missing});
        store.setTag(runIdNamed(u"tree-b"_s), {u"mlflow.parentRunId"_s, otherId});
    }
    Views::MainWindow *window = showWindow();
    // Never in the store: said so, no link.
    Views::RunDetailsPanel *details = selectRun(u"tree-a"_s);
    QLabel *parent = details->overviewValue(u"parentRunValue"_s);
    QTRY_VERIFY(parent->text().contains(u"not in this store"_s));
    QVERIFY(parent->text().contains(missing));
    QVERIFY(!parent->text().contains(u"<a "_s));

    // Gone after the link was shown: a message, and the run stays shown.
    details = selectRun(u"tree-b"_s);
    const QString childId = details->runId();
    QTRY_VERIFY(parent->text().contains(u"<a "_s));
    {
        QSqlQuery q = m_database->prepare(u"DELETE FROM runs WHERE run_id = ?"_s);
        q.bindValue(0, otherId);
        Store::Database::exec(q);
    }
    clickLink(parent);
    QTRY_VERIFY(window->statusBar()->currentMessage().contains(otherId));
    QVERIFY(window->statusBar()->currentMessage().contains(u"no longer in the store"_s));
    QTRY_COMPARE(details->runId(), childId);
    QVERIFY(!details->overviewValue(u"runIdValue"_s)->text().isEmpty());
}

void tst_RunDetails::paramsAndMetricsNarrowAsOneTypesAFilter()
{
    showWindow();
    Views::RunDetailsPanel *details = selectRun(u"tree-b"_s);
    auto *params = details->findChild<QTableView *>(u"paramsTable"_s);
    auto *paramsFilter = details->findChild<QLineEdit *>(u"paramsFilter"_s);
    QVERIFY(params && paramsFilter);
    QTRY_COMPARE(params->model()->rowCount(), 2); // model, lr
    // By name, in any case.
    QTest::keyClicks(paramsFilter, u"LR"_s);
    QCOMPARE(params->model()->rowCount(), 1);
    QCOMPARE(params->model()->index(0, 0).data().toString(), u"lr"_s);
    // By value too.
    paramsFilter->setText(u"tree"_s);
    QCOMPARE(params->model()->rowCount(), 1);
    QCOMPARE(params->model()->index(0, 0).data().toString(), u"model"_s);
    // The tab still counts every param.
    QCOMPARE(details->tabs()->tabText(2), u"Params (2)"_s);

    auto *metrics = details->findChild<QTableView *>(u"metricsTable"_s);
    auto *metricsFilter = details->findChild<QLineEdit *>(u"metricsFilter"_s);
    QVERIFY(metrics && metricsFilter);
    QTRY_COMPARE(metrics->model()->rowCount(), 2); // rmse, val loss
    metricsFilter->setText(u"loss"_s);
    QCOMPARE(metrics->model()->rowCount(), 1);
    QCOMPARE(metrics->model()->index(0, 0).data().toString(), u"val loss"_s);
    // Metrics match by name only, not by a value that happens to contain the text.
    metricsFilter->setText(u"1.5"_s);
    QCOMPARE(metrics->model()->rowCount(), 0);

    // The filter stays while another run is selected: the same params, run after run.
    selectRun(u"tree-a"_s);
    QCOMPARE(paramsFilter->text(), u"tree"_s);
    QTRY_COMPARE(params->model()->rowCount(), 1);
    paramsFilter->clear();
    QCOMPARE(params->model()->rowCount(), 2);
}

void tst_RunDetails::followedLinkIsNotUndoneByAPageArrivingLate()
{
    const QString treeA = runIdNamed(u"tree-a"_s);
    const QString treeB = runIdNamed(u"tree-b"_s);
    Store::TrackingStore(*m_database).setTag(treeB, {u"mlflow.parentRunId"_s, treeA});
    Views::MainWindow *window = showWindow();
    Views::RunDetailsPanel *details = selectRun(u"tree-a"_s);
    QTRY_COMPARE(details->childRunLabels().size(), 1);

    // Hold the worker as soon as the filtered keys are in, so that the page of the filtered
    // table is still on its way when the user follows the link to the child the filter hides.
    std::atomic<bool> release = false;
    const auto releaseGuard = qScopeGuard([&release] {
        release = true;
    });
    const QMetaObject::Connection hold =
        connect(window->runModel(), &QAbstractItemModel::modelAboutToBeReset, this, [&] {
            m_reader->submit(
                this,
                [&release](Store::Database &) {
                    while (!release)
                        QThread::msleep(2);
                },
                [] {});
        });
    window->runsPane()->filterBar()->setFilter(u"attributes.run_name = 'tree-a'"_s);
    QTRY_COMPARE(window->runModel()->rowCount(), 1);
    disconnect(hold);
    QVERIFY(!window->runModel()->index(0, 0).data(RunTableModel::IsLoadedRole).toBool());
    QTRY_VERIFY(!details->childRunLabels().isEmpty()
                && details->childRunLabels().first()->isVisible());
    clickLink(details->childRunLabels().first());
    release = true;
    QTRY_COMPARE(details->runId(), treeB);
    // The selected row's page arrives after the click: the details stay on the followed link.
    QTRY_VERIFY(window->runModel()->index(0, 0).data(RunTableModel::IsLoadedRole).toBool());
    // Whatever the page's arrival asked of the worker is done once a later job is.
    bool drained = false;
    m_reader->submit(
        this,
        [](Store::Database &) {},
        [&drained] {
            drained = true;
        });
    QTRY_VERIFY(drained);
    QCoreApplication::processEvents();
    QCOMPARE(details->runId(), treeB);
}

QTEST_MAIN(tst_RunDetails)
#include "tst_rundetails.moc"
