// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/migrations.h"

#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

namespace {

// Version 1: the complete data model of DESIGN.md. Runs are addressed internally by an integer
// run_key so that the large per-run tables (params, tags, metric history) stay narrow and join
// fast; MLflow's 32-hex run_id stays the public identifier. Metric keys are interned for the
// same reason: one million history rows would otherwise repeat the key text a million times.
const QStringList schemaVersion1 = {
    uR"(CREATE TABLE experiments (
        experiment_id     INTEGER PRIMARY KEY,
        name              TEXT NOT NULL UNIQUE,
        artifact_location TEXT NOT NULL DEFAULT '',
        lifecycle_stage   TEXT NOT NULL DEFAULT 'active'
                          CHECK (lifecycle_stage IN ('active', 'deleted')),
        creation_time     INTEGER NOT NULL,
        last_update_time  INTEGER NOT NULL))"_s,
    uR"(CREATE TABLE experiment_tags (
        experiment_id INTEGER NOT NULL REFERENCES experiments (experiment_id) ON DELETE CASCADE,
        key           TEXT NOT NULL,
        value         TEXT NOT NULL,
        PRIMARY KEY (experiment_id, key)) WITHOUT ROWID)"_s,

    uR"(CREATE TABLE runs (
        run_key         INTEGER PRIMARY KEY,
        run_id          TEXT NOT NULL UNIQUE,
        experiment_id   INTEGER NOT NULL REFERENCES experiments (experiment_id),
        name            TEXT NOT NULL DEFAULT '',
        user_id         TEXT NOT NULL DEFAULT '',
        status          TEXT NOT NULL DEFAULT 'RUNNING'
                        CHECK (status IN ('RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED')),
        start_time      INTEGER,
        end_time        INTEGER,
        deleted_time    INTEGER,
        lifecycle_stage TEXT NOT NULL DEFAULT 'active'
                        CHECK (lifecycle_stage IN ('active', 'deleted')),
        artifact_uri    TEXT NOT NULL DEFAULT ''))"_s,
    // MLflow's default order (start_time DESC, run_id ASC) per experiment and stage.
    u"CREATE INDEX runs_by_experiment ON runs (experiment_id, lifecycle_stage, start_time DESC, run_id)"_s,

    uR"(CREATE TABLE params (
        run_key INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
        key     TEXT NOT NULL,
        value   TEXT NOT NULL,
        PRIMARY KEY (run_key, key)) WITHOUT ROWID)"_s,
    u"CREATE INDEX params_by_key ON params (key, value)"_s,

    uR"(CREATE TABLE run_tags (
        run_key INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
        key     TEXT NOT NULL,
        value   TEXT NOT NULL,
        PRIMARY KEY (run_key, key)) WITHOUT ROWID)"_s,
    u"CREATE INDEX run_tags_by_key ON run_tags (key, value)"_s,

    uR"(CREATE TABLE metric_keys (
        key_id INTEGER PRIMARY KEY,
        key    TEXT NOT NULL UNIQUE))"_s,
    // Full history. NaN cannot be stored as a REAL in SQLite (it becomes NULL), so it is kept
    // as value 0 with is_nan = 1; ±Inf are stored as they are. An identical point logged twice
    // is kept once, as MLflow's SQL store does.
    uR"(CREATE TABLE metrics (
        run_key   INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
        key_id    INTEGER NOT NULL REFERENCES metric_keys (key_id),
        step      INTEGER NOT NULL,
        timestamp INTEGER NOT NULL,
        value     REAL NOT NULL,
        is_nan    INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (run_key, key_id, step, timestamp, value, is_nan)) WITHOUT ROWID)"_s,
    // One row per (run, key), maintained on every write: the latest value by MLflow's rule
    // (greatest step, then timestamp, then value) plus the aggregates that search sorts on.
    // min/max/sum/value_count ignore NaN (sum is NULL once +Inf and -Inf met); first_* is the point with the smallest
    // (step, timestamp, value).
    uR"(CREATE TABLE latest_metrics (
        run_key         INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
        key_id          INTEGER NOT NULL REFERENCES metric_keys (key_id),
        value           REAL NOT NULL,
        is_nan          INTEGER NOT NULL DEFAULT 0,
        step            INTEGER NOT NULL,
        timestamp       INTEGER NOT NULL,
        min_value       REAL,
        max_value       REAL,
        sum_value       REAL,
        value_count     INTEGER NOT NULL DEFAULT 0,
        point_count     INTEGER NOT NULL DEFAULT 0,
        first_value     REAL NOT NULL,
        first_is_nan    INTEGER NOT NULL DEFAULT 0,
        first_step      INTEGER NOT NULL,
        first_timestamp INTEGER NOT NULL,
        PRIMARY KEY (run_key, key_id)) WITHOUT ROWID)"_s,
    u"CREATE INDEX latest_metrics_by_key ON latest_metrics (key_id, value)"_s,

    // Dataset inputs as in MLflow's log-inputs: datasets are shared per experiment.
    uR"(CREATE TABLE datasets (
        dataset_key   INTEGER PRIMARY KEY,
        experiment_id INTEGER NOT NULL REFERENCES experiments (experiment_id),
        name          TEXT NOT NULL,
        digest        TEXT NOT NULL,
        source_type   TEXT NOT NULL,
        source        TEXT NOT NULL,
        schema        TEXT,
        profile       TEXT,
        UNIQUE (experiment_id, name, digest)))"_s,
    uR"(CREATE TABLE run_inputs (
        input_key   INTEGER PRIMARY KEY,
        run_key     INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
        dataset_key INTEGER NOT NULL REFERENCES datasets (dataset_key),
        UNIQUE (run_key, dataset_key)))"_s,
    uR"(CREATE TABLE run_input_tags (
        input_key INTEGER NOT NULL REFERENCES run_inputs (input_key) ON DELETE CASCADE,
        key       TEXT NOT NULL,
        value     TEXT NOT NULL,
        PRIMARY KEY (input_key, key)) WITHOUT ROWID)"_s,

    uR"(CREATE TABLE registered_models (
        model_key              INTEGER PRIMARY KEY,
        name                   TEXT NOT NULL UNIQUE,
        description            TEXT NOT NULL DEFAULT '',
        creation_time          INTEGER NOT NULL,
        last_updated_time      INTEGER NOT NULL,
        last_version           INTEGER NOT NULL DEFAULT 0))"_s,
    uR"(CREATE TABLE registered_model_tags (
        model_key INTEGER NOT NULL REFERENCES registered_models (model_key) ON DELETE CASCADE,
        key       TEXT NOT NULL,
        value     TEXT NOT NULL,
        PRIMARY KEY (model_key, key)) WITHOUT ROWID)"_s,
    // Versions are numbered per model from last_version so that a deleted number is never
    // handed out again, as in MLflow.
    uR"(CREATE TABLE model_versions (
        model_key         INTEGER NOT NULL REFERENCES registered_models (model_key) ON DELETE CASCADE,
        version           INTEGER NOT NULL,
        description       TEXT NOT NULL DEFAULT '',
        creation_time     INTEGER NOT NULL,
        last_updated_time INTEGER NOT NULL,
        user_id           TEXT NOT NULL DEFAULT '',
        source            TEXT NOT NULL DEFAULT '',
        run_id            TEXT NOT NULL DEFAULT '',
        run_link          TEXT NOT NULL DEFAULT '',
        status            TEXT NOT NULL DEFAULT 'READY'
                          CHECK (status IN ('PENDING_REGISTRATION', 'FAILED_REGISTRATION', 'READY')),
        status_message    TEXT NOT NULL DEFAULT '',
        current_stage     TEXT NOT NULL DEFAULT 'None'
                          CHECK (current_stage IN ('None', 'Staging', 'Production', 'Archived')),
        storage_location  TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (model_key, version)))"_s,
    u"CREATE INDEX model_versions_by_run ON model_versions (run_id)"_s,
    uR"(CREATE TABLE model_version_tags (
        model_key INTEGER NOT NULL,
        version   INTEGER NOT NULL,
        key       TEXT NOT NULL,
        value     TEXT NOT NULL,
        PRIMARY KEY (model_key, version, key),
        FOREIGN KEY (model_key, version) REFERENCES model_versions (model_key, version)
            ON DELETE CASCADE) WITHOUT ROWID)"_s,
    uR"(CREATE TABLE model_aliases (
        model_key INTEGER NOT NULL,
        alias     TEXT NOT NULL,
        version   INTEGER NOT NULL,
        PRIMARY KEY (model_key, alias),
        FOREIGN KEY (model_key, version) REFERENCES model_versions (model_key, version)
            ON DELETE CASCADE) WITHOUT ROWID)"_s,

    // Sync bookkeeping. Credentials never live here: only the keychain holds them.
    uR"(CREATE TABLE remotes (
        remote_key     INTEGER PRIMARY KEY,
        name           TEXT NOT NULL UNIQUE,
        url            TEXT NOT NULL,
        ca_file        TEXT NOT NULL DEFAULT '',
        auth_kind      TEXT NOT NULL DEFAULT 'none' CHECK (auth_kind IN ('none', 'basic', 'token')),
        username       TEXT NOT NULL DEFAULT '',
        created_time   INTEGER NOT NULL,
        last_pull_time INTEGER,
        last_push_time INTEGER,
        last_error     TEXT NOT NULL DEFAULT ''))"_s,
    // Which remote object a local object came from or was pushed to. object_type is one of
    // 'experiment', 'run', 'registered_model', 'model_version'; local_id is the local public id.
    uR"(CREATE TABLE object_origins (
        object_type    TEXT NOT NULL,
        local_id       TEXT NOT NULL,
        remote_key     INTEGER NOT NULL REFERENCES remotes (remote_key) ON DELETE CASCADE,
        remote_id      TEXT NOT NULL,
        synced_time    INTEGER,
        synced_digest  TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (object_type, local_id, remote_key)) WITHOUT ROWID)"_s,
    u"CREATE UNIQUE INDEX object_origins_by_remote ON object_origins (remote_key, object_type, remote_id)"_s,
    // Local changes waiting to be pushed, in order. payload is MLflow's JSON request body.
    uR"(CREATE TABLE outbox (
        seq               INTEGER PRIMARY KEY AUTOINCREMENT,
        remote_key        INTEGER REFERENCES remotes (remote_key) ON DELETE CASCADE,
        object_type       TEXT NOT NULL,
        local_id          TEXT NOT NULL,
        operation         TEXT NOT NULL,
        payload           TEXT NOT NULL DEFAULT '{}',
        created_time      INTEGER NOT NULL,
        attempts          INTEGER NOT NULL DEFAULT 0,
        next_attempt_time INTEGER NOT NULL DEFAULT 0,
        last_error        TEXT NOT NULL DEFAULT ''))"_s,
    uR"(CREATE TABLE sync_conflicts (
        conflict_key  INTEGER PRIMARY KEY,
        remote_key    INTEGER NOT NULL REFERENCES remotes (remote_key) ON DELETE CASCADE,
        object_type   TEXT NOT NULL,
        local_id      TEXT NOT NULL,
        field         TEXT NOT NULL,
        local_value   TEXT,
        remote_value  TEXT,
        detected_time INTEGER NOT NULL,
        resolution    TEXT NOT NULL DEFAULT ''))"_s,

    // The Default experiment exists in every store, as in MLflow.
    uR"(INSERT INTO experiments (experiment_id, name, artifact_location, creation_time, last_update_time)
        VALUES (0, 'Default', 'mlflow-artifacts:/0', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
                CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)))"_s,
};

} // namespace

const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps = {schemaVersion1};
    return steps;
}

int currentSchemaVersion()
{
    return int(migrationSteps().size());
}

void migrateToCurrent(Database &database)
{
    const int target = currentSchemaVersion();
    // Read the version inside the write transaction, so that two processes opening a new
    // store at once cannot both run the same migration.
    Transaction transaction(database);
    const int stored = database.userVersion();
    if (stored > target) {
        throw StoreError(ErrorCode::FailedPrecondition,
                         u"The store %1 was written by a newer Flowdesk (schema version %2; this "
                         "version reads up to %3). It was left untouched."_s.arg(
                             database.filePath(), QString::number(stored), QString::number(target)));
    }
    if (stored == target)
        return;
    for (int version = stored; version < target; ++version) {
        for (const QString &statement : migrationSteps().at(version))
            database.execute(statement);
    }
    database.setUserVersion(target);
    transaction.commit();
}

} // namespace Flowdesk::Store
