// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Flowdesk::ItemModels {

/// What the artifact viewer shows for one file: text (logs, JSON pretty-printed, YAML, …), a
/// table (CSV/TSV), an image, or an MLflow model's MLmodel (flavors, signature, environment
/// files); large or binary files get a note instead. Reads at most MaxBytes.
struct ArtifactPreview
{
    enum class Kind { Text, Table, Image, Model, Binary, TooLarge, Error };

    static constexpr qint64 MaxBytes = 4 * 1024 * 1024;
    static constexpr int MaxTableRows = 2000;

    Kind kind = Kind::Error;
    QString text; ///< Text: the content; Error: why
    QList<QStringList> rows; ///< Table: the header row first
    QImage image;
    // Model
    QStringList flavors; ///< "python_function (mlflow.sklearn)", "sklearn 1.2.1"
    QList<QPair<QString, QString>> inputs; ///< signature inputs: name, type
    QList<QPair<QString, QString>> outputs;
    QStringList environmentFiles; ///< requirements.txt, conda.yaml, python_env.yaml present
    QString mlflowVersion;

    static ArtifactPreview load(const QString &path);

    /// The local directory of a run's artifacts: mlflow-artifacts:/X is <store>/artifacts/X,
    /// file:// URIs and absolute paths are used as they are; empty for remote schemes.
    static QString runDirectory(const QString &storeDirectory, const QString &artifactUri);
};

} // namespace Flowdesk::ItemModels
