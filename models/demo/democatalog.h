// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/entities.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Flowdesk::Demo {

class DemoRandom;

/// The demo's world: model families, the experiments that use them, and how a configuration's
/// params decide how well it learns. Free functions over constant tables.
namespace Catalog {

enum class Kind { Boosting, Forest, Linear, Vision, Language };

struct Family
{
    QString name;
    Kind kind;
    QString model;
    double floor; // final val_accuracy of a poor configuration
    double ceiling; // ... and of the best one
    double minMinutes;
    double maxMinutes;
    QString script;
};

enum FamilyIndex {
    XgBoost,
    LightGbm,
    RandomForest,
    LogisticRegression,
    ResNet,
    EfficientNet,
    Bert,
    DistilBert
};

struct DatasetSource
{
    QString sourceType;
    QString sourcePattern; // %1 = version number
    QString schema;
    qint64 rows;
    int columns;
};

// One experiment of the demo, with the team, data and model families that work on it.
struct Plan
{
    QString experiment;
    QString description;
    QString team;
    QString repository;
    QString dataset;
    DatasetSource source;
    QList<int> families;
    QStringList users;
    double weight;
    QString registeredModel;
    QString registeredModelDescription;
    int versions;
};

// What a configuration is worth: drives the learning curves, so that sorting and filtering by
// params and metrics tell a consistent story.
struct Config
{
    QList<Store::Param> params;
    double quality = 0.5; // 0..1 between the family's floor and ceiling
    double speed = 3; // how fast the curves converge
    double overfit = 0.02;
    double learningRate = 0; // 0: the family has none
    bool warmup = false;
    int featureSet = 3;
};

const QList<Family> &families();
const QList<Plan> &plans();
/// Dataset versions ("v1".."v4"), indexed by Config::featureSet.
const QStringList &featureSets();
/// The params a hyper-parameter sweep of this kind varies; its trials share the others.
QStringList sweptKeys(Kind kind);
/// Samples a run's 20 params for the family and rates them. For a sweep trial, `fixed` holds the
/// parent's values of the keys the sweep does not vary.
Config sampleConfig(const Family &family,
                    DemoRandom &random,
                    const QHash<QString, QString> *fixed = nullptr);

} // namespace Catalog

} // namespace Flowdesk::Demo
