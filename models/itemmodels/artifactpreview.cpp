// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/artifactpreview.h"

#include "models/itemmodels/itemmodelstr.h"
#include "models/store/artifactrepository.h"
#include "models/store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <yaml-cpp/yaml.h>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

namespace {

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
}

// RFC 4180 fields: quotes around fields, doubled quotes inside.
QStringList splitDelimited(const QString &line, QChar separator)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

QList<QPair<QString, QString>> signatureColumns(const QString &json)
{
    QList<QPair<QString, QString>> columns;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject column = value.toObject();
        QString type = column.value(u"type"_s).toString();
        if (type == u"tensor"_s) {
            const QJsonObject spec = column.value(u"tensor-spec"_s).toObject();
            type = u"tensor %1 %2"_s.arg(
                spec.value(u"dtype"_s).toString(),
                QString::fromUtf8(QJsonDocument(spec.value(u"shape"_s).toArray())
                                      .toJson(QJsonDocument::Compact)));
        }
        columns.append({column.value(u"name"_s).toString(), type});
    }
    return columns;
}

ArtifactPreview loadModel(const QString &path, const QByteArray &data)
{
    ArtifactPreview preview;
    try {
        const YAML::Node root = YAML::Load(data.toStdString());
        preview.kind = ArtifactPreview::Kind::Model;
        preview.mlflowVersion = scalar(root["mlflow_version"]);
        const YAML::Node flavors = root["flavors"];
        if (flavors && flavors.IsMap()) {
            for (auto it = flavors.begin(); it != flavors.end(); ++it) {
                const QString name = QString::fromStdString(it->first.as<std::string>());
                QString detail = scalar(it->second["loader_module"]);
                for (const char *version : {"sklearn_version",
                                            "xgboost_version",
                                            "pytorch_version",
                                            "lgb_version",
                                            "tensorflow_version",
                                            "python_version"}) {
                    if (detail.isEmpty())
                        detail = scalar(it->second[version]);
                }
                preview.flavors.append(detail.isEmpty() ? name : u"%1 (%2)"_s.arg(name, detail));
            }
        }
        const YAML::Node signature = root["signature"];
        if (signature && signature.IsMap()) {
            preview.inputs = signatureColumns(scalar(signature["inputs"]));
            preview.outputs = signatureColumns(scalar(signature["outputs"]));
        }
    } catch (const YAML::Exception &error) {
        preview.kind = ArtifactPreview::Kind::Error;
        //: %1 is the YAML parser's message
        preview.text = Tr::tr("This MLmodel file is not valid YAML: %1")
                           .arg(QString::fromStdString(error.what()));
        return preview;
    }
    const QDir directory = QFileInfo(path).dir();
    for (const QString &file : {u"requirements.txt"_s, u"conda.yaml"_s, u"python_env.yaml"_s}) {
        if (directory.exists(file))
            preview.environmentFiles.append(file);
    }
    return preview;
}

} // namespace

ArtifactPreview ArtifactPreview::load(const QString &path)
{
    ArtifactPreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.text = file.errorString();
        return preview;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QStringList images = {
        u"png"_s, u"jpg"_s, u"jpeg"_s, u"gif"_s, u"bmp"_s, u"webp"_s};
    if (file.size() > MaxBytes && !images.contains(suffix)) {
        preview.kind = Kind::TooLarge;
        return preview;
    }
    // Images are decoded whole; the cap keeps a stray huge file from exhausting memory.
    const QByteArray data = file.read(images.contains(suffix) ? 8 * MaxBytes : MaxBytes);
    if (images.contains(suffix)) {
        preview.image = QImage::fromData(data);
        preview.kind = preview.image.isNull() ? Kind::Binary : Kind::Image;
        return preview;
    }
    if (QFileInfo(path).fileName() == u"MLmodel"_s)
        return loadModel(path, data);
    if (data.left(8192).contains('\0')) {
        preview.kind = Kind::Binary;
        return preview;
    }
    QString text = QString::fromUtf8(data);
    if (suffix == u"csv"_s || suffix == u"tsv"_s) {
        const QChar separator = suffix == u"tsv"_s ? u'\t' : u',';
        const QStringList lines = text.split(u'\n');
        for (QString line : lines) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.isEmpty())
                continue;
            preview.rows.append(splitDelimited(line, separator));
            if (preview.rows.size() > MaxTableRows)
                break;
        }
        preview.kind = Kind::Table;
        return preview;
    }
    if (suffix == u"json"_s) {
        const QJsonDocument json = QJsonDocument::fromJson(data);
        if (!json.isNull())
            text = QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    }
    preview.kind = Kind::Text;
    preview.text = text;
    return preview;
}

QString ArtifactPreview::runDirectory(const QString &storeDirectory, const QString &artifactUri)
{
    if (artifactUri.startsWith(u"mlflow-artifacts:"_s)) {
        QString relative = artifactUri.mid(int(qstrlen("mlflow-artifacts:")));
        while (relative.startsWith(u'/'))
            relative.remove(0, 1);
        try {
            return Store::ArtifactRepository(QDir(storeDirectory).filePath(u"artifacts"_s))
                .resolveUnderRoot(relative);
        } catch (const Store::StoreError &) {
            return {}; // a path leading out of the store is not shown
        }
    }
    const QUrl url(artifactUri);
    if (url.isLocalFile())
        return url.toLocalFile();
    if (QDir::isAbsolutePath(artifactUri))
        return artifactUri;
    return {};
}

} // namespace Flowdesk::ItemModels
