// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/runquery.h"

#include "models/query/runsearcher.h"
#include "models/store/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

namespace {

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Puts each child right after its parent (depth first, siblings in the query's order).
void nest(Store::Database &database, const RunQuery &query, RunKeys &result)
{
    // run_key -> parent run_key, for runs of these experiments that name a parent.
    QSqlQuery &links = database.cached(
        u"SELECT t.run_key, p.run_key FROM run_tags t JOIN runs c ON c.run_key = t.run_key "
        "JOIN runs p ON p.run_id = t.value WHERE t.key = 'mlflow.parentRunId' AND "
        "c.experiment_id IN (SELECT value FROM json_each(?))"_s);
    links.bindValue(0, idsJson(query.experimentIds));
    Store::Database::exec(links);
    QHash<qint64, qint64> parentOf;
    while (links.next())
        parentOf.insert(links.value(0).toLongLong(), links.value(1).toLongLong());
    links.finish();
    if (parentOf.isEmpty())
        return;

    QHash<qint64, qsizetype> positionOf;
    positionOf.reserve(result.keys.size());
    for (qsizetype i = 0; i < result.keys.size(); ++i)
        positionOf.insert(result.keys.at(i), i);
    QHash<qint64, QList<qint64>> childrenOf;
    bool any = false;
    for (const qint64 key : std::as_const(result.keys)) {
        const auto parent = parentOf.constFind(key);
        if (parent != parentOf.cend() && parent.value() != key
            && positionOf.contains(parent.value())) {
            childrenOf[parent.value()].append(key); // in the query's order
            any = true;
        }
    }
    if (!any)
        return;

    QList<qint64> ordered;
    QList<int> depths;
    QList<int> childCounts;
    ordered.reserve(result.keys.size());
    QSet<qint64> placed;
    placed.reserve(result.keys.size());
    const std::function<void(qint64, int)> place = [&](qint64 key, int depth) {
        if (placed.contains(key))
            return; // a cycle of parent tags
        placed.insert(key);
        ordered.append(key);
        depths.append(depth);
        const QList<qint64> children = childrenOf.value(key);
        childCounts.append(int(children.size()));
        for (const qint64 child : children)
            place(child, depth + 1);
    };
    for (const qint64 key : std::as_const(result.keys)) {
        const auto parent = parentOf.constFind(key);
        const bool nested = parent != parentOf.cend() && parent.value() != key
            && positionOf.contains(parent.value());
        if (!nested)
            place(key, 0);
    }
    // Runs only reachable through a cycle keep their place at the end.
    for (const qint64 key : std::as_const(result.keys)) {
        if (!placed.contains(key))
            place(key, 0);
    }
    result.keys = ordered;
    result.depths = depths;
    result.childCounts = childCounts;
}

} // namespace

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
    if (query.nestChildren)
        nest(database, query, result);
    if (!query.isFiltered()) {
        result.unfilteredCount = result.keys.size();
        return result;
    }
    request.filter.clear();
    result.unfilteredCount = searcher.count(request);
    return result;
}

} // namespace Flowdesk::ItemModels
