// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/validation.h"

#include "models/store/storeerror.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store::Validation {

namespace {

[[noreturn]] void invalid(const QString &message)
{
    throw StoreError(ErrorCode::InvalidParameterValue, message);
}

const QString badCharactersMessage =
    u"Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), "
    "and slashes (/)."_s;

// posixpath.normpath, which MLflow uses to reject names that would alias other names as paths.
QString normalizedPosixPath(const QString &path)
{
    if (path.isEmpty())
        return u"."_s;
    const bool absolute = path.startsWith(u'/');
    // POSIX keeps exactly two leading slashes, collapses three or more to one.
    const int leadingSlashes =
        absolute ? (path.startsWith(u"//"_s) && !path.startsWith(u"///"_s) ? 2 : 1) : 0;
    QStringList parts;
    for (const QString &part : path.split(u'/')) {
        if (part.isEmpty() || part == u"."_s)
            continue;
        if (part != u".."_s || (!absolute && parts.isEmpty())
            || (!parts.isEmpty() && parts.last() == u".."_s)) {
            parts.append(part);
        } else if (!parts.isEmpty()) {
            parts.removeLast();
        }
    }
    QString result = QString(leadingSlashes, u'/') + parts.join(u'/');
    return result.isEmpty() ? u"."_s : result;
}

// MLflow quotes names plainly ('%s'), not with repr(): a name with a quote is shown as it is.
QString quoted(const QString &value)
{
    return u'\'' + value + u'\'';
}

void validateEntityName(const QString &entity, const QString &name)
{
    static const QRegularExpression validName(u"^[/\\w.\\- ]*$"_s,
                                              QRegularExpression::UseUnicodePropertiesOption);
    if (!validName.match(name).hasMatch())
        invalid(u"Invalid %1 name: %2. %3"_s.arg(entity, quoted(name), badCharactersMessage));
    const QString normalized = normalizedPosixPath(name);
    if (normalized != name || normalized == u"."_s || normalized.startsWith(u".."_s)
        || normalized.startsWith(u'/')) {
        invalid(
            u"Invalid %1 name: %2. Names may be treated as files in certain cases, and must not "
            "resolve to other names when treated as such. This name would resolve to %3"_s.arg(
                entity, quoted(name), quoted(normalized)));
    }
}

} // namespace

QString pythonRepr(const QString &value)
{
    const QChar quote = value.contains(u'\'') && !value.contains(u'"') ? u'"' : u'\'';
    QString out;
    out.reserve(value.size() + 2);
    out += quote;
    for (const QChar c : value) {
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == quote)
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else
            out += c;
    }
    out += quote;
    return out;
}

void validateLength(const QString &entityName, int limit, const QString &value)
{
    if (value.size() > limit) {
        invalid(u"%1 '%2' had length %3, which exceeded length limit of %4"_s.arg(
            entityName, value.left(250), QString::number(value.size()), QString::number(limit)));
    }
}

void validateMetricName(const QString &name)
{
    validateEntityName(u"metric"_s, name);
    validateLength(u"Metric name"_s, MaxEntityKeyLength, name);
}

void validateParamName(const QString &name)
{
    validateEntityName(u"parameter"_s, name);
    validateLength(u"Param key"_s, MaxEntityKeyLength, name);
}

void validateTagName(const QString &name)
{
    validateEntityName(u"tag"_s, name);
    validateLength(u"Tag key"_s, MaxEntityKeyLength, name);
}

void validateParam(const Param &param)
{
    validateParamName(param.key);
    validateLength(u"Param value"_s, MaxParamValueLength, param.value);
}

void validateTag(const Tag &tag)
{
    validateTagName(tag.key);
    validateLength(u"Tag value"_s, MaxTagValueLength, tag.value);
}

void validateMetric(const Metric &metric)
{
    validateMetricName(metric.key);
}

void validateExperimentName(const QString &name)
{
    if (name.isEmpty())
        invalid(u"Invalid experiment name: ''"_s);
    if (name.size() > MaxExperimentNameLength) {
        invalid(u"Experiment name exceeds the maximum length of %1 characters"_s.arg(
            MaxExperimentNameLength));
    }
}

void validateExperimentTag(const Tag &tag)
{
    validateTagName(tag.key);
    validateLength(u"Tag value"_s, MaxTagValueLength, tag.value);
}

void validateRunId(const QString &runId)
{
    static const QRegularExpression validRunId(u"^[a-zA-Z0-9][\\w\\-]{0,255}$"_s);
    if (!validRunId.match(runId).hasMatch())
        invalid(u"Invalid run ID: %1"_s.arg(quoted(runId)));
}

void validateBatchLimits(qsizetype metrics, qsizetype params, qsizetype tags)
{
    const auto check = [](const QString &entity, qsizetype limit, qsizetype count) {
        if (count > limit) {
            invalid(
                u"A batch logging request can contain at most %1 %2. Got %3 %2. Please split up "
                "%2 across multiple requests and try again."_s.arg(
                    QString::number(limit), entity, QString::number(count)));
        }
    };
    check(u"metrics"_s, MaxMetricsPerBatch, metrics);
    check(u"params"_s, MaxParamsTagsPerBatch, params);
    check(u"tags"_s, MaxParamsTagsPerBatch, tags);
    check(u"metrics, params, and tags"_s, MaxEntitiesPerBatch, metrics + params + tags);
}

void validateNoDuplicateParamKeys(const QList<Param> &params)
{
    // Every repetition is listed, as MLflow's message does: ['dup', 'dup'] for three of a kind.
    QSet<QString> seen;
    QStringList duplicates;
    for (const Param &param : params) {
        if (seen.contains(param.key))
            duplicates.append(param.key);
        seen.insert(param.key);
    }
    if (duplicates.isEmpty())
        return;
    QStringList quoted;
    for (const QString &key : std::as_const(duplicates))
        quoted.append(pythonRepr(key));
    invalid(
        u"Duplicate parameter keys have been submitted: [%1]. Please ensure the request contains "
        "only one param value per param key."_s.arg(quoted.join(u", "_s)));
}

void validateDatasetInput(const DatasetInput &input)
{
    const Dataset &d = input.dataset;
    if (d.name.isEmpty())
        invalid(u"Dataset name must not be empty."_s);
    if (d.digest.isEmpty())
        invalid(u"Dataset digest must not be empty."_s);
    if (d.sourceType.isEmpty())
        invalid(u"Dataset source_type must not be empty."_s);
    if (d.source.isEmpty())
        invalid(u"Dataset source must not be empty."_s);
    const auto limit = [](const QString &what, qsizetype limit, const QString &value) {
        if (value.size() > limit)
            invalid(u"%1 exceeds the maximum length of %2"_s.arg(what, QString::number(limit)));
    };
    limit(u"Dataset name"_s, MaxDatasetNameLength, d.name);
    limit(u"Dataset digest"_s, MaxDatasetDigestLength, d.digest);
    limit(u"Dataset source"_s, MaxDatasetSourceLength, d.source);
    limit(u"Dataset schema"_s, MaxDatasetSchemaLength, d.schema);
    limit(u"Dataset profile"_s, MaxDatasetProfileLength, d.profile);
    for (const Tag &tag : input.tags) {
        if (tag.key.isEmpty())
            invalid(u"Input tag key must not be empty."_s);
        limit(u"InputTag key"_s, MaxInputTagKeyLength, tag.key);
        limit(u"InputTag value"_s, MaxInputTagValueLength, tag.value);
    }
}

void validateModelName(const QString &name)
{
    if (name.isEmpty())
        invalid(u"Registered model name cannot be empty."_s);
}

void validateRegistryTag(const Tag &tag)
{
    validateRegisteredModelTag(tag);
}

void validateRegisteredModelTag(const Tag &tag)
{
    validateEntityName(u"tag"_s, tag.key);
    validateLength(u"Registered model key"_s, MaxRegistryTagKeyLength, tag.key);
    validateLength(u"Registered model value"_s, MaxRegistryTagValueLength, tag.value);
}

void validateModelVersionTag(const Tag &tag)
{
    validateEntityName(u"tag"_s, tag.key);
    validateLength(u"Model version key"_s, MaxRegistryTagKeyLength, tag.key);
    validateLength(u"Model version value"_s, MaxRegistryTagValueLength, tag.value);
}

void validateTagNameOnly(const QString &name)
{
    validateEntityName(u"tag"_s, name);
}

void validateAliasName(const QString &alias)
{
    static const QRegularExpression validAlias(u"^[\\w\\-]*$"_s);
    static const QRegularExpression versionAlias(u"^[vV]\\d+$"_s);
    if (alias.isEmpty())
        invalid(u"Registered model alias name cannot be empty."_s);
    if (!validAlias.match(alias).hasMatch())
        invalid(u"Invalid alias name: %1. Names may only contain alphanumerics, underscores (_), "
                "and dashes (-)."_s.arg(quoted(alias)));
    validateLength(u"Registered model alias name"_s, MaxAliasLength, alias);
    if (alias.compare(u"latest"_s, Qt::CaseInsensitive) == 0)
        invalid(u"'latest' alias name (case insensitive) is reserved."_s);
    if (versionAlias.match(alias).hasMatch())
        invalid(u"Version alias name %1 is reserved."_s.arg(quoted(alias)));
}

ModelVersionStage validateStage(const QString &name)
{
    if (const auto stage = stageFromName(name))
        return *stage;
    invalid(u"Invalid Model Version stage: %1. Value must be one of None, Staging, Production, "
            "Archived."_s.arg(name));
}

} // namespace Flowdesk::Store::Validation
