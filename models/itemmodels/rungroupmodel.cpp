// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/rungroupmodel.h"

#include "models/itemmodels/displayformat.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

namespace {

// The grouped table's name cannot be a bound value, so there is one constant text per table.
// Each group gives one row per chosen metric (json_each over the metric keys; [null] when none
// is chosen, which matches no metric), all with the group's run count.
QString groupSql(const QString &table)
{
    return u"WITH r AS (SELECT k.value AS run_key, g.value AS gv FROM json_each(?) k LEFT JOIN "_s
        + table
        + u" g ON g.run_key = k.value AND g.key = ?) SELECT r.gv, COUNT(*), mk.key, "
          "MIN(m.value), AVG(m.value), MAX(m.value), COUNT(m.value) FROM r JOIN json_each(?) mk "
          "LEFT JOIN metric_keys mkey ON mkey.key = mk.value LEFT JOIN latest_metrics m ON "
          "m.run_key = r.run_key AND m.key_id = mkey.key_id AND m.is_nan = 0 "
          "GROUP BY r.gv, mk.key ORDER BY COUNT(*) DESC, r.gv IS NULL, r.gv, mk.key"_s;
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Keys that are not plain names go in backticks (or double quotes when they hold a backtick).
QString quotedKey(const QString &key)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (plain.match(key).hasMatch())
        return key;
    return key.contains(u'`') ? u'"' + key + u'"' : u'`' + key + u'`';
}

} // namespace

RunGroupModel::RunGroupModel(StoreReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{}

void RunGroupModel::setGrouping(const QList<qint64> &runKeys,
                                RunColumn::Kind kind,
                                const QString &key,
                                const QStringList &metricKeys)
{
    const quint64 request = ++m_request;
    QJsonArray keys;
    for (const qint64 runKey : runKeys)
        keys.append(runKey);
    QJsonArray metrics;
    for (const QString &metric : metricKeys)
        metrics.append(metric);
    if (metrics.isEmpty())
        metrics.append(QJsonValue::Null);
    const QString keysJson = compactJson(keys);
    const QString metricsJson = compactJson(metrics);
    const QString sql = groupSql(kind == RunColumn::Kind::Tag ? u"run_tags"_s : u"params"_s);
    const qsizetype metricCount = metricKeys.size();
    m_reader->submit(
        this,
        [sql, keysJson, key, metricsJson, metricCount](Store::Database &database) {
            QSqlQuery &q = database.cached(sql);
            q.bindValue(0, keysJson);
            q.bindValue(1, key);
            q.bindValue(2, metricsJson);
            Store::Database::exec(q);
            QList<Group> groups;
            bool first = true;
            while (q.next()) {
                const bool missing = q.value(0).isNull();
                const QString value = q.value(0).toString();
                if (first || groups.last().missing != missing || groups.last().value != value) {
                    first = false;
                    Group group;
                    group.missing = missing;
                    group.value = value;
                    group.count = q.value(1).toLongLong();
                    group.metrics.resize(metricCount);
                    groups.append(group);
                }
                const qsizetype metric = q.value(2).toLongLong();
                if (metric < 0 || metric >= metricCount)
                    continue;
                Statistics &statistics = groups.last().metrics[metric];
                statistics.hasValue = q.value(6).toLongLong() > 0;
                statistics.min = q.value(3).toDouble();
                statistics.mean = q.value(4).toDouble();
                statistics.max = q.value(5).toDouble();
            }
            q.finish();
            return groups;
        },
        [this, request, kind, key, metricKeys](const QList<Group> &groups) {
            if (request != m_request)
                return;
            beginResetModel();
            m_groups = groups;
            m_kind = kind;
            m_key = key;
            m_metricKeys = metricKeys;
            sortGroups();
            endResetModel();
            emit loaded();
        },
        [this, request](const Store::StoreError &error) {
            if (request == m_request)
                emit failed(error.message());
        });
}

QString RunGroupModel::filterClause(int row) const
{
    if (row < 0 || row >= m_groups.size())
        return {};
    return filterClause(m_kind, m_key, m_groups.at(row));
}

QString RunGroupModel::filterClause(RunColumn::Kind kind, const QString &key, const Group &group)
{
    const QString name =
        (kind == RunColumn::Kind::Tag ? u"tags."_s : u"params."_s) + quotedKey(key);
    if (group.missing)
        return name + u" IS NULL"_s;
    // MLflow removes a value's quotes and unescapes nothing, so a quote inside the value needs
    // the other kind of quotes around it.
    const QString &value = group.value;
    if (!value.contains(u'\''))
        return name + u" = '"_s + value + u'\'';
    if (!value.contains(u'"'))
        return name + u" = \""_s + value + u'"';
    // Both kinds: no quoting can hold the value, so LIKE lets '_' stand for each single quote
    // (it may also match values that differ only there).
    QString pattern = value;
    pattern.replace(u'\'', u'_');
    return name + u" LIKE '"_s + pattern + u'\'';
}

int RunGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int RunGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(FirstMetricColumn + m_metricKeys.size() * StatisticCount);
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
    }
    const int metric = (index.column() - FirstMetricColumn) / StatisticCount;
    if (metric >= group.metrics.size())
        return {};
    const Statistics &statistics = group.metrics.at(metric);
    if (!statistics.hasValue)
        return {};
    const int statistic = (index.column() - FirstMetricColumn) % StatisticCount;
    const double value = statistic == Min ? statistics.min
        : statistic == Mean               ? statistics.mean
                                          : statistics.max;
    if (role == SortValueRole)
        return value;
    return role == Qt::ToolTipRole ? DisplayFormat::metricValue(value)
                                   : QLocale().toString(value, 'g', 6);
}

void RunGroupModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // A group is its value (or the missing-value group): that finds each selected row again.
    const QModelIndexList persistent = persistentIndexList();
    QList<std::pair<bool, QString>> identities;
    for (const QModelIndex &index : persistent) {
        const Group &group = m_groups.at(index.row());
        identities.append({group.missing, group.missing ? QString() : group.value});
    }
    sortGroups();
    QHash<std::pair<bool, QString>, int> rowOf;
    for (int row = 0; row < m_groups.size(); ++row) {
        const Group &group = m_groups.at(row);
        rowOf.insert({group.missing, group.missing ? QString() : group.value}, row);
    }
    QModelIndexList moved;
    for (qsizetype i = 0; i < persistent.size(); ++i)
        moved.append(index(rowOf.value(identities.at(i)), persistent.at(i).column()));
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RunGroupModel::sortGroups()
{
    const int column = m_sortColumn < columnCount() ? m_sortColumn : int(CountColumn);
    const bool descending = column == m_sortColumn ? m_sortOrder == Qt::DescendingOrder : true;
    // Values that are all numbers (learning rates, seeds) compare as numbers, the rest as text.
    bool numericValues = true;
    for (const Group &group : std::as_const(m_groups)) {
        if (!group.missing) {
            group.value.toDouble(&numericValues);
            if (!numericValues)
                break;
        }
    }
    const int metric = (column - FirstMetricColumn) / StatisticCount;
    const int statistic = (column - FirstMetricColumn) % StatisticCount;
    const auto statisticOf = [&](const Group &group) -> std::optional<double> {
        if (metric >= group.metrics.size() || !group.metrics.at(metric).hasValue)
            return std::nullopt;
        const Statistics &s = group.metrics.at(metric);
        return statistic == Min ? s.min : statistic == Mean ? s.mean : s.max;
    };
    // -1, 0, 1 in ascending order; "nothing to compare" is handled before.
    const auto compare = [&](const Group &a, const Group &b) -> int {
        if (column == ValueColumn) {
            if (numericValues) {
                const double x = a.value.toDouble();
                const double y = b.value.toDouble();
                return x < y ? -1 : (y < x ? 1 : 0);
            }
            return QString::localeAwareCompare(a.value, b.value);
        }
        if (column == CountColumn)
            return a.count < b.count ? -1 : (b.count < a.count ? 1 : 0);
        const double x = *statisticOf(a);
        const double y = *statisticOf(b);
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    const auto hasKey = [&](const Group &group) {
        if (group.missing && column == ValueColumn)
            return false;
        return column < FirstMetricColumn || statisticOf(group).has_value();
    };
    std::stable_sort(m_groups.begin(), m_groups.end(), [&](const Group &a, const Group &b) {
        const bool aHas = hasKey(a);
        const bool bHas = hasKey(b);
        if (aHas != bHas)
            return aHas;
        if (!aHas)
            return false;
        const int order = compare(a, b);
        return descending ? order > 0 : order < 0;
    });
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
    }
    const int metric = (section - FirstMetricColumn) / StatisticCount;
    if (section < FirstMetricColumn || metric >= m_metricKeys.size())
        return {};
    const QString &key = m_metricKeys.at(metric);
    switch ((section - FirstMetricColumn) % StatisticCount) {
    case Min:
        //: Column header of the grouped runs: %1 is the metric key
        return tr("%1 min").arg(key);
    case Mean:
        //: Column header of the grouped runs: %1 is the metric key
        return tr("%1 mean").arg(key);
    case Max:
        //: Column header of the grouped runs: %1 is the metric key
        return tr("%1 max").arg(key);
    }
    return {};
}

} // namespace Flowdesk::ItemModels
