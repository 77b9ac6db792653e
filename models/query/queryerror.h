// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/storeerror.h"

namespace Flowdesk::Query {

/// A rejected filter, order-by or paging request: MLflow's INVALID_PARAMETER_VALUE with MLflow's
/// message, plus where in the text the problem is (QChar offset and length; -1 when the problem
/// is not in the filter text, e.g. a bad page token) so that a view can underline it.
class QueryError : public Store::StoreError
{
public:
    QueryError(QString message, int position = -1, int length = 0);

    int position() const { return m_position; }

    int length() const { return m_length; }

private:
    int m_position;
    int m_length;
};

} // namespace Flowdesk::Query
