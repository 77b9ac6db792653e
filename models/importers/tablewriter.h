// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariantList>

namespace Flowdesk::Importers::TableWriter {

// Tables (the runs table as shown, metric histories) to the two export formats. Cells are
// QVariants so that numbers stay numbers in JSON; doubles are written as MLflow writes them
// ("0.5", "1.0", "nan", "inf"; JSON has no NaN/Inf, so those become strings there).

/// RFC 4180 CSV: a header line, then one line per row, CRLF-free ("\n"), fields quoted when
/// they contain a comma, a quote or a line break.
QByteArray csv(const QStringList &headers, const QList<QVariantList> &rows);
/// A JSON array of objects keyed by the headers, in column order.
QByteArray json(const QStringList &headers, const QList<QVariantList> &rows);

} // namespace Flowdesk::Importers::TableWriter
