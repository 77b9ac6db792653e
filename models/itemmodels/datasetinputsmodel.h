// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QAbstractListModel>

namespace Flowdesk::ItemModels {

/// A run's dataset inputs (MLflow's log-inputs), one row each, for the details Overview. The
/// JSON that MLflow keeps as text (source, schema, profile) is read here and offered pretty-
/// printed and summarized, so that views never parse JSON.
class DatasetInputsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetInputsModel)
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        DigestRole, ///< the whole digest
        ShortDigestRole, ///< at most ShortDigestLength characters
        ContextRole, ///< tag mlflow.data.context ("training", "eval", ...), may be empty
        SourceTypeRole,
        SourceRole, ///< the source's URI (or the like) when the source is JSON, else as stored
        SourceJsonRole, ///< the source, pretty-printed when it is JSON
        SchemaRole, ///< pretty-printed JSON, empty when none
        SchemaSummaryRole, ///< e.g. "4 columns: a (double), b (long), …"
        ProfileRole, ///< pretty-printed JSON, empty when none
        ProfileSummaryRole, ///< e.g. "20 rows, 80 elements"
        OtherTagsRole, ///< QStringList "key: value" of the input's tags besides the context
    };

    static constexpr int ShortDigestLength = 8;

    explicit DatasetInputsModel(QObject *parent = nullptr);

    void setInputs(const QList<Store::DatasetInput> &inputs);

    const QList<Store::DatasetInput> &inputs() const { return m_inputs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Indented JSON when text is a JSON object or array, else text as it is.
    static QString prettyJson(const QString &text);

private:
    struct Row
    {
        QString source;
        QString sourceJson;
        QString schema;
        QString schemaSummary;
        QString profile;
        QString profileSummary;
    };

    QList<Store::DatasetInput> m_inputs;
    QList<Row> m_rows;
};

} // namespace Flowdesk::ItemModels
