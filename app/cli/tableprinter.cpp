// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "app/cli/tableprinter.h"

#include "app/cli/command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Cli {

namespace {

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
        && !field.contains(u'\r'))
        return field;
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

std::optional<OutputFormat> outputFormatFromName(const QString &name)
{
    if (name == u"table"_s)
        return OutputFormat::Table;
    if (name == u"csv"_s)
        return OutputFormat::Csv;
    if (name == u"json"_s)
        return OutputFormat::Json;
    return std::nullopt;
}

void printTable(const QStringList &headers, const QList<QStringList> &rows, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Csv: {
        QStringList line;
        for (const QString &h : headers)
            line.append(csvField(h));
        out(line.join(u','));
        for (const QStringList &row : rows) {
            line.clear();
            for (const QString &field : row)
                line.append(csvField(field));
            out(line.join(u','));
        }
        return;
    }
    case OutputFormat::Json: {
        QJsonArray array;
        for (const QStringList &row : rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < headers.size() && i < row.size(); ++i)
                object.insert(headers.at(i), row.at(i));
            array.append(object);
        }
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    case OutputFormat::Table: {
        QList<qsizetype> widths;
        for (const QString &h : headers)
            widths.append(h.size());
        for (const QStringList &row : rows) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] =
                    std::max(widths[i], qsizetype(std::min<qsizetype>(row.at(i).size(), 60)));
        }
        const auto format = [&](const QStringList &cells) {
            QStringList padded;
            for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
                QString cell = cells.at(i);
                if (cell.size() > 60)
                    cell = cell.left(59) + u'…';
                padded.append(cell.leftJustified(widths.at(i)));
            }
            return padded.join(u"  "_s).trimmed();
        };
        out(format(headers));
        QStringList rule;
        for (qsizetype w : widths)
            rule.append(QString(w, u'-'));
        out(rule.join(u"  "_s));
        for (const QStringList &row : rows)
            out(format(row));
        return;
    }
    }
}

} // namespace Flowdesk::Cli
