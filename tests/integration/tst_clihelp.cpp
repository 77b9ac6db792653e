// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// `flowdesk --help` and every subcommand's `--help`, as a user runs them.
class tst_CliHelp : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryCommand();
    void subcommandUsageNamesTheCommand_data();
    void subcommandUsageNamesTheCommand();

private:
    static QString run(const QStringList &arguments, int *exitCode);
};

QString tst_CliHelp::run(const QStringList &arguments, int *exitCode)
{
    QTemporaryDir store;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(FLOWDESK_BINARY),
                  QStringList{u"--store"_s, store.path()} + arguments);
    if (!process.waitForFinished(30000))
        return {};
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAll());
}

void tst_CliHelp::listsEveryCommand()
{
    int exitCode = -1;
    const QString help = run({u"--help"_s}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(help.startsWith(u"Usage: flowdesk [--store DIR] [COMMAND] [OPTIONS]"_s));
    for (const QString &command : {u"experiments list"_s,
                                   u"runs list"_s,
                                   u"demo"_s,
                                   u"serve"_s,
                                   u"search"_s,
                                   u"import"_s,
                                   u"export mlruns"_s,
                                   u"export metrics"_s}) {
        QVERIFY2(help.contains(u"  "_s + command + u' '), qPrintable(command));
    }
}

void tst_CliHelp::subcommandUsageNamesTheCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"experiments list",
                                "runs list",
                                "demo",
                                "serve",
                                "search",
                                "import",
                                "export mlruns",
                                "export metrics"}) {
        QTest::newRow(command) << QString::fromLatin1(command);
    }
}

void tst_CliHelp::subcommandUsageNamesTheCommand()
{
    QFETCH(QString, command);
    int exitCode = -1;
    const QString help = run(command.split(u' ') + QStringList{u"--help"_s}, &exitCode);
    QCOMPARE(exitCode, 0);
    // The usage line names the command, never the path the executable was started by.
    const QString usage = help.section(u'\n', 0, 0);
    QVERIFY2(usage.startsWith(u"Usage: flowdesk [--store DIR] "_s + command), qPrintable(usage));
    QVERIFY2(!usage.contains(QStringLiteral(FLOWDESK_BINARY)), qPrintable(usage));
    QVERIFY(help.contains(u"--help"_s));
}

QTEST_GUILESS_MAIN(tst_CliHelp)
#include "tst_clihelp.moc"
