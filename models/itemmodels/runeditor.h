// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/storeerror.h"

#include <QObject>
#include <QStringList>

namespace Flowdesk::ItemModels {

class StoreReader;

/// Edits runs for the GUI on the StoreReader's worker (its connection writes): rename,
/// delete, restore, set or delete a tag, on one run or many. An edit of many runs is one
/// transaction: all of them change or none. MLflow's validation applies (tag key and value
/// limits, active runs only for tag writes).
class RunEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunEditor)
public:
    enum class Action { Rename, Delete, Restore, SetTag, DeleteTag };
    Q_ENUM(Action)

    explicit RunEditor(StoreReader *reader, QObject *parent = nullptr);

    void rename(const QString &runId, const QString &name);
    void deleteRuns(const QStringList &runIds);
    void restoreRuns(const QStringList &runIds);
    void setTag(const QStringList &runIds, const QString &key, const QString &value);
    void deleteTag(const QString &runId, const QString &key);

signals:
    void succeeded(Flowdesk::ItemModels::RunEditor::Action action, const QStringList &runIds);
    /// message is the store's English text (MLflow's wording).
    void failed(Flowdesk::ItemModels::RunEditor::Action action,
                Flowdesk::Store::ErrorCode code,
                const QString &message);

private:
    template <typename Edit>
    void submit(Action action, const QStringList &runIds, Edit edit);

    StoreReader *m_reader = nullptr;
};

} // namespace Flowdesk::ItemModels
