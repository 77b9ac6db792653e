// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/queryerror.h"

namespace Flowdesk::Query {

QueryError::QueryError(QString message, int position, int length)
    : Store::StoreError(Store::ErrorCode::InvalidParameterValue, std::move(message))
    , m_position(position)
    , m_length(length)
{}

} // namespace Flowdesk::Query
