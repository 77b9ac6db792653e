// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/importers/artifactfiles.h"

#include "models/importers/importertr.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Importers::ArtifactFiles {

CopyResult copyTree(const QString &from, const QString &to)
{
    CopyResult result;
    const QDir source(from);
    QDirIterator it(from,
                    QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = source.relativeFilePath(info.filePath());
        if (info.isSymLink()) {
            result.problems.append(
                info.filePath() + u": "_s
                + Tr::tr("symbolic link not copied (it could point outside the artifacts)"));
            continue;
        }
        const QString target = to + u'/' + relative;
        if (info.isDir()) {
            if (!QDir().mkpath(target))
                result.problems.append(target + u": "_s + Tr::tr("cannot create the folder"));
            continue;
        }
        if (!info.isFile())
            continue;
        const QFileInfo existing(target);
        if (existing.isFile() && existing.size() == info.size()
            && existing.lastModified() == info.lastModified()) {
            continue;
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            result.problems.append(target + u": "_s + Tr::tr("cannot create the folder"));
            continue;
        }
        const QString temporary = target + u".flowdesk-import"_s;
        QFile::remove(temporary);
        QFile in(info.filePath());
        if (!QFile::copy(info.filePath(), temporary)) {
            result.problems.append(info.filePath() + u": "_s
                                   + Tr::tr("cannot copy: %1").arg(in.errorString()));
            QFile::remove(temporary);
            continue;
        }
        QFile out(temporary);
        // The copy keeps the source's time, so that a later import sees it as unchanged.
        out.setPermissions(out.permissions() | QFileDevice::WriteOwner);
        if (out.open(QIODevice::ReadWrite)) {
            out.setFileTime(info.lastModified(), QFileDevice::FileModificationTime);
            out.close();
        }
        QFile::remove(target);
        if (!QFile::rename(temporary, target)) {
            result.problems.append(target + u": "_s
                                   + Tr::tr("cannot write: %1").arg(out.errorString()));
            QFile::remove(temporary);
            continue;
        }
        result.changed = true;
    }
    return result;
}

} // namespace Flowdesk::Importers::ArtifactFiles
