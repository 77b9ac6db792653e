// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace Flowdesk::Cli {

/// `flowdesk experiments list [--view active|deleted|all] [--format table|csv|json]`
int runExperimentsList(const Context &context);
/// `flowdesk runs list --experiment NAME_OR_ID [--view ...] [--format ...]`
int runRunsList(const Context &context);

} // namespace Flowdesk::Cli
