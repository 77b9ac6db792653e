// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/importers/mlflowdbimporter.h"

#include "models/importers/importertr.h"
#include "models/importers/mlrunsformat.h"
#include "models/importers/recordwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <atomic>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

namespace Flowdesk::Importers {

namespace {

struct SourceError
{
    QString reason;
};

/// The source database, open read-only on a connection of its own for the import's life.
class SourceDatabase final
{
public:
    explicit SourceDatabase(const QString &path)
    {
        static std::atomic<quint64> counter{0};
        m_name = u"flowdesk-import-%1"_s.arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open() || !probe(db)) {
            // A WAL database in a read-only folder cannot be opened read-only the normal way
            // (SQLite wants to create the -shm file); immutable=1 reads it without locking.
            db.close();
            const QString uri =
                QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                + u"?immutable=1"_s;
            db.setDatabaseName(uri);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
            if (!db.open() || !probe(db))
                throw SourceError{
                    Tr::tr("cannot open the database: %1").arg(db.lastError().text())};
        }
    }

    ~SourceDatabase()
    {
        m_queries.clear();
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    SourceDatabase(const SourceDatabase &) = delete;
    SourceDatabase &operator=(const SourceDatabase &) = delete;

    bool hasTable(const QString &table) { return m_tables.contains(table); }

    QSet<QString> columns(const QString &table)
    {
        QSqlQuery q = query(u"SELECT name FROM pragma_table_info(?)"_s);
        q.bindValue(0, table);
        exec(q);
        QSet<QString> names;
        while (q.next())
            names.insert(q.value(0).toString());
        return names;
    }

    QSqlQuery query(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            throw SourceError{Tr::tr("cannot read the database: %1").arg(q.lastError().text())};
        return q;
    }

    /// Prepared once, kept for the life of the connection.
    QSqlQuery &cached(const QString &sql)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end())
            it = m_queries.insert(sql, std::make_shared<QSqlQuery>(query(sql)));
        return *it.value();
    }

    static void exec(QSqlQuery &q)
    {
        if (!q.exec())
            throw SourceError{Tr::tr("cannot read the database: %1").arg(q.lastError().text())};
    }

private:
    bool probe(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
            return false;
        m_tables.clear();
        while (q.next())
            m_tables.insert(q.value(0).toString());
        return true;
    }

    QString m_name;
    QSet<QString> m_tables;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

/// A column of `table` if this schema version has it, else NULL: column names come from this
/// fixed list, never from the source.
QString columnOrNull(const QSet<QString> &columns, const QString &column)
{
    return columns.contains(column) ? column : u"NULL"_s;
}

std::optional<qint64> optionalTime(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

LifecycleStage stageFrom(const QString &text)
{
    return text == u"deleted"_s ? LifecycleStage::Deleted : LifecycleStage::Active;
}

/// MLflow's SQL store clamps ±inf to ±DBL_MAX (it cannot store them); what was logged was ±inf.
double metricValue(const QVariant &value, const QVariant &isNan)
{
    if (isNan.toBool())
        return std::numeric_limits<double>::quiet_NaN();
    const double v = value.toDouble();
    if (std::abs(v) >= std::numeric_limits<double>::max())
        return v > 0 ? std::numeric_limits<double>::infinity()
                     : -std::numeric_limits<double>::infinity();
    return v;
}

/// Where a run's artifacts are on this machine: the recorded path itself, or the same tail of
/// it under the database's folder (the placeholder prefix of a moved project is not trusted).
QString findLocalArtifacts(const QString &recorded, const QString &databaseFolder)
{
    QString path = MlrunsFormat::localPathOf(recorded);
    if (recorded.startsWith(u"mlflow-artifacts:"_s)) {
        QString rest = recorded.mid(17);
        while (rest.startsWith(u'/'))
            rest.remove(0, 1);
        path = u"/mlartifacts/"_s + rest;
        const QString candidate = databaseFolder + path;
        return QFileInfo(candidate).isDir() ? candidate : QString();
    }
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).isDir())
        return path;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString candidate = databaseFolder + u'/' + parts.mid(i).join(u'/');
        if (QFileInfo(candidate).isDir())
            return candidate;
    }
    return {};
}

} // namespace

MlflowDbImporter::MlflowDbImporter(Store::Database &database, QString artifactRoot)
    : m_database(database)
    , m_artifactRoot(std::move(artifactRoot))
{}

ImportReport MlflowDbImporter::run(const QString &path, const ImportOptions &options)
{
    ImportReport report;
    const QString filePath = QFileInfo(path).absoluteFilePath();
    report.source = filePath;
    if (!QFileInfo(filePath).isFile()) {
        report.addIssue(filePath, Tr::tr("the file does not exist"));
        return report;
    }
    const QString databaseFolder = QFileInfo(filePath).absolutePath();
    try {
        SourceDatabase source(filePath);
        if (!source.hasTable(u"experiments"_s) || !source.hasTable(u"runs"_s)) {
            report.addIssue(filePath,
                            Tr::tr("not an MLflow database (no experiments and runs "
                                   "tables)"));
            return report;
        }

        // Experiments
        const QSet<QString> expColumns = source.columns(u"experiments"_s);
        QSqlQuery experiments = source.query(
            u"SELECT experiment_id, name, lifecycle_stage, %1, %2 FROM experiments "
            "ORDER BY experiment_id"_s.arg(columnOrNull(expColumns, u"creation_time"_s),
                                           columnOrNull(expColumns, u"last_update_time"_s)));
        SourceDatabase::exec(experiments);
        QList<SourceExperiment> sourceExperiments;
        while (experiments.next()) {
            SourceExperiment e;
            e.sourceId = experiments.value(0).toString();
            e.path = u"%1 [experiments %2]"_s.arg(filePath, e.sourceId);
            e.name = experiments.value(1).toString();
            e.lifecycleStage = stageFrom(experiments.value(2).toString());
            e.creationTime = optionalTime(experiments.value(3));
            e.lastUpdateTime = optionalTime(experiments.value(4));
            sourceExperiments.append(e);
        }
        experiments.finish();
        if (source.hasTable(u"experiment_tags"_s)) {
            for (SourceExperiment &e : sourceExperiments) {
                QSqlQuery &tags = source.cached(
                    u"SELECT key, value FROM experiment_tags WHERE experiment_id = ? ORDER BY key"_s);
                tags.bindValue(0, e.sourceId.toLongLong());
                SourceDatabase::exec(tags);
                while (tags.next())
                    e.tags.append({tags.value(0).toString(), tags.value(1).toString()});
                tags.finish();
            }
        }
        if (!options.experiments.isEmpty()) {
            QList<SourceExperiment> selected;
            for (const QString &name : options.experiments) {
                const auto it = std::find_if(sourceExperiments.cbegin(),
                                             sourceExperiments.cend(),
                                             [&name](const SourceExperiment &e) {
                                                 return e.name == name;
                                             });
                if (it == sourceExperiments.cend())
                    report.addIssue(filePath, Tr::tr("no experiment named '%1'").arg(name));
                else
                    selected.append(*it);
            }
            sourceExperiments = selected;
        }

        // Runs: ids per experiment first, for the progress total.
        const QSet<QString> runColumns = source.columns(u"runs"_s);
        QHash<QString, QStringList> runIds;
        qint64 total = 0;
        for (const SourceExperiment &e : std::as_const(sourceExperiments)) {
            QSqlQuery &ids = source.cached(
                u"SELECT run_uuid FROM runs WHERE experiment_id = ? ORDER BY start_time, run_uuid"_s);
            ids.bindValue(0, e.sourceId.toLongLong());
            SourceDatabase::exec(ids);
            while (ids.next())
                runIds[e.sourceId].append(ids.value(0).toString());
            ids.finish();
            total += runIds.value(e.sourceId).size();
        }
        const bool hasRegistry =
            source.hasTable(u"registered_models"_s) && source.hasTable(u"model_versions"_s);
        QStringList modelNames;
        if (hasRegistry) {
            QSqlQuery names = source.query(u"SELECT name FROM registered_models ORDER BY name"_s);
            SourceDatabase::exec(names);
            while (names.next())
                modelNames.append(names.value(0).toString());
            total += modelNames.size();
        }

        ImportProgress progress{0, total, {}};
        const auto proceed = [&](const QString &item) {
            progress.item = item;
            if (options.progress && !options.progress(progress)) {
                report.cancelled = true;
                return false;
            }
            return true;
        };

        const QString runSql =
            u"SELECT run_uuid, %1, user_id, status, start_time, end_time, lifecycle_stage, "
            "artifact_uri, %2 FROM runs WHERE run_uuid = ?"_s.arg(
                columnOrNull(runColumns, u"name"_s), columnOrNull(runColumns, u"deleted_time"_s));
        const QSet<QString> metricColumns = source.columns(u"metrics"_s);
        const QString metricSql =
            u"SELECT key, value, timestamp, %1, %2 FROM metrics "
            "WHERE run_uuid = ?"_s.arg(columnOrNull(metricColumns, u"step"_s),
                                       columnOrNull(metricColumns, u"is_nan"_s));
        const bool hasInputs = source.hasTable(u"inputs"_s) && source.hasTable(u"datasets"_s);
        const bool hasInputTags = source.hasTable(u"input_tags"_s);

        RecordWriter writer(m_database, m_artifactRoot, options.artifacts, report);
        QSet<QString> importedRuns;
        for (const SourceExperiment &e : std::as_const(sourceExperiments)) {
            if (!proceed(e.name))
                return report;
            const std::optional<qint64> experimentId = writer.writeExperiment(e);
            for (const QString &runId : runIds.value(e.sourceId)) {
                if (!proceed(e.name + u'/' + runId))
                    return report;
                ++progress.done;
                if (!experimentId) {
                    ++report.runs.skipped;
                    continue;
                }
                SourceRun run;
                run.runId = runId;
                run.path = u"%1 [runs %2]"_s.arg(filePath, runId);
                try {
                    QSqlQuery &r = source.cached(runSql);
                    r.bindValue(0, runId);
                    SourceDatabase::exec(r);
                    r.next();
                    run.runName = r.value(1).toString();
                    run.userId = r.value(2).toString();
                    const QString status = r.value(3).toString();
                    const std::optional<RunStatus> parsed = runStatusFromName(status);
                    if (!parsed)
                        throw SourceError{Tr::tr("unknown run status '%1'").arg(status)};
                    run.status = *parsed;
                    run.startTime = optionalTime(r.value(4));
                    run.endTime = optionalTime(r.value(5));
                    run.lifecycleStage = stageFrom(r.value(6).toString());
                    run.recordedArtifactUri = r.value(7).toString();
                    run.deletedTime = optionalTime(r.value(8));
                    r.finish();
                    run.localArtifactDir =
                        findLocalArtifacts(run.recordedArtifactUri, databaseFolder);
                    run.fallbackArtifactUri = run.recordedArtifactUri;

                    QSqlQuery &params = source.cached(
                        u"SELECT key, value FROM params WHERE run_uuid = ? ORDER BY key"_s);
                    params.bindValue(0, runId);
                    SourceDatabase::exec(params);
                    while (params.next())
                        run.params.append({params.value(0).toString(), params.value(1).toString()});
                    params.finish();

                    QSqlQuery &tags = source.cached(
                        u"SELECT key, value FROM tags WHERE run_uuid = ? ORDER BY key"_s);
                    tags.bindValue(0, runId);
                    SourceDatabase::exec(tags);
                    while (tags.next())
                        run.tags.append({tags.value(0).toString(), tags.value(1).toString()});
                    tags.finish();

                    QSqlQuery &metrics = source.cached(metricSql);
                    metrics.bindValue(0, runId);
                    SourceDatabase::exec(metrics);
                    while (metrics.next()) {
                        run.metrics.append({metrics.value(0).toString(),
                                            metricValue(metrics.value(1), metrics.value(4)),
                                            metrics.value(2).toLongLong(),
                                            metrics.value(3).toLongLong()});
                    }
                    metrics.finish();

                    if (hasInputs) {
                        QSqlQuery &inputs = source.cached(
                            u"SELECT i.input_uuid, d.name, d.digest, d.dataset_source_type, "
                            "d.dataset_source, d.dataset_schema, d.dataset_profile FROM inputs i "
                            "JOIN datasets d ON d.dataset_uuid = i.source_id "
                            "WHERE i.destination_type = 'RUN' AND i.destination_id = ? "
                            "AND i.source_type = 'DATASET' ORDER BY i.rowid"_s);
                        inputs.bindValue(0, runId);
                        SourceDatabase::exec(inputs);
                        QStringList inputIds;
                        while (inputs.next()) {
                            inputIds.append(inputs.value(0).toString());
                            DatasetInput input;
                            input.dataset = {inputs.value(1).toString(),
                                             inputs.value(2).toString(),
                                             inputs.value(3).toString(),
                                             inputs.value(4).toString(),
                                             inputs.value(5).toString(),
                                             inputs.value(6).toString()};
                            run.inputs.append(input);
                        }
                        inputs.finish();
                        for (qsizetype i = 0; hasInputTags && i < inputIds.size(); ++i) {
                            QSqlQuery &inputTags = source.cached(
                                u"SELECT name, value FROM input_tags WHERE input_uuid = ? "
                                "ORDER BY name"_s);
                            inputTags.bindValue(0, inputIds.at(i));
                            SourceDatabase::exec(inputTags);
                            while (inputTags.next())
                                run.inputs[i].tags.append(
                                    {inputTags.value(0).toString(), inputTags.value(1).toString()});
                            inputTags.finish();
                        }
                    }
                } catch (const SourceError &error) {
                    ++report.runs.skipped;
                    report.addIssue(run.path, error.reason);
                    continue;
                }
                writer.writeRun(run,
                                *experimentId,
                                e.lifecycleStage == LifecycleStage::Deleted,
                                e.lastUpdateTime);
                importedRuns.insert(runId);
            }
        }

        // Registry
        const QSet<QString> versionColumns =
            hasRegistry ? source.columns(u"model_versions"_s) : QSet<QString>();
        const std::optional<QSet<QString>> runFilter =
            options.experiments.isEmpty() ? std::nullopt : std::optional(importedRuns);
        for (const QString &name : std::as_const(modelNames)) {
            if (!proceed(name))
                return report;
            ++progress.done;
            SourceModel model;
            model.path = u"%1 [registered_models %2]"_s.arg(filePath, name);
            try {
                QSqlQuery &m =
                    source.cached(u"SELECT name, description, creation_time, last_updated_time "
                                  "FROM registered_models WHERE name = ?"_s);
                m.bindValue(0, name);
                SourceDatabase::exec(m);
                m.next();
                model.model.name = m.value(0).toString();
                model.model.description = m.value(1).toString();
                model.model.creationTime = m.value(2).toLongLong();
                model.model.lastUpdatedTime = m.value(3).toLongLong();
                m.finish();
                if (source.hasTable(u"registered_model_tags"_s)) {
                    QSqlQuery &tags = source.cached(u"SELECT key, value FROM registered_model_tags "
                                                    "WHERE name = ? ORDER BY key"_s);
                    tags.bindValue(0, name);
                    SourceDatabase::exec(tags);
                    while (tags.next())
                        model.model.tags.append(
                            {tags.value(0).toString(), tags.value(1).toString()});
                    tags.finish();
                }
                if (source.hasTable(u"registered_model_aliases"_s)) {
                    QSqlQuery &aliases = source.cached(
                        u"SELECT alias, version FROM registered_model_aliases WHERE name = ? "
                        "ORDER BY alias"_s);
                    aliases.bindValue(0, name);
                    SourceDatabase::exec(aliases);
                    while (aliases.next())
                        model.model.aliases.append(
                            {aliases.value(0).toString(), aliases.value(1).toString()});
                    aliases.finish();
                }
                QSqlQuery &versions = source.cached(
                    u"SELECT version, description, creation_time, last_updated_time, user_id, "
                    "current_stage, source, run_id, status, status_message, run_link, %1 "
                    "FROM model_versions WHERE name = ? ORDER BY version"_s.arg(
                        columnOrNull(versionColumns, u"storage_location"_s)));
                versions.bindValue(0, name);
                SourceDatabase::exec(versions);
                while (versions.next()) {
                    SourceModelVersion v;
                    ModelVersion &mv = v.version;
                    mv.name = name;
                    mv.version = versions.value(0).toLongLong();
                    v.path = u"%1 [model_versions %2 v%3]"_s.arg(filePath, name).arg(mv.version);
                    mv.description = versions.value(1).toString();
                    mv.creationTime = versions.value(2).toLongLong();
                    mv.lastUpdatedTime = versions.value(3).toLongLong();
                    mv.userId = versions.value(4).toString();
                    const QString stage = versions.value(5).toString();
                    v.deleted = stage.compare(u"Deleted_Internal"_s, Qt::CaseInsensitive) == 0;
                    mv.currentStage = stageFromName(stage.isEmpty() ? u"None"_s : stage)
                                          .value_or(ModelVersionStage::None);
                    mv.source = versions.value(6).toString();
                    mv.runId = versions.value(7).toString();
                    const QString status = versions.value(8).toString();
                    if (status == u"PENDING_REGISTRATION"_s)
                        mv.status = ModelVersionStatus::PendingRegistration;
                    else if (status == u"FAILED_REGISTRATION"_s)
                        mv.status = ModelVersionStatus::FailedRegistration;
                    mv.statusMessage = versions.value(9).toString();
                    mv.runLink = versions.value(10).toString();
                    mv.storageLocation =
                        versions.value(11).isNull() ? mv.source : versions.value(11).toString();
                    model.versions.append(v);
                }
                versions.finish();
                for (SourceModelVersion &v : model.versions) {
                    if (!source.hasTable(u"model_version_tags"_s))
                        break;
                    QSqlQuery &tags = source.cached(
                        u"SELECT key, value FROM model_version_tags WHERE name = ? AND version = ? "
                        "ORDER BY key"_s);
                    tags.bindValue(0, name);
                    tags.bindValue(1, v.version.version);
                    SourceDatabase::exec(tags);
                    while (tags.next())
                        v.version.tags.append({tags.value(0).toString(), tags.value(1).toString()});
                    tags.finish();
                }
            } catch (const SourceError &error) {
                ++report.models.skipped;
                report.addIssue(model.path, error.reason);
                continue;
            }
            writer.writeModel(model, runFilter);
        }
        progress.item.clear();
        if (options.progress)
            options.progress(progress);
    } catch (const SourceError &error) {
        report.addIssue(filePath, error.reason);
    }
    return report;
}

} // namespace Flowdesk::Importers
