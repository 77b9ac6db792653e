// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/importers/tablewriter.h"

#include "models/importers/mlrunsformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Importers::TableWriter {

namespace {

QString cellText(const QVariant &cell)
{
    if (cell.isNull())
        return {};
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Float)
        return MlrunsFormat::pythonFloat(cell.toDouble());
    return cell.toString();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r')) {
        return text;
    }
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

QJsonValue jsonValue(const QVariant &cell)
{
    if (cell.isNull())
        return QJsonValue::Null;
    switch (cell.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double v = cell.toDouble();
        return std::isfinite(v) ? QJsonValue(v) : QJsonValue(MlrunsFormat::pythonFloat(v));
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(cell.toLongLong());
    case QMetaType::Bool:
        return QJsonValue(cell.toBool());
    default:
        return QJsonValue(cell.toString());
    }
}

} // namespace

QByteArray csv(const QStringList &headers, const QList<QVariantList> &rows)
{
    QString out;
    QStringList fields;
    for (const QString &header : headers)
        fields.append(csvField(header));
    out += fields.join(u',') + u'\n';
    for (const QVariantList &row : rows) {
        fields.clear();
        for (const QVariant &cell : row)
            fields.append(csvField(cellText(cell)));
        out += fields.join(u',') + u'\n';
    }
    return out.toUtf8();
}

QByteArray json(const QStringList &headers, const QList<QVariantList> &rows)
{
    QJsonArray array;
    for (const QVariantList &row : rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < headers.size() && i < row.size(); ++i)
            object.insert(headers.at(i), jsonValue(row.at(i)));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace Flowdesk::Importers::TableWriter
