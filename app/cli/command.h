// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Flowdesk::Cli {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// What every subcommand gets: its own arguments (after the command words) and the store
/// directory chosen by --store / FLOWDESK_HOME.
struct Context
{
    QStringList arguments;
    QString storeDirectory;
};

/// A CLI subcommand such as `flowdesk runs list`. `words` is the command path.
struct Command
{
    QStringList words;
    QString summary;
    std::function<int(const Context &)> run;
};

/// Every subcommand, in the order `flowdesk --help` lists them.
const QList<Command> &commands();

/// The parser's --help text with the usage line naming `flowdesk [--store DIR] WORDS` instead
/// of the executable's path.
QString commandHelp(const QCommandLineParser &parser, const QString &words);

/// Prints a line to stdout / stderr (UTF-8).
void out(const QString &text);
void err(const QString &text);

} // namespace Flowdesk::Cli
