// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/filtervocabulary.h"

#include "models/itemmodels/storereader.h"
#include "models/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

namespace {

struct Keys
{
    QStringList metrics;
    QStringList params;
    QStringList tags;
};

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QStringList column(Store::Database &database, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery &query = database.cached(sql);
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings.at(i));
    Store::Database::exec(query);
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    query.finish();
    return values;
}

} // namespace

FilterVocabulary::FilterVocabulary(StoreReader *reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
{}

void FilterVocabulary::setExperiments(const QList<qint64> &experimentIds)
{
    m_experimentIds = experimentIds;
    const quint64 request = ++m_keysRequest;
    if (experimentIds.isEmpty()) {
        m_metricKeys.clear();
        m_paramKeys.clear();
        m_tagKeys.clear();
        emit keysLoaded();
        return;
    }
    const QString ids = idsJson(experimentIds);
    m_reader->submit(
        this,
        [ids](Store::Database &database) {
            // The experiment list travels as one JSON parameter so that each statement text
            // is constant and stays prepared.
            Keys keys;
            keys.metrics = column(database,
                                  u"SELECT k.key FROM metric_keys k WHERE EXISTS (SELECT 1 FROM "
                                  "latest_metrics m JOIN runs r ON r.run_key = m.run_key WHERE "
                                  "m.key_id = k.key_id AND r.experiment_id IN (SELECT value FROM "
                                  "json_each(?))) ORDER BY k.key"_s,
                                  {ids});
            keys.params = column(database,
                                 u"SELECT DISTINCT p.key FROM runs r JOIN params p ON p.run_key = "
                                 "r.run_key WHERE r.experiment_id IN (SELECT value FROM "
                                 "json_each(?)) ORDER BY p.key"_s,
                                 {ids});
            keys.tags = column(database,
                               u"SELECT DISTINCT t.key FROM runs r JOIN run_tags t ON t.run_key = "
                               "r.run_key WHERE r.experiment_id IN (SELECT value FROM "
                               "json_each(?)) ORDER BY t.key"_s,
                               {ids});
            return keys;
        },
        [this, request](const Keys &keys) {
            if (request != m_keysRequest)
                return;
            m_metricKeys = keys.metrics;
            m_paramKeys = keys.params;
            m_tagKeys = keys.tags;
            emit keysLoaded();
        });
}

void FilterVocabulary::requestValues(KeyType type, const QString &key)
{
    const quint64 request = ++m_valuesRequest;
    if (type == KeyType::Metric || m_experimentIds.isEmpty()) {
        m_values.clear();
        m_valuesType = type;
        m_valuesKey = key;
        emit valuesLoaded(type, key);
        return;
    }
    const QString ids = idsJson(m_experimentIds);
    const QString sql = type == KeyType::Param
        ? u"SELECT DISTINCT p.value FROM params p JOIN runs r ON r.run_key = p.run_key WHERE "
          "p.key = ? AND r.experiment_id IN (SELECT value FROM json_each(?)) ORDER BY p.value "
          "LIMIT ?"_s
        : u"SELECT DISTINCT t.value FROM run_tags t JOIN runs r ON r.run_key = t.run_key WHERE "
          "t.key = ? AND r.experiment_id IN (SELECT value FROM json_each(?)) ORDER BY t.value "
          "LIMIT ?"_s;
    m_reader->submit(
        this,
        [sql, key, ids](Store::Database &database) {
            return column(database, sql, {key, ids, MaxValues});
        },
        [this, request, type, key](const QStringList &values) {
            if (request != m_valuesRequest)
                return;
            m_values = values;
            m_valuesType = type;
            m_valuesKey = key;
            emit valuesLoaded(type, key);
        });
}

} // namespace Flowdesk::ItemModels
