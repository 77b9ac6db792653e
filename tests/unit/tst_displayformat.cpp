// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/displayformat.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
namespace DisplayFormat = Flowdesk::ItemModels::DisplayFormat;

class tst_DisplayFormat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void formatsDurations_data();
    void formatsDurations();
    void formatsCounts_data();
    void formatsCounts();
    void formatsMetricValues_data();
    void formatsMetricValues();
    void showsExactUtcTime();
    void followsTheLocale();
};

void tst_DisplayFormat::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_DisplayFormat::formatsDurations_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << u"0 ms"_s;
    QTest::newRow("negative-clamped") << qint64(-5) << u"0 ms"_s;
    QTest::newRow("milliseconds") << qint64(850) << u"850 ms"_s;
    QTest::newRow("seconds") << qint64(12'540) << u"12.5 s"_s;
    QTest::newRow("minutes") << qint64(245'000) << u"4 min 5 s"_s;
    QTest::newRow("hours") << qint64((2 * 60 + 13) * 60'000) << u"2 h 13 min"_s;
    QTest::newRow("days") << qint64((3 * 24 + 4) * 3'600'000) << u"3 d 4 h"_s;
}

void tst_DisplayFormat::formatsDurations()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, expected);
    QCOMPARE(DisplayFormat::duration(msecs), expected);
}

void tst_DisplayFormat::formatsCounts_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("runs");
    QTest::addColumn<QString>("experiments");
    QTest::newRow("zero") << qint64(0) << u"0 runs"_s << u"0 experiments"_s;
    QTest::newRow("one") << qint64(1) << u"1 run"_s << u"1 experiment"_s;
    QTest::newRow("grouped") << qint64(100'000) << u"100,000 runs"_s << u"100,000 experiments"_s;
}

void tst_DisplayFormat::formatsCounts()
{
    QFETCH(qint64, count);
    QFETCH(QString, runs);
    QFETCH(QString, experiments);
    QCOMPARE(DisplayFormat::runCount(count), runs);
    QCOMPARE(DisplayFormat::experimentCount(count), experiments);
}

void tst_DisplayFormat::formatsMetricValues_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("shortest-round-trip") << 0.1 << u"0.1"_s;
    QTest::newRow("integer") << 42.0 << u"42"_s;
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << u"NaN"_s;
    QTest::newRow("plus-infinity") << std::numeric_limits<double>::infinity() << u"∞"_s;
    QTest::newRow("minus-infinity") << -std::numeric_limits<double>::infinity() << u"−∞"_s;
}

void tst_DisplayFormat::formatsMetricValues()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(DisplayFormat::metricValue(value), expected);
}

void tst_DisplayFormat::showsExactUtcTime()
{
    QCOMPARE(DisplayFormat::utcDateTime(1'717'243'425'120), u"2024-06-01 12:03:45.120 UTC"_s);
}

void tst_DisplayFormat::followsTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(DisplayFormat::count(1204), u"1.204"_s);
    QCOMPARE(DisplayFormat::duration(12'540), u"12,5 s"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_GUILESS_MAIN(tst_DisplayFormat)
#include "tst_displayformat.moc"
