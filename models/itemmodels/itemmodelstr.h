// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Flowdesk::ItemModels {

/// Translation context for the non-QObject code of this module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ItemModels)
};

} // namespace Flowdesk::ItemModels
