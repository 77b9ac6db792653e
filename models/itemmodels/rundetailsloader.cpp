// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/rundetailsloader.h"

#include "models/itemmodels/storereader.h"
#include "models/store/trackingstore.h"

namespace Flowdesk::ItemModels {

RunDetailsLoader::RunDetailsLoader(StoreReader *reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{}

void RunDetailsLoader::load(const QString &runId)
{
    m_runId = runId;
    const quint64 request = ++m_request;
    m_reader->submit(
        this,
        [runId](Store::Database &database) {
            return Store::TrackingStore(database).run(runId);
        },
        [this, request](const Store::Run &run) {
            if (request == m_request)
                emit loaded(run);
        },
        [this, request, runId](const Store::StoreError &error) {
            if (request == m_request)
                emit failed(runId, error.message());
        });
}

void RunDetailsLoader::clear()
{
    m_runId.clear();
    ++m_request;
}

} // namespace Flowdesk::ItemModels
