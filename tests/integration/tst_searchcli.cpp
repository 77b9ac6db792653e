// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/database.h"
#include "models/store/trackingstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;

// Runs the real `flowdesk search` binary on a real store.
class TestSearchCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsMatchingRunsWithFilterColumns();
    void ordersAndLimits();
    void acceptsExtensionsAndExperimentNames();
    void badFilterPrintsCaretAndFails();
    void badOptionsFail();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result run(const QStringList &arguments);

    QTemporaryDir m_dir;
};

void TestSearchCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto database = Store::Database::open(m_dir.filePath(u"flowdesk.db"_s));
    Store::TrackingStore store(*database);
    const qint64 alpha = store.createExperiment(u"alpha"_s);
    const qint64 beta = store.createExperiment(u"beta"_s);
    const QList<std::tuple<qint64, QString, double, QString>> runs = {
        {alpha, u"a1"_s, 0.5, u"tree"_s},
        {alpha, u"a2"_s, 1.5, u"linear"_s},
        {beta, u"b1"_s, 0.2, u"tree"_s},
    };
    qint64 start = 1717200000000;
    for (const auto &[experiment, name, rmse, model] : runs) {
        Store::RunCreation creation;
        creation.experimentId = experiment;
        creation.runName = name;
        creation.startTime = start++;
        const Store::Run run = store.createRun(creation);
        store.logBatch(run.info.runId, {{u"rmse"_s, rmse, 1, 0}}, {{u"model"_s, model}});
    }
}

TestSearchCli::Result TestSearchCli::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(FLOWDESK_BINARY),
                  QStringList{u"--store"_s, m_dir.path()} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestSearchCli::printsMatchingRunsWithFilterColumns()
{
    const Result result = run(
        {u"search"_s, u"metrics.rmse < 1 and params.model = 'tree'"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             u"run_id,run_name,experiment,status,start_time,metrics.rmse,params.model"_s);
    // Default order: start_time DESC.
    QVERIFY2(lines.at(1).contains(u",b1,beta,RUNNING,"_s), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(u",0.20000000000000001,tree"_s)
            || lines.at(1).endsWith(u",0.2,tree"_s));
    QVERIFY(lines.at(2).contains(u",a1,alpha,"_s));
}

void TestSearchCli::ordersAndLimits()
{
    const Result result = run({u"search"_s,
                               QString(),
                               u"--order-by"_s,
                               u"metrics.rmse DESC"_s,
                               u"--max-results"_s,
                               u"2"_s,
                               u"--format"_s,
                               u"json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"run_name"_s).toString(), u"a2"_s);
    QCOMPARE(rows.at(1).toObject().value(u"run_name"_s).toString(), u"a1"_s);
}

void TestSearchCli::acceptsExtensionsAndExperimentNames()
{
    const Result result = run({u"search"_s,
                               u"params.model = 'linear' OR min(metrics.rmse) < 0.3"_s,
                               u"--experiment"_s,
                               u"alpha"_s,
                               u"--format"_s,
                               u"csv"_s});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(u",a2,alpha,"_s));
}

void TestSearchCli::badFilterPrintsCaretAndFails()
{
    const Result result = run({u"search"_s, u"metrics.rmse < 'x'"_s});
    QVERIFY(result.exitCode != 0);
    const QStringList lines = result.err.split(u'\n');
    QVERIFY2(lines.size() >= 3, qPrintable(result.err));
    QVERIFY(lines.at(1).endsWith(u"metrics.rmse < 'x'"_s));
    // The caret sits under the quoted value (column 15 of the filter).
    QCOMPARE(lines.at(2).indexOf(u'^') - lines.at(1).indexOf(u'm'), 15);
    QVERIFY(result.out.isEmpty());
}

void TestSearchCli::badOptionsFail()
{
    QVERIFY(run({u"search"_s, QString(), u"--view"_s, u"sideways"_s}).exitCode != 0);
    QVERIFY(run({u"search"_s, QString(), u"--experiment"_s, u"nope"_s}).exitCode != 0);
    QVERIFY(run({u"search"_s, QString(), u"--max-results"_s, u"50001"_s}).exitCode != 0);
}

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
