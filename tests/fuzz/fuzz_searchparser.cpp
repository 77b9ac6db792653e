// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/extendedfilterparser.h"
#include "models/query/filtersplit.h"
#include "models/query/mlflowfilterparser.h"
#include "models/query/orderbyparser.h"
#include "models/query/pagetoken.h"
#include "models/query/queryerror.h"
#include "models/query/runquerycompiler.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace Flowdesk::Query;

// libFuzzer entry: the input's first line is a filter, the following lines order_by clauses.
// Everything the parsers and the SQL compiler do with it must end in a result or a QueryError:
// no crash, no leak, no undefined behaviour. The SQL is built but not run (no database here).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 4096)
        return 0;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList lines = input.split(u'\n');
    const QString filter = lines.takeFirst();
    const QStringList orderBy = lines;

    for (SearchDialect dialect : {SearchDialect::Runs,
                                  SearchDialect::Experiments,
                                  SearchDialect::RegisteredModels,
                                  SearchDialect::ModelVersions}) {
        try {
            MlflowFilterParser::parseConditions(filter, dialect);
        } catch (const QueryError &error) {
            if (error.message().isEmpty() || error.position() > filter.size())
                __builtin_trap();
        }
        try {
            OrderByParser::parse(orderBy, dialect, dialect == SearchDialect::Runs);
        } catch (const QueryError &) {}
    }
    try {
        RunQueryCompiler compiler({1, 2}, Flowdesk::Store::ViewType::All);
        compiler.setFilter(ExtendedFilterParser::parseRunFilter(filter, true));
        try {
            compiler.setOrder(OrderByParser::parse(orderBy, SearchDialect::Runs, true));
        } catch (const QueryError &) {}
        const SqlStatement select = compiler.select(100, 0);
        const SqlStatement count = compiler.count();
        // Every value is bound: as many placeholders as bindings.
        if (select.sql.count(u'?') != select.bindings.size()
            || count.sql.count(u'?') != count.bindings.size())
            __builtin_trap();
        const FilterSplit split = splitForRemote(filter);
        if (!split.remoteFilter.isEmpty())
            MlflowFilterParser::parseConditions(split.remoteFilter, SearchDialect::Runs);
    } catch (const QueryError &) {}
    try {
        PageToken::decode(filter);
    } catch (const QueryError &) {}
    return 0;
}
