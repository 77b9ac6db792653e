// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Flowdesk::Store {

/// The store's artifact directory: `<root>/<experiment_id>/<run_id>/artifacts/...`, the same
/// shape as an MLflow artifact root, so `mlflow-artifacts:/<path>` maps to `<root>/<path>`.
/// Every path from outside is checked: no `..`, no absolute paths, no symlink leading out.
/// Throws StoreError (INVALID_PARAMETER_VALUE "Invalid path", RESOURCE_DOES_NOT_EXIST).
class ArtifactRepository final
{
public:
    struct Entry
    {
        QString path; ///< relative to the listed directory's base, with '/' separators
        bool isDir = false;
        qint64 size = 0;
    };

    explicit ArtifactRepository(QString root);

    const QString &root() const { return m_root; }
    QString runDirectory(qint64 experimentId, const QString &runId) const;

    /// Absolute path of `relativePath` under `base` (an absolute directory inside root()).
    QString resolve(const QString &base, const QString &relativePath) const;
    /// Absolute path for a path relative to root(), as mlflow-artifacts:/ URIs carry them.
    QString resolveUnderRoot(const QString &relativePath) const;

    /// Direct children of `relativeDir` under `base`, directories first, then by name.
    /// A missing directory or a file gives an empty list, as MLflow answers.
    QList<Entry> list(const QString &base, const QString &relativeDir = {}) const;
    QByteArray read(const QString &base, const QString &relativePath) const;
    /// Writes atomically (temporary file, then rename): a crash leaves the old file or none.
    void write(const QString &base, const QString &relativePath, const QByteArray &data) const;
    /// Removes a file or a directory tree.
    void remove(const QString &base, const QString &relativePath) const;

    /// Checks a client-given relative path; empty means the base itself.
    static bool isSafeRelativePath(const QString &relativePath);

private:
    void requireInside(const QString &base, const QString &absolutePath) const;

    QString m_root;
};

} // namespace Flowdesk::Store
