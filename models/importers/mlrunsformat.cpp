// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/importers/mlrunsformat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <cstdlib>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Importers::MlrunsFormat {

QString pythonFloat(double value)
{
    if (std::isnan(value))
        return u"nan"_s;
    if (std::isinf(value))
        return value > 0 ? u"inf"_s : u"-inf"_s;
    if (value == 0)
        return std::signbit(value) ? u"-0.0"_s : u"0.0"_s;
    // Shortest round-trip digits, then Python's layout: positional for exponents -5 < e < 16,
    // scientific with a signed two-digit exponent otherwise.
    const QString sci = QString::number(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = sci.indexOf(u'e');
    QString mantissa = sci.left(ePos);
    const int exponent = sci.mid(ePos + 1).toInt();
    const bool negative = mantissa.startsWith(u'-');
    if (negative)
        mantissa.remove(0, 1);
    const QString digits = QString(mantissa).remove(u'.');
    QString out;
    if (exponent < -4 || exponent >= 16) {
        out = digits.left(1);
        if (digits.size() > 1)
            out += u'.' + digits.mid(1);
        out += (exponent < 0 ? u"e-"_s : u"e+"_s)
            + QString::number(std::abs(exponent)).rightJustified(2, u'0');
    } else if (exponent < 0) {
        out = u"0."_s + QString(-exponent - 1, u'0') + digits;
    } else if (digits.size() <= exponent + 1) {
        out = digits + QString(exponent + 1 - digits.size(), u'0') + u".0"_s;
    } else {
        out = digits.left(exponent + 1) + u'.' + digits.mid(exponent + 1);
    }
    return negative ? u'-' + out : out;
}

std::optional<double> parseFloat(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return std::nullopt;
    QString lower = trimmed.toLower();
    QString sign;
    if (lower.startsWith(u'+') || lower.startsWith(u'-')) {
        sign = lower.left(1);
        lower.remove(0, 1);
    }
    if (lower == u"nan"_s)
        return std::numeric_limits<double>::quiet_NaN();
    if (lower == u"inf"_s || lower == u"infinity"_s)
        return sign == u"-"_s ? -std::numeric_limits<double>::infinity()
                              : std::numeric_limits<double>::infinity();
    static const QRegularExpression number(
        u"^[+-]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][+-]?\\d+)?$"_s);
    if (!number.match(trimmed).hasMatch())
        return std::nullopt;
    const QByteArray latin = trimmed.toLatin1().replace('_', "");
    char *end = nullptr;
    const double value = std::strtod(latin.constData(), &end);
    if (end != latin.constData() + latin.size())
        return std::nullopt;
    return value;
}

std::optional<Store::Metric> parseMetricLine(const QString &key, QStringView line)
{
    const QList<QStringView> parts = line.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 2 && parts.size() != 3)
        return std::nullopt;
    bool ok = false;
    Store::Metric metric;
    metric.key = key;
    metric.timestamp = parts.at(0).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const std::optional<double> value = parseFloat(parts.at(1));
    if (!value)
        return std::nullopt;
    metric.value = *value;
    if (parts.size() == 3) {
        metric.step = parts.at(2).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    return metric;
}

QString metricLine(const Store::Metric &metric)
{
    return QString::number(metric.timestamp) + u' ' + pythonFloat(metric.value) + u' '
        + QString::number(metric.step);
}

std::optional<Store::RunStatus> runStatusFromNumber(int number)
{
    switch (number) {
    case 1:
        return Store::RunStatus::Running;
    case 2:
        return Store::RunStatus::Scheduled;
    case 3:
        return Store::RunStatus::Finished;
    case 4:
        return Store::RunStatus::Failed;
    case 5:
        return Store::RunStatus::Killed;
    default:
        return std::nullopt;
    }
}

int runStatusNumber(Store::RunStatus status)
{
    switch (status) {
    case Store::RunStatus::Running:
        return 1;
    case Store::RunStatus::Scheduled:
        return 2;
    case Store::RunStatus::Finished:
        return 3;
    case Store::RunStatus::Failed:
        return 4;
    case Store::RunStatus::Killed:
        return 5;
    }
    return 1;
}

namespace {

// PyYAML's emitter breaks a long plain or single-quoted scalar at a single space once the line
// passes 80 columns, continuing on the next line at the mapping's indent.
QString folded(const QString &scalar, int column, int indent)
{
    if (column < 0)
        return scalar;
    const bool quoted = scalar.startsWith(u'\'');
    QString out;
    out.reserve(scalar.size() + 8);
    for (qsizetype i = 0; i < scalar.size(); ++i) {
        const QChar c = scalar.at(i);
        const bool single = c == u' ' && (i == 0 || scalar.at(i - 1) != u' ')
            && i + 1 < scalar.size() && scalar.at(i + 1) != u' ';
        const bool atEdge =
            quoted ? (i == 1 || i == scalar.size() - 2) : (i == 0 || i == scalar.size() - 1);
        if (single && !atEdge && column > 80) {
            out += u'\n' + QString(indent, u' ');
            column = indent;
            continue;
        }
        out += c;
        ++column;
    }
    return out;
}

} // namespace

QString yamlString(const QString &value, int column, int indent)
{
    // Plain when YAML reads it back as the same string, as PyYAML decides: no indicator first,
    // no ": " or " #", no leading or trailing space, and not a word or number that YAML 1.1
    // resolves to another type. Otherwise single-quoted (double-quoted with line breaks).
    static const QRegularExpression special(
        u"^(null|Null|NULL|~|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|"
        "off|Off|OFF|y|Y|n|N|=|<<)$"_s);
    static const QRegularExpression numberLike(
        u"^([-+]?(0b[01_]+|0[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(:[0-5]?[0-9])*)"
        "|[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
        "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|\\d{4}-\\d\\d?-\\d\\d?.*)$"_s);
    static const QString indicators = u"-?:,[]{}#&*!|>'\"%@`"_s;
    bool plain = !value.isEmpty() && !indicators.contains(value.front()) && !value.front().isSpace()
        && !value.back().isSpace() && !value.contains(u": "_s) && !value.contains(u" #"_s)
        && !value.endsWith(u':') && !special.match(value).hasMatch()
        && !numberLike.match(value).hasMatch();
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            plain = false;
            break;
        }
    }
    if (plain)
        return folded(value, column, indent);
    if (value.contains(u'\n') || value.contains(u'\r') || value.contains(u'\t')) {
        // A line break inside single quotes is folded by YAML; a double-quoted scalar keeps it.
        QString dq = value;
        dq.replace(u'\\', u"\\\\"_s)
            .replace(u'"', u"\\\""_s)
            .replace(u'\n', u"\\n"_s)
            .replace(u'\r', u"\\r"_s)
            .replace(u'\t', u"\\t"_s);
        return u'"' + dq + u'"';
    }
    return folded(u'\'' + QString(value).replace(u'\'', u"''"_s) + u'\'', column, indent);
}

QString datasetId(const QString &name, const QString &digest)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((name + digest).toUtf8(), QCryptographicHash::Md5).toHex());
}

QString inputId(const QString &datasetId, const QString &runId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((datasetId + runId).toUtf8(), QCryptographicHash::Md5).toHex());
}

QString pathToFileUri(const QString &path)
{
    return QUrl::fromLocalFile(QDir::cleanPath(QDir(path).absolutePath()))
        .toString(QUrl::FullyEncoded);
}

QString localPathOf(const QString &uriOrPath)
{
    if (uriOrPath.startsWith(u'/'))
        return QDir::cleanPath(uriOrPath);
    if (uriOrPath.startsWith(u"file:"_s, Qt::CaseInsensitive)) {
        const QUrl url(uriOrPath);
        if (url.isLocalFile())
            return QDir::cleanPath(url.toLocalFile());
        // "file:relative/path" or an odd authority: keep the path part.
        return QDir::cleanPath(QUrl::fromPercentEncoding(uriOrPath.mid(5).toUtf8()));
    }
    return {};
}

} // namespace Flowdesk::Importers::MlrunsFormat
