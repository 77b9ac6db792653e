// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

namespace Flowdesk::Store {
class ArtifactRepository;
class Database;
class RegistryStore;
class TrackingStore;
} // namespace Flowdesk::Store

namespace Flowdesk::Server {

/// What the REST handlers of one worker thread work on: that thread's own connection and the
/// stores over it.
struct ApiContext
{
    Store::Database &database;
    Store::TrackingStore &tracking;
    Store::RegistryStore &registry;
    const Store::ArtifactRepository &artifacts;
};

} // namespace Flowdesk::Server
