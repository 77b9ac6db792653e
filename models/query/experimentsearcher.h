// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/query/searchrequests.h"

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::Query {

/// MLflow's experiments/search over the local store: filters on name, creation_time,
/// last_update_time and tags; order_by on name, experiment_id, creation_time, last_update_time
/// (default creation_time DESC, experiment_id ASC); view type; limits; page tokens.
class ExperimentSearcher final
{
public:
    explicit ExperimentSearcher(Store::Database &database);

    ExperimentSearchPage search(const ExperimentSearchRequest &request);

private:
    Store::Database &m_database;
};

} // namespace Flowdesk::Query
