// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "app/cli/democommand.h"

#include "models/demo/demogenerator.h"
#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/storelocation.h"
#include "models/store/validation.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

namespace Flowdesk::Cli {

namespace {

constexpr qint64 DefaultRuns = 500;
// 10 points per metric keeps `flowdesk demo --runs 100000` to about a minute (10M points) on a
// two-core laptop; pass --steps for longer curves.
constexpr int DefaultSteps = 10;
constexpr qint64 MaxRuns = 100'000'000;
constexpr int InterruptedExitCode = 130;

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
    // A second Ctrl+C ends the process at once; SQLite rolls the open transaction back.
    std::signal(SIGINT, SIG_DFL);
}

std::optional<qint64> parseCount(const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

class ProgressPrinter
{
public:
    ProgressPrinter()
        : m_interactive(isatty(fileno(stderr)) != 0)
    {
        m_timer.start();
    }

    bool update(qint64 done, qint64 total)
    {
        const qint64 elapsed = m_timer.elapsed();
        // A line every second or so: the terminal redraws in place, a log gets a few lines.
        if (done < total && elapsed - m_lastPrint < (m_interactive ? 200 : 1000))
            return !interrupted.load();
        m_lastPrint = elapsed;
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        const double rate = elapsed > 0 ? double(done) * 1000.0 / double(elapsed) : 0.0;
        const QString line = Tr::tr("Generating runs: %1% (%2 of %3), %4 runs/s")
                                 .arg(percent)
                                 .arg(QLocale().toString(done),
                                      QLocale().toString(total),
                                      QLocale().toString(qRound64(rate)));
        const QByteArray utf8 = line.toUtf8();
        std::fprintf(stderr, m_interactive ? "\r%s\x1b[K" : "%s\n", utf8.constData());
        std::fflush(stderr);
        return !interrupted.load();
    }

    void finish()
    {
        if (m_interactive && m_lastPrint >= 0)
            std::fputc('\n', stderr);
    }

    qint64 elapsed() const { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
    qint64 m_lastPrint = -1;
    bool m_interactive = false;
};

} // namespace

int runDemo(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Fills the store with realistic demo data: experiments of several model families, "
               "runs with 20 params, 10 metric curves and tags, hyper-parameter sweeps (parent "
               "and child runs), failed, killed, running and deleted runs, dataset inputs, and "
               "registered models with versions, stages and the aliases champion and "
               "challenger. The same seed gives the same data. Ctrl+C stops early and keeps "
               "the runs written so far, whole runs only."));
    const QCommandLineOption runs(u"runs"_s,
                                  Tr::tr("How many runs to create (default %1).").arg(DefaultRuns),
                                  u"N"_s,
                                  QString::number(DefaultRuns));
    const QCommandLineOption steps(
        u"steps"_s,
        Tr::tr("Points per metric curve (default %1, which generates 100,000 runs in about a "
               "minute; every run logs 10 metrics x S points).")
            .arg(DefaultSteps),
        u"S"_s,
        QString::number(DefaultSteps));
    const QCommandLineOption experiment(
        u"experiment"_s,
        Tr::tr("Put every run into this experiment (created if missing) instead of the demo's "
               "own experiments."),
        u"NAME"_s);
    const QCommandLineOption seed(u"seed"_s,
                                  Tr::tr("Random seed (default %1).").arg(Demo::DemoOptions().seed),
                                  u"N"_s,
                                  QString::number(Demo::DemoOptions().seed));
    parser.addOption(runs);
    parser.addOption(steps);
    parser.addOption(experiment);
    parser.addOption(seed);
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"flowdesk demo"_s} + context.arguments)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out(commandHelp(parser, u"demo"_s));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err(Tr::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()));
        return 2;
    }

    // Check everything before the store is opened, so that bad input leaves it untouched.
    Demo::DemoOptions options;
    const auto runCount = parseCount(parser.value(runs), 0, MaxRuns);
    if (!runCount) {
        err(Tr::tr("--runs must be a whole number from 0 to %1, got '%2'.")
                .arg(QLocale::c().toString(MaxRuns), parser.value(runs)));
        return 2;
    }
    const auto stepCount = parseCount(parser.value(steps), 1, Demo::MaxDemoSteps);
    if (!stepCount) {
        err(Tr::tr("--steps must be a whole number from 1 to %1, got '%2'.")
                .arg(QLocale::c().toString(Demo::MaxDemoSteps), parser.value(steps)));
        return 2;
    }
    const auto seedValue = parseCount(parser.value(seed), 0, std::numeric_limits<quint32>::max());
    if (!seedValue) {
        err(Tr::tr("--seed must be a whole number from 0 to %1, got '%2'.")
                .arg(QString::number(std::numeric_limits<quint32>::max()), parser.value(seed)));
        return 2;
    }
    options.runs = *runCount;
    options.steps = int(*stepCount);
    options.seed = quint32(*seedValue);
    if (parser.isSet(experiment)) {
        options.experimentName = parser.value(experiment);
        if (options.experimentName.trimmed().isEmpty()) {
            err(Tr::tr("Invalid --experiment: the name must not be blank."));
            return 2;
        }
        try {
            Validation::validateExperimentName(options.experimentName);
        } catch (const StoreError &error) {
            err(Tr::tr("Invalid --experiment: %1").arg(error.message()));
            return 2;
        }
    }

    try {
        const StoreLocation location(context.storeDirectory);
        location.ensureExists();
        auto database = Database::open(location.databasePath());
        Demo::DemoGenerator generator(*database);

        interrupted.store(false);
        const auto previousHandler = std::signal(SIGINT, onInterrupt);
        ProgressPrinter printer;
        Demo::DemoSummary summary;
        try {
            summary = generator.generate(options, [&printer](qint64 done, qint64 total) {
                return printer.update(done, total);
            });
        } catch (...) {
            std::signal(SIGINT, previousHandler);
            printer.finish();
            throw;
        }
        std::signal(SIGINT, previousHandler);
        printer.finish();
        const double seconds = double(printer.elapsed()) / 1000.0;
        const QLocale locale;
        if (summary.cancelled) {
            err(Tr::tr("Interrupted: %1 whole runs were written in %2 s; nothing else was "
                       "changed.")
                    .arg(locale.toString(summary.runs), locale.toString(seconds, 'f', 1)));
            return InterruptedExitCode;
        }
        out(Tr::tr("Generated %1 runs (%2 metric points) in %3 experiments, %4 registered "
                   "models with %5 versions, in %6 s (%7 runs/s).")
                .arg(locale.toString(summary.runs),
                     locale.toString(summary.metricPoints),
                     locale.toString(summary.experiments),
                     locale.toString(summary.registeredModels),
                     locale.toString(summary.modelVersions),
                     locale.toString(seconds, 'f', 1),
                     locale.toString(qRound64(seconds > 0 ? double(summary.runs) / seconds : 0))));
        return 0;
    } catch (const StoreError &error) {
        err(Tr::tr("Error: %1").arg(error.message()));
        return 1;
    }
}

} // namespace Flowdesk::Cli
