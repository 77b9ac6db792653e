// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "app/cli/searchcommand.h"

#include "app/cli/tableprinter.h"
#include "models/query/extendedfilterparser.h"
#include "models/query/queryerror.h"
#include "models/query/runsearcher.h"
#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

namespace Flowdesk::Cli {

namespace {

QString formatTime(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs)
              : QString();
}

// The filter with a caret line under the problem.
void printErrorLocation(const QString &filter, int position, int length)
{
    if (position < 0 || filter.isEmpty())
        return;
    err(u"  "_s + filter);
    const int clamped = std::min(position, int(filter.size()));
    err(u"  "_s + QString(clamped, u' ') + u'^' + QString(std::max(0, length - 1), u'~'));
}

struct Column
{
    QString header;
    Query::EntityType type;
    QString key;
};

} // namespace

int runSearch(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Search runs with MLflow's filter syntax (plus OR, NOT, "
               "parentheses, IS NULL, IN lists and metric aggregates)."));
    parser.addPositionalArgument(
        u"filter"_s, Tr::tr("The filter, e.g. \"metrics.rmse < 1 and params.model = 'tree'\"."));
    const QCommandLineOption experiment(u"experiment"_s,
                                        Tr::tr("Experiment name or id (repeatable; default: all)."),
                                        u"name-or-id"_s);
    const QCommandLineOption orderBy(
        u"order-by"_s, Tr::tr("Sort key with optional ASC or DESC (repeatable)."), u"key"_s);
    const QCommandLineOption maxResults(
        u"max-results"_s, Tr::tr("At most this many runs (default 1000)."), u"n"_s, u"1000"_s);
    const QCommandLineOption view(
        u"view"_s, Tr::tr("Which runs: active, deleted or all."), u"view"_s, u"active"_s);
    const QCommandLineOption format(
        u"format"_s, Tr::tr("Output format: table, csv or json."), u"format"_s, u"table"_s);
    parser.addOptions({experiment, orderBy, maxResults, view, format});
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"flowdesk search"_s} + context.arguments)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out(commandHelp(parser, u"search"_s));
        return 0;
    }
    if (parser.positionalArguments().size() > 1) {
        err(Tr::tr("Give the filter as one argument (quote it)."));
        return 2;
    }
    Query::RunSearchRequest request;
    request.filter = parser.positionalArguments().value(0);
    request.orderBy = parser.values(orderBy);
    request.allowExtensions = true;
    bool ok = false;
    request.maxResults = parser.value(maxResults).toInt(&ok);
    if (!ok) {
        err(Tr::tr("--max-results needs a number."));
        return 2;
    }
    const QString viewName = parser.value(view);
    if (viewName == u"active"_s)
        request.view = ViewType::ActiveOnly;
    else if (viewName == u"deleted"_s)
        request.view = ViewType::DeletedOnly;
    else if (viewName == u"all"_s)
        request.view = ViewType::All;
    else {
        err(Tr::tr("Unknown --view '%1': use active, deleted or all.").arg(viewName));
        return 2;
    }
    const auto outputFormat = outputFormatFromName(parser.value(format));
    if (!outputFormat) {
        err(Tr::tr("Unknown --format '%1': use table, csv or json.").arg(parser.value(format)));
        return 2;
    }

    try {
        const StoreLocation location(context.storeDirectory);
        location.ensureExists();
        auto database = Database::open(location.databasePath());
        TrackingStore store(*database);
        QHash<qint64, QString> experimentNames;
        for (const Experiment &e : store.experiments(ViewType::All))
            experimentNames.insert(e.experimentId, e.name);
        const QStringList experiments = parser.values(experiment);
        if (experiments.isEmpty()) {
            request.experimentIds = experimentNames.keys();
        } else {
            for (const QString &nameOrId : experiments) {
                std::optional<Experiment> found = store.findExperimentByName(nameOrId);
                const qint64 id = nameOrId.toLongLong(&ok);
                if (!found && ok && experimentNames.contains(id))
                    found = store.experiment(id);
                if (!found) {
                    err(Tr::tr("No experiment named or numbered '%1'.").arg(nameOrId));
                    return 1;
                }
                request.experimentIds.append(found->experimentId);
            }
        }

        Query::RunSearcher searcher(*database);
        const Query::RunSearchPage page = searcher.search(request);

        // One column per metric, param and tag the filter or the order names.
        QList<Column> columns;
        QSet<QString> seen;
        for (const Query::FieldRef &field :
             Query::RunSearcher::referencedKeys(request.filter, request.orderBy)) {
            if (field.aggregate != Query::MetricAggregate::Latest)
                continue;
            QString header;
            if (field.type == Query::EntityType::Metric)
                header = u"metrics."_s + field.key;
            else if (field.type == Query::EntityType::Param)
                header = u"params."_s + field.key;
            else if (field.type == Query::EntityType::Tag)
                header = u"tags."_s + field.key;
            else
                continue;
            if (seen.contains(header))
                continue;
            seen.insert(header);
            columns.append({header, field.type, field.key});
        }
        QStringList headers{
            u"run_id"_s, u"run_name"_s, u"experiment"_s, u"status"_s, u"start_time"_s};
        for (const Column &column : columns)
            headers.append(column.header);
        QList<QStringList> rows;
        for (const QString &runId : page.runIds) {
            const Run run = store.run(runId);
            QStringList row{run.info.runId,
                            run.info.runName,
                            experimentNames.value(run.info.experimentId),
                            runStatusName(run.info.status),
                            formatTime(run.info.startTime)};
            for (const Column &column : columns) {
                QString value;
                if (column.type == Query::EntityType::Metric) {
                    for (const Metric &m : run.latestMetrics) {
                        if (m.key == column.key)
                            // Shortest text that reads back as the same double, as Python prints it.
                            value = QString::number(m.value, 'g', QLocale::FloatingPointShortest);
                    }
                } else {
                    for (const Tag &t :
                         column.type == Query::EntityType::Param ? run.params : run.tags) {
                        if (t.key == column.key)
                            value = t.value;
                    }
                }
                row.append(value);
            }
            rows.append(row);
        }
        printTable(headers, rows, *outputFormat);
        return 0;
    } catch (const Query::QueryError &error) {
        err(Tr::tr("Error: %1").arg(error.message()));
        // Only a problem in the filter gets the caret; order-by and paging errors have none.
        bool filterIsFine = false;
        try {
            Query::ExtendedFilterParser::parseRunFilter(request.filter, true);
            filterIsFine = true;
        } catch (const Query::QueryError &) {}
        if (!filterIsFine)
            printErrorLocation(request.filter, error.position(), error.length());
        return 1;
    } catch (const StoreError &error) {
        err(Tr::tr("Error: %1").arg(error.message()));
        return 1;
    }
}

} // namespace Flowdesk::Cli
