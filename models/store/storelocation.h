// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Flowdesk::Store {

/// Where a store lives: `--store DIR`, else `FLOWDESK_HOME`, else the platform's app-data
/// directory (~/.local/share/Flowdesk).
class StoreLocation final
{
public:
    static StoreLocation resolve(const QString &storeOption);
    explicit StoreLocation(QString directory);

    const QString &directory() const { return m_directory; }
    QString databasePath() const;
    QString artifactRoot() const;
    /// Creates the directory and the artifact root if missing; throws StoreError on failure.
    void ensureExists() const;

private:
    QString m_directory;
};

} // namespace Flowdesk::Store
