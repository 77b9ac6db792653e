// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/experimentfiltermodel.h"
#include "models/itemmodels/experimentlistmodel.h"
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

Q_DECLARE_METATYPE(Flowdesk::Store::ErrorCode)

class tst_ExperimentListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void freshStoreIsEmpty();
    void listsAllExperimentsWithRunCounts();
    void editsThroughTheWorkerAndReloads();
    void reportsRejectedEditsWithTheirCode_data();
    void reportsRejectedEditsWithTheirCode();
    void filterHidesDeletedAndMatchesNames();
    void reportsUnopenableStore();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<StoreReader> m_reader;
};

void tst_ExperimentListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Store::ErrorCode>();
}

void tst_ExperimentListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Store::Database::open(m_dir->filePath(u"flowdesk.db"_s));
    m_reader = std::make_unique<StoreReader>(m_database->filePath());
}

void tst_ExperimentListModel::cleanup()
{
    m_reader.reset();
    m_database.reset();
    m_dir.reset();
}

void tst_ExperimentListModel::freshStoreIsEmpty()
{
    ExperimentListModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ExperimentListModel::loaded);
    QVERIFY(!model.isStoreEmpty()); // not known before the first load
    model.reload();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.isStoreEmpty());

    // One run anywhere, even a deleted one, and the store is no longer empty.
    Store::TrackingStore store(*m_database);
    Store::RunCreation creation;
    const QString runId = store.createRun(creation).info.runId;
    store.deleteRun(runId);
    model.reload();
    QVERIFY(loaded.wait(5000));
    QVERIFY(!model.isStoreEmpty());
}

void tst_ExperimentListModel::listsAllExperimentsWithRunCounts()
{
    Store::TrackingStore store(*m_database);
    const qint64 churn = store.createExperiment(u"churn"_s);
    const qint64 gone = store.createExperiment(u"gone"_s);
    Store::RunCreation creation;
    creation.experimentId = churn;
    for (int i = 0; i < 4; ++i)
        store.createRun(creation);
    store.deleteRun(store.createRun(creation).info.runId);
    creation.experimentId = gone;
    store.createRun(creation);
    store.createRun(creation);
    store.deleteExperiment(gone);

    ExperimentListModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ExperimentListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.activeCount(), 2);
    const QModelIndex churnCount =
        model.index(model.rowOfExperiment(churn), ExperimentListModel::RunCountColumn);
    QCOMPARE(churnCount.data(ExperimentListModel::RunCountRole).toLongLong(), 4);
    QCOMPARE(churnCount.data().toString(), u"4"_s);
    // A deleted experiment counts the runs deleted with it: what a restore brings back.
    const QModelIndex goneName = model.index(model.rowOfExperiment(gone), 0);
    QVERIFY(goneName.data(ExperimentListModel::IsDeletedRole).toBool());
    QCOMPARE(goneName.data(ExperimentListModel::RunCountRole).toLongLong(), 2);
    QCOMPARE(goneName.data().toString(), u"gone"_s);
    QCOMPARE(model.experimentIdAt(model.rowOfExperiment(gone)), gone);
}

void tst_ExperimentListModel::editsThroughTheWorkerAndReloads()
{
    ExperimentListModel model(m_reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ExperimentListModel::loaded);
    QSignalSpy succeeded(&model, &ExperimentListModel::actionSucceeded);
    model.reload();
    QVERIFY(loaded.wait(5000));

    model.createExperiment(u"vision"_s);
    QVERIFY(succeeded.wait(5000));
    const qint64 id = succeeded.last().at(1).toLongLong();
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowOfExperiment(id), 0).data().toString(), u"vision"_s);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.renameExperiment(id, u"vision-2"_s);
    QVERIFY(succeeded.wait(5000));
    QTRY_COMPARE(model.index(model.rowOfExperiment(id), 0).data().toString(), u"vision-2"_s);
    // A rename updates rows in place, so views keep their selection.
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() > 0);

    model.deleteExperiment(id);
    QVERIFY(succeeded.wait(5000));
    QTRY_VERIFY(model.index(model.rowOfExperiment(id), 0)
                    .data(ExperimentListModel::IsDeletedRole)
                    .toBool());
    QCOMPARE(Store::TrackingStore(*m_database).experiment(id).lifecycleStage,
             Store::LifecycleStage::Deleted);

    model.restoreExperiment(id);
    QVERIFY(succeeded.wait(5000));
    QTRY_VERIFY(!model.index(model.rowOfExperiment(id), 0)
                     .data(ExperimentListModel::IsDeletedRole)
                     .toBool());
}

void tst_ExperimentListModel::reportsRejectedEditsWithTheirCode_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Store::ErrorCode>("code");
    QTest::newRow("create-duplicate") << int(ExperimentListModel::Action::Create) << u"Default"_s
                                      << Store::ErrorCode::ResourceAlreadyExists;
    QTest::newRow("create-empty-name") << int(ExperimentListModel::Action::Create) << QString()
                                       << Store::ErrorCode::InvalidParameterValue;
    // MLflow's SQL store answers a rename onto a taken name with BAD_REQUEST.
    QTest::newRow("rename-to-taken") << int(ExperimentListModel::Action::Rename) << u"Default"_s
                                     << Store::ErrorCode::BadRequest;
    QTest::newRow("restore-active") << int(ExperimentListModel::Action::Restore) << QString()
                                    << Store::ErrorCode::ResourceDoesNotExist;
}

void tst_ExperimentListModel::reportsRejectedEditsWithTheirCode()
{
    QFETCH(int, action);
    QFETCH(QString, name);
    QFETCH(Store::ErrorCode, code);
    const qint64 other = Store::TrackingStore(*m_database).createExperiment(u"other"_s);

    ExperimentListModel model(m_reader.get());
    QSignalSpy failed(&model, &ExperimentListModel::actionFailed);
    switch (ExperimentListModel::Action(action)) {
    case ExperimentListModel::Action::Create:
        model.createExperiment(name);
        break;
    case ExperimentListModel::Action::Rename:
        model.renameExperiment(other, name);
        break;
    case ExperimentListModel::Action::Delete:
        model.deleteExperiment(other);
        break;
    case ExperimentListModel::Action::Restore:
        model.restoreExperiment(other);
        break;
    }
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(1).value<Store::ErrorCode>(), code);
    QVERIFY(!failed.first().at(2).toString().isEmpty());
    // Nothing changed.
    const QList<Store::Experiment> all =
        Store::TrackingStore(*m_database).experiments(Store::ViewType::All);
    QCOMPARE(all.size(), 2);
    QCOMPARE(Store::TrackingStore(*m_database).experiment(other).name, u"other"_s);
}

void tst_ExperimentListModel::filterHidesDeletedAndMatchesNames()
{
    Store::TrackingStore store(*m_database);
    store.createExperiment(u"Churn model"_s);
    store.createExperiment(u"alpha"_s);
    store.deleteExperiment(store.createExperiment(u"churn-old"_s));

    ExperimentListModel model(m_reader.get());
    ExperimentFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ExperimentListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(5000));

    const auto names = [&] {
        QStringList result;
        for (int row = 0; row < filter.rowCount(); ++row)
            result.append(filter.index(row, 0).data(ExperimentListModel::NameRole).toString());
        return result;
    };
    // Default first, then by name regardless of case.
    QCOMPARE(names(), (QStringList{u"Default"_s, u"alpha"_s, u"Churn model"_s}));
    filter.setShowDeleted(true);
    QCOMPARE(names(), (QStringList{u"Default"_s, u"alpha"_s, u"Churn model"_s, u"churn-old"_s}));
    filter.setNameFilter(u" CHURN "_s);
    QCOMPARE(names(), (QStringList{u"Churn model"_s, u"churn-old"_s}));
    filter.setShowDeleted(false);
    QCOMPARE(names(), QStringList{u"Churn model"_s});
}

void tst_ExperimentListModel::reportsUnopenableStore()
{
    // A store from a newer Flowdesk is refused by the worker's connection too.
    m_reader.reset();
    m_database->setUserVersion(99);
    m_database.reset();
    StoreReader reader(m_dir->filePath(u"flowdesk.db"_s));
    ExperimentListModel model(&reader);
    QSignalSpy failed(&model, &ExperimentListModel::loadFailed);
    model.reload();
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(u"newer Flowdesk"_s));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ExperimentListModel)
#include "tst_experimentlistmodel.moc"
