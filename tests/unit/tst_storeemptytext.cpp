// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/trackingstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

// Qt SQL binds a null QString as NULL; the store's text columns are NOT NULL. Every optional
// text that callers leave out (a default-constructed QString) must be stored as ''.
class tst_StoreEmptyText : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void registersModelAndVersionWithoutOptionalText();
    void createsRunWithoutUserAndWithEmptyValues();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void tst_StoreEmptyText::init()
{
    m_database.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = Database::open(m_dir->filePath(u"flowdesk.db"_s));
}

void tst_StoreEmptyText::registersModelAndVersionWithoutOptionalText()
{
    RegistryStore registry(*m_database);
    registry.createRegisteredModel(u"plain"_s);
    registry.setRegisteredModelTag(u"plain"_s, {u"note"_s, QString()});
    ModelVersionCreation creation;
    creation.name = u"plain"_s;
    creation.source = u"runs:/0123456789abcdef0123456789abcdef/model"_s;
    const ModelVersion version = registry.createModelVersion(creation);
    QCOMPARE(version.version, qint64(1));
    registry.updateModelVersion(u"plain"_s, 1, QString());
    registry.setModelVersionTag(u"plain"_s, 1, {u"note"_s, QString()});

    const ModelVersion stored = registry.modelVersion(u"plain"_s, 1);
    QCOMPARE(stored.description, u""_s);
    QCOMPARE(stored.runLink, u""_s);
    QCOMPARE(stored.userId, u""_s);
    QCOMPARE(stored.tags, QList<Tag>({{u"note"_s, u""_s}}));
    const RegisteredModel model = registry.registeredModel(u"plain"_s);
    QCOMPARE(model.description, u""_s);
    QCOMPARE(model.tags, QList<Tag>({{u"note"_s, u""_s}}));
}

void tst_StoreEmptyText::createsRunWithoutUserAndWithEmptyValues()
{
    TrackingStore tracking(*m_database);
    RunCreation creation;
    creation.experimentId = 0;
    creation.tags = {{u"empty"_s, QString()}};
    const Run run = tracking.createRun(creation);
    QCOMPARE(run.info.userId, u""_s);
    tracking.logBatch(run.info.runId, {}, {{u"p"_s, QString()}}, {{u"t"_s, QString()}});
    const Run stored = tracking.run(run.info.runId);
    QCOMPARE(stored.params, QList<Param>({{u"p"_s, u""_s}}));
    QCOMPARE(stored.tags.size(), qsizetype(3)); // empty, mlflow.runName, t
    tracking.setExperimentTag(0, {u"empty"_s, QString()});
    QCOMPARE(tracking.experiment(0).tags, QList<Tag>({{u"empty"_s, u""_s}}));
}

QTEST_GUILESS_MAIN(tst_StoreEmptyText)
#include "tst_storeemptytext.moc"
