// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/runeditor.h"

#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/trackingstore.h"
#include "models/store/transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

RunEditor::RunEditor(StoreReader *reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{}

template <typename Edit>
void RunEditor::submit(Action action, const QStringList &runIds, Edit edit)
{
    m_reader->submit(
        this,
        [runIds, edit](Store::Database &database) {
            Store::Transaction transaction(database);
            Store::TrackingStore store(database);
            for (const QString &runId : runIds)
                edit(store, runId);
            transaction.commit();
        },
        [this, action, runIds] {
            emit succeeded(action, runIds);
        },
        [this, action](const Store::StoreError &error) {
            emit failed(action, error.code(), error.message());
        });
}

void RunEditor::rename(const QString &runId, const QString &name)
{
    submit(Action::Rename, {runId}, [name](Store::TrackingStore &store, const QString &id) {
        if (name.trimmed().isEmpty()) {
            throw Store::StoreError(Store::ErrorCode::InvalidParameterValue,
                                    u"A run name must not be empty"_s);
        }
        store.updateRun(id, std::nullopt, std::nullopt, name);
    });
}

void RunEditor::deleteRuns(const QStringList &runIds)
{
    submit(Action::Delete, runIds, [](Store::TrackingStore &store, const QString &id) {
        store.deleteRun(id);
    });
}

void RunEditor::restoreRuns(const QStringList &runIds)
{
    submit(Action::Restore, runIds, [](Store::TrackingStore &store, const QString &id) {
        store.restoreRun(id);
    });
}

void RunEditor::setTag(const QStringList &runIds, const QString &key, const QString &value)
{
    submit(Action::SetTag, runIds, [key, value](Store::TrackingStore &store, const QString &id) {
        store.setTag(id, {key, value});
    });
}

void RunEditor::deleteTag(const QString &runId, const QString &key)
{
    submit(Action::DeleteTag, {runId}, [key](Store::TrackingStore &store, const QString &id) {
        store.deleteTag(id, key);
    });
}

} // namespace Flowdesk::ItemModels
