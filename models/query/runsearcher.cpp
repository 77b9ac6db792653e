// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/runsearcher.h"

#include "models/query/extendedfilterparser.h"
#include "models/query/mlflowfilterparser.h"
#include "models/query/orderbyparser.h"
#include "models/query/pagetoken.h"
#include "models/query/queryerror.h"
#include "models/query/runquerycompiler.h"
#include "models/query/sqlfunctions.h"
#include "models/store/database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Query {

namespace {

constexpr int MaxResultsThreshold = 50000;

void checkMaxResults(int maxResults)
{
    if (maxResults > MaxResultsThreshold) {
        throw QueryError(
            u"Invalid value %1 for parameter 'max_results' supplied. Hint: Value was of "
            "type 'int'. See the API docs for more information about request "
            "parameters."_s.arg(maxResults));
    }
    if (maxResults < 1) {
        throw QueryError(u"Invalid value %1 for parameter 'max_results' supplied. It must be a "
                         "positive integer"_s.arg(maxResults));
    }
}

QSqlQuery run(Store::Database &database, const SqlStatement &statement)
{
    SqlFunctions::install(database);
    QSqlQuery query = database.prepare(statement.sql);
    for (int i = 0; i < statement.bindings.size(); ++i)
        query.bindValue(i, statement.bindings.at(i));
    Store::Database::exec(query);
    return query;
}

void collectKeys(const FilterNode &node, QList<FieldRef> &keys)
{
    if (node.kind == FilterNode::Kind::Condition) {
        keys.append(node.condition.field);
        return;
    }
    for (const FilterNode &child : node.children)
        collectKeys(child, keys);
}

} // namespace

RunSearcher::RunSearcher(Store::Database &database)
    : m_database(database)
{}

RunSearcher::Parsed RunSearcher::parse(const RunSearchRequest &request)
{
    Parsed parsed;
    if (!request.allowExtensions) {
        // MLflow's order of checks: filter syntax, then order_by, then comparators.
        const auto clauses = MlflowFilterParser::parse(request.filter, SearchDialect::Runs);
        parsed.order = OrderByParser::parse(request.orderBy, SearchDialect::Runs, false);
        parsed.filter = ExtendedFilterParser::conjunction(
            MlflowFilterParser::conditions(clauses, SearchDialect::Runs));
        return parsed;
    }
    parsed.filter = ExtendedFilterParser::parseRunFilter(request.filter, true);
    parsed.order = OrderByParser::parse(request.orderBy, SearchDialect::Runs, true);
    return parsed;
}

RunSearchPage RunSearcher::search(const RunSearchRequest &request)
{
    checkMaxResults(request.maxResults);
    const Parsed parsed = parse(request);
    const qint64 offset = PageToken::decode(request.pageToken);
    RunQueryCompiler compiler(request.experimentIds, request.view);
    compiler.setFilter(parsed.filter);
    compiler.setOrder(parsed.order);
    QSqlQuery query = run(m_database, compiler.select(request.maxResults, offset));
    RunSearchPage page;
    while (query.next())
        page.runIds.append(query.value(1).toString());
    // MLflow's SQL store hands out a token whenever a page is full, even if nothing follows.
    if (page.runIds.size() == request.maxResults)
        page.nextPageToken = PageToken::encode(offset + request.maxResults);
    return page;
}

QList<qint64> RunSearcher::orderedRunKeys(const RunSearchRequest &request)
{
    const Parsed parsed = parse(request);
    RunQueryCompiler compiler(request.experimentIds, request.view);
    compiler.setFilter(parsed.filter);
    compiler.setOrder(parsed.order);
    QSqlQuery query = run(m_database, compiler.select());
    QList<qint64> keys;
    while (query.next())
        keys.append(query.value(0).toLongLong());
    return keys;
}

qint64 RunSearcher::count(const RunSearchRequest &request)
{
    const Parsed parsed = parse(request);
    RunQueryCompiler compiler(request.experimentIds, request.view);
    compiler.setFilter(parsed.filter);
    QSqlQuery query = run(m_database, compiler.count());
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<FieldRef> RunSearcher::referencedKeys(const QString &filter, const QStringList &orderBy)
{
    QList<FieldRef> keys;
    collectKeys(ExtendedFilterParser::parseRunFilter(filter, true), keys);
    for (const OrderKey &key : OrderByParser::parse(orderBy, SearchDialect::Runs, true))
        keys.append(key.field);
    return keys;
}

FilterSplit RunSearcher::splitForRemote(const QString &filter)
{
    return Query::splitForRemote(filter);
}

} // namespace Flowdesk::Query
