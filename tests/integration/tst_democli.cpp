// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/database.h"
#include "models/store/trackingstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runFlowdesk(const QString &store, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"FLOWDESK_HOME"_s);
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(FLOWDESK_BINARY), QStringList{u"--store"_s, store} + arguments);
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Parses RFC 4180 CSV as tableprinter writes it (quoted fields may hold commas and quotes).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

class tst_DemoCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fillsStoreThatListCommandsShow();
    void putsEveryRunIntoNamedExperiment();
    void rejectsBadInputWithoutTouchingStore_data();
    void rejectsBadInputWithoutTouchingStore();
    void helpDocumentsDefaultSteps();
    void interruptKeepsWholeRuns();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DemoCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_DemoCli::fillsStoreThatListCommandsShow()
{
    const QString store = m_dir->filePath(u"store"_s);
    const Result demo = runFlowdesk(
        store, {u"demo"_s, u"--runs"_s, u"240"_s, u"--steps"_s, u"5"_s, u"--seed"_s, u"3"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY2(demo.out.contains(u"240"_s), qPrintable(demo.out));
    QVERIFY2(demo.err.contains(u"100%"_s), qPrintable(demo.err));
    QVERIFY(demo.err.contains(u"runs/s"_s));

    const Result experiments =
        runFlowdesk(store, {u"experiments"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(experiments.exitCode, 0);
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(experiments.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QHash<QString, qint64> runsByName;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        runsByName.insert(object.value(u"name"_s).toString(),
                          object.value(u"runs"_s).toString().toLongLong());
    }
    const QStringList expected = {u"Default"_s,
                                  u"churn-prediction"_s,
                                  u"fraud-detection"_s,
                                  u"image-classification"_s,
                                  u"sentiment-analysis"_s};
    QCOMPARE(QSet<QString>(runsByName.keyBegin(), runsByName.keyEnd()),
             QSet<QString>(expected.cbegin(), expected.cend()));
    qint64 total = 0;
    for (const qint64 count : std::as_const(runsByName))
        total += count;
    QCOMPARE(total, qint64(240));
    QVERIFY(runsByName.value(u"churn-prediction"_s) > 40);

    const Result runs = runFlowdesk(store,
                                    {u"runs"_s,
                                     u"list"_s,
                                     u"--experiment"_s,
                                     u"churn-prediction"_s,
                                     u"--view"_s,
                                     u"all"_s,
                                     u"--format"_s,
                                     u"csv"_s});
    QCOMPARE(runs.exitCode, 0);
    const QList<QStringList> rows = parseCsv(runs.out);
    QVERIFY(!rows.isEmpty());
    const QStringList header = rows.first();
    QCOMPARE(header.first(), u"run_id"_s);
    const qsizetype status = header.indexOf(u"status"_s);
    const qsizetype endTime = header.indexOf(u"end_time"_s);
    const qsizetype stage = header.indexOf(u"lifecycle_stage"_s);
    QVERIFY(status > 0 && endTime > 0 && stage > 0);
    QCOMPARE(rows.size() - 1, runsByName.value(u"churn-prediction"_s));
    QSet<QString> statuses;
    QSet<QString> stages;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.first().size(), qsizetype(32));
        statuses.insert(row.at(status));
        stages.insert(row.at(stage));
        QCOMPARE(row.at(endTime).isEmpty(), row.at(status) == u"RUNNING"_s);
    }
    QVERIFY(statuses.contains(u"FINISHED"_s));
    QVERIFY(statuses.size() >= 2);
    QVERIFY(stages.contains(u"active"_s));
}

void tst_DemoCli::putsEveryRunIntoNamedExperiment()
{
    const QString store = m_dir->filePath(u"store"_s);
    const Result demo =
        runFlowdesk(store, {u"demo"_s, u"--runs"_s, u"60"_s, u"--experiment"_s, u"load test"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const Result runs = runFlowdesk(store,
                                    {u"runs"_s,
                                     u"list"_s,
                                     u"--experiment"_s,
                                     u"load test"_s,
                                     u"--view"_s,
                                     u"all"_s,
                                     u"--format"_s,
                                     u"csv"_s});
    QCOMPARE(runs.exitCode, 0);
    QCOMPARE(parseCsv(runs.out).size(), 61);
    const Result experiments =
        runFlowdesk(store, {u"experiments"_s, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray array = QJsonDocument::fromJson(experiments.out.toUtf8()).array();
    QCOMPARE(array.size(), 2); // Default and "load test"
}

void tst_DemoCli::rejectsBadInputWithoutTouchingStore_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative-runs") << QStringList{u"--runs"_s, u"-1"_s} << u"--runs"_s;
    QTest::newRow("zero-steps") << QStringList{u"--steps"_s, u"0"_s} << u"--steps"_s;
    QTest::newRow("text-runs") << QStringList{u"--runs"_s, u"many"_s} << u"--runs"_s;
    QTest::newRow("too-many-steps") << QStringList{u"--steps"_s, u"100001"_s} << u"--steps"_s;
    QTest::newRow("fractional-steps") << QStringList{u"--steps"_s, u"2.5"_s} << u"--steps"_s;
    QTest::newRow("huge-runs") << QStringList{u"--runs"_s, u"99999999999999999999"_s}
                               << u"--runs"_s;
    QTest::newRow("text-seed") << QStringList{u"--seed"_s, u"abc"_s} << u"--seed"_s;
    QTest::newRow("negative-seed") << QStringList{u"--seed"_s, u"-3"_s} << u"--seed"_s;
    QTest::newRow("missing-value") << QStringList{u"--runs"_s} << u"runs"_s;
    QTest::newRow("unknown-option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("stray-argument") << QStringList{u"100"_s} << u"100"_s;
    QTest::newRow("blank-experiment") << QStringList{u"--experiment"_s, u" "_s} << u"experiment"_s;
}

void tst_DemoCli::rejectsBadInputWithoutTouchingStore()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    // No store yet: none gets created.
    const QString fresh = m_dir->filePath(u"fresh"_s);
    const Result first = runFlowdesk(fresh, QStringList{u"demo"_s} + arguments);
    QCOMPARE(first.exitCode, 2);
    QVERIFY2(first.err.contains(message), qPrintable(first.err));
    QVERIFY(!QDir(fresh).exists());

    // An existing store keeps every byte.
    const QString store = m_dir->filePath(u"store"_s);
    QCOMPARE(runFlowdesk(store, {u"demo"_s, u"--runs"_s, u"5"_s}).exitCode, 0);
    const QString dbPath = QDir(store).filePath(u"flowdesk.db"_s);
    const QByteArray before = fileDigest(dbPath);
    QVERIFY(!before.isEmpty());
    const Result second = runFlowdesk(store, QStringList{u"demo"_s} + arguments);
    QCOMPARE(second.exitCode, 2);
    QCOMPARE(fileDigest(dbPath), before);
}

void tst_DemoCli::helpDocumentsDefaultSteps()
{
    const Result help = runFlowdesk(m_dir->filePath(u"store"_s), {u"demo"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &option : {u"--runs"_s, u"--steps"_s, u"--experiment"_s, u"--seed"_s})
        QVERIFY2(help.out.contains(option), qPrintable(option));
    QVERIFY(help.out.contains(u"default 10"_s));
    QVERIFY(!QDir(m_dir->filePath(u"store"_s)).exists());
    const Result overview = runFlowdesk(m_dir->filePath(u"store"_s), {u"--help"_s});
    QVERIFY(overview.out.contains(u"demo"_s));
}

void tst_DemoCli::interruptKeepsWholeRuns()
{
    const QString store = m_dir->filePath(u"store"_s);
    QProcess process;
    process.start(QString::fromUtf8(FLOWDESK_BINARY),
                  {u"--store"_s, store, u"demo"_s, u"--runs"_s, u"1000000"_s});
    QVERIFY(process.waitForStarted());
    // The first progress line means runs are being written.
    QString progress;
    QTRY_VERIFY_WITH_TIMEOUT((progress += QString::fromUtf8(process.readAllStandardError()),
                              progress.contains(u"runs/s"_s)),
                             60000);
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    const QString err = progress + QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(u"Interrupted"_s), qPrintable(err));

    auto database = Database::open(QDir(store).filePath(u"flowdesk.db"_s));
    TrackingStore tracking(*database);
    qint64 runs = 0;
    for (const Experiment &experiment : tracking.experiments()) {
        for (const RunInfo &info : tracking.runInfos(experiment.experimentId, ViewType::All)) {
            const Run run = tracking.run(info.runId);
            QCOMPARE(run.params.size(), qsizetype(20));
            QCOMPARE(run.latestMetrics.size(), qsizetype(10));
            ++runs;
        }
    }
    QVERIFY(runs > 0);
    QVERIFY(runs < 1000000);
    QVERIFY2(err.contains(QLocale().toString(runs)), qPrintable(err));
}

QTEST_GUILESS_MAIN(tst_DemoCli)
#include "tst_democli.moc"
