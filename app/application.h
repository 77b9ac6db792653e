// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Flowdesk::Application {

/// Installs Flowdesk's translator (from :/i18n) and Qt's own for the system locale.
void installTranslators();
/// --store, else FLOWDESK_HOME, else the application data directory.
QString storeDirectory(const QString &storeOption);
/// Opens the store and shows the main window; returns the event loop's exit code.
int runGui(const QString &storeDirectory);

} // namespace Flowdesk::Application
