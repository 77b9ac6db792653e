// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QObject>

namespace Flowdesk::ItemModels {

class StoreReader;

/// Loads one run (info, params, latest metrics, tags, inputs) on the StoreReader's worker for
/// the details panel. Only the answer to the latest request is delivered.
class RunDetailsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailsLoader)
public:
    explicit RunDetailsLoader(StoreReader *reader, QObject *parent = nullptr);

    void load(const QString &runId);
    /// Forgets the current run; a pending load is dropped.
    void clear();

    const QString &runId() const { return m_runId; }

signals:
    void loaded(const Flowdesk::Store::Run &run);
    /// message is the store's English text.
    void failed(const QString &runId, const QString &message);

private:
    StoreReader *m_reader = nullptr;
    QString m_runId;
    quint64 m_request = 0;
};

} // namespace Flowdesk::ItemModels
