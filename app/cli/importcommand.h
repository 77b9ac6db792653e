// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace Flowdesk::Cli {

/// `flowdesk import PATH [--experiment NAME]... [--link-artifacts]`: an mlruns folder or an
/// mlflow.db file. Exit code 0 when something was imported, 1 when nothing could be.
int runImport(const Context &context);

} // namespace Flowdesk::Cli
