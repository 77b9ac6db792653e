// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/query/searchrequests.h"

namespace Flowdesk::Query {

/// Splits a run filter for a remote MLflow server: the part MLflow accepts (send it) and the
/// rest (evaluate it locally on what comes back). A filter MLflow accepts goes whole to the
/// remote. Otherwise each top-level AND operand goes remote only if MLflow accepts it alone;
/// OR, NOT and extension subtrees stay local. Throws QueryError if the filter is invalid.
FilterSplit splitForRemote(const QString &filter);

} // namespace Flowdesk::Query
