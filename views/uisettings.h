// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

#include <memory>

class QSettings;

namespace Flowdesk::Views {

/// The window's layout state (geometry, splitters, column layout, toggles), typed. Takes the
/// QSettings to use, so that tests point it at a file in a temporary directory.
class UiSettings final
{
public:
    /// Adopts settings.
    explicit UiSettings(std::unique_ptr<QSettings> settings);
    ~UiSettings();
    UiSettings(const UiSettings &) = delete;
    UiSettings &operator=(const UiSettings &) = delete;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray runsHeaderState() const;
    void setRunsHeaderState(const QByteArray &state);

    bool showDeletedExperiments() const;
    void setShowDeletedExperiments(bool show);
    bool sidebarVisible() const;
    void setSidebarVisible(bool visible);
    bool detailsVisible() const;
    void setDetailsVisible(bool visible);
    /// -1 when none was saved.
    qint64 lastExperimentId() const;
    void setLastExperimentId(qint64 experimentId);

    /// The saved view of an experiment's runs (filter, columns, sort, grouping) as the window
    /// encodes it; empty when none was saved.
    QByteArray experimentView(qint64 experimentId) const;
    void setExperimentView(qint64 experimentId, const QByteArray &view);

    /// Newest first.
    QStringList recentFilters() const;
    void setRecentFilters(const QStringList &filters);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Flowdesk::Views
