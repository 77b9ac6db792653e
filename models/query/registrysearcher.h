// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/query/searchrequests.h"

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::Query {

/// MLflow's registered-models/search and model-versions/search over the local store, with
/// MLflow 2.14's filters, order_by, defaults, limits and page tokens. Throws QueryError.
class RegistrySearcher final
{
public:
    explicit RegistrySearcher(Store::Database &database);

    ModelSearchPage searchRegisteredModels(const RegistrySearchRequest &request);
    VersionSearchPage searchModelVersions(const RegistrySearchRequest &request);

private:
    Store::Database &m_database;
};

} // namespace Flowdesk::Query
