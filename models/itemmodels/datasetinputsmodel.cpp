// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/datasetinputsmodel.h"

#include "models/itemmodels/displayformat.h"
#include "models/itemmodels/itemmodelstr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

namespace {

const QString contextTag = u"mlflow.data.context"_s;

QJsonDocument parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

// MLflow's sources are JSON objects whose main field depends on the source type: "uri" for
// local, http and most others, "path" or "table_name" for some, "url" for Hugging Face.
QString sourceText(const QString &source)
{
    const QJsonObject object = parse(source).object();
    for (const QString &field :
         {u"uri"_s, u"url"_s, u"path"_s, u"table_name"_s, u"hf_dataset_name"_s}) {
        const QJsonValue value = object.value(field);
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return source;
}

QString schemaSummary(const QString &schema)
{
    const QJsonObject object = parse(schema).object();
    // MLflow writes {"mlflow_colspec": [...]} for column schemas, {"mlflow_tensorspec": ...}
    // for tensors.
    const QJsonArray columns = object.value(u"mlflow_colspec"_s).toArray();
    if (columns.isEmpty())
        return {};
    QStringList parts;
    for (const QJsonValue &value : columns) {
        const QJsonObject column = value.toObject();
        const QString name = column.value(u"name"_s).toString();
        const QString type = column.value(u"type"_s).toString();
        //: One column of a dataset schema: %1 its name, %2 its type, e.g. "age (long)"
        parts.append(name.isEmpty() ? type : Tr::tr("%1 (%2)").arg(name, type));
    }
    //: Summary of a dataset schema: %n the number of columns, %1 the columns
    return Tr::tr("%n column(s): %1", nullptr, int(columns.size())).arg(parts.join(u", "_s));
}

QString profileSummary(const QString &profile)
{
    const QJsonObject object = parse(profile).object();
    QStringList parts;
    if (object.value(u"num_rows"_s).isDouble()) {
        const qint64 rows = object.value(u"num_rows"_s).toInteger();
        //: Dataset profile: %1 the number of rows
        parts.append(Tr::tr("%1 rows").arg(DisplayFormat::count(rows)));
    }
    if (object.value(u"num_elements"_s).isDouble()) {
        const qint64 elements = object.value(u"num_elements"_s).toInteger();
        //: Dataset profile: %1 the number of values (rows times columns)
        parts.append(Tr::tr("%1 elements").arg(DisplayFormat::count(elements)));
    }
    return parts.join(u", "_s);
}

} // namespace

DatasetInputsModel::DatasetInputsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QString DatasetInputsModel::prettyJson(const QString &text)
{
    const QJsonDocument document = parse(text);
    if (document.isNull())
        return text;
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

void DatasetInputsModel::setInputs(const QList<Store::DatasetInput> &inputs)
{
    beginResetModel();
    m_inputs = inputs;
    m_rows.clear();
    for (const Store::DatasetInput &input : inputs) {
        const Store::Dataset &dataset = input.dataset;
        m_rows.append({sourceText(dataset.source),
                       prettyJson(dataset.source),
                       prettyJson(dataset.schema),
                       schemaSummary(dataset.schema),
                       prettyJson(dataset.profile),
                       profileSummary(dataset.profile)});
    }
    endResetModel();
}

int DatasetInputsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_inputs.size());
}

QVariant DatasetInputsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::DatasetInput &input = m_inputs.at(index.row());
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return input.dataset.name;
    case Qt::ToolTipRole:
        return input.dataset.digest.isEmpty()
            ? input.dataset.name
            //: Tooltip of a dataset input: %1 its name, %2 its digest
            : tr("%1 (digest %2)").arg(input.dataset.name, input.dataset.digest);
    case DigestRole:
        return input.dataset.digest;
    case ShortDigestRole:
        return input.dataset.digest.left(ShortDigestLength);
    case ContextRole:
        for (const Store::Tag &tag : input.tags) {
            if (tag.key == contextTag)
                return tag.value;
        }
        return QString();
    case SourceTypeRole:
        return input.dataset.sourceType;
    case SourceRole:
        return row.source;
    case SourceJsonRole:
        return row.sourceJson;
    case SchemaRole:
        return row.schema;
    case SchemaSummaryRole:
        return row.schemaSummary;
    case ProfileRole:
        return row.profile;
    case ProfileSummaryRole:
        return row.profileSummary;
    case OtherTagsRole: {
        QStringList tags;
        for (const Store::Tag &tag : input.tags) {
            if (tag.key != contextTag)
                tags.append(tag.key + u": "_s + tag.value);
        }
        return tags;
    }
    }
    return {};
}

QHash<int, QByteArray> DatasetInputsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{NameRole, "name"},
                  {DigestRole, "digest"},
                  {ContextRole, "context"},
                  {SourceTypeRole, "sourceType"},
                  {SourceRole, "source"},
                  {SchemaRole, "schema"},
                  {ProfileRole, "profile"}});
    return names;
}

} // namespace Flowdesk::ItemModels
