// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/experimentsearcher.h"

#include "models/query/mlflowfilterparser.h"
#include "models/query/orderbyparser.h"
#include "models/query/pagetoken.h"
#include "models/query/queryerror.h"
#include "models/query/runquerycompiler.h"
#include "models/store/database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Query {

namespace {

constexpr int MaxResultsThreshold = 50000;

} // namespace

ExperimentSearcher::ExperimentSearcher(Store::Database &database)
    : m_database(database)
{}

ExperimentSearchPage ExperimentSearcher::search(const ExperimentSearchRequest &request)
{
    if (request.maxResults < 1) {
        throw QueryError(u"Invalid value for request parameter max_results. It must be a positive "
                         "integer, but got %1"_s.arg(request.maxResults));
    }
    if (request.maxResults > MaxResultsThreshold) {
        throw QueryError(u"Invalid value for request parameter max_results. It must be at most %1, "
                         "but got %2"_s.arg(MaxResultsThreshold)
                             .arg(request.maxResults));
    }
    const auto clauses = MlflowFilterParser::parse(request.filter, SearchDialect::Experiments);
    const QList<Condition> conditions =
        MlflowFilterParser::conditions(clauses, SearchDialect::Experiments);
    const QStringList orderBy = request.orderBy.isEmpty()
        ? QStringList{u"creation_time DESC"_s, u"experiment_id ASC"_s}
        : request.orderBy;
    const QList<OrderKey> order = OrderByParser::parse(orderBy, SearchDialect::Experiments);
    const qint64 offset = PageToken::decode(request.pageToken);

    RunQueryCompiler::Builder builder;
    QStringList where;
    if (request.view == Store::ViewType::ActiveOnly)
        where.append(u"e.lifecycle_stage = 'active'"_s);
    else if (request.view == Store::ViewType::DeletedOnly)
        where.append(u"e.lifecycle_stage = 'deleted'"_s);
    else
        where.append(u"1"_s);
    for (const Condition &condition : conditions) {
        if (condition.field.type == EntityType::Tag) {
            QString sql =
                u"e.experiment_id IN (SELECT experiment_id FROM experiment_tags WHERE key = ?"_s;
            builder.bindings.append(condition.field.key);
            sql += u" AND "_s + RunQueryCompiler::valueTest(builder, u"value"_s, condition) + u')';
            where.append(sql);
        } else {
            where.append(RunQueryCompiler::valueTest(builder,
                                                     u"e."_s + condition.field.key,
                                                     condition,
                                                     condition.field.key != u"name"_s));
        }
    }
    QStringList terms;
    bool byId = false;
    for (const OrderKey &key : order) {
        byId = byId || key.field.key == u"experiment_id"_s;
        terms.append(u"e."_s + key.field.key + (key.ascending ? QString() : u" DESC"_s));
    }
    if (!byId)
        terms.append(u"e.experiment_id DESC"_s);
    const QString sql = u"SELECT e.experiment_id FROM experiments e WHERE "_s
        + where.join(u" AND "_s) + u" ORDER BY "_s + terms.join(u", "_s) + u" LIMIT ? OFFSET ?"_s;
    QVariantList bindings = builder.bindings;
    bindings << qint64(request.maxResults) + 1 << offset;
    QSqlQuery query = m_database.prepare(sql);
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings.at(i));
    Store::Database::exec(query);
    ExperimentSearchPage page;
    while (query.next())
        page.experimentIds.append(query.value(0).toLongLong());
    if (page.experimentIds.size() > request.maxResults) {
        page.experimentIds.resize(request.maxResults);
        page.nextPageToken = PageToken::encode(offset + request.maxResults);
    }
    return page;
}

} // namespace Flowdesk::Query
