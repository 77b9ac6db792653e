// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QIcon>

namespace Flowdesk::Views::Icons {

/// An action icon: the desktop theme's icon when it has one, else the project's SVG from
/// :/icons tinted with the palette's text colour, so that it reads on dark themes too.
QIcon action(const QString &themeName, const QString &fallbackFile);
/// Run status icons are the project's own: their colours carry the meaning.
QIcon runStatus(Store::RunStatus status);
QIcon experiment(bool deleted = false);
QIcon application();

} // namespace Flowdesk::Views::Icons
