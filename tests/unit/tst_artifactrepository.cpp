// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

#include "models/store/artifactrepository.h"
#include "models/store/storeerror.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;
using Flowdesk::Store::TestSupport::errorOf;

namespace {

const QString RunId = u"25ea454415694456b9a99cf146cfa131"_s;

enum class Operation { Read, Write, List, Remove };

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file and directory under a directory, relative, sorted.
QStringList tree(const QString &directory)
{
    QStringList entries;
    QDirIterator it(directory,
                    QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(QDir(directory).relativeFilePath(it.next()));
    entries.sort();
    return entries;
}

} // namespace

Q_DECLARE_METATYPE(Operation)

class ArtifactRepositoryTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unsafePathIsRefused_data();
    void unsafePathIsRefused();
    void safeRelativePathsAreRecognised_data();
    void safeRelativePathsAreRecognised();
    void symlinkInsideTheRunIsFollowed();
    void escapingSymlinkIsLeftOutOfListings();
    void writeCreatesDirectoriesAndReplacesAtomically();
    void failedWriteLeavesTheOldContent();
    void listShowsDirectoriesFirstThenFilesByName();
    void listOfMissingDirectoryOrFileIsEmpty();
    void removeDeletesFilesAndDirectories();
    void missingArtifactIsReportedAsNotFound_data();
    void missingArtifactIsReportedAsNotFound();
    void pathsUnderTheRootResolveLikeMlflowArtifactUris();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ArtifactRepository> m_repository;
    QString m_base; // the run's artifact directory
    QString m_outside; // a directory beside the store, holding a secret
};

void ArtifactRepositoryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_repository = std::make_unique<ArtifactRepository>(m_dir->filePath(u"store/artifacts"_s));
    m_base = m_repository->runDirectory(1, RunId);
    QCOMPARE(m_base, m_dir->filePath(u"store/artifacts/1/%1/artifacts"_s.arg(RunId)));
    m_outside = m_dir->filePath(u"outside"_s);
    QVERIFY(writeFile(m_outside + u"/secret.txt"_s, "secret"));
    QVERIFY(writeFile(m_base + u"/notes/readme.txt"_s, "hello"));
    QVERIFY(writeFile(m_dir->filePath(u"store/artifacts/1/other-run/artifacts/x.txt"_s), "x"));
    // Links inside the run: out to a directory, out to a file, dangling, up to another run.
    QVERIFY(QFile::link(m_outside, m_base + u"/escape"_s));
    QVERIFY(QFile::link(m_outside + u"/secret.txt"_s, m_base + u"/secret-link.txt"_s));
    QVERIFY(QFile::link(m_dir->filePath(u"nowhere"_s), m_base + u"/dangling"_s));
    QVERIFY(QFile::link(m_dir->filePath(u"store/artifacts/1/other-run/artifacts"_s),
                        m_base + u"/other-run"_s));
}

void ArtifactRepositoryTest::cleanup()
{
    m_repository.reset();
    m_dir.reset();
}

void ArtifactRepositoryTest::unsafePathIsRefused_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("path");

    const QList<std::pair<const char *, QString>> paths = {
        {"parent", u"../x.txt"_s},
        {"parent of the run", u".."_s},
        {"parent in the middle", u"notes/../../x.txt"_s},
        {"parent at the end", u"notes/.."_s},
        {"absolute", u"/etc/passwd"_s},
        {"absolute temp", u"/tmp/x.txt"_s},
        {"backslash", u"notes\\readme.txt"_s},
        {"backslash parent", u"..\\x.txt"_s},
        {"drive letter", u"C:/x.txt"_s},
        {"through a symlink out", u"escape/secret.txt"_s},
        {"symlink out itself", u"escape"_s},
        {"symlink to a file out", u"secret-link.txt"_s},
        {"dangling symlink", u"dangling"_s},
        {"new file below a symlink out", u"escape/new/deeper.txt"_s},
        {"symlink to a sibling run", u"other-run/x.txt"_s},
    };
    const QList<std::pair<const char *, Operation>> operations = {
        {"read", Operation::Read},
        {"write", Operation::Write},
        {"list", Operation::List},
        {"remove", Operation::Remove},
    };
    for (const auto &[operationName, operation] : operations) {
        for (const auto &[pathName, path] : paths)
            QTest::addRow("%s: %s", operationName, pathName) << operation << path;
    }
}

void ArtifactRepositoryTest::unsafePathIsRefused()
{
    QFETCH(Operation, operation);
    QFETCH(QString, path);

    const QStringList storeBefore = tree(m_dir->filePath(u"store"_s));
    const QStringList outsideBefore = tree(m_outside);
    const auto error = errorOf([&] {
        switch (operation) {
        case Operation::Read:
            m_repository->read(m_base, path);
            break;
        case Operation::Write:
            m_repository->write(m_base, path, "overwritten");
            break;
        case Operation::List:
            m_repository->list(m_base, path);
            break;
        case Operation::Remove:
            m_repository->remove(m_base, path);
            break;
        }
    });
    QVERIFY2(error, "the path was accepted");
    QCOMPARE(error->codeName(), u"INVALID_PARAMETER_VALUE"_s);
    QCOMPARE(error->message(), u"Invalid path"_s);
    QCOMPARE(tree(m_dir->filePath(u"store"_s)), storeBefore);
    QCOMPARE(tree(m_outside), outsideBefore);
    QCOMPARE(readFile(m_outside + u"/secret.txt"_s), QByteArray("secret"));
    QCOMPARE(readFile(m_base + u"/notes/readme.txt"_s), QByteArray("hello"));
}

void ArtifactRepositoryTest::safeRelativePathsAreRecognised_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("file") << u"model.pkl"_s << true;
    QTest::newRow("nested") << u"a/b/c.txt"_s << true;
    QTest::newRow("dot") << u"./a"_s << true;
    QTest::newRow("dots in a name") << u"a..b/c...txt"_s << true;
    QTest::newRow("trailing slash") << u"a/"_s << true;
    QTest::newRow("parent") << u"a/../b"_s << false;
    QTest::newRow("absolute") << u"/a"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
    QTest::newRow("nul") << u"a"_s + QChar(0) + u"b"_s << false;
    QTest::newRow("drive") << u"c:x"_s << false;
}

void ArtifactRepositoryTest::safeRelativePathsAreRecognised()
{
    QFETCH(QString, path);
    QFETCH(bool, safe);
    QCOMPARE(ArtifactRepository::isSafeRelativePath(path), safe);
}

void ArtifactRepositoryTest::symlinkInsideTheRunIsFollowed()
{
    QVERIFY(QFile::link(m_base + u"/notes"_s, m_base + u"/notes-link"_s));
    QCOMPARE(m_repository->read(m_base, u"notes-link/readme.txt"_s), QByteArray("hello"));
    QCOMPARE(m_repository->list(m_base, u"notes-link"_s).size(), 1);
    m_repository->write(m_base, u"notes-link/added.txt"_s, "added");
    QCOMPARE(readFile(m_base + u"/notes/added.txt"_s), QByteArray("added"));
}

void ArtifactRepositoryTest::escapingSymlinkIsLeftOutOfListings()
{
    QStringList listed;
    for (const ArtifactRepository::Entry &entry : m_repository->list(m_base))
        listed.append(entry.path);
    QCOMPARE(listed, (QStringList{u"notes"_s}));
}

void ArtifactRepositoryTest::writeCreatesDirectoriesAndReplacesAtomically()
{
    m_repository->write(m_base, u"model/data/weights.bin"_s, QByteArray(1000, 'a'));
    QCOMPARE(readFile(m_base + u"/model/data/weights.bin"_s), QByteArray(1000, 'a'));
    m_repository->write(m_base, u"model/data/weights.bin"_s, "b");
    QCOMPARE(m_repository->read(m_base, u"model/data/weights.bin"_s), QByteArray("b"));
    // No temporary file is left behind.
    QCOMPARE(tree(m_base + u"/model"_s), (QStringList{u"data"_s, u"data/weights.bin"_s}));
    m_repository->write(m_base, u"empty.txt"_s, {});
    QCOMPARE(m_repository->read(m_base, u"empty.txt"_s), QByteArray());
}

void ArtifactRepositoryTest::failedWriteLeavesTheOldContent()
{
    // A directory cannot be replaced by a file: the write fails, and what was there stays.
    const auto error = errorOf([&] {
        m_repository->write(m_base, u"notes"_s, "clobbered");
    });
    QVERIFY(error);
    QCOMPARE(error->codeName(), u"INTERNAL_ERROR"_s);
    QVERIFY(QFileInfo(m_base + u"/notes"_s).isDir());
    QCOMPARE(readFile(m_base + u"/notes/readme.txt"_s), QByteArray("hello"));
    QCOMPARE(tree(m_base + u"/notes"_s), (QStringList{u"readme.txt"_s}));

    const auto empty = errorOf([&] {
        m_repository->write(m_base, {}, "x");
    });
    QVERIFY(empty);
    QCOMPARE(empty->message(), u"Invalid path"_s);
}

void ArtifactRepositoryTest::listShowsDirectoriesFirstThenFilesByName()
{
    m_repository->write(m_base, u"b.txt"_s, "12345");
    m_repository->write(m_base, u"a.txt"_s, "1");
    m_repository->write(m_base, u"z-dir/inner.txt"_s, "1");
    m_repository->write(m_base, u".hidden"_s, "12");
    const QList<ArtifactRepository::Entry> top = m_repository->list(m_base);
    QStringList paths;
    for (const ArtifactRepository::Entry &e : top)
        paths.append(u"%1|%2|%3"_s.arg(e.path).arg(e.isDir).arg(e.size));
    QCOMPARE(
        paths,
        (QStringList{
            u"notes|1|0"_s, u"z-dir|1|0"_s, u".hidden|0|2"_s, u"a.txt|0|1"_s, u"b.txt|0|5"_s}));
    // Entries below the top carry the listed directory as prefix, as MLflow's list does.
    const QList<ArtifactRepository::Entry> inner = m_repository->list(m_base, u"notes/"_s);
    QCOMPARE(inner.size(), 1);
    QCOMPARE(inner.first().path, u"notes/readme.txt"_s);
    QCOMPARE(inner.first().size, qint64(5));
    QVERIFY(!inner.first().isDir);
}

void ArtifactRepositoryTest::listOfMissingDirectoryOrFileIsEmpty()
{
    QVERIFY(m_repository->list(m_base, u"missing"_s).isEmpty());
    QVERIFY(m_repository->list(m_base, u"notes/readme.txt"_s).isEmpty());
    const ArtifactRepository fresh(m_dir->filePath(u"empty-root"_s));
    QVERIFY(fresh.list(fresh.runDirectory(3, RunId)).isEmpty());
}

void ArtifactRepositoryTest::removeDeletesFilesAndDirectories()
{
    m_repository->write(m_base, u"model/a.txt"_s, "a");
    m_repository->write(m_base, u"model/sub/b.txt"_s, "b");
    m_repository->remove(m_base, u"notes/readme.txt"_s);
    QVERIFY(!QFileInfo::exists(m_base + u"/notes/readme.txt"_s));
    QVERIFY(QFileInfo(m_base + u"/notes"_s).isDir());
    m_repository->remove(m_base, u"model"_s);
    QVERIFY(!QFileInfo::exists(m_base + u"/model"_s));
    QCOMPARE(readFile(m_outside + u"/secret.txt"_s), QByteArray("secret"));
}

void ArtifactRepositoryTest::missingArtifactIsReportedAsNotFound_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("path");
    QTest::newRow("read missing file") << Operation::Read << u"notes/missing.txt"_s;
    QTest::newRow("read a directory") << Operation::Read << u"notes"_s;
    QTest::newRow("read below a missing directory") << Operation::Read << u"none/x.txt"_s;
    QTest::newRow("remove missing file") << Operation::Remove << u"notes/missing.txt"_s;
    QTest::newRow("remove missing directory") << Operation::Remove << u"none"_s;
}

void ArtifactRepositoryTest::missingArtifactIsReportedAsNotFound()
{
    QFETCH(Operation, operation);
    QFETCH(QString, path);
    const auto error = errorOf([&] {
        if (operation == Operation::Read)
            m_repository->read(m_base, path);
        else
            m_repository->remove(m_base, path);
    });
    QVERIFY(error);
    QCOMPARE(error->codeName(), u"RESOURCE_DOES_NOT_EXIST"_s);
    QCOMPARE(error->message(), u"Artifact '%1' does not exist"_s.arg(path));
}

void ArtifactRepositoryTest::pathsUnderTheRootResolveLikeMlflowArtifactUris()
{
    const QString relative = u"1/%1/artifacts/notes/readme.txt"_s.arg(RunId);
    QCOMPARE(m_repository->resolveUnderRoot(relative), m_base + u"/notes/readme.txt"_s);
    QCOMPARE(m_repository->resolve(m_base, {}), m_base);
    const auto up = errorOf([&] {
        m_repository->resolveUnderRoot(u"../outside/secret.txt"_s);
    });
    QVERIFY(up);
    QCOMPARE(up->message(), u"Invalid path"_s);
    // A base outside the root is refused too.
    const auto base = errorOf([&] {
        m_repository->resolve(m_outside, u"secret.txt"_s);
    });
    QVERIFY(base);
    QCOMPARE(base->message(), u"Invalid path"_s);
}

QTEST_GUILESS_MAIN(ArtifactRepositoryTest)
#include "tst_artifactrepository.moc"
