// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/rungroupmodel.h"

#include "models/itemmodels/displayformat.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

namespace {

// The grouped table's name cannot be a bound value, so there is one constant text per table.
QString groupSql(const QString &table)
{
    return u"SELECT g.value, COUNT(*), MIN(m.value), AVG(m.value), MAX(m.value), COUNT(m.value) "
           "FROM json_each(?) k LEFT JOIN "_s
        + table
        + u" g ON g.run_key = k.value AND g.key = ? LEFT JOIN latest_metrics m ON m.run_key = "
          "k.value AND m.is_nan = 0 AND m.key_id = (SELECT key_id FROM metric_keys WHERE key = "
          "?) GROUP BY g.value ORDER BY COUNT(*) DESC, g.value IS NULL, g.value"_s;
}

} // namespace

RunGroupModel::RunGroupModel(StoreReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{}

void RunGroupModel::setGrouping(const QList<qint64> &runKeys,
                                RunColumn::Kind kind,
                                const QString &key,
                                const QString &metricKey)
{
    m_kind = kind;
    const quint64 request = ++m_request;
    QJsonArray keys;
    for (const qint64 runKey : runKeys)
        keys.append(runKey);
    const QString keysJson = QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact));
    const QString sql = groupSql(kind == RunColumn::Kind::Tag ? u"run_tags"_s : u"params"_s);
    m_reader->submit(
        this,
        [sql, keysJson, key, metricKey](Store::Database &database) {
            QSqlQuery &q = database.cached(sql);
            q.bindValue(0, keysJson);
            q.bindValue(1, key);
            q.bindValue(2, metricKey);
            Store::Database::exec(q);
            QList<Group> groups;
            while (q.next()) {
                Group group;
                group.missing = q.value(0).isNull();
                group.value = q.value(0).toString();
                group.count = q.value(1).toLongLong();
                group.hasMetric = q.value(5).toLongLong() > 0;
                group.min = q.value(2).toDouble();
                group.mean = q.value(3).toDouble();
                group.max = q.value(4).toDouble();
                groups.append(group);
            }
            q.finish();
            return groups;
        },
        [this, request, key, metricKey](const QList<Group> &groups) {
            if (request != m_request)
                return;
            beginResetModel();
            m_groups = groups;
            m_key = key;
            m_metricKey = metricKey;
            endResetModel();
            emit loaded();
        },
        [this, request](const Store::StoreError &error) {
            if (request == m_request)
                emit failed(error.message());
        });
}

int RunGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int RunGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group &group = m_groups.at(index.row());
    if (role == IsMissingValueRole)
        return group.missing;
    if (role == Qt::TextAlignmentRole && index.column() != ValueColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortValueRole && role != Qt::ToolTipRole)
        return {};
    const auto metric = [&](double value) -> QVariant {
        if (!group.hasMetric)
            return {};
        if (role == SortValueRole)
            return value;
        return role == Qt::ToolTipRole ? DisplayFormat::metricValue(value)
                                       : QLocale().toString(value, 'g', 6);
    };
    switch (index.column()) {
    case ValueColumn:
        if (group.missing && role != SortValueRole) {
            //: Group of runs that have no value for the grouping key
            return tr("(not set)");
        }
        return group.value;
    case CountColumn:
        return role == SortValueRole ? QVariant(group.count)
                                     : QVariant(DisplayFormat::count(group.count));
    case MinColumn:
        return metric(group.min);
    case MeanColumn:
        return metric(group.mean);
    case MaxColumn:
        return metric(group.max);
    }
    return {};
}

QVariant RunGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ValueColumn:
        return m_key;
    case CountColumn:
        //: Column header of the grouped runs: number of runs in the group
        return tr("Runs");
    case MinColumn:
        //: Column header of the grouped runs: %1 is the metric key
        return tr("%1 min").arg(m_metricKey);
    case MeanColumn:
        //: Column header of the grouped runs: %1 is the metric key
        return tr("%1 mean").arg(m_metricKey);
    case MaxColumn:
        //: Column header of the grouped runs: %1 is the metric key
        return tr("%1 max").arg(m_metricKey);
    }
    return {};
}

} // namespace Flowdesk::ItemModels
