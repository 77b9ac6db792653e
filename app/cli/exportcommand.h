// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace Flowdesk::Cli {

/// `flowdesk export mlruns DIR [--experiment NAME]...`: an MLflow FileStore folder.
int runExportMlruns(const Context &context);
/// `flowdesk export metrics RUN_ID... [--key KEY]... [--output FILE]`: metric histories as CSV.
int runExportMetrics(const Context &context);

} // namespace Flowdesk::Cli
