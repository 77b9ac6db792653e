// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/mlflow/requestreader.h"
#include "models/store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Flowdesk::Mlflow::RequestReader;
using Flowdesk::Store::StoreError;

class tst_RequestReader : public QObject
{
    Q_OBJECT

private slots:
    void readsInt64LikeProtobuf_data();
    void readsInt64LikeProtobuf();
    void readsDoubleLikeProtobuf_data();
    void readsDoubleLikeProtobuf();
    void reportsMissingAndInvalidLikeMlflow_data();
    void reportsMissingAndInvalidLikeMlflow();
    void turnsRepeatedQueryKeysIntoLists();
    void refusesMalformedJsonBody();
    void acceptsEnumNamesAndNumbers();
};

void tst_RequestReader::readsInt64LikeProtobuf_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("integer") << QByteArray("5") << true << qint64(5);
    QTest::newRow("timestamp") << QByteArray("1717200000000") << true << qint64(1717200000000);
    QTest::newRow("integral-float") << QByteArray("5.0") << true << qint64(5);
    QTest::newRow("numeric-string") << QByteArray("\"-42\"") << true << qint64(-42);
    QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
    QTest::newRow("word") << QByteArray("\"soon\"") << false << qint64(0);
    QTest::newRow("float-string") << QByteArray("\"5.0\"") << false << qint64(0);
    QTest::newRow("bool") << QByteArray("true") << false << qint64(0);
    QTest::newRow("huge") << QByteArray("1e300") << false << qint64(0);
}

void tst_RequestReader::readsInt64LikeProtobuf()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().at(0);
    const auto parsed = RequestReader::toInt64(value);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, expected);
}

void tst_RequestReader::readsDoubleLikeProtobuf_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("expected");
    QTest::newRow("number") << QByteArray("0.25") << true << 0.25;
    QTest::newRow("string") << QByteArray("\"0.8\"") << true << 0.8;
    QTest::newRow("exponent-string") << QByteArray("\"1e3\"") << true << 1000.0;
    QTest::newRow("infinity") << QByteArray("\"Infinity\"") << true << qInf();
    QTest::newRow("minus-infinity") << QByteArray("\"-Infinity\"") << true << -qInf();
    QTest::newRow("word") << QByteArray("\"abc\"") << false << 0.0;
    QTest::newRow("object") << QByteArray("{}") << false << 0.0;
    QTest::newRow("bool") << QByteArray("false") << false << 0.0;
}

void tst_RequestReader::readsDoubleLikeProtobuf()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(double, expected);
    const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().at(0);
    const auto parsed = RequestReader::toDouble(value);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, expected);
    const auto nan = RequestReader::toDouble(QJsonValue(u"NaN"_s));
    QVERIFY(nan && qIsNaN(*nan));
}

void tst_RequestReader::reportsMissingAndInvalidLikeMlflow_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing")
        << QByteArray("{}")
        << u"Missing value for required parameter 'name'. See the API docs for "
           "more information about request parameters."_s;
    QTest::newRow("empty-string") << QByteArray(R"({"name": ""})")
                                  << u"Missing value for required parameter 'name'. See the API "
                                     "docs for more information about request parameters."_s;
    QTest::newRow("int") << QByteArray(R"({"name": 123})")
                         << u"Invalid value 123 for parameter 'name' supplied. Hint: Value was of "
                            "type 'int'. See the API docs for more information about request "
                            "parameters."_s;
    QTest::newRow("list")
        << QByteArray(R"({"name": ["a", true, null]})")
        << u"Invalid value ['a', True, None] for parameter 'name' supplied. Hint: "
           "Value was of type 'list'. See the API docs for more information about "
           "request parameters."_s;
}

void tst_RequestReader::reportsMissingAndInvalidLikeMlflow()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    try {
        RequestReader::fromJsonBody(body).requiredString(u"name"_s);
        QFAIL("no error");
    } catch (const StoreError &error) {
        QCOMPARE(error.codeName(), u"INVALID_PARAMETER_VALUE"_s);
        QCOMPARE(error.message(), message);
    }
}

void tst_RequestReader::turnsRepeatedQueryKeysIntoLists()
{
    const RequestReader reader = RequestReader::fromQuery(
        "run_ids=a&run_ids=b&filter=name+LIKE+%27x%25%27&experiment_ids%5B%5D=1&single=v");
    QCOMPARE(reader.stringList(u"run_ids"_s), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(reader.string(u"filter"_s), u"name LIKE 'x%'"_s);
    QCOMPARE(reader.stringList(u"experiment_ids"_s), QStringList{u"1"_s});
    QCOMPARE(reader.stringList(u"single"_s), QStringList{u"v"_s});
}

void tst_RequestReader::refusesMalformedJsonBody()
{
    for (const QByteArray &body :
         {QByteArray("{not json"), QByteArray("[1]"), QByteArray("\"x\"")}) {
        try {
            RequestReader::fromJsonBody(body);
            QFAIL(body.constData());
        } catch (const StoreError &error) {
            QCOMPARE(error.codeName(), u"MALFORMED_REQUEST"_s);
        }
    }
    QVERIFY(RequestReader::fromJsonBody("  ").params().isEmpty());
}

void tst_RequestReader::acceptsEnumNamesAndNumbers()
{
    const QStringList names{u"ACTIVE_ONLY"_s, u"DELETED_ONLY"_s, u"ALL"_s};
    QCOMPARE(RequestReader::fromJsonBody(R"({"v": "ALL"})").optionalEnum(u"v"_s, names), 3);
    QCOMPARE(RequestReader::fromJsonBody(R"({"v": 2})").optionalEnum(u"v"_s, names), 2);
    QCOMPARE(RequestReader::fromQuery("v=2").optionalEnum(u"v"_s, names), 2);
    QVERIFY(!RequestReader::fromJsonBody("{}").optionalEnum(u"v"_s, names));
    QVERIFY_THROWS_EXCEPTION(
        StoreError, RequestReader::fromJsonBody(R"({"v": "DONE"})").optionalEnum(u"v"_s, names));
    QVERIFY_THROWS_EXCEPTION(
        StoreError, RequestReader::fromJsonBody(R"({"v": 7})").optionalEnum(u"v"_s, names));
}

QTEST_GUILESS_MAIN(tst_RequestReader)
#include "tst_requestreader.moc"
