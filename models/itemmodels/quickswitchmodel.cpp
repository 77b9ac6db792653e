// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/quickswitchmodel.h"

#include "models/itemmodels/displayformat.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

namespace {

// LIKE patterns with the user's text taken literally: '%' and '_' are escaped.
QString escapedForLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

QList<QuickSwitchModel::Entry> search(Store::Database &database, const QString &text)
{
    using Entry = QuickSwitchModel::Entry;
    QList<Entry> entries;
    const QString escaped = escapedForLike(text);
    const QString prefix = escaped + u'%';
    const QString anywhere = u'%' + escaped + u'%';

    QSqlQuery &experiments = database.cached(
        u"SELECT e.experiment_id, e.name, (SELECT COUNT(*) FROM runs r WHERE r.experiment_id = "
        "e.experiment_id AND r.lifecycle_stage = 'active') FROM experiments e WHERE "
        "e.lifecycle_stage = 'active' AND e.name LIKE ? ESCAPE '\\' ORDER BY e.name LIKE ? "
        "ESCAPE '\\' DESC, e.name COLLATE NOCASE LIMIT ?"_s);
    experiments.bindValue(0, anywhere);
    experiments.bindValue(1, prefix);
    experiments.bindValue(2, QuickSwitchModel::MaxExperiments);
    Store::Database::exec(experiments);
    while (experiments.next()) {
        Entry entry;
        entry.kind = QuickSwitchModel::Kind::Experiment;
        entry.experimentId = experiments.value(0).toLongLong();
        entry.name = experiments.value(1).toString();
        entry.experimentName = entry.name;
        entry.runCount = experiments.value(2).toLongLong();
        entries.append(entry);
    }
    experiments.finish();
    if (text.isEmpty())
        return entries;

    // Names that start with the text, then the newest runs; a run id is matched by its start.
    QSqlQuery &runs = database.cached(
        u"SELECT r.run_key, r.run_id, r.name, r.status, r.experiment_id, e.name FROM runs r "
        "JOIN experiments e ON e.experiment_id = r.experiment_id WHERE r.lifecycle_stage = "
        "'active' AND e.lifecycle_stage = 'active' AND (r.name LIKE ? ESCAPE '\\' OR r.run_id "
        "LIKE ? ESCAPE '\\') ORDER BY r.name LIKE ? ESCAPE '\\' DESC, r.start_time DESC, "
        "r.run_id LIMIT ?"_s);
    runs.bindValue(0, anywhere);
    runs.bindValue(1, prefix);
    runs.bindValue(2, prefix);
    runs.bindValue(3, QuickSwitchModel::MaxRuns);
    Store::Database::exec(runs);
    while (runs.next()) {
        Entry entry;
        entry.kind = QuickSwitchModel::Kind::Run;
        entry.runKey = runs.value(0).toLongLong();
        entry.runId = runs.value(1).toString();
        entry.name = runs.value(2).toString();
        entry.status =
            Store::runStatusFromName(runs.value(3).toString()).value_or(Store::RunStatus::Running);
        entry.experimentId = runs.value(4).toLongLong();
        entry.experimentName = runs.value(5).toString();
        entries.append(entry);
    }
    runs.finish();
    return entries;
}

} // namespace

QuickSwitchModel::QuickSwitchModel(StoreReader *reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &QuickSwitchModel::searchNow);
}

void QuickSwitchModel::setText(const QString &text)
{
    m_text = text.trimmed();
    m_searching = true;
    m_pause.start();
}

void QuickSwitchModel::searchNow()
{
    m_pause.stop();
    m_searching = true;
    const quint64 request = ++m_request;
    m_reader->submit(
        this,
        [text = m_text](Store::Database &database) {
            return search(database, text);
        },
        [this, request](const QList<Entry> &entries) {
            if (request != m_request)
                return;
            beginResetModel();
            m_entries = entries;
            m_searching = false;
            endResetModel();
            emit searched();
        },
        [this, request](const Store::StoreError &error) {
            if (request != m_request)
                return;
            m_searching = false;
            emit searchFailed(error.message());
        });
}

int QuickSwitchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant QuickSwitchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const bool isRun = entry.kind == Kind::Run;
    switch (role) {
    case Qt::DisplayRole:
        // A run without a name is known by its id.
        return isRun && entry.name.isEmpty() ? entry.runId : entry.name;
    case Qt::ToolTipRole:
        return isRun ? entry.runId : QVariant();
    case KindRole:
        return QVariant::fromValue(entry.kind);
    case ExperimentIdRole:
        return entry.experimentId;
    case RunKeyRole:
        return entry.runKey;
    case RunIdRole:
        return entry.runId;
    case DetailRole:
        return isRun ? entry.experimentName : DisplayFormat::runCount(entry.runCount);
    case RunStatusRole:
        return isRun ? QVariant(int(entry.status)) : QVariant();
    default:
        return {};
    }
}

} // namespace Flowdesk::ItemModels
