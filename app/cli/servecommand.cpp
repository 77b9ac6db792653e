// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "app/cli/servecommand.h"

#include "models/server/trackingserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Server;

namespace Flowdesk::Cli {

namespace {

enum class LogLevel { Error, Warning, Info, Debug };

int g_signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: the event loop picks the byte up and quits cleanly.
void onTerminationSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0
        && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

bool isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

std::optional<LogLevel> logLevelFromName(const QString &name)
{
    if (name == u"error"_s)
        return LogLevel::Error;
    if (name == u"warning"_s)
        return LogLevel::Warning;
    if (name == u"info"_s)
        return LogLevel::Info;
    if (name == u"debug"_s)
        return LogLevel::Debug;
    return std::nullopt;
}

bool shouldLog(LogLevel level, int status)
{
    switch (level) {
    case LogLevel::Error:
        return status >= 500;
    case LogLevel::Warning:
        return status >= 400;
    case LogLevel::Info:
    case LogLevel::Debug:
        return true;
    }
    return true;
}

} // namespace

int runServe(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Serves the store over MLflow's REST API, so that MLflow clients can log to it."));
    const QCommandLineOption host(u"host"_s,
                                  Tr::tr("Address to listen on (default 127.0.0.1)."),
                                  u"address"_s,
                                  u"127.0.0.1"_s);
    const QCommandLineOption port(
        u"port"_s, Tr::tr("Port to listen on; 0 picks a free one."), u"port"_s, u"5000"_s);
    const QCommandLineOption logLevel(u"log-level"_s,
                                      Tr::tr("Request log: error, warning, info or debug."),
                                      u"level"_s,
                                      u"info"_s);
    const QCommandLineOption maxBody(u"max-body-mb"_s,
                                     Tr::tr("Largest REST request body in MiB (default 16)."),
                                     u"mib"_s,
                                     u"16"_s);
    const QCommandLineOption maxArtifact(u"max-artifact-mb"_s,
                                         Tr::tr("Largest artifact upload in MiB (default 1024)."),
                                         u"mib"_s,
                                         u"1024"_s);
    const QCommandLineOption authFile(
        u"auth-file"_s,
        Tr::tr("Require HTTP basic auth; FILE has user:password lines."),
        u"file"_s);
    const QCommandLineOption tokenFile(
        u"token-file"_s, Tr::tr("Require a bearer token, read from FILE."), u"file"_s);
    const QCommandLineOption allowRemote(
        u"allow-remote"_s, Tr::tr("Allow listening on an address other than loopback."));
    const QCommandLineOption workers(
        u"workers"_s, Tr::tr("Request threads (default 4)."), u"count"_s, u"4"_s);
    parser.addOptions(
        {host, port, logLevel, maxBody, maxArtifact, authFile, tokenFile, allowRemote, workers});
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"flowdesk serve"_s} + context.arguments)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out(commandHelp(parser, u"serve"_s));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err(Tr::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()));
        return 2;
    }

    ServerConfig config;
    config.storeDirectory = context.storeDirectory;
    if (!config.host.setAddress(parser.value(host))) {
        err(Tr::tr("--host must be an IP address, not '%1'.").arg(parser.value(host)));
        return 2;
    }
    if (!isLoopback(config.host)) {
        if (!parser.isSet(allowRemote)) {
            err(Tr::tr("Refusing to listen on %1: it is reachable from other machines. Add "
                       "--allow-remote to do it anyway (and consider --auth-file).")
                    .arg(config.host.toString()));
            return 2;
        }
        err(Tr::tr("Warning: listening on %1; other machines can reach this store%2.")
                .arg(config.host.toString(),
                     parser.isSet(authFile) || parser.isSet(tokenFile)
                         ? QString()
                         : Tr::tr(" without any authentication")));
    }
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        err(Tr::tr("--port must be a number from 0 to 65535."));
        return 2;
    }
    config.port = quint16(portNumber);
    const qint64 bodyMiB = parser.value(maxBody).toLongLong(&ok);
    if (!ok || bodyMiB < 1) {
        err(Tr::tr("--max-body-mb must be a positive number."));
        return 2;
    }
    config.maxBodyBytes = bodyMiB * 1024 * 1024;
    const qint64 artifactMiB = parser.value(maxArtifact).toLongLong(&ok);
    if (!ok || artifactMiB < 1) {
        err(Tr::tr("--max-artifact-mb must be a positive number."));
        return 2;
    }
    config.maxArtifactBytes = artifactMiB * 1024 * 1024;
    const int workerCount = parser.value(workers).toInt(&ok);
    if (!ok || workerCount < 1 || workerCount > 64) {
        err(Tr::tr("--workers must be a number from 1 to 64."));
        return 2;
    }
    config.workerThreads = workerCount;
    const auto level = logLevelFromName(parser.value(logLevel));
    if (!level) {
        err(Tr::tr("Unknown --log-level '%1': use error, warning, info or debug.")
                .arg(parser.value(logLevel)));
        return 2;
    }
    if (parser.isSet(authFile) && parser.isSet(tokenFile)) {
        err(Tr::tr("Use either --auth-file or --token-file, not both."));
        return 2;
    }
    QString authError;
    if (parser.isSet(authFile)) {
        config.authenticator = Authenticator::fromAuthFile(parser.value(authFile), &authError);
        if (!config.authenticator) {
            err(authError);
            return 2;
        }
    } else if (parser.isSet(tokenFile)) {
        config.authenticator = Authenticator::fromTokenFile(parser.value(tokenFile), &authError);
        if (!config.authenticator) {
            err(authError);
            return 2;
        }
    }

    if (!installSignalHandlers()) {
        err(Tr::tr("Cannot install the signal handlers."));
        return 1;
    }
    TrackingServer server;
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&server] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[1], &byte, 1);
        err(Tr::tr("Stopping the tracking server."));
        server.stop();
        QCoreApplication::quit();
    });
    QObject::connect(&server,
                     &TrackingServer::requestHandled,
                     &server,
                     [level = *level](const RequestLogEntry &entry) {
                         if (!shouldLog(level, entry.status))
                             return;
                         QString line = u"%1 %2 \"%3 %4\" %5 %6"_s.arg(
                             QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                             entry.peer,
                             QString::fromLatin1(entry.method),
                             entry.path,
                             QString::number(entry.status),
                             QString::number(entry.responseBytes));
                         if (level == LogLevel::Debug)
                             line += u" %1ms"_s.arg(entry.milliseconds, 0, 'f', 2);
                         err(line);
                     });
    if (!server.start(config)) {
        err(server.errorString());
        return 1;
    }
    const QString url = server.url().toString();
    out(Tr::tr("Flowdesk tracking server listening on %1 (store %2)")
            .arg(url, context.storeDirectory));
    out(u"export MLFLOW_TRACKING_URI="_s + url);
    std::fflush(stdout);
    const int rc = QCoreApplication::exec();
    server.stop();
    return rc;
}

} // namespace Flowdesk::Cli
