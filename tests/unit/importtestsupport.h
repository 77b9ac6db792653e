// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

// Helpers shared by the importer and exporter tests.
namespace ImportTestSupport {

/// Copies a directory tree (files made writable), so that tests can edit their copy.
inline bool copyTree(const QString &from, const QString &to)
{
    if (!QFileInfo(from).isDir())
        return false;
    QDir().mkpath(to);
    QDirIterator it(
        from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir base(from);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + base.relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            QDir().mkpath(target);
            continue;
        }
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return false;
        QFile(target).setPermissions(QFile(target).permissions() | QFileDevice::WriteOwner);
    }
    return true;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

/// Every row of every table, as text, in a stable order: two dumps are equal exactly when the
/// stores hold the same rows.
inline QStringList dumpAllTables(Flowdesk::Store::Database &database)
{
    QStringList lines;
    QSqlQuery tables(database.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(database.connection());
        // Table names come from sqlite_master, not from input.
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList tableLines;
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                cells.append(v.isNull() ? QStringLiteral("<null>") : v.toString());
            }
            tableLines.append(table + QLatin1Char('|') + cells.join(QLatin1Char('|')));
        }
        tableLines.sort();
        lines += tableLines;
    }
    return lines;
}

/// Relative paths and contents of every file under `root`.
inline QMap<QString, QByteArray> filesUnder(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(
        root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(base.relativeFilePath(path), readFile(path));
    }
    return files;
}

} // namespace ImportTestSupport
