// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/server/apicontext.h"
#include "models/server/httprequest.h"
#include "models/server/httpresponse.h"
#include "models/store/artifactrepository.h"

#include <QString>

#include <optional>

namespace Flowdesk::Server {

class Router;

/// MLflow's proxied artifact service (`/api/2.0/mlflow-artifacts/artifacts/...`: PUT upload,
/// GET download, GET list, DELETE) over the store's artifact directory, where
/// `mlflow-artifacts:/<path>` is `<store>/artifacts/<path>`; plus the UI's `/get-artifact`.
class ArtifactApi final
{
public:
    explicit ArtifactApi(const ApiContext &context);
    void registerRoutes(Router &router);

    /// MLflow's validate_path_is_safe: percent-decoded, no `..`, no absolute or Windows paths,
    /// no '#'. Throws INVALID_PARAMETER_VALUE "Invalid path".
    static QString safeRelativePath(const QString &path);
    /// The local directory of an `mlflow-artifacts:` URI; nothing for other schemes.
    static std::optional<QString> localDirectory(const Store::ArtifactRepository &artifacts,
                                                 const QString &uri);

    /// MLflow lists by path alone, directories and files mixed.
    static QList<Store::ArtifactRepository::Entry>
    sortedByPath(QList<Store::ArtifactRepository::Entry> entries);

private:
    HttpResponse download(const HttpRequest &request, const QString &prefix);
    HttpResponse upload(const HttpRequest &request, const QString &prefix);
    HttpResponse remove(const HttpRequest &request, const QString &prefix);
    HttpResponse list(const HttpRequest &request);
    HttpResponse runArtifact(const HttpRequest &request);
    HttpResponse sendFile(const QString &base, const QString &relativePath);

    ApiContext m_context;
};

} // namespace Flowdesk::Server
