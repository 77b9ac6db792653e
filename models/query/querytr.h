// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Flowdesk::Query {

/// Translation context for the messages of Flowdesk's own filter extensions (MLflow's messages
/// are protocol and stay English).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Query)
};

} // namespace Flowdesk::Query
