// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace Flowdesk::Cli {

/// `flowdesk demo [--runs N] [--steps S] [--experiment NAME] [--seed N]`
int runDemo(const Context &context);

} // namespace Flowdesk::Cli
