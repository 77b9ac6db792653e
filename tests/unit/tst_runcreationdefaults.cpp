// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/database.h"
#include "models/store/trackingstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

class tst_RunCreationDefaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createsRunWithoutUser();
};

void tst_RunCreationDefaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_RunCreationDefaults::createsRunWithoutUser()
{
    // MLflow's create-run takes user_id as optional; a missing one used to bind SQL NULL and
    // fail the NOT NULL constraint.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto database = Database::open(dir.filePath(u"flowdesk.db"_s));
    TrackingStore store(*database);
    RunCreation creation;
    creation.experimentId = 0;
    const Run run = store.createRun(creation);
    QCOMPARE(run.info.userId, QString());
    QCOMPARE(store.runInfos(0).size(), 1);
}

QTEST_GUILESS_MAIN(tst_RunCreationDefaults)
#include "tst_runcreationdefaults.moc"
