// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/demo/demogenerator.h"

#include "models/demo/democatalog.h"
#include "models/demo/demorandom.h"
#include "models/store/database.h"
#include "models/store/entities.h"
#include "models/store/registrystore.h"
#include "models/store/storeerror.h"
#include "models/store/trackingstore.h"
#include "models/store/transaction.h"
#include "models/store/validation.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;
using namespace Flowdesk::Demo::Catalog;

namespace Flowdesk::Demo {

namespace {

constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
// Runs spread over the eight weeks before the reference time, oldest first.
constexpr qint64 HistorySpanMs = 56 * DayMs;
// Runs per write transaction: large enough that commits and WAL writes cost little (each commit
// rewrites the index pages it touched), small enough that a concurrent writer waits ~1 s at most.
// Sweeps are never split across transactions.
constexpr qint64 RunsPerTransaction = 2000;
// Progress (and so cancellation) is checked this often, independently of commits.
constexpr qint64 ProgressInterval = 100;
// WAL pages between automatic checkpoints while generating (SQLite's default is 1000): every
// checkpoint copies and syncs each page written since the last one, and the index pages are
// written again and again.
constexpr int BulkCheckpointPages = 20000;
// Every how many leaf runs one FAILED, KILLED, deleted (and, among single runs, RUNNING) run
// occurs. A stride rather than a coin keeps "a few of each" true for a few hundred runs too.
constexpr qint64 FailedStride = 37;
constexpr qint64 KilledStride = 59;
constexpr qint64 DeletedStride = 47;
constexpr qint64 RunningStride = 41;
// Only the newest runs can still be training: a handful at any demo size.
constexpr qint64 RecentRuns = 300;
constexpr double SweepChance = 0.1;
constexpr double InputsChance = 0.3;
constexpr double NoteChance = 0.1;
constexpr int CommitsPerExperiment = 24;
constexpr int CandidatesKept = 8;

double square(double x)
{
    return x * x;
}

const QStringList adjectives = {
    u"amber"_s, u"bold"_s,   u"brave"_s,  u"bright"_s, u"calm"_s,    u"clever"_s, u"crisp"_s,
    u"eager"_s, u"gentle"_s, u"golden"_s, u"happy"_s,  u"keen"_s,    u"lively"_s, u"lucky"_s,
    u"merry"_s, u"nimble"_s, u"quiet"_s,  u"rapid"_s,  u"silent"_s,  u"sleek"_s,  u"steady"_s,
    u"sunny"_s, u"swift"_s,  u"wise"_s,   u"polite"_s, u"smiling"_s, u"dapper"_s, u"shy"_s,
};

const QStringList animals = {
    u"badger"_s, u"bear"_s,  u"crane"_s, u"deer"_s,  u"dolphin"_s, u"eagle"_s, u"falcon"_s,
    u"fox"_s,    u"gecko"_s, u"hare"_s,  u"heron"_s, u"ibis"_s,    u"koala"_s, u"lynx"_s,
    u"moose"_s,  u"otter"_s, u"owl"_s,   u"panda"_s, u"puffin"_s,  u"seal"_s,  u"sparrow"_s,
    u"tiger"_s,  u"whale"_s, u"wolf"_s,  u"yak"_s,   u"finch"_s,   u"mole"_s,  u"newt"_s,
};

const QStringList notes = {
    u"Baseline with the default hyper-parameters."_s,
    u"Re-run after fixing label leakage in the evaluation split."_s,
    u"Lower learning rate, longer schedule. Validation loss is smoother."_s,
    u"Candidate for the next release, see the review in the team channel."_s,
    u"Same config as last week on the refreshed data, to check for drift."_s,
    u"Trying class weights: recall up, precision down a little."_s,
};

// Fewer WAL checkpoints on this connection while the demo writes; restores the setting after.
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(Database &database)
        : m_database(database)
    {
        QSqlQuery query(database.connection());
        if (query.exec(u"PRAGMA wal_autocheckpoint"_s) && query.next())
            m_previous = query.value(0).toInt();
        setCheckpointPages(BulkCheckpointPages);
    }

    ~BulkWriteSettings() { setCheckpointPages(m_previous); }

    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

private:
    void setCheckpointPages(int pages)
    {
        // A PRAGMA takes no bound parameters; the value is our own integer.
        QSqlQuery query(m_database.connection());
        query.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(pages));
    }

    Database &m_database;
    int m_previous = 1000;
};

struct RunSpec
{
    QString runId;
    QString runName;
    QString user;
    int plan = 0;
    int family = 0;
    RunStatus status = RunStatus::Finished;
    qint64 startTime = 0;
    std::optional<qint64> endTime;
    qint64 duration = 0;
    bool deleted = false;
    bool isParent = false;
    Config config;
    QList<Tag> tags;
    QList<Metric> metrics;
    QList<DatasetInput> inputs;
    double score = 0; // final val_accuracy, to pick the registered versions
};

struct Candidate
{
    double score = 0;
    QString runId;
    QString user;
    qint64 endTime = 0;
    int family = 0;
    int featureSet = 0;
};

// The state of one generate() call.
class Generation
{
public:
    Generation(Database &database,
               const DemoOptions &options,
               const DemoGenerator::Progress &progress)
        : m_database(database)
        , m_tracking(database)
        , m_registry(database)
        , m_options(options)
        , m_progress(progress)
        , m_random(options.seed)
    {}

    DemoSummary run();

private:
    void prepareExperiments();
    void prepareCommits();
    int pickPlan();
    qint64 groupStartTime(qint64 groupRuns);
    void buildGroup(QList<RunSpec> &group);
    RunSpec buildRun(int plan, int family, const Config &config, qint64 startTime, bool inSweep);
    void assignOutcome(RunSpec &spec, bool single);
    void synthesizeMetrics(RunSpec &spec, qint64 stepsDone);
    void addTags(RunSpec &spec, double position);
    void addInputs(RunSpec &spec);
    void write(const RunSpec &spec);
    void remember(const RunSpec &spec);
    void registerModels();
    QString uniqueRunId();
    QString runName();

    Database &m_database;
    TrackingStore m_tracking;
    RegistryStore m_registry;
    const DemoOptions &m_options;
    const DemoGenerator::Progress &m_progress;
    DemoRandom m_random;
    DemoSummary m_summary;
    qint64 m_now = 0;
    qint64 m_done = 0; // runs built so far
    qint64 m_leafRuns = 0;
    qint64 m_singleRuns = 0;
    qint64 m_failedOffset = 0;
    qint64 m_killedOffset = 0;
    qint64 m_deletedOffset = 0;
    qint64 m_runningOffset = 0;
    QList<qint64> m_experimentIds; // per plan
    QList<QStringList> m_commits; // per plan, oldest first
    QList<QList<Candidate>> m_candidates; // per plan, best first
};

DemoSummary Generation::run()
{
    m_now =
        m_options.referenceTime > 0 ? m_options.referenceTime : QDateTime::currentMSecsSinceEpoch();
    // A second demo into the same store must not reuse the first one's run ids; a fresh store
    // still gets exactly the same data for a seed.
    qint64 existingRuns = 0;
    for (const qint64 count : m_tracking.runCounts(ViewType::All))
        existingRuns += count;
    if (existingRuns > 0)
        m_random = DemoRandom(quint64(m_options.seed) ^ (quint64(existingRuns) << 32));

    m_failedOffset = m_random.integer(0, FailedStride / 2);
    m_killedOffset = m_random.integer(0, KilledStride / 2);
    m_deletedOffset = m_random.integer(0, DeletedStride / 2);
    m_runningOffset = m_random.integer(0, RunningStride / 2);
    m_candidates.resize(plans().size());

    prepareExperiments();
    prepareCommits();

    const BulkWriteSettings bulk(m_database);
    qint64 nextProgress = std::min<qint64>(ProgressInterval, m_options.runs);
    while (m_done < m_options.runs && !m_summary.cancelled) {
        Transaction transaction(m_database);
        qint64 inTransaction = 0;
        while (m_done < m_options.runs && inTransaction < RunsPerTransaction) {
            QList<RunSpec> group;
            buildGroup(group);
            for (const RunSpec &spec : std::as_const(group)) {
                write(spec);
                remember(spec);
            }
            inTransaction += group.size();
            if (m_done >= nextProgress) {
                nextProgress = std::min(m_done + ProgressInterval, m_options.runs);
                // Cancelling commits the runs built so far: whole runs (and whole sweeps) only.
                if (m_progress && !m_progress(m_done, m_options.runs)) {
                    m_summary.cancelled = true;
                    break;
                }
            }
        }
        transaction.commit();
        m_summary.runs = m_done;
    }
    if (m_summary.cancelled)
        return m_summary;
    registerModels();
    return m_summary;
}

void Generation::prepareExperiments()
{
    Transaction transaction(m_database);
    QHash<QString, qint64> ids;
    const auto useExperiment = [&](const QString &name, const Plan *plan) -> qint64 {
        if (const auto it = ids.constFind(name); it != ids.cend())
            return it.value();
        qint64 id = -1;
        if (const auto existing = m_tracking.findExperimentByName(name)) {
            if (existing->lifecycleStage != LifecycleStage::Active) {
                throw StoreError(ErrorCode::InvalidParameterValue,
                                 u"The experiment '%1' is deleted; restore it or choose another "
                                 "name."_s.arg(name));
            }
            id = existing->experimentId;
        } else {
            QList<Tag> tags;
            if (plan) {
                tags = {{u"mlflow.note.content"_s, plan->description}, {u"team"_s, plan->team}};
            }
            id = m_tracking.createExperiment(name, {}, tags);
        }
        ids.insert(name, id);
        return id;
    };
    for (const Plan &plan : plans()) {
        m_experimentIds.append(m_options.experimentName.isEmpty()
                                   ? useExperiment(plan.experiment, &plan)
                                   : useExperiment(m_options.experimentName, nullptr));
    }
    m_summary.experiments = ids.size();
    transaction.commit();
}

void Generation::prepareCommits()
{
    for (qsizetype i = 0; i < plans().size(); ++i) {
        QStringList commits;
        for (int c = 0; c < CommitsPerExperiment; ++c)
            commits.append(m_random.hex(40));
        m_commits.append(commits);
    }
}

int Generation::pickPlan()
{
    double u = m_random.uniform();
    for (qsizetype i = 0; i < plans().size(); ++i) {
        u -= plans().at(i).weight;
        if (u < 0)
            return int(i);
    }
    return int(plans().size() - 1);
}

QString Generation::uniqueRunId()
{
    return m_random.hex(32);
}

QString Generation::runName()
{
    return u"%1-%2-%3"_s.arg(m_random.pick(adjectives),
                             m_random.pick(animals),
                             QString::number(m_random.integer(0, 999)));
}

void Generation::buildGroup(QList<RunSpec> &group)
{
    const qint64 remaining = m_options.runs - m_done;
    const double position = m_options.runs > 0 ? double(m_done) / double(m_options.runs) : 0.0;
    const int plan = pickPlan();
    const QList<int> &planFamilies = plans().at(plan).families;
    const int familyIndex =
        planFamilies.at(qsizetype(m_random.integer(0, planFamilies.size() - 1)));
    const Family &family = families().at(familyIndex);

    // Spread over the history, oldest first, with a little jitter so that days are uneven.
    qint64 start = m_now - HistorySpanMs + qint64(position * double(HistorySpanMs))
        + qint64(m_random.normal() * 6.0 * double(HourMs));

    const bool sweep = remaining >= 3 && m_random.chance(SweepChance);
    if (!sweep) {
        const Config config = sampleConfig(family, m_random, nullptr);
        RunSpec spec = buildRun(plan, familyIndex, config, start, false);
        assignOutcome(spec, true);
        addTags(spec, position);
        addInputs(spec);
        group.append(std::move(spec));
        m_done += 1;
        return;
    }

    const qint64 trials = std::min<qint64>(remaining - 1, m_random.integer(4, 12));
    const Config base = sampleConfig(family, m_random, nullptr);
    QHash<QString, QString> fixed;
    const QStringList swept = sweptKeys(family.kind);
    for (const Param &param : base.params) {
        if (!swept.contains(param.key))
            fixed.insert(param.key, param.value);
    }
    RunSpec parent;
    parent.runId = uniqueRunId();
    parent.runName = u"%1-sweep-%2"_s.arg(family.name, m_random.hex(4));
    parent.plan = plan;
    parent.family = familyIndex;
    parent.isParent = true;
    parent.user = m_random.pick(plans().at(plan).users);
    group.append(parent);

    qint64 cursor = start + m_random.integer(2, 10) * SecondMs;
    qsizetype best = -1;
    for (qint64 t = 0; t < trials; ++t) {
        const Config config = sampleConfig(family, m_random, &fixed);
        RunSpec child = buildRun(plan, familyIndex, config, cursor, true);
        child.user = parent.user;
        assignOutcome(child, false);
        addTags(child, position);
        child.tags.append({u"mlflow.parentRunId"_s, parent.runId});
        addInputs(child);
        cursor = child.startTime + child.duration + m_random.integer(5, 60) * SecondMs;
        if (child.status == RunStatus::Finished && !child.deleted
            && (best < 0 || child.score > group.at(best).score)) {
            best = group.size();
        }
        group.append(std::move(child));
    }

    // The parent reports the best trial, as Optuna- and Hyperopt-style sweeps log it.
    RunSpec &head = group.first();
    const RunSpec &winner = group.at(best >= 0 ? best : 1);
    head.startTime = start;
    head.endTime = cursor + m_random.integer(2, 10) * SecondMs;
    head.duration = *head.endTime - start;
    head.status = RunStatus::Finished;
    head.config = winner.config;
    head.score = winner.score;
    for (const Metric &metric : winner.metrics)
        head.metrics.append({metric.key, metric.value, *head.endTime - SecondMs, metric.step});
    addTags(head, position);
    QStringList sweptNames = swept;
    head.tags.append({u"mlflow.note.content"_s,
                      u"Hyper-parameter sweep (Optuna TPE, %1 trials) over %2. Best trial: %3 "
                      "(val_accuracy %4)."_s.arg(QString::number(trials),
                                                 sweptNames.join(u", "_s),
                                                 winner.runName,
                                                 QString::number(winner.score, 'f', 4))});

    // A long sweep near "now" must still end before it.
    const qint64 overshoot = *head.endTime - (m_now - 5 * MinuteMs);
    if (overshoot > 0) {
        for (RunSpec &spec : group) {
            spec.startTime -= overshoot;
            if (spec.endTime)
                *spec.endTime -= overshoot;
            for (Metric &metric : spec.metrics)
                metric.timestamp -= overshoot;
        }
    }
    m_done += group.size();
}

RunSpec
Generation::buildRun(int plan, int family, const Config &config, qint64 startTime, bool inSweep)
{
    const Family &f = families().at(family);
    RunSpec spec;
    spec.runId = uniqueRunId();
    spec.runName = runName();
    spec.plan = plan;
    spec.family = family;
    spec.user = m_random.pick(plans().at(plan).users);
    spec.config = config;
    spec.startTime = startTime;
    spec.duration = qint64(m_random.logUniform(f.minMinutes, f.maxMinutes) * double(MinuteMs));
    if (inSweep)
        spec.duration = spec.duration * 2 / 3;
    spec.score = 0;
    return spec;
}

void Generation::assignOutcome(RunSpec &spec, bool single)
{
    const qint64 leaf = m_leafRuns++;
    const qint64 steps = m_options.steps;
    qint64 stepsDone = steps;
    const bool recent = m_options.runs - m_done <= RecentRuns;
    if (single && recent && (m_singleRuns++ % RunningStride) == m_runningOffset) {
        spec.status = RunStatus::Running;
        const double fraction = m_random.uniform(0.2, 0.85);
        stepsDone = std::max<qint64>(1, qint64(std::floor(fraction * double(steps))));
        // Still training: started a fraction of its duration ago, no end time yet.
        spec.startTime = m_now - qint64(fraction * double(spec.duration));
    } else if (leaf % FailedStride == m_failedOffset) {
        spec.status = RunStatus::Failed;
        stepsDone = std::max<qint64>(1, qint64(m_random.uniform(0.15, 0.7) * double(steps)));
    } else if (leaf % KilledStride == m_killedOffset) {
        spec.status = RunStatus::Killed;
        stepsDone = std::max<qint64>(1, qint64(m_random.uniform(0.3, 0.9) * double(steps)));
    } else {
        spec.status = RunStatus::Finished;
    }
    if (spec.status != RunStatus::Running && leaf % DeletedStride == m_deletedOffset)
        spec.deleted = true;
    // A sweep's trials follow one another; buildGroup moves a late sweep back as a whole.
    if (single && spec.status != RunStatus::Running
        && spec.startTime + spec.duration > m_now - MinuteMs)
        spec.startTime = m_now - MinuteMs - spec.duration;
    synthesizeMetrics(spec, stepsDone);
    if (spec.status != RunStatus::Running) {
        const qint64 lastPoint =
            spec.metrics.isEmpty() ? spec.startTime : spec.metrics.last().timestamp;
        spec.endTime = lastPoint + m_random.integer(1, 30) * SecondMs;
        spec.duration = *spec.endTime - spec.startTime;
    }
}

// Noisy learning curves whose end points follow from the configuration's quality: loss falls,
// accuracy rises with diminishing returns, validation loss turns up late when the model overfits.
void Generation::synthesizeMetrics(RunSpec &spec, qint64 stepsDone)
{
    const Family &family = families().at(spec.family);
    const Config &c = spec.config;
    DemoRandom &r = m_random;
    const qint64 steps = m_options.steps;
    const double finalVal = family.floor + (family.ceiling - family.floor) * c.quality;
    const double finalTrain = std::min(0.999, finalVal + c.overfit);
    double startAccuracy = 0.5;
    double startLoss = 0.69;
    switch (family.kind) {
    case Kind::Boosting:
        startAccuracy = 0.72;
        break;
    case Kind::Forest:
        startAccuracy = 0.7;
        break;
    case Kind::Linear:
        startAccuracy = 0.62;
        break;
    case Kind::Vision:
        startAccuracy = 0.12;
        startLoss = 2.48;
        break;
    case Kind::Language:
        startAccuracy = 0.42;
        startLoss = 1.1;
        break;
    }
    const double finalLoss = startLoss * (1.0 - finalTrain) * 1.4 + 0.02;
    const double finalValLoss = startLoss * (1.0 - finalVal) * 1.5 + 0.03;
    const double bias = 0.03 * r.normal(); // precision/recall trade-off of this run
    const bool diverges = spec.status == RunStatus::Failed && r.chance(0.4);
    const double k = c.speed;
    const double norm = 1.0 - std::exp(-k);
    QString tenthKey = u"learning_rate"_s;
    if (family.kind == Kind::Forest)
        tenthKey = u"oob_score"_s;
    else if (family.kind == Kind::Linear)
        tenthKey = u"grad_norm"_s;

    const double span = double(spec.duration) / double(std::max<qint64>(1, steps));
    // Key-major order (all of loss, then all of val_loss, ...) matches the history table's
    // primary key, so that the inserts append instead of splitting pages.
    const QString keys[] = {u"loss"_s,
                            u"val_loss"_s,
                            u"accuracy"_s,
                            u"val_accuracy"_s,
                            u"f1"_s,
                            u"auc"_s,
                            u"rmse"_s,
                            u"precision"_s,
                            u"recall"_s,
                            tenthKey};
    spec.metrics.resize(stepsDone * 10);
    double valAccuracy = finalVal;
    for (qint64 t = 0; t < stepsDone; ++t) {
        const double x = steps > 1 ? double(t) / double(steps - 1) : 1.0;
        const double progress = (1.0 - std::exp(-k * x)) / norm;
        const double settle = 1.0 - 0.6 * x; // noise shrinks as training settles
        const qint64 timestamp = spec.startTime + qint64(span * double(t + 1)) + r.integer(0, 999);
        const double overfitting = c.overfit * 2.0 * square(std::max(0.0, x - 0.55));

        double loss = finalLoss + (startLoss - finalLoss) * (1.0 - progress);
        loss *= 1.0 + 0.03 * settle * r.normal();
        double valLoss = finalValLoss + (startLoss - finalValLoss) * (1.0 - progress) + overfitting;
        valLoss *= 1.0 + 0.04 * settle * r.normal();
        const double accuracy = std::clamp(startAccuracy + (finalTrain - startAccuracy) * progress
                                               + 0.006 * settle * r.normal(),
                                           0.0,
                                           1.0);
        valAccuracy = std::clamp(startAccuracy + (finalVal - startAccuracy) * progress
                                     - overfitting * 0.3 + 0.01 * settle * r.normal(),
                                 0.0,
                                 1.0);
        const double precision =
            std::clamp(valAccuracy + bias - 0.01 + 0.008 * r.normal(), 0.0, 1.0);
        const double recall = std::clamp(valAccuracy - bias - 0.03 + 0.008 * r.normal(), 0.0, 1.0);
        const double f1 =
            precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        const double auc =
            std::clamp(1.0 - (1.0 - valAccuracy) * 0.6 + 0.004 * r.normal(), 0.5, 0.9995);
        const double rmse = std::sqrt(std::max(0.0, valLoss) * 0.35);
        double tenth = 0;
        if (family.kind == Kind::Forest) {
            tenth = std::clamp(valAccuracy - 0.005 + 0.005 * r.normal(), 0.0, 1.0);
        } else if (family.kind == Kind::Linear) {
            tenth = 2.0 * std::exp(-5.0 * x) + 0.01 + 0.005 * std::abs(r.normal());
        } else if (c.warmup) {
            const double warm = 0.1;
            tenth = x < warm ? c.learningRate * (x + 1.0 / double(steps)) / warm
                             : c.learningRate * 0.5
                    * (1.0 + std::cos(std::numbers::pi * (x - warm) / (1.0 - warm)));
        } else {
            tenth = c.learningRate;
        }
        if (diverges && t == stepsDone - 1) {
            loss = std::numeric_limits<double>::quiet_NaN();
            valLoss = std::numeric_limits<double>::quiet_NaN();
        }
        const double values[] = {
            loss, valLoss, accuracy, valAccuracy, f1, auc, rmse, precision, recall, tenth};
        for (int key = 0; key < 10; ++key)
            spec.metrics[key * stepsDone + t] = {keys[key], values[key], timestamp, t};
    }
    spec.score = valAccuracy;
}

void Generation::addTags(RunSpec &spec, double position)
{
    const Plan &plan = plans().at(spec.plan);
    const Family &family = families().at(spec.family);
    QString stage;
    if (position < 0.3)
        stage = u"exploration"_s;
    else if (spec.score > family.floor + 0.85 * (family.ceiling - family.floor))
        stage = u"candidate"_s;
    else
        stage = position < 0.7 ? u"tuning"_s : u"validation"_s;
    const double p = m_random.uniform();
    const QString priority = p < 0.5 ? u"low"_s : p < 0.85 ? u"medium"_s : u"high"_s;
    const int featureSet = spec.config.featureSet;
    spec.tags.append({u"team"_s, plan.team});
    spec.tags.append({u"dataset"_s, u"%1-%2"_s.arg(plan.dataset, featureSets().at(featureSet))});
    spec.tags.append({u"stage"_s, stage});
    spec.tags.append({u"model_family"_s, family.name});
    spec.tags.append({u"priority"_s, priority});

    spec.tags.append({u"mlflow.user"_s, spec.user});
    const bool notebook = family.script.endsWith(u".ipynb"_s);
    const bool job = !notebook && m_random.chance(0.15);
    spec.tags.append({u"mlflow.source.type"_s,
                      notebook  ? u"NOTEBOOK"_s
                          : job ? u"JOB"_s
                                : u"LOCAL"_s});
    spec.tags.append(
        {u"mlflow.source.name"_s,
         notebook  ? u"/Users/%1/%2/%3"_s.arg(spec.user, plan.repository, family.script)
             : job ? u"jobs/%1/nightly-train"_s.arg(plan.repository)
                   : u"/home/%1/src/%2/%3"_s.arg(spec.user, plan.repository, family.script)});
    // Later runs use later commits, a couple of runs per commit apart.
    const QStringList &commits = m_commits.at(spec.plan);
    const qsizetype commit = std::clamp<qsizetype>(qsizetype(position * double(commits.size()))
                                                       + qsizetype(m_random.integer(-1, 0)),
                                                   0,
                                                   commits.size() - 1);
    spec.tags.append({u"mlflow.source.git.commit"_s, commits.at(commit)});
    if (!spec.isParent && m_random.chance(NoteChance)) {
        spec.tags.append({u"mlflow.note.content"_s,
                          spec.status == RunStatus::Failed
                              ? u"Diverged after a few steps; learning rate too high?"_s
                              : m_random.pick(notes)});
    }
}

void Generation::addInputs(RunSpec &spec)
{
    if (!m_random.chance(InputsChance))
        return;
    const Plan &plan = plans().at(spec.plan);
    const int version = spec.config.featureSet + 1;
    // A dataset's digest depends on its content only, so every run of the same version shares it.
    DemoRandom digest(0xda7a5e7ULL + quint64(spec.plan) * 16 + quint64(version));
    const qint64 rows = plan.source.rows + (version - 3) * plan.source.rows / 20;
    Dataset train;
    train.name = plan.dataset;
    train.digest = digest.hex(8);
    train.sourceType = plan.source.sourceType;
    train.source = plan.source.sourcePattern.arg(version);
    train.schema = plan.source.schema;
    train.profile = u"{\"num_rows\": %1, \"num_elements\": %2}"_s.arg(
        QString::number(rows), QString::number(rows * plan.source.columns));
    spec.inputs.append({train, {{u"mlflow.data.context"_s, u"training"_s}}});
    if (m_random.chance(0.6)) {
        Dataset eval = train;
        eval.name = plan.dataset + u"-eval"_s;
        eval.digest = digest.hex(8);
        eval.profile = u"{\"num_rows\": %1, \"num_elements\": %2}"_s.arg(
            QString::number(rows / 5), QString::number(rows / 5 * plan.source.columns));
        spec.inputs.append({eval, {{u"mlflow.data.context"_s, u"eval"_s}}});
    }
}

void Generation::write(const RunSpec &spec)
{
    // One insertRun per run instead of createRun + logBatch (<= 1000 metrics each) + logInputs +
    // updateRun + deleteRun: the same validation, without the read-backs of createRun and
    // updateRun and the per-param lookups of logBatch; 1.6x less CPU for 100k runs.
    RunRecord record;
    record.info.runId = spec.runId;
    record.info.experimentId = m_experimentIds.at(spec.plan);
    record.info.runName = spec.runName;
    record.info.userId = spec.user;
    record.info.status = spec.status;
    record.info.startTime = spec.startTime;
    record.info.endTime = spec.endTime;
    record.info.lifecycleStage = spec.deleted ? LifecycleStage::Deleted : LifecycleStage::Active;
    record.params = spec.config.params;
    record.tags = spec.tags;
    record.metrics = spec.metrics;
    record.inputs = spec.inputs;
    m_tracking.insertRun(record);
    m_summary.metricPoints += spec.metrics.size();
}

void Generation::remember(const RunSpec &spec)
{
    if (spec.isParent || spec.deleted || spec.status != RunStatus::Finished)
        return;
    if (plans().at(spec.plan).registeredModel.isEmpty())
        return;
    QList<Candidate> &best = m_candidates[spec.plan];
    if (best.size() >= CandidatesKept && best.last().score >= spec.score)
        return;
    Candidate candidate{spec.score,
                        spec.runId,
                        spec.user,
                        spec.endTime.value_or(0),
                        spec.family,
                        spec.config.featureSet};
    const auto at = std::find_if(best.begin(), best.end(), [&](const Candidate &c) {
        return c.score < candidate.score;
    });
    best.insert(at, candidate);
    if (best.size() > CandidatesKept)
        best.removeLast();
}

void Generation::registerModels()
{
    Transaction transaction(m_database);
    for (qsizetype p = 0; p < plans().size(); ++p) {
        const Plan &plan = plans().at(p);
        QList<Candidate> chosen = m_candidates.at(p).mid(0, plan.versions);
        if (plan.registeredModel.isEmpty() || chosen.isEmpty())
            continue;
        if (!m_registry.hasRegisteredModel(plan.registeredModel)) {
            m_registry.createRegisteredModel(plan.registeredModel,
                                             plan.registeredModelDescription,
                                             {{u"team"_s, plan.team},
                                              {u"task"_s, u"classification"_s},
                                              {u"dataset"_s, plan.dataset}});
        }
        ++m_summary.registeredModels;
        const QString champion = chosen.at(0).runId;
        const QString challenger = chosen.size() > 1 ? chosen.at(1).runId : QString();
        // Versions were registered as the runs got better over time: oldest first.
        std::sort(chosen.begin(), chosen.end(), [](const Candidate &a, const Candidate &b) {
            return a.endTime < b.endTime;
        });
        qsizetype archived = 0;
        for (const Candidate &candidate : std::as_const(chosen)) {
            const Family &family = families().at(candidate.family);
            const bool isChampion = candidate.runId == champion;
            const bool isChallenger = candidate.runId == challenger;
            ModelVersionCreation creation;
            creation.name = plan.registeredModel;
            creation.source = u"runs:/%1/model"_s.arg(candidate.runId);
            creation.runId = candidate.runId;
            creation.userId = candidate.user;
            creation.description = u"%1 trained on %2 (feature set %3); val_accuracy %4."_s.arg(
                family.model,
                plan.dataset,
                featureSets().at(candidate.featureSet),
                QString::number(candidate.score, 'f', 4));
            creation.tags = {{u"framework"_s, family.name},
                             {u"validation_status"_s,
                              isChampion || isChallenger ? u"approved"_s : u"superseded"_s},
                             {u"val_accuracy"_s, QString::number(candidate.score, 'f', 4)}};
            const ModelVersion version = m_registry.createModelVersion(creation);
            ++m_summary.modelVersions;
            if (isChampion) {
                m_registry.transitionModelVersionStage(
                    plan.registeredModel, version.version, ModelVersionStage::Production, false);
                m_registry.setAlias(plan.registeredModel, u"champion"_s, version.version);
            } else if (isChallenger) {
                m_registry.transitionModelVersionStage(
                    plan.registeredModel, version.version, ModelVersionStage::Staging, false);
                m_registry.setAlias(plan.registeredModel, u"challenger"_s, version.version);
            } else if (archived++ < 2) {
                m_registry.transitionModelVersionStage(
                    plan.registeredModel, version.version, ModelVersionStage::Archived, false);
            }
        }
    }
    transaction.commit();
}

} // namespace

DemoGenerator::DemoGenerator(Store::Database &database)
    : m_database(database)
{}

DemoSummary DemoGenerator::generate(const DemoOptions &options, const Progress &progress)
{
    if (options.runs < 0) {
        throw StoreError(
            ErrorCode::InvalidParameterValue,
            u"The number of demo runs must not be negative, got %1."_s.arg(options.runs));
    }
    if (options.steps < 1 || options.steps > MaxDemoSteps) {
        throw StoreError(
            ErrorCode::InvalidParameterValue,
            u"Demo runs need 1 to %1 steps, got %2."_s.arg(MaxDemoSteps).arg(options.steps));
    }
    if (!options.experimentName.isEmpty()) {
        // MLflow accepts a name of blanks; a demo target named so is surely a typo.
        if (options.experimentName.trimmed().isEmpty()) {
            throw StoreError(ErrorCode::InvalidParameterValue,
                             u"The demo experiment name must not be blank."_s);
        }
        Validation::validateExperimentName(options.experimentName);
    }
    Generation generation(m_database, options, progress);
    return generation.run();
}

} // namespace Flowdesk::Demo
