// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Flowdesk::Mlflow {

/// The parameters of one MLflow REST request, read from the query string (GET) or the JSON
/// body, with MLflow's request validation: "Missing value for required parameter 'x'" when a
/// required field is absent, null or "", and "Invalid value v for parameter 'x' supplied.
/// Hint: Value was of type 't'" when a value has the wrong type. Numbers may come as JSON
/// numbers or numeric strings (query strings carry nothing else); enums as names or numbers.
/// Unknown fields are ignored. Where MLflow silently drops a value it cannot parse, this
/// reader refuses it. Every error is a Store::StoreError (INVALID_PARAMETER_VALUE).
class RequestReader final
{
public:
    explicit RequestReader(QJsonObject params = {});
    /// `key=value` pairs; a repeated key becomes an array of strings.
    static RequestReader fromQuery(const QByteArray &rawQuery);
    /// An empty body is an empty request; anything else must be a JSON object
    /// (MALFORMED_REQUEST otherwise, where MLflow would treat it as empty).
    static RequestReader fromJsonBody(const QByteArray &body);

    const QJsonObject &params() const { return m_params; }

    /// Present and neither null nor "".
    bool has(const QString &name) const;

    QString requiredString(const QString &name) const;
    std::optional<QString> optionalString(const QString &name) const;
    /// Never a null QString: the store's NOT NULL columns take "" for "not given".
    QString string(const QString &name) const;
    /// run_id, or the legacy run_uuid.
    QString runId() const;

    qint64 requiredInt64(const QString &name) const;
    std::optional<qint64> optionalInt64(const QString &name) const;
    double requiredDouble(const QString &name) const;
    std::optional<bool> optionalBool(const QString &name) const;
    /// An array of strings; a single string (a query string's one value) counts as one item.
    QStringList stringList(const QString &name) const;
    QJsonArray objectList(const QString &name) const;
    /// `names` lists the proto enum's values in number order, starting at `firstNumber`.
    std::optional<int>
    optionalEnum(const QString &name, const QStringList &names, int firstNumber = 1) const;
    /// [{"key": ..., "value": ...}]; keys are required, values default to "".
    QList<Store::Tag> tagList(const QString &name) const;

    [[noreturn]] static void throwMissing(const QString &name);
    [[noreturn]] static void throwInvalid(const QString &name, const QJsonValue &value);

    // Typed reads of one JSON value, shared with nested objects (metrics of a batch).
    static std::optional<qint64> toInt64(const QJsonValue &value);
    static std::optional<double> toDouble(const QJsonValue &value);

    /// Python's str() of a JSON value, as MLflow prints values in its messages.
    static QString pythonStr(const QJsonValue &value);
    /// Python's type name of a JSON value ('str', 'int', 'float', 'list', ...).
    static QString pythonTypeName(const QJsonValue &value);

private:
    QJsonValue value(const QString &name) const { return m_params.value(name); }

    QJsonObject m_params;
};

} // namespace Flowdesk::Mlflow
