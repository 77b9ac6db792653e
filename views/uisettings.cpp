// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/uisettings.h"

#include <QSettings>

namespace Flowdesk::Views {

namespace {

// Keys stay stable across releases: renaming one silently resets a user's layout.
constexpr QLatin1StringView WindowGeometryKey("MainWindow/geometry");
constexpr QLatin1StringView WindowStateKey("MainWindow/state");
constexpr QLatin1StringView SplitterStateKey("MainWindow/splitter");
constexpr QLatin1StringView RunsHeaderStateKey("MainWindow/runsHeader");
constexpr QLatin1StringView ShowDeletedKey("Sidebar/showDeletedExperiments");
constexpr QLatin1StringView SidebarVisibleKey("MainWindow/sidebarVisible");
constexpr QLatin1StringView DetailsVisibleKey("MainWindow/detailsVisible");
constexpr QLatin1StringView LastExperimentKey("Sidebar/lastExperiment");
constexpr QLatin1StringView RecentFiltersKey("Runs/recentFilters");
constexpr QLatin1StringView ExperimentViewKey("RunViews/experiment-%1");

} // namespace

UiSettings::UiSettings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{}

UiSettings::~UiSettings() = default;

QByteArray UiSettings::windowGeometry() const
{
    return m_settings->value(WindowGeometryKey).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(WindowGeometryKey, geometry);
}

QByteArray UiSettings::windowState() const
{
    return m_settings->value(WindowStateKey).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(WindowStateKey, state);
}

QByteArray UiSettings::splitterState() const
{
    return m_settings->value(SplitterStateKey).toByteArray();
}

void UiSettings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(SplitterStateKey, state);
}

QByteArray UiSettings::runsHeaderState() const
{
    return m_settings->value(RunsHeaderStateKey).toByteArray();
}

void UiSettings::setRunsHeaderState(const QByteArray &state)
{
    m_settings->setValue(RunsHeaderStateKey, state);
}

bool UiSettings::showDeletedExperiments() const
{
    return m_settings->value(ShowDeletedKey, false).toBool();
}

void UiSettings::setShowDeletedExperiments(bool show)
{
    m_settings->setValue(ShowDeletedKey, show);
}

bool UiSettings::sidebarVisible() const
{
    return m_settings->value(SidebarVisibleKey, true).toBool();
}

void UiSettings::setSidebarVisible(bool visible)
{
    m_settings->setValue(SidebarVisibleKey, visible);
}

bool UiSettings::detailsVisible() const
{
    return m_settings->value(DetailsVisibleKey, true).toBool();
}

void UiSettings::setDetailsVisible(bool visible)
{
    m_settings->setValue(DetailsVisibleKey, visible);
}

qint64 UiSettings::lastExperimentId() const
{
    bool ok = false;
    const qint64 id = m_settings->value(LastExperimentKey, -1).toLongLong(&ok);
    return ok ? id : -1;
}

void UiSettings::setLastExperimentId(qint64 experimentId)
{
    m_settings->setValue(LastExperimentKey, experimentId);
}

QByteArray UiSettings::experimentView(qint64 experimentId) const
{
    return m_settings->value(QString(ExperimentViewKey).arg(experimentId)).toByteArray();
}

void UiSettings::setExperimentView(qint64 experimentId, const QByteArray &view)
{
    m_settings->setValue(QString(ExperimentViewKey).arg(experimentId), view);
}

QStringList UiSettings::recentFilters() const
{
    return m_settings->value(RecentFiltersKey).toStringList();
}

void UiSettings::setRecentFilters(const QStringList &filters)
{
    m_settings->setValue(RecentFiltersKey, filters);
}

void UiSettings::sync()
{
    m_settings->sync();
}

} // namespace Flowdesk::Views
