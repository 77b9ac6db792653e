// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// MLflow's opaque page tokens: base64 of the JSON {"offset": N}, byte for byte as MLflow writes
// them, so that tokens pass between Flowdesk and MLflow clients unchanged.
namespace Flowdesk::Query::PageToken {

QString encode(qint64 offset);
/// 0 for an empty token; throws QueryError with MLflow's messages for a bad one.
qint64 decode(const QString &token);

} // namespace Flowdesk::Query::PageToken
