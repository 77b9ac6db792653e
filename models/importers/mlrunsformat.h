// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Flowdesk::Importers::MlrunsFormat {

// The text formats of MLflow's FileStore (mlflow/store/tracking/file_store.py, 2.14), shared
// by the mlruns importer and exporter so that both read and write the same thing.

/// Python's repr() of a float, as the FileStore writes metric values: "0.5", "1.0", "1e-05",
/// "nan", "inf", "-inf".
QString pythonFloat(double value);
/// Python's float() of a metric value: decimal or exponent notation, "nan", "inf",
/// "infinity" (any case, optional sign). Empty optional when the text is not a number.
std::optional<double> parseFloat(QStringView text);

/// One line of a metrics file: "<timestamp> <value> <step>" (older files: no step, then 0).
/// Empty optional when the line does not parse.
std::optional<Store::Metric> parseMetricLine(const QString &key, QStringView line);
QString metricLine(const Store::Metric &metric);

/// The FileStore's integer statuses (RunStatus in mlflow/protos/service.proto).
std::optional<Store::RunStatus> runStatusFromNumber(int number);
int runStatusNumber(Store::RunStatus status);

/// A scalar as PyYAML's safe_dump writes it: plain when that reads back as the same string,
/// single-quoted otherwise ('' for empty). With the `column` where the scalar starts, long
/// values are folded at spaces past column 80 as PyYAML does, continuing at `indent`.
QString yamlString(const QString &value, int column = -1, int indent = 2);

/// The dataset and input ids the FileStore derives: md5(name + digest) and
/// md5(dataset_id + run_id), as hex.
QString datasetId(const QString &name, const QString &digest);
QString inputId(const QString &datasetId, const QString &runId);

/// Converts between local paths and file:// URIs (percent-encoded as Python's as_uri()).
QString pathToFileUri(const QString &path);
/// The local path of a file: URI or of a plain absolute path; empty for other schemes.
QString localPathOf(const QString &uriOrPath);

} // namespace Flowdesk::Importers::MlrunsFormat
