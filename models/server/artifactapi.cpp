// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/server/artifactapi.h"

#include "models/mlflow/mlflowjson.h"
#include "models/mlflow/requestreader.h"
#include "models/server/router.h"
#include "models/store/artifactrepository.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Server {

using Store::ErrorCode;
using Store::StoreError;

namespace {

const QString ArtifactsPath = u"/api/2.0/mlflow-artifacts/artifacts"_s;
const QString AjaxArtifactsPath = u"/ajax-api/2.0/mlflow-artifacts/artifacts"_s;

[[noreturn]] void invalidPath()
{
    throw StoreError(ErrorCode::InvalidParameterValue, u"Invalid path"_s);
}

// MLflow serves these as text/plain whatever their real type, so browsers never run them.
const QStringList TextExtensions = {
    u"txt"_s, u"log"_s,        u"err"_s,     u"cfg"_s,      u"conf"_s, u"cnf"_s,  u"cf"_s,
    u"ini"_s, u"properties"_s, u"prop"_s,    u"hocon"_s,    u"toml"_s, u"yaml"_s, u"yml"_s,
    u"xml"_s, u"json"_s,       u"js"_s,      u"py"_s,       u"py3"_s,  u"csv"_s,  u"tsv"_s,
    u"md"_s,  u"rst"_s,        u"MLmodel"_s, u"mlproject"_s};

QByteArray guessMimeType(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (!suffix.isEmpty() && TextExtensions.contains(suffix))
        return "text/plain";
    const QMimeType type = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    if (!type.isValid() || type.isDefault())
        return "application/octet-stream";
    return type.name().toUtf8();
}

} // namespace

ArtifactApi::ArtifactApi(const ApiContext &context)
    : m_context(context)
{}

void ArtifactApi::registerRoutes(Router &router)
{
    using Access = Router::Access;
    for (const QString &base : {ArtifactsPath, AjaxArtifactsPath}) {
        const QString prefix = base + u'/';
        router.addPath(base, {"GET"}, Access::Read, [this](const HttpRequest &r) {
            return list(r);
        });
        router.addPrefix(prefix, {"GET"}, Access::Read, [this, prefix](const HttpRequest &r) {
            return download(r, prefix);
        });
        router.addPrefix(prefix, {"PUT"}, Access::Read, [this, prefix](const HttpRequest &r) {
            return upload(r, prefix);
        });
        router.addPrefix(prefix, {"DELETE"}, Access::Read, [this, prefix](const HttpRequest &r) {
            return remove(r, prefix);
        });
    }
    router.addPath(u"/get-artifact"_s, {"GET"}, Access::Read, [this](const HttpRequest &r) {
        return runArtifact(r);
    });
}

QString ArtifactApi::safeRelativePath(const QString &path)
{
    // Decode until stable, so that %252E%252E cannot smuggle a ".." through.
    QString decoded = path;
    for (int i = 0; i < 5; ++i) {
        const QString next = QUrl::fromPercentEncoding(decoded.toUtf8());
        if (next == decoded)
            break;
        decoded = next;
    }
    if (decoded.startsWith(u"file:"_s))
        invalidPath();
    if (decoded.contains(u'#') || decoded.contains(u'\\') || decoded.contains(QChar(0))
        || decoded.startsWith(u'/') || (decoded.size() >= 2 && decoded.at(1) == u':')
        || decoded.split(u'/').contains(u".."_s)) {
        invalidPath();
    }
    return decoded;
}

std::optional<QString> ArtifactApi::localDirectory(const Store::ArtifactRepository &artifacts,
                                                   const QString &uri)
{
    static const QString scheme = u"mlflow-artifacts:"_s;
    if (!uri.startsWith(scheme))
        return std::nullopt;
    QString path = uri.mid(scheme.size());
    if (path.startsWith(u"//"_s)) {
        // mlflow-artifacts://host:port/path names this server too; the path is what counts.
        const qsizetype slash = path.indexOf(u'/', 2);
        path = slash < 0 ? QString() : path.mid(slash);
    }
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    return artifacts.resolveUnderRoot(safeRelativePath(path));
}

QList<Store::ArtifactRepository::Entry>
ArtifactApi::sortedByPath(QList<Store::ArtifactRepository::Entry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.path < b.path;
    });
    return entries;
}

HttpResponse ArtifactApi::sendFile(const QString &base, const QString &relativePath)
{
    const QString path = m_context.artifacts.resolve(base, relativePath);
    const QString name = QFileInfo(path).fileName();
    // MLflow answers 500 for a missing file; a missing thing is a 404.
    if (!QFileInfo(path).isFile()) {
        throw StoreError(ErrorCode::ResourceDoesNotExist,
                         u"Artifact '%1' does not exist"_s.arg(relativePath));
    }
    HttpResponse response;
    response.body = m_context.artifacts.read(base, relativePath);
    response.contentType = guessMimeType(name);
    response.headers.append(
        {QByteArray("Content-Disposition"), QByteArray("attachment; filename=") + name.toUtf8()});
    response.headers.append({QByteArray("X-Content-Type-Options"), QByteArray("nosniff")});
    return response;
}

HttpResponse ArtifactApi::download(const HttpRequest &request, const QString &prefix)
{
    const QString relative = safeRelativePath(request.path.mid(prefix.size()));
    return sendFile(m_context.artifacts.root(), relative);
}

HttpResponse ArtifactApi::upload(const HttpRequest &request, const QString &prefix)
{
    const QString relative = safeRelativePath(request.path.mid(prefix.size()));
    m_context.artifacts.write(m_context.artifacts.root(), relative, request.body);
    return HttpResponse::json({});
}

HttpResponse ArtifactApi::remove(const HttpRequest &request, const QString &prefix)
{
    const QString relative = safeRelativePath(request.path.mid(prefix.size()));
    const QString path = m_context.artifacts.resolveUnderRoot(relative);
    // Deleting what is not there is a no-op in MLflow; a file is deleted (MLflow: 500).
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        m_context.artifacts.remove(m_context.artifacts.root(), relative);
    return HttpResponse::json({});
}

HttpResponse ArtifactApi::list(const HttpRequest &request)
{
    const Mlflow::RequestReader reader = Router::readerFor(request);
    const auto path = reader.optionalString(u"path"_s);
    const QString relative = path ? safeRelativePath(*path) : QString();
    QJsonArray files;
    for (const auto &entry :
         sortedByPath(m_context.artifacts.list(m_context.artifacts.root(), relative))) {
        files.append(
            Mlflow::fileInfoToJson(QFileInfo(entry.path).fileName(), entry.isDir, entry.size));
    }
    QJsonObject json;
    if (!files.isEmpty())
        json.insert(u"files"_s, files);
    return HttpResponse::json(json);
}

HttpResponse ArtifactApi::runArtifact(const HttpRequest &request)
{
    const Mlflow::RequestReader reader = Router::readerFor(request);
    const QString runId = reader.runId();
    const QString relative = safeRelativePath(reader.requiredString(u"path"_s));
    const Store::Run run = m_context.tracking.run(runId);
    const auto directory = localDirectory(m_context.artifacts, run.info.artifactUri);
    if (!directory) {
        throw StoreError(ErrorCode::ResourceDoesNotExist,
                         u"The artifacts of run %1 are not stored by this server"_s.arg(runId));
    }
    return sendFile(*directory, relative);
}

} // namespace Flowdesk::Server
