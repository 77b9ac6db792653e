// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace Flowdesk::Cli {

/// `flowdesk search "FILTER" [--experiment NAME_OR_ID]... [--order-by "KEY [ASC|DESC]"]...
/// [--max-results N] [--view active|deleted|all] [--format table|csv|json]`
int runSearch(const Context &context);

} // namespace Flowdesk::Cli
