// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/storelocation.h"

#include "models/store/storeerror.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

StoreLocation StoreLocation::resolve(const QString &storeOption)
{
    if (!storeOption.isEmpty())
        return StoreLocation(storeOption);
    const QString fromEnvironment = qEnvironmentVariable("FLOWDESK_HOME");
    if (!fromEnvironment.isEmpty())
        return StoreLocation(fromEnvironment);
    return StoreLocation(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

StoreLocation::StoreLocation(QString directory)
    : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
{
}

QString StoreLocation::databasePath() const
{
    return m_directory + u"/flowdesk.db"_s;
}

QString StoreLocation::artifactRoot() const
{
    return m_directory + u"/artifacts"_s;
}

void StoreLocation::ensureExists() const
{
    if (!QDir().mkpath(artifactRoot())) {
        throw StoreError(ErrorCode::InternalError,
                         u"Cannot create the store directory %1"_s.arg(m_directory));
    }
}

} // namespace Flowdesk::Store
