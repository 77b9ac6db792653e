// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/quickswitchmodel.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/trackingstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using namespace Flowdesk::ItemModels;

class tst_QuickSwitchModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyTextListsActiveExperimentsWithRunCounts();
    void findsExperimentsAndRunsByPartOfTheName_data();
    void findsExperimentsAndRunsByPartOfTheName();
    void namesStartingWithTheTextComeFirst();
    void findsARunByTheStartOfItsId();
    void leavesOutDeletedRunsAndExperiments();
    void typingQuicklyAnswersOnlyTheLastText();
    void runsAreCappedOnALargeStore();

private:
    QString createRun(qint64 experimentId, const QString &name, qint64 startTime);
    QStringList namesAfter(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<QuickSwitchModel> m_model;
    qint64 m_churn = -1;
    qint64 m_vision = -1;
};

void tst_QuickSwitchModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_QuickSwitchModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Store::Database::open(m_dir->filePath(u"flowdesk.db"_s));
    Store::TrackingStore store(*m_database);
    m_churn = store.createExperiment(u"churn"_s);
    m_vision = store.createExperiment(u"vision_100%"_s);
    createRun(m_churn, u"xgboost-baseline"_s, 1000);
    createRun(m_churn, u"tuned xgboost"_s, 3000);
    createRun(m_vision, u"resnet-xgb"_s, 2000);
    createRun(m_vision, u"resnet50"_s, 4000);
    m_reader = std::make_unique<StoreReader>(m_database->filePath());
    m_model = std::make_unique<QuickSwitchModel>(m_reader.get());
    new QAbstractItemModelTester(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
}

void tst_QuickSwitchModel::cleanup()
{
    m_model.reset();
    m_reader.reset();
    m_database.reset();
    m_dir.reset();
}

QString tst_QuickSwitchModel::createRun(qint64 experimentId, const QString &name, qint64 startTime)
{
    Store::RunCreation creation;
    creation.experimentId = experimentId;
    creation.runName = name;
    creation.startTime = startTime;
    return Store::TrackingStore(*m_database).createRun(creation).info.runId;
}

QStringList tst_QuickSwitchModel::namesAfter(const QString &text)
{
    QSignalSpy searched(m_model.get(), &QuickSwitchModel::searched);
    m_model->setText(text);
    if (!searched.wait(5000))
        return {u"<no answer>"_s};
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const bool isRun = index.data(QuickSwitchModel::KindRole).value<QuickSwitchModel::Kind>()
            == QuickSwitchModel::Kind::Run;
        names.append((isRun ? u"run:"_s : u"experiment:"_s) + index.data().toString());
    }
    return names;
}

void tst_QuickSwitchModel::emptyTextListsActiveExperimentsWithRunCounts()
{
    QCOMPARE(
        namesAfter(QString()),
        QStringList({u"experiment:churn"_s, u"experiment:Default"_s, u"experiment:vision_100%"_s}));
    const QModelIndex churn = m_model->index(0);
    QCOMPARE(churn.data(QuickSwitchModel::ExperimentIdRole).toLongLong(), m_churn);
    QCOMPARE(churn.data(QuickSwitchModel::RunKeyRole).toLongLong(), -1);
    QVERIFY2(churn.data(QuickSwitchModel::DetailRole).toString().contains(u'2'),
             qPrintable(churn.data(QuickSwitchModel::DetailRole).toString()));
}

void tst_QuickSwitchModel::findsExperimentsAndRunsByPartOfTheName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("run name, any case: starting with it, then the newest first")
        << u"XGB"_s
        << QStringList{u"run:xgboost-baseline"_s, u"run:tuned xgboost"_s, u"run:resnet-xgb"_s};
    QTest::newRow("experiment and runs") << u"churn"_s << QStringList{u"experiment:churn"_s};
    // '%' and '_' are the user's characters, not LIKE wildcards.
    QTest::newRow("percent is literal") << u"100%"_s << QStringList{u"experiment:vision_100%"_s};
    QTest::newRow("underscore is literal") << u"n_1"_s << QStringList{u"experiment:vision_100%"_s};
    QTest::newRow("nothing") << u"lightgbm"_s << QStringList{};
    QTest::newRow("surrounding spaces ignored")
        << u"  resnet50 "_s << QStringList{u"run:resnet50"_s};
}

void tst_QuickSwitchModel::findsExperimentsAndRunsByPartOfTheName()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QCOMPARE(namesAfter(text), names);
}

void tst_QuickSwitchModel::namesStartingWithTheTextComeFirst()
{
    // "resnet-xgb" is newer than "xgboost-baseline" but only contains the text.
    const QStringList names = namesAfter(u"xg"_s);
    QCOMPARE(names.first(), u"run:xgboost-baseline"_s);
    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data(QuickSwitchModel::ExperimentIdRole).toLongLong(), m_churn);
    QCOMPARE(first.data(QuickSwitchModel::DetailRole).toString(), u"churn"_s);
    QVERIFY(first.data(QuickSwitchModel::RunKeyRole).toLongLong() > 0);
}

void tst_QuickSwitchModel::findsARunByTheStartOfItsId()
{
    const QString runId = createRun(m_vision, QString(), 5000);
    const QStringList names = namesAfter(runId.left(10));
    QVERIFY2(names.size() >= 1, qPrintable(names.join(u", "_s)));
    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data(QuickSwitchModel::RunIdRole).toString(), runId);
    // A run the store named itself is found by its id, listed under its generated name.
    QVERIFY(!first.data().toString().isEmpty());
    // Only the start of an id matches: a run id's middle is noise.
    QCOMPARE(namesAfter(runId.mid(12, 12)), QStringList{});
}

void tst_QuickSwitchModel::leavesOutDeletedRunsAndExperiments()
{
    Store::TrackingStore store(*m_database);
    const QString doomed = createRun(m_churn, u"xgboost-deleted"_s, 9000);
    store.deleteRun(doomed);
    store.deleteExperiment(m_vision);
    QCOMPARE(namesAfter(u"xgb"_s),
             QStringList({u"run:xgboost-baseline"_s, u"run:tuned xgboost"_s}));
    QCOMPARE(namesAfter(u"vision"_s), QStringList{});
}

void tst_QuickSwitchModel::typingQuicklyAnswersOnlyTheLastText()
{
    QSignalSpy searched(m_model.get(), &QuickSwitchModel::searched);
    for (const QString &text : {u"r"_s, u"re"_s, u"res"_s, u"resn"_s, u"resnet5"_s})
        m_model->setText(text);
    QVERIFY(searched.wait(5000));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0).data().toString(), u"resnet50"_s);
    // Nothing older arrives afterwards.
    QTest::qWait(3 * QuickSwitchModel::PauseMs);
    QCOMPARE(searched.count(), 1);
    QCOMPARE(m_model->index(0).data().toString(), u"resnet50"_s);
}

void tst_QuickSwitchModel::runsAreCappedOnALargeStore()
{
    for (int i = 0; i < QuickSwitchModel::MaxRuns + 10; ++i)
        createRun(m_churn, u"sweep-%1"_s.arg(i), 10'000 + i);
    const QStringList names = namesAfter(u"sweep"_s);
    QCOMPARE(names.size(), QuickSwitchModel::MaxRuns);
    // The newest first.
    QCOMPARE(names.first(), u"run:sweep-%1"_s.arg(QuickSwitchModel::MaxRuns + 9));
}

QTEST_GUILESS_MAIN(tst_QuickSwitchModel)
#include "tst_quickswitchmodel.moc"
