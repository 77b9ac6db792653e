// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "app/cli/experimentscommand.h"

#include "app/cli/tableprinter.h"
#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"

#include <QCommandLineParser>
#include <QDateTime>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

namespace Flowdesk::Cli {

namespace {

struct ListOptions
{
    ViewType view = ViewType::ActiveOnly;
    OutputFormat format = OutputFormat::Table;
    QString experiment;
};

std::optional<ListOptions>
parseListOptions(const Context &context, const QString &commandName, bool wantsExperiment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(commandName);
    QCommandLineOption view(
        u"view"_s, Tr::tr("Which to list: active, deleted or all."), u"view"_s, u"active"_s);
    QCommandLineOption format(
        u"format"_s, Tr::tr("Output format: table, csv or json."), u"format"_s, u"table"_s);
    QCommandLineOption experiment(
        u"experiment"_s, Tr::tr("Experiment name or id."), u"experiment"_s);
    parser.addOption(view);
    parser.addOption(format);
    if (wantsExperiment)
        parser.addOption(experiment);
    parser.addHelpOption();
    if (!parser.parse(QStringList{commandName} + context.arguments)) {
        err(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s)) {
        out(commandHelp(parser, commandName.mid(9)));
        return std::nullopt;
    }
    ListOptions options;
    const QString viewName = parser.value(view);
    if (viewName == u"active"_s)
        options.view = ViewType::ActiveOnly;
    else if (viewName == u"deleted"_s)
        options.view = ViewType::DeletedOnly;
    else if (viewName == u"all"_s)
        options.view = ViewType::All;
    else {
        err(Tr::tr("Unknown --view '%1': use active, deleted or all.").arg(viewName));
        return std::nullopt;
    }
    const auto parsedFormat = outputFormatFromName(parser.value(format));
    if (!parsedFormat) {
        err(Tr::tr("Unknown --format '%1': use table, csv or json.").arg(parser.value(format)));
        return std::nullopt;
    }
    options.format = *parsedFormat;
    if (wantsExperiment) {
        options.experiment = parser.value(experiment);
        if (options.experiment.isEmpty()) {
            err(Tr::tr("Name the experiment with --experiment NAME_OR_ID."));
            return std::nullopt;
        }
    }
    return options;
}

QString formatTime(const std::optional<qint64> &ms)
{
    if (!ms)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

int runExperimentsList(const Context &context)
{
    const auto options = parseListOptions(context, u"flowdesk experiments list"_s, false);
    if (!options)
        return context.arguments.contains(u"--help"_s) ? 0 : 2;
    try {
        const StoreLocation location(context.storeDirectory);
        location.ensureExists();
        auto database = Database::open(location.databasePath());
        TrackingStore store(*database);
        const auto counts = store.runCounts(ViewType::All);
        QList<QStringList> rows;
        for (const Experiment &e : store.experiments(options->view)) {
            rows.append({QString::number(e.experimentId),
                         e.name,
                         lifecycleStageName(e.lifecycleStage),
                         QString::number(counts.value(e.experimentId)),
                         formatTime(e.creationTime),
                         e.artifactLocation});
        }
        printTable({u"experiment_id"_s,
                    u"name"_s,
                    u"lifecycle_stage"_s,
                    u"runs"_s,
                    u"creation_time"_s,
                    u"artifact_location"_s},
                   rows,
                   options->format);
        return 0;
    } catch (const StoreError &error) {
        err(Tr::tr("Error: %1").arg(error.message()));
        return 1;
    }
}

int runRunsList(const Context &context)
{
    const auto options = parseListOptions(context, u"flowdesk runs list"_s, true);
    if (!options)
        return context.arguments.contains(u"--help"_s) ? 0 : 2;
    try {
        const StoreLocation location(context.storeDirectory);
        location.ensureExists();
        auto database = Database::open(location.databasePath());
        TrackingStore store(*database);
        std::optional<Experiment> experiment = store.findExperimentByName(options->experiment);
        bool isNumber = false;
        const qint64 id = options->experiment.toLongLong(&isNumber);
        if (!experiment && isNumber)
            experiment = store.experiment(id);
        if (!experiment) {
            err(Tr::tr("No experiment named or numbered '%1'.").arg(options->experiment));
            return 1;
        }
        QList<QStringList> rows;
        for (const RunInfo &run : store.runInfos(experiment->experimentId, options->view)) {
            rows.append({run.runId,
                         run.runName,
                         runStatusName(run.status),
                         run.userId,
                         formatTime(run.startTime),
                         formatTime(run.endTime),
                         lifecycleStageName(run.lifecycleStage)});
        }
        printTable({u"run_id"_s,
                    u"run_name"_s,
                    u"status"_s,
                    u"user_id"_s,
                    u"start_time"_s,
                    u"end_time"_s,
                    u"lifecycle_stage"_s},
                   rows,
                   options->format);
        return 0;
    } catch (const StoreError &error) {
        err(Tr::tr("Error: %1").arg(error.message()));
        return 1;
    }
}

} // namespace Flowdesk::Cli
