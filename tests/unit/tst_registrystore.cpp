// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/storeerror.h"
#include "models/store/validation.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;
using Flowdesk::Store::TestSupport::errorOf;
using Flowdesk::Store::TestSupport::snapshot;

namespace {

using RegistryAction = std::function<void(RegistryStore &)>;

ModelVersionCreation versionOf(const QString &name, qint64 number = 0)
{
    ModelVersionCreation creation;
    creation.name = name;
    creation.source = u"mlflow-artifacts:/1/abc/artifacts/model"_s;
    creation.version = number;
    return creation;
}

QList<qint64> numbers(const QList<ModelVersion> &versions)
{
    QList<qint64> result;
    for (const ModelVersion &v : versions)
        result.append(v.version);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(RegistryAction)

class RegistryStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void invalidRequestIsRefusedAndChangesNothing_data();
    void invalidRequestIsRefusedAndChangesNothing();
    void stageNamesAreCaseInsensitive_data();
    void stageNamesAreCaseInsensitive();

    void createdModelKeepsDescriptionAndTags();
    void renameKeepsVersionsTagsAndAliases();
    void updateChangesTheDescription();
    void modelTagsAreSetReplacedAndDeleted();
    void versionNumbersIncreasePerModelAndAreNeverReused();
    void givenVersionNumberIsKept();
    void createdVersionKeepsItsFields();
    void versionDescriptionAndTagsAreUpdated();
    void transitionArchivesOnlyTheSameStage();
    void latestVersionsArePerStage();
    void aliasesAreSetMovedAndDeleted();
    void aliasLookupIsCaseSensitive();
    void aliasGoesAwayWithItsDeletedVersion();
    void deletingAModelRemovesEverythingOfIt();

private:
    int rowCount(const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RegistryStore> m_store;
};

void RegistryStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    try {
        m_database = Database::open(m_dir->filePath(u"flowdesk.db"_s));
        m_store = std::make_unique<RegistryStore>(*m_database);
        // "m" has versions 1 and 2 (3 was deleted), alias champion -> 1; "other" is empty.
        m_store->createRegisteredModel(u"m"_s, u"the model"_s, {{u"team"_s, u"ml"_s}});
        m_store->createRegisteredModel(u"other"_s);
        for (int i = 0; i < 3; ++i)
            m_store->createModelVersion(versionOf(u"m"_s));
        m_store->deleteModelVersion(u"m"_s, 3);
        m_store->setAlias(u"m"_s, u"champion"_s, 1);
    } catch (const StoreError &error) {
        QFAIL(error.what());
    }
}

void RegistryStoreTest::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

int RegistryStoreTest::rowCount(const QString &table)
{
    QSqlQuery q(m_database->connection());
    // Table names are the test's own constants.
    if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void RegistryStoreTest::invalidRequestIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<RegistryAction>("action");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString invalid = u"INVALID_PARAMETER_VALUE"_s;
    const QString missing = u"RESOURCE_DOES_NOT_EXIST"_s;
    const QString exists = u"RESOURCE_ALREADY_EXISTS"_s;
    const QString k250 = QString(250, u'k');
    const QString v250 = QString(250, u'v');
    const QString modelNotFound = u"Registered Model with name=nope not found"_s;
    const auto run = [](auto f) {
        return RegistryAction(f);
    };

    // Registered models
    QTest::newRow("create model: empty name") << run([](RegistryStore &s) {
        s.createRegisteredModel({});
    }) << invalid << u"Registered model name cannot be empty."_s;
    QTest::newRow("create model: existing name") << run([](RegistryStore &s) {
        s.createRegisteredModel(u"m"_s);
    }) << exists << u"Registered Model (name=m) already exists."_s;
    QTest::newRow("create model: tag name resolving elsewhere")
        << run([](RegistryStore &s) {
               s.createRegisteredModel(u"new"_s, {}, {{u"bad/../key"_s, u"v"_s}});
           })
        << invalid
        << u"Invalid tag name: 'bad/../key'. Names may be treated as files in certain cases, and "
           "must not resolve to other names when treated as such. This name would resolve to "
           "'key'"_s;
    QTest::newRow("create model: tag key of 251")
        << run([](RegistryStore &s) {
               s.createRegisteredModel(u"new"_s, {}, {{QString(251, u'k'), u"v"_s}});
           })
        << invalid
        << u"Registered model key '%1' had length 251, which exceeded length limit of 250"_s.arg(
               k250);
    QTest::newRow("create model: tag value of 5001")
        << run([](RegistryStore &s) {
               s.createRegisteredModel(u"new"_s, {}, {{u"k"_s, QString(5001, u'v')}});
           })
        << invalid
        << u"Registered model value '%1' had length 5001, which exceeded length limit of 5000"_s
               .arg(v250);
    QTest::newRow("get model: unknown") << run([](RegistryStore &s) {
        s.registeredModel(u"nope"_s);
    }) << missing << modelNotFound;
    QTest::newRow("rename model: unknown") << run([](RegistryStore &s) {
        s.renameRegisteredModel(u"nope"_s, u"x"_s);
    }) << missing << modelNotFound;
    QTest::newRow("rename model: onto an existing model") << run([](RegistryStore &s) {
        s.renameRegisteredModel(u"m"_s, u"other"_s);
    }) << exists << u"Registered Model (name=other) already exists."_s;
    QTest::newRow("rename model: empty new name") << run([](RegistryStore &s) {
        s.renameRegisteredModel(u"m"_s, {});
    }) << invalid << u"Registered model name cannot be empty."_s;
    QTest::newRow("update model: unknown") << run([](RegistryStore &s) {
        s.updateRegisteredModel(u"nope"_s, u"d"_s);
    }) << missing << modelNotFound;
    QTest::newRow("delete model: unknown") << run([](RegistryStore &s) {
        s.deleteRegisteredModel(u"nope"_s);
    }) << missing << modelNotFound;
    QTest::newRow("set model tag: unknown model") << run([](RegistryStore &s) {
        s.setRegisteredModelTag(u"nope"_s, {u"k"_s, u"v"_s});
    }) << missing << modelNotFound;
    QTest::newRow("delete model tag: unknown model") << run([](RegistryStore &s) {
        s.deleteRegisteredModelTag(u"nope"_s, u"k"_s);
    }) << missing << modelNotFound;
    QTest::newRow("delete model tag: invalid name")
        << run([](RegistryStore &s) {
               s.deleteRegisteredModelTag(u"m"_s, u"a*b"_s);
           })
        << invalid
        << u"Invalid tag name: 'a*b'. Names may only contain alphanumerics, underscores (_), "
           "dashes (-), periods (.), spaces ( ), and slashes (/)."_s;

    // Versions
    QTest::newRow("create version: unknown model") << run([](RegistryStore &s) {
        s.createModelVersion(versionOf(u"nope"_s));
    }) << missing << modelNotFound;
    QTest::newRow("create version: number taken") << run([](RegistryStore &s) {
        s.createModelVersion(versionOf(u"m"_s, 2));
    }) << exists << u"Model Version (name=m, version=2) already exists."_s;
    QTest::newRow("create version: negative number") << run([](RegistryStore &s) {
        s.createModelVersion(versionOf(u"m"_s, -1));
    }) << invalid << u"Model version must be a positive integer, got '-1'"_s;
    QTest::newRow("create version: tag value of 5001")
        << run([](RegistryStore &s) {
               ModelVersionCreation c = versionOf(u"m"_s);
               c.tags = {{u"k"_s, QString(5001, u'v')}};
               s.createModelVersion(c);
           })
        << invalid
        << u"Model version value '%1' had length 5001, which exceeded length limit of 5000"_s.arg(
               v250);
    QTest::newRow("get version: unknown number") << run([](RegistryStore &s) {
        s.modelVersion(u"m"_s, 99);
    }) << missing << u"Model Version (name=m, version=99) not found"_s;
    QTest::newRow("get version: deleted number") << run([](RegistryStore &s) {
        s.modelVersion(u"m"_s, 3);
    }) << missing << u"Model Version (name=m, version=3) not found"_s;
    QTest::newRow("get version: unknown model") << run([](RegistryStore &s) {
        s.modelVersion(u"nope"_s, 1);
    }) << missing << modelNotFound;
    QTest::newRow("update version: unknown number") << run([](RegistryStore &s) {
        s.updateModelVersion(u"m"_s, 99, u"d"_s);
    }) << missing << u"Model Version (name=m, version=99) not found"_s;
    QTest::newRow("delete version: deleted number") << run([](RegistryStore &s) {
        s.deleteModelVersion(u"m"_s, 3);
    }) << missing << u"Model Version (name=m, version=3) not found"_s;
    QTest::newRow("transition: unknown number") << run([](RegistryStore &s) {
        s.transitionModelVersionStage(u"m"_s, 99, ModelVersionStage::Staging, false);
    }) << missing << u"Model Version (name=m, version=99) not found"_s;
    QTest::newRow("transition: archive others when moving to None")
        << run([](RegistryStore &s) {
               s.transitionModelVersionStage(u"m"_s, 1, ModelVersionStage::None, true);
           })
        << invalid
        << u"Model version transition cannot archive existing model versions because 'None' is "
           "not an Active stage. Valid stages are ['Staging', 'Production']"_s;
    QTest::newRow("transition: archive others when moving to Archived")
        << run([](RegistryStore &s) {
               s.transitionModelVersionStage(u"m"_s, 1, ModelVersionStage::Archived, true);
           })
        << invalid
        << u"Model version transition cannot archive existing model versions because 'Archived' "
           "is not an Active stage. Valid stages are ['Staging', 'Production']"_s;
    QTest::newRow("set version tag: unknown number") << run([](RegistryStore &s) {
        s.setModelVersionTag(u"m"_s, 99, {u"k"_s, u"v"_s});
    }) << missing << u"Model Version (name=m, version=99) not found"_s;
    QTest::newRow("set version tag: key of 251")
        << run([](RegistryStore &s) {
               s.setModelVersionTag(u"m"_s, 1, {QString(251, u'k'), u"v"_s});
           })
        << invalid
        << u"Model version key '%1' had length 251, which exceeded length limit of 250"_s.arg(k250);
    QTest::newRow("delete version tag: unknown number") << run([](RegistryStore &s) {
        s.deleteModelVersionTag(u"m"_s, 99, u"k"_s);
    }) << missing << u"Model Version (name=m, version=99) not found"_s;

    // Aliases
    QTest::newRow("alias: latest") << run([](RegistryStore &s) {
        s.setAlias(u"m"_s, u"latest"_s, 1);
    }) << invalid << u"'latest' alias name (case insensitive) is reserved."_s;
    QTest::newRow("alias: LaTeSt") << run([](RegistryStore &s) {
        s.setAlias(u"m"_s, u"LaTeSt"_s, 1);
    }) << invalid << u"'latest' alias name (case insensitive) is reserved."_s;
    QTest::newRow("alias: v2") << run([](RegistryStore &s) {
        s.setAlias(u"m"_s, u"v2"_s, 1);
    }) << invalid << u"Version alias name 'v2' is reserved."_s;
    QTest::newRow("alias: V10") << run([](RegistryStore &s) {
        s.setAlias(u"m"_s, u"V10"_s, 1);
    }) << invalid << u"Version alias name 'V10' is reserved."_s;
    QTest::newRow("alias: empty") << run([](RegistryStore &s) {
        s.setAlias(u"m"_s, {}, 1);
    }) << invalid << u"Registered model alias name cannot be empty."_s;
    QTest::newRow("alias: space and bang")
        << run([](RegistryStore &s) {
               s.setAlias(u"m"_s, u"bad alias!"_s, 1);
           })
        << invalid
        << u"Invalid alias name: 'bad alias!'. Names may only contain alphanumerics, underscores "
           "(_), and dashes (-)."_s;
    QTest::newRow("alias: 256 characters")
        << run([](RegistryStore &s) {
               s.setAlias(u"m"_s, QString(256, u'a'), 1);
           })
        << invalid
        << u"Registered model alias name '%1' had length 256, which exceeded length limit of 255"_s
               .arg(QString(250, u'a'));
    QTest::newRow("alias: unknown version") << run([](RegistryStore &s) {
        s.setAlias(u"m"_s, u"ghost"_s, 99);
    }) << missing << u"Model Version (name=m, version=99) not found"_s;
    QTest::newRow("alias: deleted version") << run([](RegistryStore &s) {
        s.setAlias(u"m"_s, u"ghost"_s, 3);
    }) << missing << u"Model Version (name=m, version=3) not found"_s;
    QTest::newRow("alias: unknown model") << run([](RegistryStore &s) {
        s.setAlias(u"nope"_s, u"a"_s, 1);
    }) << missing << modelNotFound;
    // MLflow answers 400, not 404, for an alias it does not know.
    QTest::newRow("get by alias: unknown alias") << run([](RegistryStore &s) {
        s.modelVersionByAlias(u"m"_s, u"nope"_s);
    }) << invalid << u"Registered model alias nope not found."_s;
    QTest::newRow("get by alias: other case") << run([](RegistryStore &s) {
        s.modelVersionByAlias(u"m"_s, u"CHAMPION"_s);
    }) << invalid << u"Registered model alias CHAMPION not found."_s;
    QTest::newRow("stage name: unknown")
        << run([](RegistryStore &) {
               Validation::validateStage(u"Nowhere"_s);
           })
        << invalid
        << u"Invalid Model Version stage: Nowhere. Value must be one of None, Staging, "
           "Production, Archived."_s;
}

void RegistryStoreTest::invalidRequestIsRefusedAndChangesNothing()
{
    QFETCH(RegistryAction, action);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const QStringList before = snapshot(*m_database);
    const auto error = errorOf([&] {
        action(*m_store);
    });
    QVERIFY2(error, "the request was accepted");
    QCOMPARE(error->message(), message);
    QCOMPARE(error->codeName(), code);
    QCOMPARE(snapshot(*m_database), before);
}

void RegistryStoreTest::stageNamesAreCaseInsensitive_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ModelVersionStage>("stage");
    QTest::newRow("None") << u"None"_s << ModelVersionStage::None;
    QTest::newRow("none") << u"none"_s << ModelVersionStage::None;
    QTest::newRow("staging") << u"staging"_s << ModelVersionStage::Staging;
    QTest::newRow("PRODUCTION") << u"PRODUCTION"_s << ModelVersionStage::Production;
    QTest::newRow("Archived") << u"Archived"_s << ModelVersionStage::Archived;
}

void RegistryStoreTest::stageNamesAreCaseInsensitive()
{
    QFETCH(QString, name);
    QFETCH(ModelVersionStage, stage);
    QCOMPARE(Validation::validateStage(name), stage);
}

void RegistryStoreTest::createdModelKeepsDescriptionAndTags()
{
    const RegisteredModel model = m_store->registeredModel(u"m"_s);
    QCOMPARE(model.name, u"m"_s);
    QCOMPARE(model.description, u"the model"_s);
    QCOMPARE(model.tags, (QList<Tag>{{u"team"_s, u"ml"_s}}));
    QCOMPARE(model.aliases, (QList<Tag>{{u"champion"_s, u"1"_s}}));
    QVERIFY(model.creationTime > 0);
    QVERIFY(model.lastUpdatedTime >= model.creationTime);
    const RegisteredModel plain = m_store->registeredModel(u"other"_s);
    QCOMPARE(plain.description, QString());
    QVERIFY(plain.tags.isEmpty());
    QCOMPARE(m_store->registeredModels().size(), 2);
    QVERIFY(m_store->hasRegisteredModel(u"m"_s));
    QVERIFY(!m_store->hasRegisteredModel(u"M"_s));
}

void RegistryStoreTest::renameKeepsVersionsTagsAndAliases()
{
    const RegisteredModel renamed = m_store->renameRegisteredModel(u"m"_s, u"m2"_s);
    QCOMPARE(renamed.name, u"m2"_s);
    QCOMPARE(renamed.tags, (QList<Tag>{{u"team"_s, u"ml"_s}}));
    QCOMPARE(numbers(m_store->modelVersions(u"m2"_s)), (QList<qint64>{1, 2}));
    QCOMPARE(m_store->modelVersionByAlias(u"m2"_s, u"champion"_s).version, qint64(1));
    QCOMPARE(m_store->modelVersion(u"m2"_s, 2).name, u"m2"_s);
    QVERIFY(!m_store->hasRegisteredModel(u"m"_s));
    // A rename onto its own name is no collision, and the next version goes on counting.
    m_store->renameRegisteredModel(u"m2"_s, u"m2"_s);
    QCOMPARE(m_store->createModelVersion(versionOf(u"m2"_s)).version, qint64(4));
}

void RegistryStoreTest::updateChangesTheDescription()
{
    const qint64 before = m_store->registeredModel(u"m"_s).lastUpdatedTime;
    const RegisteredModel updated = m_store->updateRegisteredModel(u"m"_s, u"new text"_s);
    QCOMPARE(updated.description, u"new text"_s);
    QVERIFY(updated.lastUpdatedTime >= before);
    QCOMPARE(m_store->updateRegisteredModel(u"m"_s, {}).description, QString());
}

void RegistryStoreTest::modelTagsAreSetReplacedAndDeleted()
{
    m_store->setRegisteredModelTag(u"m"_s, {u"team"_s, u"ops"_s});
    m_store->setRegisteredModelTag(u"m"_s, {u"empty"_s, {}});
    QCOMPARE(m_store->registeredModel(u"m"_s).tags,
             (QList<Tag>{{u"empty"_s, {}}, {u"team"_s, u"ops"_s}}));
    m_store->deleteRegisteredModelTag(u"m"_s, u"team"_s);
    const QStringList before = snapshot(*m_database);
    m_store->deleteRegisteredModelTag(u"m"_s, u"team"_s); // missing: fine, nothing changes
    QCOMPARE(snapshot(*m_database), before);
    QCOMPARE(m_store->registeredModel(u"m"_s).tags, (QList<Tag>{{u"empty"_s, {}}}));
}

void RegistryStoreTest::versionNumbersIncreasePerModelAndAreNeverReused()
{
    QCOMPARE(numbers(m_store->modelVersions(u"m"_s)), (QList<qint64>{1, 2}));
    QCOMPARE(m_store->createModelVersion(versionOf(u"m"_s)).version, qint64(4));
    QCOMPARE(m_store->createModelVersion(versionOf(u"other"_s)).version, qint64(1));
    m_store->deleteModelVersion(u"m"_s, 4);
    m_store->deleteModelVersion(u"m"_s, 2);
    m_store->deleteModelVersion(u"m"_s, 1);
    QCOMPARE(m_store->createModelVersion(versionOf(u"m"_s)).version, qint64(5));
    QCOMPARE(numbers(m_store->modelVersions(u"m"_s)), (QList<qint64>{5}));
}

void RegistryStoreTest::givenVersionNumberIsKept()
{
    QCOMPARE(m_store->createModelVersion(versionOf(u"m"_s, 10)).version, qint64(10));
    QCOMPARE(m_store->createModelVersion(versionOf(u"m"_s)).version, qint64(11));
    // A free lower number (an import filling a gap) does not pull the counter back.
    QCOMPARE(m_store->createModelVersion(versionOf(u"m"_s, 7)).version, qint64(7));
    QCOMPARE(m_store->createModelVersion(versionOf(u"m"_s)).version, qint64(12));
    QCOMPARE(numbers(m_store->modelVersions(u"m"_s)), (QList<qint64>{1, 2, 7, 10, 11, 12}));
}

void RegistryStoreTest::createdVersionKeepsItsFields()
{
    ModelVersionCreation creation = versionOf(u"other"_s);
    creation.runId = u"25ea454415694456b9a99cf146cfa131"_s;
    creation.runLink = u"http://example/run"_s;
    creation.description = u"first"_s;
    creation.userId = u"alice"_s;
    creation.tags = {{u"k"_s, u"v"_s}};
    const ModelVersion v = m_store->createModelVersion(creation);
    QCOMPARE(v.name, u"other"_s);
    QCOMPARE(v.version, qint64(1));
    QCOMPARE(v.source, creation.source);
    QCOMPARE(v.storageLocation, creation.source);
    QCOMPARE(v.runId, creation.runId);
    QCOMPARE(v.runLink, creation.runLink);
    QCOMPARE(v.description, u"first"_s);
    QCOMPARE(v.userId, u"alice"_s);
    QCOMPARE(v.status, ModelVersionStatus::Ready);
    QCOMPARE(v.currentStage, ModelVersionStage::None);
    QCOMPARE(v.tags, creation.tags);
    QVERIFY(v.aliases.isEmpty());
    QVERIFY(v.creationTime > 0);
    QCOMPARE(m_store->modelVersion(u"other"_s, 1).runId, creation.runId);
}

void RegistryStoreTest::versionDescriptionAndTagsAreUpdated()
{
    QCOMPARE(m_store->updateModelVersion(u"m"_s, 2, u"better"_s).description, u"better"_s);
    m_store->setModelVersionTag(u"m"_s, 2, {u"k"_s, u"1"_s});
    m_store->setModelVersionTag(u"m"_s, 2, {u"k"_s, u"2"_s});
    QCOMPARE(m_store->modelVersion(u"m"_s, 2).tags, (QList<Tag>{{u"k"_s, u"2"_s}}));
    m_store->deleteModelVersionTag(u"m"_s, 2, u"k"_s);
    m_store->deleteModelVersionTag(u"m"_s, 2, u"k"_s); // missing: fine
    QVERIFY(m_store->modelVersion(u"m"_s, 2).tags.isEmpty());
    QVERIFY(m_store->modelVersion(u"m"_s, 1).tags.isEmpty());
}

void RegistryStoreTest::transitionArchivesOnlyTheSameStage()
{
    m_store->createModelVersion(versionOf(u"m"_s)); // 4
    m_store->createModelVersion(versionOf(u"m"_s)); // 5
    m_store->transitionModelVersionStage(u"m"_s, 1, ModelVersionStage::Staging, false);
    m_store->transitionModelVersionStage(u"m"_s, 2, ModelVersionStage::Staging, false);
    m_store->transitionModelVersionStage(u"m"_s, 4, ModelVersionStage::Production, false);
    QCOMPARE(m_store->modelVersion(u"m"_s, 1).currentStage, ModelVersionStage::Staging);
    QCOMPARE(m_store->modelVersion(u"m"_s, 2).currentStage, ModelVersionStage::Staging);

    const ModelVersion moved =
        m_store->transitionModelVersionStage(u"m"_s, 5, ModelVersionStage::Staging, true);
    QCOMPARE(moved.currentStage, ModelVersionStage::Staging);
    QCOMPARE(m_store->modelVersion(u"m"_s, 1).currentStage, ModelVersionStage::Archived);
    QCOMPARE(m_store->modelVersion(u"m"_s, 2).currentStage, ModelVersionStage::Archived);
    QCOMPARE(m_store->modelVersion(u"m"_s, 4).currentStage, ModelVersionStage::Production);

    // Moving a version within its own stage with archiving keeps it there.
    m_store->transitionModelVersionStage(u"m"_s, 4, ModelVersionStage::Production, true);
    QCOMPARE(m_store->modelVersion(u"m"_s, 4).currentStage, ModelVersionStage::Production);
    m_store->transitionModelVersionStage(u"m"_s, 1, ModelVersionStage::None, false);
    QCOMPARE(m_store->modelVersion(u"m"_s, 1).currentStage, ModelVersionStage::None);
}

void RegistryStoreTest::latestVersionsArePerStage()
{
    m_store->createModelVersion(versionOf(u"m"_s)); // 4
    m_store->createModelVersion(versionOf(u"m"_s)); // 5
    m_store->transitionModelVersionStage(u"m"_s, 1, ModelVersionStage::Production, false);
    m_store->transitionModelVersionStage(u"m"_s, 4, ModelVersionStage::Production, false);
    m_store->transitionModelVersionStage(u"m"_s, 2, ModelVersionStage::Staging, false);
    // None: 5; Staging: 2; Production: 1, 4.
    QCOMPARE(numbers(m_store->latestVersions(u"m"_s, {})), (QList<qint64>{5, 2, 4}));
    QCOMPARE(numbers(m_store->latestVersions(u"m"_s, {ModelVersionStage::Production})),
             (QList<qint64>{4}));
    QCOMPARE(numbers(m_store->latestVersions(u"m"_s, {ModelVersionStage::Archived})),
             QList<qint64>());
    m_store->deleteModelVersion(u"m"_s, 4);
    QCOMPARE(numbers(m_store->latestVersions(u"m"_s, {ModelVersionStage::Production})),
             (QList<qint64>{1}));
    QVERIFY(m_store->latestVersions(u"other"_s, {}).isEmpty());
}

void RegistryStoreTest::aliasesAreSetMovedAndDeleted()
{
    m_store->setAlias(u"m"_s, u"challenger"_s, 2);
    QCOMPARE(m_store->modelVersion(u"m"_s, 2).aliases, (QStringList{u"challenger"_s}));
    // Setting an existing alias moves it.
    m_store->setAlias(u"m"_s, u"champion"_s, 2);
    QCOMPARE(m_store->modelVersion(u"m"_s, 1).aliases, QStringList());
    QCOMPARE(m_store->modelVersion(u"m"_s, 2).aliases,
             (QStringList{u"challenger"_s, u"champion"_s}));
    QCOMPARE(m_store->modelVersionByAlias(u"m"_s, u"champion"_s).version, qint64(2));
    QCOMPARE(m_store->registeredModel(u"m"_s).aliases,
             (QList<Tag>{{u"challenger"_s, u"2"_s}, {u"champion"_s, u"2"_s}}));

    m_store->deleteAlias(u"m"_s, u"challenger"_s);
    const QStringList before = snapshot(*m_database);
    m_store->deleteAlias(u"m"_s, u"challenger"_s); // missing: fine
    QCOMPARE(snapshot(*m_database), before);
    QCOMPARE(m_store->registeredModel(u"m"_s).aliases, (QList<Tag>{{u"champion"_s, u"2"_s}}));
    // Aliases belong to their model.
    m_store->createModelVersion(versionOf(u"other"_s));
    m_store->setAlias(u"other"_s, u"champion"_s, 1);
    QCOMPARE(m_store->modelVersionByAlias(u"m"_s, u"champion"_s).version, qint64(2));
    QCOMPARE(m_store->modelVersionByAlias(u"other"_s, u"champion"_s).name, u"other"_s);
    // Names that merely contain a reserved word are fine.
    m_store->setAlias(u"m"_s, u"latest-good"_s, 1);
    m_store->setAlias(u"m"_s, u"v2x"_s, 1);
    m_store->setAlias(u"m"_s, u"version_2"_s, 1);
    QCOMPARE(m_store->modelVersion(u"m"_s, 1).aliases,
             (QStringList{u"latest-good"_s, u"v2x"_s, u"version_2"_s}));
}

void RegistryStoreTest::aliasLookupIsCaseSensitive()
{
    m_store->setAlias(u"m"_s, u"Champion"_s, 2);
    QCOMPARE(m_store->modelVersionByAlias(u"m"_s, u"champion"_s).version, qint64(1));
    QCOMPARE(m_store->modelVersionByAlias(u"m"_s, u"Champion"_s).version, qint64(2));
}

void RegistryStoreTest::aliasGoesAwayWithItsDeletedVersion()
{
    // Flowdesk differs from MLflow 2.14 on purpose: no alias is left pointing at nothing.
    m_store->setAlias(u"m"_s, u"challenger"_s, 2);
    m_store->deleteModelVersion(u"m"_s, 1);
    const auto error = errorOf([&] {
        m_store->modelVersionByAlias(u"m"_s, u"champion"_s);
    });
    QVERIFY(error);
    QCOMPARE(error->codeName(), u"INVALID_PARAMETER_VALUE"_s);
    QCOMPARE(error->message(), u"Registered model alias champion not found."_s);
    QCOMPARE(m_store->registeredModel(u"m"_s).aliases, (QList<Tag>{{u"challenger"_s, u"2"_s}}));
}

void RegistryStoreTest::deletingAModelRemovesEverythingOfIt()
{
    m_store->setModelVersionTag(u"m"_s, 1, {u"k"_s, u"v"_s});
    m_store->createModelVersion(versionOf(u"other"_s));
    m_store->setAlias(u"other"_s, u"keep"_s, 1);
    m_store->deleteRegisteredModel(u"m"_s);
    QVERIFY(!m_store->hasRegisteredModel(u"m"_s));
    QCOMPARE(rowCount(u"model_versions"_s), 1);
    QCOMPARE(rowCount(u"model_version_tags"_s), 0);
    QCOMPARE(rowCount(u"model_aliases"_s), 1);
    QCOMPARE(rowCount(u"registered_model_tags"_s), 0);
    // A new model of the same name starts from scratch.
    m_store->createRegisteredModel(u"m"_s);
    QCOMPARE(m_store->createModelVersion(versionOf(u"m"_s)).version, qint64(1));
    QVERIFY(m_store->registeredModel(u"m"_s).tags.isEmpty());
}

QTEST_GUILESS_MAIN(RegistryStoreTest)
#include "tst_registrystore.moc"
