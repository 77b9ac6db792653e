// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/mlflow/requestreader.h"

#include "models/store/storeerror.h"
#include "models/store/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QVariant>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Mlflow {

using Store::ErrorCode;
using Store::StoreError;

namespace {

const QString ApiDocsHint = u" See the API docs for more information about request parameters."_s;

// Qt 6 keeps JSON numbers written without a fraction or exponent as integers.
bool isJsonInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong;
}

QString pythonFloat(double value)
{
    if (std::isnan(value))
        return u"nan"_s;
    if (std::isinf(value))
        return value > 0 ? u"inf"_s : u"-inf"_s;
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(u'.') && !text.contains(u'e'))
        text += u".0"_s;
    return text;
}

QString pythonRepr(const QJsonValue &value)
{
    return value.isString() ? Store::Validation::pythonRepr(value.toString())
                            : RequestReader::pythonStr(value);
}

QString decodeQueryPart(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}

} // namespace

RequestReader::RequestReader(QJsonObject params)
    : m_params(std::move(params))
{}

RequestReader RequestReader::fromQuery(const QByteArray &rawQuery)
{
    // MLflow parses query strings with querystring_parser: `a=1&a=2`, `a[]=1` and `a[0]=1` all
    // make lists; anything given once is a plain string.
    static const QRegularExpression indexSuffix(u"\\[[0-9]*\\]$"_s);
    QJsonObject params;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QString key = decodeQueryPart(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decodeQueryPart(pair.mid(equals + 1));
        const bool indexed = key.contains(indexSuffix);
        key.remove(indexSuffix);
        const QJsonValue existing = params.value(key);
        if (existing.isUndefined()) {
            params.insert(key, indexed ? QJsonValue(QJsonArray{value}) : QJsonValue(value));
        } else {
            QJsonArray list = existing.isArray() ? existing.toArray() : QJsonArray{existing};
            list.append(value);
            params.insert(key, list);
        }
    }
    return RequestReader(params);
}

RequestReader RequestReader::fromJsonBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return RequestReader();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        throw StoreError(ErrorCode::MalformedRequest,
                         u"Malformed JSON in the request body at offset %1: %2"_s.arg(
                             QString::number(error.offset), error.errorString()));
    }
    if (!document.isObject()) {
        throw StoreError(ErrorCode::MalformedRequest, u"The request body must be a JSON object."_s);
    }
    return RequestReader(document.object());
}

bool RequestReader::has(const QString &name) const
{
    const QJsonValue v = value(name);
    return !v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty());
}

void RequestReader::throwMissing(const QString &name)
{
    throw StoreError(ErrorCode::InvalidParameterValue,
                     u"Missing value for required parameter '%1'."_s.arg(name) + ApiDocsHint);
}

void RequestReader::throwInvalid(const QString &name, const QJsonValue &value)
{
    throw StoreError(
        ErrorCode::InvalidParameterValue,
        u"Invalid value %1 for parameter '%2' supplied. Hint: Value was of type '%3'."_s.arg(
            pythonStr(value), name, pythonTypeName(value))
            + ApiDocsHint);
}

QString RequestReader::requiredString(const QString &name) const
{
    if (!has(name))
        throwMissing(name);
    return *optionalString(name);
}

std::optional<QString> RequestReader::optionalString(const QString &name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString())
        throwInvalid(name, v);
    return v.toString();
}

QString RequestReader::string(const QString &name) const
{
    const QString text = optionalString(name).value_or(QString());
    return text.isNull() ? u""_s : text;
}

QString RequestReader::runId() const
{
    if (has(u"run_id"_s))
        return *optionalString(u"run_id"_s);
    if (has(u"run_uuid"_s))
        return *optionalString(u"run_uuid"_s);
    throwMissing(u"run_id"_s);
}

std::optional<qint64> RequestReader::toInt64(const QJsonValue &value)
{
    if (isJsonInteger(value))
        return value.toInteger();
    if (value.isDouble()) {
        // proto accepts 5.0 for an int64, not 5.5; MLflow would store 0 for the latter.
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.007199254740992e15)
            return qint64(d);
        return std::nullopt;
    }
    if (value.isString()) {
        static const QRegularExpression integer(u"^\\s*[-+]?[0-9]+\\s*$"_s);
        const QString text = value.toString();
        if (!integer.match(text).hasMatch())
            return std::nullopt;
        bool ok = false;
        const qint64 parsed = text.trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(parsed) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> RequestReader::toDouble(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (!value.isString())
        return std::nullopt;
    // protobuf's JSON parser: "NaN", "Infinity", "-Infinity", else Python's float().
    const QString text = value.toString().trimmed();
    const QString lower = text.toLower();
    if (lower == u"nan"_s || lower == u"+nan"_s || lower == u"-nan"_s)
        return std::numeric_limits<double>::quiet_NaN();
    if (lower == u"infinity"_s || lower == u"inf"_s || lower == u"+infinity"_s
        || lower == u"+inf"_s)
        return std::numeric_limits<double>::infinity();
    if (lower == u"-infinity"_s || lower == u"-inf"_s)
        return -std::numeric_limits<double>::infinity();
    static const QRegularExpression number(
        u"^[-+]?([0-9][0-9_]*(\\.[0-9_]*)?|\\.[0-9][0-9_]*)([eE][-+]?[0-9]+)?$"_s);
    if (!number.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double parsed = QLocale::c().toDouble(QString(text).remove(u'_'), &ok);
    return ok ? std::optional<double>(parsed) : std::nullopt;
}

qint64 RequestReader::requiredInt64(const QString &name) const
{
    if (!has(name))
        throwMissing(name);
    return *optionalInt64(name);
}

std::optional<qint64> RequestReader::optionalInt64(const QString &name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const auto parsed = toInt64(v);
    if (!parsed)
        throwInvalid(name, v);
    return parsed;
}

double RequestReader::requiredDouble(const QString &name) const
{
    if (!has(name))
        throwMissing(name);
    const QJsonValue v = value(name);
    const auto parsed = toDouble(v);
    if (!parsed)
        throwInvalid(name, v);
    return *parsed;
}

std::optional<bool> RequestReader::optionalBool(const QString &name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isBool())
        return v.toBool();
    // Query strings can only say it in words.
    if (v.isString()) {
        const QString text = v.toString().toLower();
        if (text == u"true"_s)
            return true;
        if (text == u"false"_s)
            return false;
    }
    throwInvalid(name, v);
}

QStringList RequestReader::stringList(const QString &name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return {v.toString()};
    if (!v.isArray())
        throwInvalid(name, v);
    QStringList list;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString())
            throwInvalid(name, v);
        list.append(item.toString());
    }
    return list;
}

QJsonArray RequestReader::objectList(const QString &name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        throwInvalid(name, v);
    const QJsonArray array = v.toArray();
    for (const QJsonValue item : array) {
        if (!item.isObject())
            throwInvalid(name, v);
    }
    return array;
}

std::optional<int>
RequestReader::optionalEnum(const QString &name, const QStringList &names, int firstNumber) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isString()) {
        const qsizetype index = names.indexOf(v.toString());
        if (index >= 0)
            return int(index) + firstNumber;
    }
    if (const auto number = toInt64(v)) {
        if (*number >= firstNumber && *number < firstNumber + names.size())
            return int(*number);
    }
    // MLflow ignores an unknown enum value and answers 200; refusing it loses nothing silently.
    throw StoreError(ErrorCode::InvalidParameterValue,
                     u"Invalid value %1 for parameter '%2' supplied. Valid values are %3."_s.arg(
                         pythonStr(v), name, names.join(u", "_s)));
}

QList<Store::Tag> RequestReader::tagList(const QString &name) const
{
    QList<Store::Tag> tags;
    const QJsonArray items = objectList(name);
    for (const QJsonValue item : items) {
        const RequestReader tag(item.toObject());
        if (!tag.has(u"key"_s))
            throwInvalid(name, value(name));
        tags.append({tag.requiredString(u"key"_s), tag.string(u"value"_s)});
    }
    return tags;
}

QString RequestReader::pythonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u"str"_s;
    case QJsonValue::Bool:
        return u"bool"_s;
    case QJsonValue::Double:
        return isJsonInteger(value) ? u"int"_s : u"float"_s;
    case QJsonValue::Array:
        return u"list"_s;
    case QJsonValue::Object:
        return u"dict"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"NoneType"_s;
    }
    return u"NoneType"_s;
}

QString RequestReader::pythonStr(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"True"_s : u"False"_s;
    case QJsonValue::Double:
        return isJsonInteger(value) ? QString::number(value.toInteger())
                                    : pythonFloat(value.toDouble());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue item : value.toArray())
            items.append(pythonRepr(item));
        return u'[' + items.join(u", "_s) + u']';
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items.append(Store::Validation::pythonRepr(it.key()) + u": "_s
                         + pythonRepr(it.value()));
        return u'{' + items.join(u", "_s) + u'}';
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"None"_s;
    }
    return u"None"_s;
}

} // namespace Flowdesk::Mlflow
