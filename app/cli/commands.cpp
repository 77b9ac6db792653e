// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "app/cli/command.h"
#include "app/cli/democommand.h"
#include "app/cli/experimentscommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/searchcommand.h"
#include "app/cli/servecommand.h"

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Cli {

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {{u"experiments"_s, u"list"_s}, Tr::tr("List experiments"), &runExperimentsList},
        {{u"runs"_s, u"list"_s}, Tr::tr("List the runs of an experiment"), &runRunsList},
        {{u"demo"_s}, Tr::tr("Fill the store with realistic demo data"), &runDemo},
        {{u"serve"_s}, Tr::tr("Run the MLflow-compatible tracking server"), &runServe},
        {{u"search"_s}, Tr::tr("Search runs with a filter"), &runSearch},
        {{u"import"_s}, Tr::tr("Import an MLflow mlruns folder or mlflow.db file"), &runImport},
        {{u"export"_s, u"mlruns"_s},
         Tr::tr("Write the store as an MLflow mlruns folder"),
         &runExportMlruns},
        {{u"export"_s, u"metrics"_s},
         Tr::tr("Write runs' metric histories as CSV"),
         &runExportMetrics},
    };
    return all;
}

QString commandHelp(const QCommandLineParser &parser, const QString &words)
{
    QStringList lines = parser.helpText().split(u'\n');
    const QStringList arguments = QCoreApplication::arguments();
    if (!lines.isEmpty() && !arguments.isEmpty())
        lines.first().replace(arguments.first(), u"flowdesk [--store DIR] "_s + words);
    return lines.join(u'\n').trimmed();
}

void out(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
}

void err(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fputc('\n', stderr);
}

} // namespace Flowdesk::Cli
