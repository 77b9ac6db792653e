// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/pagetoken.h"

#include "models/query/queryerror.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Query::PageToken {

namespace {

// Python's repr() of a bytes object, as MLflow puts it in its message.
QString bytesRepr(const QByteArray &bytes)
{
    const bool hasSingle = bytes.contains('\'');
    const bool useDouble = hasSingle && !bytes.contains('"');
    QString text = useDouble ? u"b\""_s : u"b'"_s;
    for (const char raw : bytes) {
        const auto c = static_cast<unsigned char>(raw);
        if (c == '\\')
            text += u"\\\\"_s;
        else if (c == '\'' && !useDouble)
            text += u"\\'"_s;
        else if (c == '\n')
            text += u"\\n"_s;
        else if (c == '\r')
            text += u"\\r"_s;
        else if (c == '\t')
            text += u"\\t"_s;
        else if (c < 0x20 || c >= 0x7f)
            text += u"\\x%1"_s.arg(int(c), 2, 16, QChar(u'0'));
        else
            text += QChar(c);
    }
    return text + (useDouble ? u'"' : u'\'');
}

QString pythonValueRepr(const QJsonValue &value)
{
    if (value.isString())
        return u'\'' + value.toString() + u'\'';
    if (value.isBool())
        return value.toBool() ? u"True"_s : u"False"_s;
    if (value.isNull())
        return u"None"_s;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && QString::number(d, 'g', 17).indexOf(u'.') < 0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString pythonDictRepr(const QJsonObject &object)
{
    QStringList items;
    for (auto it = object.begin(); it != object.end(); ++it)
        items.append(u'\'' + it.key() + u"': "_s + pythonValueRepr(it.value()));
    return u'{' + items.join(u", "_s) + u'}';
}

} // namespace

QString encode(qint64 offset)
{
    const QByteArray json = "{\"offset\": " + QByteArray::number(offset) + '}';
    return QString::fromLatin1(json.toBase64());
}

qint64 decode(const QString &token)
{
    if (token.isEmpty())
        return 0;
    // Python's b64decode drops characters outside the alphabet, then insists on padding.
    QByteArray cleaned;
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '+'
            || u == '/' || u == '=')
            cleaned.append(char(u));
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(cleaned, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || cleaned.size() % 4 != 0)
        throw QueryError(u"Invalid page token, could not base64-decode"_s);
    const QByteArray bytes = *decoded;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw QueryError(u"Invalid page token, decoded value=%1"_s.arg(bytesRepr(bytes)));
    const QJsonObject object = document.object();
    const QJsonValue offsetValue = object.value(u"offset"_s);
    const bool falsy = offsetValue.isUndefined() || offsetValue.isNull()
        || (offsetValue.isDouble() && offsetValue.toDouble() == 0)
        || (offsetValue.isString() && offsetValue.toString().isEmpty())
        || (offsetValue.isBool() && !offsetValue.toBool());
    if (falsy)
        throw QueryError(u"Invalid page token, parsed value=%1"_s.arg(pythonDictRepr(object)));
    qint64 offset = 0;
    if (offsetValue.isDouble()) {
        offset = qint64(offsetValue.toDouble());
    } else if (offsetValue.isBool()) {
        offset = 1;
    } else if (offsetValue.isString()) {
        bool ok = false;
        offset = offsetValue.toString().trimmed().toLongLong(&ok);
        if (!ok) {
            throw QueryError(
                u"Invalid page token, not stringable %1"_s.arg(offsetValue.toString()));
        }
    } else {
        throw QueryError(u"Invalid page token, parsed value=%1"_s.arg(pythonDictRepr(object)));
    }
    if (offset < 0)
        throw QueryError(u"Invalid page token, parsed value=%1"_s.arg(pythonDictRepr(object)));
    return offset;
}

} // namespace Flowdesk::Query::PageToken
