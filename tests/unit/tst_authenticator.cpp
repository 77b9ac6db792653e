// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/server/authenticator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Flowdesk::Server::Authenticator;

namespace {

QByteArray basic(const char *pair)
{
    QByteArray header("Basic ");
    header.append(QByteArray(pair).toBase64());
    return header;
}

} // namespace

class tst_Authenticator : public QObject
{
    Q_OBJECT

private slots:
    void checksBasicCredentials_data();
    void checksBasicCredentials();
    void checksBearerToken();
    void refusesBrokenAuthFile();
    void comparesWholeSecrets();
};

void tst_Authenticator::checksBasicCredentials_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("authorized");
    QTest::newRow("right") << basic("admin:pa:ss") << true;
    QTest::newRow("second-user") << basic("bob:bobpass1") << true;
    QTest::newRow("wrong-password") << basic("admin:wrong") << false;
    QTest::newRow("prefix-of-password") << basic("admin:pa") << false;
    QTest::newRow("unknown-user") << basic("eve:pa:ss") << false;
    QTest::newRow("no-colon") << basic("admin") << false;
    QTest::newRow("bad-base64") << QByteArray("Basic !!!") << false;
    QTest::newRow("bearer-scheme") << QByteArray("Bearer pa:ss") << false;
    QTest::newRow("lower-case-scheme") << basic("admin:pa:ss").replace("Basic", "basic") << true;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_Authenticator::checksBasicCredentials()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, authorized);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"users"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# comment\n\nadmin:pa:ss\nbob:bobpass1\n");
    file.close();
    QString error;
    const auto authenticator = Authenticator::fromAuthFile(file.fileName(), &error);
    QVERIFY2(authenticator, qPrintable(error));
    QCOMPARE(authenticator->isAuthorized(header), authorized);
    QCOMPARE(authenticator->challenge(), QByteArray("Basic realm=\"mlflow\""));
}

void tst_Authenticator::checksBearerToken()
{
    const Authenticator authenticator = Authenticator::bearer("s3cret-token");
    QVERIFY(authenticator.isAuthorized("Bearer s3cret-token"));
    QVERIFY(!authenticator.isAuthorized("Bearer s3cret-toke"));
    QVERIFY(!authenticator.isAuthorized(basic("x:s3cret-token")));
}

void tst_Authenticator::refusesBrokenAuthFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(!Authenticator::fromAuthFile(dir.filePath(u"missing"_s), &error));
    QVERIFY(!error.isEmpty());
    QFile file(dir.filePath(u"bad"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("justaname\n");
    file.close();
    QVERIFY(!Authenticator::fromAuthFile(file.fileName(), &error));
    QVERIFY(error.contains(u"line 1"_s));
}

void tst_Authenticator::comparesWholeSecrets()
{
    QVERIFY(Authenticator::constantTimeEquals("abc", "abc"));
    QVERIFY(!Authenticator::constantTimeEquals("abc", "abd"));
    QVERIFY(!Authenticator::constantTimeEquals("abc", "abcd"));
    QVERIFY(!Authenticator::constantTimeEquals("", "a"));
    QVERIFY(Authenticator::constantTimeEquals("", ""));
}

QTEST_GUILESS_MAIN(tst_Authenticator)
#include "tst_authenticator.moc"
