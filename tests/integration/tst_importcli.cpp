// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "../unit/importtestsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ImportTestSupport;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString dataDir()
{
    return QStringLiteral(FLOWDESK_TEST_DATA_DIR);
}

} // namespace

class tst_ImportCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsAnMlrunsFolder();
    void importsADatabaseLimitedToAnExperiment();
    void reimportReportsEverythingUnchanged();
    void linksArtifactsWhenAsked();
    void failsWhenNothingCouldBeImported();
    void reportsBadItemsAndStillSucceeds();
    void exportsMlrunsThatImportsBack();
    void exportsMetricHistoriesAsCsv();

private:
    Result run(const QStringList &arguments, const QString &store = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    QString m_mlruns;
};

void tst_ImportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(u"store"_s);
    m_mlruns = m_dir->filePath(u"copy/mlruns"_s);
    QVERIFY(copyTree(dataDir() + u"/mlruns-sample/mlruns"_s, m_mlruns));
}

void tst_ImportCli::cleanup()
{
    m_dir.reset();
}

Result tst_ImportCli::run(const QStringList &arguments, const QString &store)
{
    QProcess process;
    process.start(QStringLiteral(FLOWDESK_BINARY),
                  QStringList{u"--store"_s, store.isEmpty() ? m_store : store} + arguments);
    Result result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_ImportCli::importsAnMlrunsFolder()
{
    const Result result = run({u"import"_s, m_mlruns});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(u"Runs: 9 imported, 0 updated, 0 unchanged, 0 skipped"_s),
             qPrintable(result.out));
    QVERIFY(result.out.contains(u"Model versions: 2 imported"_s));
    QVERIFY(result.err.contains(u"Importing 10/10"_s));
    const Result list = run(
        {u"runs"_s, u"list"_s, u"--experiment"_s, u"sample-regression"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(u"be7b0559de2a4f8fb6adfb92e4cc898d,ridge-0.1,FINISHED"_s));
    QVERIFY(list.out.contains(u"2f138649df6c44f79be6d54aa1315ac6,still-running,RUNNING"_s));
    QVERIFY(QFileInfo(m_store
                      + u"/artifacts/834137270320664847/847aadc58dab4a9a93254de64dd34289/"
                        "artifacts/model/MLmodel"_s)
                .isFile());
}

void tst_ImportCli::importsADatabaseLimitedToAnExperiment()
{
    const Result result = run({u"import"_s,
                               dataDir() + u"/mlflow-db-sample/mlflow.db"_s,
                               u"--experiment"_s,
                               u"db-sample-regression"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY(result.out.contains(u"Runs: 2 imported"_s));
    const Result list = run({u"experiments"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QVERIFY(list.out.contains(u"db-sample-regression"_s));
    QVERIFY(!list.out.contains(u"db-sample-classification"_s));
}

void tst_ImportCli::reimportReportsEverythingUnchanged()
{
    QCOMPARE(run({u"import"_s, m_mlruns}).exitCode, 0);
    const Result again = run({u"import"_s, m_mlruns});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"Runs: 0 imported, 0 updated, 9 unchanged, 0 skipped"_s),
             qPrintable(again.out));
}

void tst_ImportCli::linksArtifactsWhenAsked()
{
    const Result result = run({u"import"_s, m_mlruns, u"--link-artifacts"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!QFileInfo::exists(m_store + u"/artifacts/834137270320664847"_s));
}

void tst_ImportCli::failsWhenNothingCouldBeImported()
{
    const Result missing = run({u"import"_s, m_dir->filePath(u"nowhere"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.contains(m_dir->filePath(u"nowhere"_s)));

    const QString broken = m_dir->filePath(u"broken/mlruns"_s);
    QVERIFY(writeFile(broken + u"/5/meta.yaml"_s, "name: [unclosed\n"));
    const Result result = run({u"import"_s, broken});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains(broken + u"/5/meta.yaml: "_s));

    const Result usage = run({u"import"_s});
    QCOMPARE(usage.exitCode, 2);
}

void tst_ImportCli::reportsBadItemsAndStillSucceeds()
{
    const QString metrics =
        m_mlruns + u"/693453949197065660/0975aa0d94f3494497b1d50966cbdf30/metrics/rmse"_s;
    QVERIFY(writeFile(metrics, "not a metric line\n"));
    const Result result = run({u"import"_s, m_mlruns});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"Runs: 8 imported, 0 updated, 0 unchanged, 1 skipped"_s));
    QVERIFY2(result.out.contains(metrics + u":1: "_s), qPrintable(result.out));
}

void tst_ImportCli::exportsMlrunsThatImportsBack()
{
    QCOMPARE(run({u"import"_s, m_mlruns}).exitCode, 0);
    QCOMPARE(run({u"import"_s, dataDir() + u"/mlflow-db-sample/mlflow.db"_s}).exitCode, 0);
    const QString out = m_dir->filePath(u"exported"_s);
    const Result exported = run({u"export"_s, u"mlruns"_s, out});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.out + exported.err));
    QVERIFY(exported.out.contains(u"15 runs"_s));
    const QString other = m_dir->filePath(u"other"_s);
    const Result back = run({u"import"_s, out}, other);
    QCOMPARE(back.exitCode, 0);
    QVERIFY2(back.out.contains(u"Runs: 15 imported"_s), qPrintable(back.out));
    for (const QString &experiment : {u"sample-classification"_s, u"db-sample-classification"_s}) {
        const QStringList args = {u"runs"_s,
                                  u"list"_s,
                                  u"--experiment"_s,
                                  experiment,
                                  u"--view"_s,
                                  u"all"_s,
                                  u"--format"_s,
                                  u"csv"_s};
        QCOMPARE(run(args, other).out, run(args).out);
    }
    // Exporting into a folder that is not empty is refused.
    QCOMPARE(run({u"export"_s, u"mlruns"_s, out}).exitCode, 1);
}

void tst_ImportCli::exportsMetricHistoriesAsCsv()
{
    QCOMPARE(run({u"import"_s, m_mlruns}).exitCode, 0);
    const QString file = m_dir->filePath(u"loss.csv"_s);
    const Result result = run({u"export"_s,
                               u"metrics"_s,
                               u"847aadc58dab4a9a93254de64dd34289"_s,
                               u"--key"_s,
                               u"loss"_s,
                               u"--output"_s,
                               file});
    QCOMPARE(result.exitCode, 0);
    const QByteArray csv = readFile(file);
    QVERIFY(csv.startsWith("run_id,key,step,timestamp,value\n"));
    QCOMPARE(csv.count('\n'), 6);
    QVERIFY(csv.contains(",loss,3,1796412895573,0.19\n"));
    const Result unknown = run({u"export"_s, u"metrics"_s, u"0123456789abcdef0123456789abcdef"_s});
    QCOMPARE(unknown.exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_ImportCli)
#include "tst_importcli.moc"
