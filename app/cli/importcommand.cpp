// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "app/cli/importcommand.h"

#include "models/importers/importer.h"
#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/storelocation.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <unistd.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;
using namespace Flowdesk::Importers;

namespace Flowdesk::Cli {

int runImport(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Imports an MLflow mlruns folder or mlflow.db file into the store."));
    parser.addPositionalArgument(u"path"_s, Tr::tr("The mlruns folder or the mlflow.db file."));
    const QCommandLineOption experiment(
        u"experiment"_s, Tr::tr("Import only this experiment (repeatable)."), u"name"_s);
    const QCommandLineOption link(u"link-artifacts"_s,
                                  Tr::tr("Leave artifacts where they are instead of copying them "
                                         "into the store."));
    parser.addOption(experiment);
    parser.addOption(link);
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"flowdesk import"_s} + context.arguments)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out(commandHelp(parser, u"import"_s));
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err(Tr::tr("Name one mlruns folder or mlflow.db file: flowdesk import PATH"));
        return 2;
    }
    const QString path = parser.positionalArguments().first();

    ImportOptions options;
    options.experiments = parser.values(experiment);
    options.artifacts = parser.isSet(link) ? ArtifactMode::Link : ArtifactMode::Copy;
    // A terminal gets one line rewritten in place; a pipe or log gets a line now and then.
    const bool terminal = isatty(fileno(stderr));
    QElapsedTimer sinceLastLine;
    sinceLastLine.start();
    qint64 lastShown = -1;
    options.progress = [&](const ImportProgress &progress) {
        const bool last = progress.done == progress.total;
        if (progress.done != lastShown
            && (last || sinceLastLine.elapsed() >= (terminal ? 100 : 2000))) {
            lastShown = progress.done;
            sinceLastLine.restart();
            const QString line = Tr::tr("Importing %1/%2 %3")
                                     .arg(progress.done)
                                     .arg(progress.total)
                                     .arg(progress.item);
            const QString text = terminal ? QString(u"\r\x1b[K"_s + line) : QString(line + u'\n');
            const QByteArray utf8 = text.toUtf8();
            std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
            std::fflush(stderr);
        }
        return true;
    };

    try {
        const StoreLocation location(context.storeDirectory);
        location.ensureExists();
        auto database = Database::open(location.databasePath());
        Importer importer(*database, location.artifactRoot());
        const ImportReport report = importer.run(path, options);
        if (terminal)
            std::fputc('\n', stderr);
        out(Tr::tr("Imported from %1").arg(report.source));
        for (const QString &line : report.summaryLines())
            out(line);
        return report.hasImportedAnything() && !report.cancelled ? 0 : 1;
    } catch (const StoreError &error) {
        err(Tr::tr("Error: %1").arg(error.message()));
        return 1;
    }
}

} // namespace Flowdesk::Cli
