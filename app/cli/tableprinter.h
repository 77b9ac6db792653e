// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <optional>

namespace Flowdesk::Cli {

enum class OutputFormat { Table, Csv, Json };

/// "table", "csv" or "json"; empty optional for anything else.
std::optional<OutputFormat> outputFormatFromName(const QString &name);

/// Prints rows under headers to stdout: an aligned text table, RFC 4180 CSV, or a JSON array of
/// objects keyed by the headers.
void printTable(const QStringList &headers, const QList<QStringList> &rows, OutputFormat format);

} // namespace Flowdesk::Cli
