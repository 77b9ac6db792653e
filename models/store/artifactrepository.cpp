// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/artifactrepository.h"

#include "models/store/storeerror.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

namespace {

[[noreturn]] void invalidPath()
{
    throw StoreError(ErrorCode::InvalidParameterValue, u"Invalid path"_s);
}

// The canonical form of the deepest part of `path` that exists, so that a symlink anywhere
// along it is followed before the containment check.
QString canonicalExistingPrefix(const QString &path)
{
    QString current = QDir::cleanPath(path);
    QString rest;
    while (!current.isEmpty()) {
        const QFileInfo info(current);
        if (info.exists() || info.isSymLink()) {
            QString canonical = info.canonicalFilePath();
            if (canonical.isEmpty())
                return {}; // dangling symlink: refuse
            return rest.isEmpty() ? canonical : canonical + u'/' + rest;
        }
        const qsizetype slash = current.lastIndexOf(u'/');
        if (slash <= 0)
            break;
        rest = rest.isEmpty() ? current.mid(slash + 1) : current.mid(slash + 1) + u'/' + rest;
        current = current.left(slash);
    }
    return QDir::cleanPath(path);
}

} // namespace

ArtifactRepository::ArtifactRepository(QString root)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
{
}

QString ArtifactRepository::runDirectory(qint64 experimentId, const QString &runId) const
{
    return m_root + u'/' + QString::number(experimentId) + u'/' + runId + u"/artifacts"_s;
}

bool ArtifactRepository::isSafeRelativePath(const QString &relativePath)
{
    if (relativePath.startsWith(u'/') || relativePath.startsWith(u'\\')
        || relativePath.contains(QChar(0)) || relativePath.contains(u'\\')
        || (relativePath.size() > 1 && relativePath.at(1) == u':')) {
        return false;
    }
    const QStringList parts = relativePath.split(u'/', Qt::SkipEmptyParts);
    return std::none_of(parts.cbegin(), parts.cend(),
                        [](const QString &part) { return part == u".."_s; });
}

void ArtifactRepository::requireInside(const QString &base, const QString &absolutePath) const
{
    const QString canonicalBase = canonicalExistingPrefix(base);
    const QString canonicalPath = canonicalExistingPrefix(absolutePath);
    if (canonicalBase.isEmpty() || canonicalPath.isEmpty())
        invalidPath();
    if (canonicalPath != canonicalBase && !canonicalPath.startsWith(canonicalBase + u'/'))
        invalidPath();
}

QString ArtifactRepository::resolve(const QString &base, const QString &relativePath) const
{
    if (!isSafeRelativePath(relativePath))
        invalidPath();
    const QString cleanBase = QDir::cleanPath(base);
    if (cleanBase != m_root && !cleanBase.startsWith(m_root + u'/'))
        invalidPath();
    const QString trimmed = relativePath.split(u'/', Qt::SkipEmptyParts).join(u'/');
    const QString absolute = trimmed.isEmpty() ? cleanBase : cleanBase + u'/' + trimmed;
    requireInside(m_root, absolute);
    requireInside(cleanBase, absolute);
    return absolute;
}

QString ArtifactRepository::resolveUnderRoot(const QString &relativePath) const
{
    return resolve(m_root, relativePath);
}

QList<ArtifactRepository::Entry> ArtifactRepository::list(const QString &base,
                                                          const QString &relativeDir) const
{
    const QString dirPath = resolve(base, relativeDir);
    const QFileInfo dirInfo(dirPath);
    if (!dirInfo.isDir())
        return {};
    const QString prefix = relativeDir.split(u'/', Qt::SkipEmptyParts).join(u'/');
    QList<Entry> entries;
    const QFileInfoList infos = QDir(dirPath).entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::DirsFirst | QDir::Name);
    for (const QFileInfo &info : infos) {
        // A symlink pointing out of the store is not listed.
        if (info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            if (target.isEmpty() || !target.startsWith(canonicalExistingPrefix(base) + u'/'))
                continue;
        }
        Entry entry;
        entry.path = prefix.isEmpty() ? info.fileName() : prefix + u'/' + info.fileName();
        entry.isDir = info.isDir();
        entry.size = entry.isDir ? 0 : info.size();
        entries.append(entry);
    }
    return entries;
}

QByteArray ArtifactRepository::read(const QString &base, const QString &relativePath) const
{
    const QString path = resolve(base, relativePath);
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        throw StoreError(ErrorCode::ResourceDoesNotExist,
                         u"Artifact '%1' does not exist"_s.arg(relativePath));
    }
    return file.readAll();
}

void ArtifactRepository::write(const QString &base,
                               const QString &relativePath,
                               const QByteArray &data) const
{
    if (relativePath.split(u'/', Qt::SkipEmptyParts).isEmpty())
        invalidPath();
    const QString path = resolve(base, relativePath);
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        throw StoreError(ErrorCode::InternalError,
                         u"Could not create the directory %1"_s.arg(directory));
    }
    // mkpath may have followed a symlink created meanwhile: check again before writing.
    requireInside(base, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        throw StoreError(ErrorCode::InternalError,
                         u"Could not write the artifact %1: %2"_s.arg(relativePath,
                                                                      file.errorString()));
    }
}

void ArtifactRepository::remove(const QString &base, const QString &relativePath) const
{
    const QString path = resolve(base, relativePath);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        throw StoreError(ErrorCode::ResourceDoesNotExist,
                         u"Artifact '%1' does not exist"_s.arg(relativePath));
    }
    const bool removed = info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively()
                                                           : QFile::remove(path);
    if (!removed) {
        throw StoreError(ErrorCode::InternalError,
                         u"Could not delete the artifact %1"_s.arg(relativePath));
    }
}

} // namespace Flowdesk::Store
