// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/mlflowsyntax.h"

#include "models/query/queryerror.h"

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Query::MlflowSyntax {

QStringList filterAttributes(SearchDialect dialect)
{
    switch (dialect) {
    case SearchDialect::Runs:
        return {u"Run name"_s,
                u"status"_s,
                u"end_time"_s,
                u"run_name"_s,
                u"run name"_s,
                u"artifact_uri"_s,
                u"created"_s,
                u"run_id"_s,
                u"start_time"_s,
                u"Created"_s,
                u"user_id"_s,
                u"Run Name"_s};
    case SearchDialect::Experiments:
        return {u"creation_time"_s, u"last_update_time"_s, u"name"_s};
    case SearchDialect::RegisteredModels:
        return {u"name"_s};
    case SearchDialect::ModelVersions:
        return {u"run_id"_s, u"source_path"_s, u"version_number"_s, u"name"_s};
    }
    return {};
}

QStringList orderByAttributes(SearchDialect dialect)
{
    switch (dialect) {
    case SearchDialect::Runs:
        return {u"status"_s,
                u"end_time"_s,
                u"run_name"_s,
                u"artifact_uri"_s,
                u"created"_s,
                u"run_id"_s,
                u"start_time"_s,
                u"Created"_s,
                u"user_id"_s};
    case SearchDialect::Experiments:
        return {u"creation_time"_s, u"last_update_time"_s, u"name"_s, u"experiment_id"_s};
    case SearchDialect::RegisteredModels:
        return {u"timestamp"_s, u"name"_s};
    case SearchDialect::ModelVersions:
        return {
            u"name"_s, u"version_number"_s, u"creation_timestamp"_s, u"last_updated_timestamp"_s};
    }
    return {};
}

QString pythonSet(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(u'\'' + item + u'\'');
    return u'{' + quoted.join(u", "_s) + u'}';
}

QString pythonList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items) {
        // Python picks double quotes for a string holding a single quote and no double quote.
        if (item.contains(u'\'') && !item.contains(u'"'))
            quoted.append(u'"' + item + u'"');
        else
            quoted.append(u'\''
                          + QString(item).replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s)
                          + u'\'');
    }
    return u'[' + quoted.join(u", "_s) + u']';
}

namespace {

bool isQuoted(const QString &text, QChar quote)
{
    return text.size() >= 2 && text.startsWith(quote) && text.endsWith(quote);
}

const QStringList &runEntityTypes()
{
    static const QStringList types = {
        u"metric"_s, u"parameter"_s, u"tag"_s, u"attribute"_s, u"dataset"_s};
    return types;
}

std::optional<EntityType> runEntityType(const QString &name)
{
    if (name == u"metric"_s || name == u"metrics"_s)
        return EntityType::Metric;
    if (name == u"parameter"_s || name == u"parameters"_s || name == u"param"_s
        || name == u"params"_s)
        return EntityType::Param;
    if (name == u"tag"_s || name == u"tags"_s)
        return EntityType::Tag;
    if (name == u"attribute"_s || name == u"attr"_s || name == u"attributes"_s || name == u"run"_s)
        return EntityType::Attribute;
    if (name == u"dataset"_s || name == u"datasets"_s)
        return EntityType::Dataset;
    return std::nullopt;
}

} // namespace

QString stripQuotes(const QString &text)
{
    if (isQuoted(text, u'\'') || isQuoted(text, u'"'))
        return text.mid(1, text.size() - 2);
    return text;
}

QString trimBackticks(const QString &text)
{
    return isQuoted(text, u'`') ? text.mid(1, text.size() - 2) : text;
}

FieldRef identifier(const QString &text,
                    SearchDialect dialect,
                    const QStringList &validAttributes,
                    int position,
                    int length)
{
    FieldRef field;
    field.position = position;
    field.length = length;
    const qsizetype dot = text.indexOf(u'.');
    const QString entity = dot < 0 ? QString() : text.left(dot);
    QString key = dot < 0 ? text : text.mid(dot + 1);

    if (dialect == SearchDialect::Runs) {
        if (dot >= 0) {
            const QString trimmed = trimBackticks(entity);
            const auto type = runEntityType(trimmed);
            if (!type) {
                throw QueryError(u"Invalid entity type '%1'. Valid values are %2"_s.arg(
                                     trimmed, pythonList(runEntityTypes())),
                                 position,
                                 length);
            }
            field.type = *type;
        }
        key = trimBackticks(stripQuotes(key));
        if (field.type == EntityType::Attribute && !validAttributes.contains(key)) {
            throw QueryError(u"Invalid attribute key '%1' specified. Valid keys are '%2'"_s.arg(
                                 key, pythonSet(validAttributes)),
                             position,
                             length);
        }
        if (field.type == EntityType::Dataset
            && !(key == u"name"_s || key == u"digest"_s || key == u"context"_s)) {
            throw QueryError(u"Invalid dataset key '%1' specified. Valid keys are '%2'"_s.arg(
                                 key, pythonSet({u"name"_s, u"digest"_s, u"context"_s})),
                             position,
                             length);
        }
        field.key = key;
        return field;
    }

    // Experiments and the registry know only attributes and tags.
    if (dot >= 0) {
        if (entity != u"attribute"_s && entity != u"tag"_s && entity != u"tags"_s) {
            throw QueryError(u"Invalid entity type '%1'. Valid entity types are ('attribute', "
                             "'tag', 'tags')"_s.arg(entity),
                             position,
                             length);
        }
        field.type = entity == u"attribute"_s ? EntityType::Attribute : EntityType::Tag;
    }
    const bool registry =
        dialect == SearchDialect::RegisteredModels || dialect == SearchDialect::ModelVersions;
    // The registry checks the key before removing quotes; experiments after.
    if (!registry)
        key = trimBackticks(stripQuotes(key));
    if (field.type == EntityType::Attribute && !validAttributes.contains(key)) {
        throw QueryError(u"Invalid attribute key '%1' specified. Valid keys are '%2'"_s.arg(
                             key, pythonSet(validAttributes)),
                         position,
                         length);
    }
    if (registry)
        key = trimBackticks(stripQuotes(key));
    field.key = key;
    return field;
}

QString translateAttribute(const QString &key)
{
    if (key == u"created"_s || key == u"Created"_s)
        return u"start_time"_s;
    if (key == u"run name"_s || key == u"Run name"_s || key == u"Run Name"_s)
        return u"run_name"_s;
    return key;
}

bool pythonIsLower(const QString &text)
{
    bool cased = false;
    for (const QChar c : text) {
        if (c.isUpper() || c.isTitleCase())
            return false;
        if (c.isLower())
            cased = true;
    }
    return cased;
}

std::optional<QStringList> shellSplit(const QString &text)
{
    QStringList words;
    QString current;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote.isNull()) {
            if (c.isSpace()) {
                if (inWord)
                    words.append(current);
                current.clear();
                inWord = false;
            } else if (c == u'\\') {
                if (i + 1 >= text.size())
                    return std::nullopt;
                current += text.at(++i);
                inWord = true;
            } else if (c == u'\'' || c == u'"') {
                quote = c;
                inWord = true;
            } else {
                current += c;
                inWord = true;
            }
        } else if (c == quote) {
            quote = QChar();
        } else if (quote == u'"' && c == u'\\' && i + 1 < text.size()
                   && QStringView(u"\\\"$`\n").contains(text.at(i + 1))) {
            current += text.at(++i);
        } else {
            current += c;
        }
    }
    if (!quote.isNull())
        return std::nullopt;
    if (inWord)
        words.append(current);
    return words;
}

} // namespace Flowdesk::Query::MlflowSyntax
