// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/query/filterast.h"
#include "models/query/filtersplit.h"
#include "models/query/searchrequests.h"

#include <QList>

namespace Flowdesk::Store {
class Database;
}

namespace Flowdesk::Query {

/// MLflow's runs/search over the local store: MLflow's filter and order_by (plus Flowdesk's
/// extensions when the request allows them), run_view_type, max_results limits and page tokens,
/// with the same answers, order and errors as MLflow 2.14. Throws QueryError / StoreError.
class RunSearcher final
{
public:
    explicit RunSearcher(Store::Database &database);

    RunSearchPage search(const RunSearchRequest &request);
    /// All matches in order, for the GUI table (maxResults and pageToken are ignored).
    QList<qint64> orderedRunKeys(const RunSearchRequest &request);
    qint64 count(const RunSearchRequest &request);

    /// The filter's keys (metrics, params, tags) in the order written, e.g. for table columns.
    static QList<FieldRef> referencedKeys(const QString &filter, const QStringList &orderBy);
    /// MLflow's split: the part a remote MLflow server accepts, and the rest. Conservative: an
    /// OR, NOT or extension subtree goes wholly to the local part.
    static FilterSplit splitForRemote(const QString &filter);

private:
    struct Parsed
    {
        FilterNode filter;
        QList<OrderKey> order;
    };

    static Parsed parse(const RunSearchRequest &request);

    Store::Database &m_database;
};

} // namespace Flowdesk::Query
