// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/registrysearcher.h"

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

constexpr int ModelMaxResultsThreshold = 1000;
constexpr int VersionMaxResultsThreshold = 200000;

void checkMaxResults(int maxResults, int threshold)
{
    if (maxResults < 1) {
        throw QueryError(u"Invalid value for request parameter max_results. It must be a positive "
                         "integer, but got %1"_s.arg(maxResults));
    }
    if (maxResults > threshold) {
        throw QueryError(u"Invalid value for request parameter max_results. It must be at most %1, "
                         "but got value %2"_s.arg(threshold)
                             .arg(maxResults));
    }
}

QString tagCondition(RunQueryCompiler::Builder &builder,
                     const QString &table,
                     const QString &keyColumns,
                     const QString &outerColumns,
                     const Condition &condition)
{
    // Bound key first: it precedes the value test in the text.
    QString sql = u'(' + outerColumns + u") IN (SELECT "_s + keyColumns + u" FROM "_s + table
        + u" WHERE key = "_s;
    RunQueryCompiler::Builder &b = builder;
    sql += u"?"_s;
    b.bindings.append(condition.field.key);
    sql += u" AND "_s + RunQueryCompiler::valueTest(b, u"value"_s, condition) + u')';
    return sql;
}

QSqlQuery execute(Store::Database &database, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query = database.prepare(sql);
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings.at(i));
    Store::Database::exec(query);
    return query;
}

} // namespace

RegistrySearcher::RegistrySearcher(Store::Database &database)
    : m_database(database)
{}

ModelSearchPage RegistrySearcher::searchRegisteredModels(const RegistrySearchRequest &request)
{
    checkMaxResults(request.maxResults, ModelMaxResultsThreshold);
    const auto clauses = MlflowFilterParser::parse(request.filter, SearchDialect::RegisteredModels);
    const QList<OrderKey> order =
        OrderByParser::parse(request.orderBy, SearchDialect::RegisteredModels);
    const QList<Condition> conditions =
        MlflowFilterParser::conditions(clauses, SearchDialect::RegisteredModels);
    const qint64 offset = PageToken::decode(request.pageToken);

    RunQueryCompiler::Builder builder;
    QStringList where{u"1"_s};
    for (const Condition &condition : conditions) {
        if (condition.field.type == EntityType::Tag) {
            where.append(tagCondition(
                builder, u"registered_model_tags"_s, u"model_key"_s, u"rm.model_key"_s, condition));
        } else {
            where.append(RunQueryCompiler::valueTest(builder, u"rm.name"_s, condition));
        }
    }
    QStringList terms;
    bool byName = false;
    for (const OrderKey &key : order) {
        const bool name = key.field.key == u"name"_s;
        byName = byName || name;
        terms.append(name ? u"rm.name"_s + (key.ascending ? QString() : u" DESC"_s)
                          : u"rm.last_updated_time"_s + (key.ascending ? QString() : u" DESC"_s));
    }
    if (!byName)
        terms.append(u"rm.name"_s);
    const QString sql = u"SELECT rm.name FROM registered_models rm WHERE "_s
        + where.join(u" AND "_s) + u" ORDER BY "_s + terms.join(u", "_s) + u" LIMIT ? OFFSET ?"_s;
    QVariantList bindings = builder.bindings;
    bindings << qint64(request.maxResults) + 1 << offset;
    QSqlQuery query = execute(m_database, sql, bindings);
    ModelSearchPage page;
    while (query.next())
        page.names.append(query.value(0).toString());
    if (page.names.size() > request.maxResults) {
        page.names.resize(request.maxResults);
        page.nextPageToken = PageToken::encode(offset + request.maxResults);
    }
    return page;
}

VersionSearchPage RegistrySearcher::searchModelVersions(const RegistrySearchRequest &request)
{
    checkMaxResults(request.maxResults, VersionMaxResultsThreshold);
    const auto clauses = MlflowFilterParser::parse(request.filter, SearchDialect::ModelVersions);
    const QStringList orderBy = request.orderBy.isEmpty()
        ? QStringList{u"last_updated_timestamp DESC"_s, u"name ASC"_s, u"version_number DESC"_s}
        : request.orderBy;
    const QList<OrderKey> order = OrderByParser::parse(orderBy, SearchDialect::ModelVersions);
    const QList<Condition> conditions =
        MlflowFilterParser::conditions(clauses, SearchDialect::ModelVersions);
    const qint64 offset = PageToken::decode(request.pageToken);

    RunQueryCompiler::Builder builder;
    QStringList where{u"1"_s};
    for (const Condition &condition : conditions) {
        if (condition.field.type == EntityType::Tag) {
            where.append(tagCondition(builder,
                                      u"model_version_tags"_s,
                                      u"model_key, version"_s,
                                      u"mv.model_key, mv.version"_s,
                                      condition));
            continue;
        }
        const QString &key = condition.field.key;
        const QString column = key == u"name"_s ? u"rm.name"_s
            : key == u"run_id"_s                ? u"mv.run_id"_s
            : key == u"source_path"_s           ? u"mv.source"_s
                                                : u"mv.version"_s;
        where.append(
            RunQueryCompiler::valueTest(builder, column, condition, key == u"version_number"_s));
    }
    QStringList terms;
    bool byName = false;
    bool byVersion = false;
    for (const OrderKey &key : order) {
        const QString &name = key.field.key;
        const QString column = name == u"name"_s ? u"rm.name"_s
            : name == u"version_number"_s        ? u"mv.version"_s
            : name == u"creation_timestamp"_s    ? u"mv.creation_time"_s
                                                 : u"mv.last_updated_time"_s;
        byName = byName || name == u"name"_s;
        byVersion = byVersion || name == u"version_number"_s;
        terms.append(column + (key.ascending ? QString() : u" DESC"_s));
    }
    if (!byName)
        terms.append(u"rm.name"_s);
    if (!byVersion)
        terms.append(u"mv.version"_s);
    const QString sql =
        u"SELECT rm.name, mv.version FROM model_versions mv JOIN registered_models rm "
        "ON rm.model_key = mv.model_key WHERE "_s
        + where.join(u" AND "_s) + u" ORDER BY "_s + terms.join(u", "_s) + u" LIMIT ? OFFSET ?"_s;
    QVariantList bindings = builder.bindings;
    bindings << qint64(request.maxResults) + 1 << offset;
    QSqlQuery query = execute(m_database, sql, bindings);
    VersionSearchPage page;
    while (query.next())
        page.versions.append({query.value(0).toString(), query.value(1).toLongLong()});
    if (page.versions.size() > request.maxResults) {
        page.versions.resize(request.maxResults);
        page.nextPageToken = PageToken::encode(offset + request.maxResults);
    }
    return page;
}

} // namespace Flowdesk::Query
