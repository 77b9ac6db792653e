// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"

namespace Flowdesk::Cli {

/// `flowdesk serve [--host H] [--port P] [--log-level L] [--max-body-mb N]
/// [--auth-file F | --token-file F] [--allow-remote] [--workers N]`: the embedded
/// MLflow-compatible tracking server on the store, until SIGINT or SIGTERM.
int runServe(const Context &context);

} // namespace Flowdesk::Cli
