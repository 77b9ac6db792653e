// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// What the searches take and give back, shaped after MLflow's search requests.

namespace Flowdesk::Query {

struct RunSearchRequest
{
    QList<qint64> experimentIds;
    QString filter;
    QStringList orderBy;
    Store::ViewType view = Store::ViewType::ActiveOnly;
    int maxResults = 1000;
    QString pageToken; ///< MLflow's opaque token: base64 of {"offset": N}
    /// Accept Flowdesk's extensions (OR, NOT, parentheses, IS NULL, aggregates, ...) where MLflow
    /// rejects the filter. Off for the MLflow-compatible server; on for the GUI and the CLI.
    bool allowExtensions = false;
};

struct RunSearchPage
{
    QStringList runIds;
    QString nextPageToken;
};

struct RegistrySearchRequest
{
    QString filter;
    QStringList orderBy;
    int maxResults = 100;
    QString pageToken;
};

struct ModelSearchPage
{
    QStringList names;
    QString nextPageToken;
};

struct VersionSearchPage
{
    QList<QPair<QString, qint64>> versions;
    QString nextPageToken;
};

struct ExperimentSearchRequest
{
    QString filter;
    QStringList orderBy;
    Store::ViewType view = Store::ViewType::ActiveOnly;
    int maxResults = 1000;
    QString pageToken;
};

struct ExperimentSearchPage
{
    QList<qint64> experimentIds;
    QString nextPageToken;
};

/// Where a filter must be evaluated when the runs live on an MLflow server: `remoteFilter` is
/// what MLflow accepts (send it), `localFilter` the rest (evaluate it locally on the answer).
/// Both are filter texts; an empty one means "no condition".
struct FilterSplit
{
    QString remoteFilter;
    QString localFilter;
};

} // namespace Flowdesk::Query
