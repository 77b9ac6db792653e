// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Flowdesk::Server {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Server)
};

} // namespace Flowdesk::Server
