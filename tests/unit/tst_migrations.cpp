// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

#include "models/store/database.h"
#include "models/store/migrations.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;
using Flowdesk::Store::TestSupport::errorOf;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QVariant pragma(Database &database, const QString &name)
{
    QSqlQuery q(database.connection());
    if (!q.exec(u"PRAGMA "_s + name) || !q.next())
        return {};
    return q.value(0);
}

// Writes with the raw C API, the way another program (or a newer Flowdesk) would.
bool rawExec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

class MigrationsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void newStoreIsAtTheCurrentVersionWithTheDefaultExperiment();
    void reopeningDoesNotMigrateAgain();
    void emptyDatabaseFileIsMigrated();
    void walAndForeignKeysAreOn();
    void openingWaitsForAnotherProcessCreatingTheStore();
    void newerStoreIsRefusedAndLeftUntouched_data();
    void newerStoreIsRefusedAndLeftUntouched();
    void newerStoreWithPendingWalIsNotCheckpointed();
    void readOnlyOpenOfAMissingFileFails();
    void readOnlyOpenReadsButDoesNotWrite();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void MigrationsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"flowdesk.db"_s);
}

void MigrationsTest::newStoreIsAtTheCurrentVersionWithTheDefaultExperiment()
{
    const auto database = Database::open(m_path);
    QVERIFY(currentSchemaVersion() >= 1);
    QCOMPARE(database->userVersion(), currentSchemaVersion());
    QCOMPARE(pragma(*database, u"user_version"_s).toInt(), currentSchemaVersion());
    TrackingStore store(*database);
    const Experiment defaultExperiment = store.experiment(0);
    QCOMPARE(defaultExperiment.name, u"Default"_s);
    QCOMPARE(defaultExperiment.lifecycleStage, LifecycleStage::Active);
    QCOMPARE(defaultExperiment.artifactLocation, u"mlflow-artifacts:/0"_s);
    QVERIFY(defaultExperiment.creationTime > 1700000000000);
    QCOMPARE(store.experiments().size(), 1);
}

void MigrationsTest::reopeningDoesNotMigrateAgain()
{
    qint64 defaultCreated = 0;
    {
        const auto database = Database::open(m_path);
        TrackingStore store(*database);
        defaultCreated = store.experiment(0).creationTime;
        store.createExperiment(u"kept"_s);
    }
    for (int i = 0; i < 2; ++i) {
        const auto database = Database::open(m_path);
        QCOMPARE(database->userVersion(), currentSchemaVersion());
        TrackingStore store(*database);
        QCOMPARE(store.experiments().size(), 2);
        QCOMPARE(store.experiment(0).creationTime, defaultCreated);
        QCOMPARE(store.experimentByName(u"kept"_s).experimentId, qint64(1));
    }
}

void MigrationsTest::emptyDatabaseFileIsMigrated()
{
    {
        QFile empty(m_path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    const auto database = Database::open(m_path);
    QCOMPARE(database->userVersion(), currentSchemaVersion());
    QCOMPARE(TrackingStore(*database).experiment(0).name, u"Default"_s);
}

void MigrationsTest::walAndForeignKeysAreOn()
{
    const auto database = Database::open(m_path);
    QCOMPARE(pragma(*database, u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(*database, u"foreign_keys"_s).toInt(), 1);
    QVERIFY(pragma(*database, u"busy_timeout"_s).toInt() >= 1000);
    // The schema's references are enforced: a run of a missing experiment is refused.
    QSqlQuery insert(database->connection());
    QVERIFY(insert.prepare(u"INSERT INTO runs (run_id, experiment_id) VALUES (?, ?)"_s));
    insert.addBindValue(u"0123456789abcdef0123456789abcdef"_s);
    insert.addBindValue(999);
    QVERIFY(!insert.exec());
    QVERIFY2(insert.lastError().text().contains(u"FOREIGN KEY"_s),
             qPrintable(insert.lastError().text()));
    // A second connection (another thread or process) gets the same settings.
    const auto second = Database::open(m_path);
    QCOMPARE(pragma(*second, u"foreign_keys"_s).toInt(), 1);
}

void MigrationsTest::openingWaitsForAnotherProcessCreatingTheStore()
{
    // Another program holds a write transaction on a new file, still in rollback-journal mode,
    // as a second Flowdesk process does while it creates the store. Switching to WAL then needs
    // the lock the other one holds; SQLite answers SQLITE_BUSY at once, without its busy
    // handler, so opening must wait and retry rather than fail with "database is locked".
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &other), SQLITE_OK);
    const auto closeOther = qScopeGuard([other] {
        sqlite3_close(other);
    });
    QVERIFY(rawExec(other, "BEGIN IMMEDIATE; CREATE TABLE elsewhere (x)"));

    QString failure;
    QString journalMode;
    int version = -1;
    // Connections belong to their thread: the store is opened, read and closed on this one.
    std::thread opener([&] {
        try {
            const auto database = Database::open(m_path);
            journalMode = pragma(*database, u"journal_mode"_s).toString();
            version = database->userVersion();
        } catch (const StoreError &error) {
            failure = error.message();
        }
    });
    QTest::qSleep(400); // the other process's transaction, still open meanwhile
    QVERIFY(rawExec(other, "COMMIT"));
    opener.join();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(journalMode, u"wal"_s);
    QCOMPARE(version, currentSchemaVersion());
}

void MigrationsTest::newerStoreIsRefusedAndLeftUntouched_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void MigrationsTest::newerStoreIsRefusedAndLeftUntouched()
{
    QFETCH(bool, readOnly);
    const int newer = currentSchemaVersion() + 1;
    {
        const auto database = Database::open(m_path);
        TrackingStore(*database).createExperiment(u"from the future"_s);
        database->setUserVersion(newer);
    }
    QVERIFY(!QFileInfo::exists(m_path + u"-wal"_s));
    const QByteArray before = hashOf(m_path);
    const qint64 modified = QFileInfo(m_path).lastModified().toMSecsSinceEpoch();

    const auto error = errorOf([&] {
        Database::open(m_path,
                       readOnly ? Database::OpenMode::ReadOnly : Database::OpenMode::ReadWrite);
    });
    QVERIFY(error);
    QCOMPARE(error->codeName(), u"FAILED_PRECONDITION"_s);
    QCOMPARE(error->message(),
             u"The store %1 was written by a newer Flowdesk (schema version %2; this version reads "
             "up to %3). It was left untouched."_s.arg(m_path)
                 .arg(newer)
                 .arg(currentSchemaVersion()));
    QCOMPARE(hashOf(m_path), before);
    QCOMPARE(QFileInfo(m_path).lastModified().toMSecsSinceEpoch(), modified);
    // Whatever WAL file the attempt opened holds nothing that could reach the main file.
    QCOMPARE(QFileInfo(m_path + u"-wal"_s).size(), qint64(0));
}

void MigrationsTest::newerStoreWithPendingWalIsNotCheckpointed()
{
    // A newer Flowdesk that was killed (or is still running) leaves commits in the WAL. Opening
    // and closing the last connection would copy them into the main file: it must not happen.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &db), SQLITE_OK);
    QVERIFY(rawExec(db, "PRAGMA journal_mode = WAL"));
    QVERIFY(rawExec(db, "CREATE TABLE future (x)"));
    QCOMPARE(sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr), SQLITE_OK);
    QVERIFY(rawExec(db, "PRAGMA wal_autocheckpoint = 0"));
    QVERIFY(rawExec(db, "INSERT INTO future VALUES (1)"));
    QVERIFY(rawExec(db, "PRAGMA user_version = 99"));
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
    QVERIFY(QFileInfo(m_path + u"-wal"_s).size() > 0);
    const QByteArray mainBefore = hashOf(m_path);
    const QByteArray walBefore = hashOf(m_path + u"-wal"_s);

    const auto error = errorOf([&] {
        Database::open(m_path);
    });
    QVERIFY(error);
    QCOMPARE(error->codeName(), u"FAILED_PRECONDITION"_s);
    QVERIFY2(error->message().contains(u"schema version 99"_s), qPrintable(error->message()));
    QCOMPARE(hashOf(m_path), mainBefore);
    QCOMPARE(hashOf(m_path + u"-wal"_s), walBefore);
}

void MigrationsTest::readOnlyOpenOfAMissingFileFails()
{
    const auto error = errorOf([&] {
        Database::open(m_path, Database::OpenMode::ReadOnly);
    });
    QVERIFY(error);
    QCOMPARE(error->codeName(), u"RESOURCE_DOES_NOT_EXIST"_s);
    QCOMPARE(error->message(), u"No Flowdesk store at %1"_s.arg(m_path));
    QVERIFY(!QFileInfo::exists(m_path));
}

void MigrationsTest::readOnlyOpenReadsButDoesNotWrite()
{
    Database::open(m_path).reset();
    const auto database = Database::open(m_path, Database::OpenMode::ReadOnly);
    TrackingStore store(*database);
    QCOMPARE(store.experiment(0).name, u"Default"_s);
    const auto error = errorOf([&] {
        store.createExperiment(u"nope"_s);
    });
    QVERIFY(error);
    QCOMPARE(error->codeName(), u"INTERNAL_ERROR"_s);
}

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
