// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "app/cli/command.h"

#include "app/cli/democommand.h"
#include "app/cli/experimentscommand.h"
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
    };
    return all;
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
