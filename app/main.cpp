// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "app/application.h"
#include "app/cli/command.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;

namespace {

void printUsage()
{
    Cli::out(Cli::Tr::tr("Usage: flowdesk [--store DIR] [COMMAND] [OPTIONS]"));
    Cli::out(QString());
    Cli::out(Cli::Tr::tr("Without a command, opens the Flowdesk window on the store."));
    Cli::out(QString());
    Cli::out(Cli::Tr::tr("Global options:"));
    Cli::out(u"  --store DIR    "_s
             + Cli::Tr::tr("Use the store in DIR (default: $FLOWDESK_HOME, else the "
                           "application data directory)"));
    Cli::out(u"  --version      "_s + Cli::Tr::tr("Print the version and exit"));
    Cli::out(u"  -h, --help     "_s + Cli::Tr::tr("Print this help and exit"));
    Cli::out(QString());
    Cli::out(Cli::Tr::tr("Commands:"));
    for (const Cli::Command &command : Cli::commands())
        Cli::out(u"  "_s + command.words.join(u' ').leftJustified(22) + command.summary);
    Cli::out(QString());
    Cli::out(Cli::Tr::tr("Run 'flowdesk COMMAND --help' for a command's options."));
}

struct GlobalOptions
{
    QString store;
    QStringList rest;
    bool help = false;
    bool version = false;
    QString error;
};

GlobalOptions parseGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!options.rest.isEmpty()) {
            options.rest.append(arg);
        } else if (arg == u"--store"_s) {
            if (i + 1 >= arguments.size()) {
                options.error = Cli::Tr::tr("--store needs a directory.");
                return options;
            }
            options.store = arguments.at(++i);
        } else if (arg.startsWith(u"--store="_s)) {
            options.store = arg.mid(8);
        } else if (arg == u"--version"_s || arg == u"-v"_s) {
            options.version = true;
        } else if (arg == u"--help"_s || arg == u"-h"_s) {
            options.help = true;
        } else {
            options.rest.append(arg);
        }
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"Flowdesk"_s);
    QCoreApplication::setApplicationName(u"Flowdesk"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(FLOWDESK_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const GlobalOptions options = parseGlobalOptions(arguments);

    // Subcommands run headless; only the window needs a QApplication and a display.
    const bool wantsGui = options.rest.isEmpty() && !options.help && !options.version
                          && options.error.isEmpty();
    std::unique_ptr<QCoreApplication> app;
    if (wantsGui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    Application::installTranslators();

    if (!options.error.isEmpty()) {
        Cli::err(options.error);
        return 2;
    }
    if (options.version) {
        Cli::out(u"flowdesk "_s + QCoreApplication::applicationVersion());
        return 0;
    }
    if (options.help && options.rest.isEmpty()) {
        printUsage();
        return 0;
    }
    const QString storeDirectory = Application::storeDirectory(options.store);
    if (wantsGui)
        return Application::runGui(storeDirectory);

    // The longest command whose words start the remaining arguments.
    const Cli::Command *match = nullptr;
    for (const Cli::Command &command : Cli::commands()) {
        if (options.rest.size() >= command.words.size()
            && options.rest.mid(0, command.words.size()) == command.words
            && (!match || command.words.size() > match->words.size())) {
            match = &command;
        }
    }
    if (!match) {
        Cli::err(Cli::Tr::tr("Unknown command '%1'. Run 'flowdesk --help' for the list.")
                     .arg(options.rest.join(u' ')));
        return 2;
    }
    Cli::Context context;
    context.arguments = options.rest.mid(match->words.size());
    if (options.help)
        context.arguments.append(u"--help"_s);
    context.storeDirectory = storeDirectory;
    return match->run(context);
}
