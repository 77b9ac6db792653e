// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Flowdesk::Importers {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Importers)
};

} // namespace Flowdesk::Importers
