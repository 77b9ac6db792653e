// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Flowdesk::Store::RunNameGenerator {

/// A name like MLflow's generated ones ("adjective-animal-NNN") for runs created without one.
QString generate();

} // namespace Flowdesk::Store::RunNameGenerator
