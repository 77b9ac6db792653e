// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "runsfixture.h"

#include "models/itemmodels/quickswitchmodel.h"
#include "views/dialogs/quickswitcher.h"
#include "views/runs/filterbar.h"
#include "views/runs/rundetailspanel.h"
#include "views/runs/runspane.h"

#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using Flowdesk::ItemModels::RunTableModel;
using Flowdesk::Views::QuickSwitcher;

class tst_QuickSwitcher : public QObject, private RunsFixture
{
    Q_OBJECT
private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { setUpRuns(); }

    void cleanup() { tearDownRuns(); }

    void ctrlKOpensWithTheExperimentsAndTheFocusInTheSearchBox();
    void enterOnARunSelectsItInTheTable();
    void aRunTheFilterHidesIsShownWithoutTheFilter();
    void aRunOfAnotherExperimentOpensThatExperiment();
    void anExperimentIsOpenedByItsName();
    void enterRightAfterTypingOpensTheBestMatchOfTheText();
    void escapeClosesAndChangesNothing();

private:
    QuickSwitcher *openSwitcher();
    QString currentRunName() const;
    qint64 addExperimentWithRun(const QString &experiment, const QString &run);
};

QuickSwitcher *tst_QuickSwitcher::openSwitcher()
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    auto *switcher = m_window->findChild<QuickSwitcher *>();
    if (!switcher
        || !QTest::qWaitFor(
            [&] {
                return switcher->isVisible();
            },
            5000))
        return nullptr;
    return switcher;
}

QString tst_QuickSwitcher::currentRunName() const
{
    const int row = m_window->runsPane()->currentRow();
    return row < 0 ? QString()
                   : m_window->runModel()->index(row, RunTableModel::NameColumn).data().toString();
}

qint64 tst_QuickSwitcher::addExperimentWithRun(const QString &experiment, const QString &run)
{
    Store::TrackingStore store(*m_database);
    const qint64 id = store.createExperiment(experiment);
    Store::RunCreation creation;
    creation.experimentId = id;
    creation.runName = run;
    store.createRun(creation);
    return id;
}

void tst_QuickSwitcher::ctrlKOpensWithTheExperimentsAndTheFocusInTheSearchBox()
{
    showWindow();
    QuickSwitcher *switcher = openSwitcher();
    QVERIFY(switcher);
    QVERIFY(switcher->searchBox()->text().isEmpty());
    QTRY_VERIFY(switcher->searchBox()->hasFocus());
    QAbstractItemModel *results = switcher->resultList()->model();
    QTRY_COMPARE(results->rowCount(), 2); // churn and Default
    QCOMPARE(results->index(0, 0).data().toString(), u"churn"_s);
    // The switcher sits over the window, not somewhere on the screen.
    QVERIFY(m_window->frameGeometry().intersects(switcher->frameGeometry()));
}

void tst_QuickSwitcher::enterOnARunSelectsItInTheTable()
{
    showWindow();
    QuickSwitcher *switcher = openSwitcher();
    QVERIFY(switcher);
    QTest::keyClicks(switcher->searchBox(), u"linear"_s);
    QTRY_COMPARE(switcher->resultList()->model()->rowCount(), 1);
    QTest::keyClick(switcher->searchBox(), Qt::Key_Return);
    QTRY_VERIFY(!switcher->isVisible());
    QTRY_COMPARE(currentRunName(), u"linear-c"_s);
    QTRY_VERIFY(!m_window->detailsPanel()->runId().isEmpty());
    QCOMPARE(m_window->detailsPanel()->runId(),
             m_window->runModel()->runIdAt(m_window->runsPane()->currentRow()));
}

void tst_QuickSwitcher::aRunTheFilterHidesIsShownWithoutTheFilter()
{
    showWindow();
    m_window->runsPane()->filterBar()->setFilter(u"params.model = 'tree'"_s);
    QTRY_COMPARE(appliedTableNames(), u"tree-a,tree-b"_s);
    QuickSwitcher *switcher = openSwitcher();
    QVERIFY(switcher);
    QTest::keyClicks(switcher->searchBox(), u"forest"_s);
    QTRY_COMPARE(switcher->resultList()->model()->rowCount(), 1);
    QTest::keyClick(switcher->searchBox(), Qt::Key_Return);
    QTRY_COMPARE(currentRunName(), u"forest-d"_s);
    QCOMPARE(m_window->runsPane()->filterBar()->appliedFilter(), QString());
    QCOMPARE(m_window->runModel()->rowCount(), 4);
}

void tst_QuickSwitcher::aRunOfAnotherExperimentOpensThatExperiment()
{
    const qint64 vision = addExperimentWithRun(u"vision"_s, u"resnet50"_s);
    showWindow();
    QuickSwitcher *switcher = openSwitcher();
    QVERIFY(switcher);
    QTest::keyClicks(switcher->searchBox(), u"resnet"_s);
    QTRY_COMPARE(switcher->resultList()->model()->rowCount(), 1);
    const QModelIndex found = switcher->resultList()->model()->index(0, 0);
    QCOMPARE(found.data(ItemModels::QuickSwitchModel::DetailRole).toString(), u"vision"_s);
    QTest::keyClick(switcher->searchBox(), Qt::Key_Enter);
    QTRY_COMPARE(m_window->sidebar()->currentExperimentId(), vision);
    QTRY_COMPARE(currentRunName(), u"resnet50"_s);
}

void tst_QuickSwitcher::anExperimentIsOpenedByItsName()
{
    const qint64 vision = addExperimentWithRun(u"vision"_s, u"resnet50"_s);
    showWindow();
    QuickSwitcher *switcher = openSwitcher();
    QVERIFY(switcher);
    // Down and Up move through the results while the focus stays in the search box.
    QTRY_COMPARE(switcher->resultList()->model()->rowCount(), 3);
    QCOMPARE(switcher->resultList()->currentIndex().row(), 0);
    QTest::keyClick(switcher->searchBox(), Qt::Key_Down);
    QTest::keyClick(switcher->searchBox(), Qt::Key_Down);
    QCOMPARE(switcher->resultList()->currentIndex().data().toString(), u"vision"_s);
    QTest::keyClick(switcher->searchBox(), Qt::Key_Down); // stays on the last one
    QCOMPARE(switcher->resultList()->currentIndex().data().toString(), u"vision"_s);
    QVERIFY(switcher->searchBox()->hasFocus());
    QTest::keyClick(switcher->searchBox(), Qt::Key_Return);
    QTRY_COMPARE(m_window->sidebar()->currentExperimentId(), vision);
    QTRY_COMPARE(m_window->runModel()->rowCount(), 1);
}

void tst_QuickSwitcher::enterRightAfterTypingOpensTheBestMatchOfTheText()
{
    showWindow();
    QuickSwitcher *switcher = openSwitcher();
    QVERIFY(switcher);
    QTRY_COMPARE(switcher->resultList()->model()->rowCount(), 2);
    // Enter before the pause after the last keystroke: churn (the first experiment) was the
    // current entry, but the text asks for tree-b.
    QTest::keyClicks(switcher->searchBox(), u"tree-b"_s);
    QTest::keyClick(switcher->searchBox(), Qt::Key_Return);
    QTRY_COMPARE(currentRunName(), u"tree-b"_s);
    QVERIFY(!switcher->isVisible());
}

void tst_QuickSwitcher::escapeClosesAndChangesNothing()
{
    showWindow();
    m_window->runsPane()->selectRow(1);
    QTRY_VERIFY(!currentRunName().isEmpty()); // the row's page is in
    const QString selected = currentRunName();
    QuickSwitcher *switcher = openSwitcher();
    QVERIFY(switcher);
    QTest::keyClicks(switcher->searchBox(), u"forest"_s);
    QTRY_COMPARE(switcher->resultList()->model()->rowCount(), 1);
    QTest::keyClick(switcher->searchBox(), Qt::Key_Escape);
    QTRY_VERIFY(!switcher->isVisible());
    QCOMPARE(currentRunName(), selected);
    QCOMPARE(m_window->sidebar()->currentExperimentId(), m_experiment);
    // Opened again, it starts afresh.
    switcher = openSwitcher();
    QVERIFY(switcher);
    QVERIFY(switcher->searchBox()->text().isEmpty());
}

QTEST_MAIN(tst_QuickSwitcher)
#include "tst_quickswitcher.moc"
