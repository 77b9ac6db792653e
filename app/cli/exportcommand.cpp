// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "app/cli/exportcommand.h"

#include "models/importers/metrichistoryexport.h"
#include "models/importers/mlrunsexporter.h"
#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"

#include <QCommandLineParser>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;
using namespace Flowdesk::Importers;

namespace Flowdesk::Cli {

int runExportMlruns(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the store as an MLflow mlruns folder that 'mlflow ui' can read."));
    parser.addPositionalArgument(u"dir"_s, Tr::tr("A new or empty folder."));
    const QCommandLineOption experiment(
        u"experiment"_s, Tr::tr("Export only this experiment (repeatable)."), u"name"_s);
    parser.addOption(experiment);
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"flowdesk export mlruns"_s} + context.arguments)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out(commandHelp(parser, u"export mlruns"_s));
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err(Tr::tr("Name the folder to write: flowdesk export mlruns DIR"));
        return 2;
    }
    try {
        const StoreLocation location(context.storeDirectory);
        location.ensureExists();
        auto database = Database::open(location.databasePath());
        MlrunsExporter exporter(*database, location.artifactRoot());
        MlrunsExporter::Options options;
        options.experiments = parser.values(experiment);
        const MlrunsExporter::Report report =
            exporter.run(parser.positionalArguments().first(), options);
        out(Tr::tr("Exported %1 experiments, %2 runs, %3 registered models, %4 model versions")
                .arg(report.experiments)
                .arg(report.runs)
                .arg(report.models)
                .arg(report.modelVersions));
        for (const ImportIssue &issue : report.issues)
            err(u"%1: %2"_s.arg(issue.path, issue.reason));
        return report.issues.isEmpty() ? 0 : 1;
    } catch (const StoreError &error) {
        err(Tr::tr("Error: %1").arg(error.message()));
        return 1;
    }
}

int runExportMetrics(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Writes runs' metric histories as CSV "
                                            "(run_id,key,step,timestamp,value)."));
    parser.addPositionalArgument(u"run_id"_s, Tr::tr("One or more run ids."));
    const QCommandLineOption key(u"key"_s, Tr::tr("Only this metric (repeatable)."), u"key"_s);
    const QCommandLineOption output(
        u"output"_s, Tr::tr("Write to this file instead of stdout."), u"file"_s);
    parser.addOption(key);
    parser.addOption(output);
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"flowdesk export metrics"_s} + context.arguments)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out(commandHelp(parser, u"export metrics"_s));
        return 0;
    }
    if (parser.positionalArguments().isEmpty()) {
        err(Tr::tr("Name at least one run: flowdesk export metrics RUN_ID..."));
        return 2;
    }
    try {
        const StoreLocation location(context.storeDirectory);
        auto database = Database::open(location.databasePath(), Database::OpenMode::ReadOnly);
        TrackingStore tracking(*database);
        const QByteArray csv =
            MetricHistoryExport::csv(tracking, parser.positionalArguments(), parser.values(key));
        if (!parser.isSet(output)) {
            std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
            return 0;
        }
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            err(Tr::tr("Cannot write %1: %2").arg(parser.value(output), file.errorString()));
            return 1;
        }
        return 0;
    } catch (const StoreError &error) {
        err(Tr::tr("Error: %1").arg(error.message()));
        return 1;
    }
}

} // namespace Flowdesk::Cli
