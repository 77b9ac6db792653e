// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimer>

namespace Flowdesk::ItemModels {

class StoreReader;

/// What the quick switcher (Ctrl+K) finds as the user types: active experiments by name and
/// active runs by name or run id prefix, searched on the StoreReader's worker, names that start
/// with the text first. Keystrokes within a short pause make one search, and the answer to an
/// older text is dropped, so typing on a 100k-run store never queues up stale searches.
class QuickSwitchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSwitchModel)
public:
    enum class Kind { Experiment, Run };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1,
        ExperimentIdRole,
        RunKeyRole, ///< -1 for an experiment
        RunIdRole,
        DetailRole, ///< a run's experiment; an experiment's run count
        RunStatusRole, ///< Store::RunStatus as int, runs only
    };
    Q_ENUM(Role)

    struct Entry
    {
        Kind kind = Kind::Experiment;
        QString name;
        qint64 experimentId = -1;
        QString experimentName;
        qint64 runKey = -1;
        QString runId;
        Store::RunStatus status = Store::RunStatus::Finished;
        qint64 runCount = 0;
    };

    static constexpr int MaxExperiments = 8;
    static constexpr int MaxRuns = 25;
    static constexpr int PauseMs = 80;

    explicit QuickSwitchModel(StoreReader *reader, QObject *parent = nullptr);

    /// Searches for text after a short pause; an empty text lists the experiments.
    void setText(const QString &text);
    /// Searches now, without the pause.
    void searchNow();

    const QString &text() const { return m_text; }

    bool isSearching() const { return m_searching; }

    const Entry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    /// The entries for text() are in.
    void searched();
    void searchFailed(const QString &errorMessage);

private:
    StoreReader *m_reader = nullptr;
    QString m_text;
    QList<Entry> m_entries;
    QTimer m_pause;
    quint64 m_request = 0;
    bool m_searching = false;
};

} // namespace Flowdesk::ItemModels
