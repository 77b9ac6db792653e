// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

namespace Flowdesk::ItemModels {

class StoreReader;

/// The words the filter bar completes: the metric, param and tag keys present in the selected
/// experiments, and on request the values seen for one param or tag key. Loaded on the
/// StoreReader's worker; only the answer to the latest request is kept.
class FilterVocabulary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterVocabulary)
public:
    enum class KeyType { Metric, Param, Tag };
    Q_ENUM(KeyType)

    /// At most this many distinct values are offered for a key.
    static constexpr int MaxValues = 200;

    explicit FilterVocabulary(StoreReader *reader, QObject *parent = nullptr);

    /// Reloads the keys of the runs of these experiments (every lifecycle stage).
    void setExperiments(const QList<qint64> &experimentIds);
    /// Loads the distinct values of a param or tag key (metrics have no value completion).
    void requestValues(KeyType type, const QString &key);

    const QList<qint64> &experimentIds() const { return m_experimentIds; }

    const QStringList &metricKeys() const { return m_metricKeys; }

    const QStringList &paramKeys() const { return m_paramKeys; }

    const QStringList &tagKeys() const { return m_tagKeys; }

    /// The last loaded values and whose they are.
    const QStringList &values() const { return m_values; }

    KeyType valuesType() const { return m_valuesType; }

    const QString &valuesKey() const { return m_valuesKey; }

signals:
    void keysLoaded();
    void valuesLoaded(Flowdesk::ItemModels::FilterVocabulary::KeyType type, const QString &key);

private:
    StoreReader *m_reader = nullptr;
    QList<qint64> m_experimentIds;
    QStringList m_metricKeys;
    QStringList m_paramKeys;
    QStringList m_tagKeys;
    QStringList m_values;
    KeyType m_valuesType = KeyType::Param;
    QString m_valuesKey;
    quint64 m_keysRequest = 0;
    quint64 m_valuesRequest = 0;
};

} // namespace Flowdesk::ItemModels
