// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/runquery.h"

#include "models/query/runsearcher.h"

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

RunKeys loadRunKeys(Store::Database &database, const RunQuery &query)
{
    RunKeys result;
    if (query.isEmpty())
        return result;
    Query::RunSearcher searcher(database);
    Query::RunSearchRequest request;
    request.experimentIds = query.experimentIds;
    request.view = query.view;
    request.filter = query.filter;
    request.orderBy = {query.order.clause()};
    // The GUI speaks the whole language: OR, NOT, parentheses, aggregates, ...
    request.allowExtensions = true;
    result.keys = searcher.orderedRunKeys(request);
    if (!query.isFiltered()) {
        result.unfilteredCount = result.keys.size();
        return result;
    }
    request.filter.clear();
    result.unfilteredCount = searcher.count(request);
    return result;
}

} // namespace Flowdesk::ItemModels
