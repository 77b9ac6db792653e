// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/demo/democatalog.h"

#include "models/demo/demorandom.h"

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;

namespace Flowdesk::Demo::Catalog {

const QList<Family> &families()
{
    // One family per line reads as a table.
    // clang-format off
    static const QList<Family> all = {
        // name, kind, params.model, val_accuracy floor and ceiling, minutes per run, script
        {u"xgboost"_s, Kind::Boosting, u"XGBClassifier"_s, 0.78, 0.93, 2, 25, u"train_xgboost.py"_s},
        {u"lightgbm"_s, Kind::Boosting, u"LGBMClassifier"_s, 0.77, 0.925, 1, 15, u"train_lightgbm.py"_s},
        {u"random-forest"_s, Kind::Forest, u"RandomForestClassifier"_s, 0.75, 0.905, 3, 40, u"train_forest.py"_s},
        {u"logistic-regression"_s, Kind::Linear, u"LogisticRegression"_s, 0.71, 0.86, 0.5, 5, u"notebooks/baseline.ipynb"_s},
        {u"resnet-finetune"_s, Kind::Vision, u"resnet50"_s, 0.62, 0.945, 40, 360, u"vision/finetune.py"_s},
        {u"efficientnet-finetune"_s, Kind::Vision, u"efficientnet_b0"_s, 0.6, 0.93, 30, 240, u"vision/finetune.py"_s},
        {u"bert-finetune"_s, Kind::Language, u"bert-base-uncased"_s, 0.74, 0.935, 45, 300, u"nlp/train_classifier.py"_s},
        {u"distilbert-finetune"_s, Kind::Language, u"distilbert-base-uncased"_s, 0.72, 0.92, 20, 150, u"nlp/train_classifier.py"_s},
    };
    // clang-format on
    return all;
}

const QList<Plan> &plans()
{
    static const QList<Plan> all = {
        {u"churn-prediction"_s,
         u"Which subscribers cancel in the next 30 days. Primary metric: val_accuracy; auc for "
         "the retention campaign's ranking."_s,
         u"growth"_s,
         u"churn-model"_s,
         u"customer-churn"_s,
         {u"delta_table"_s,
          u"{\"path\": \"dbfs:/mnt/growth/customer_churn\", \"version\": %1}"_s,
          uR"({"mlflow_colspec": [{"type": "long", "name": "tenure_months", "required": true}, {"type": "double", "name": "monthly_charges", "required": true}, {"type": "double", "name": "total_charges", "required": true}, {"type": "string", "name": "contract", "required": true}, {"type": "string", "name": "payment_method", "required": true}, {"type": "long", "name": "support_calls", "required": true}, {"type": "boolean", "name": "churned", "required": true}]})"_s,
          70430,
          21},
         {XgBoost, LightGbm, RandomForest, LogisticRegression},
         {u"alice"_s, u"bob"_s, u"chen.wei"_s},
         0.4,
         u"churn-classifier"_s,
         u"Predicts whether a subscriber cancels within 30 days. Input: the customer-churn "
         "feature table; output: churn probability. Owned by the growth team."_s,
         5},
        {u"fraud-detection"_s,
         u"Card-not-present fraud scoring on the transaction stream."_s,
         u"risk"_s,
         u"fraud-scoring"_s,
         u"card-transactions"_s,
         {u"s3"_s,
          u"{\"uri\": \"s3://acme-ml/risk/card-transactions/v%1/train.parquet\"}"_s,
          uR"({"mlflow_colspec": [{"type": "double", "name": "amount", "required": true}, {"type": "string", "name": "merchant_category", "required": true}, {"type": "long", "name": "hour_of_day", "required": true}, {"type": "double", "name": "distance_from_home_km", "required": true}, {"type": "boolean", "name": "is_fraud", "required": true}]})"_s,
          284807,
          31},
         {XgBoost, RandomForest, LogisticRegression},
         {u"dmitri"_s, u"emma"_s},
         0.2,
         {},
         {},
         0},
        {u"image-classification"_s,
         u"Product photo categories (12 classes) for the catalogue."_s,
         u"vision"_s,
         u"catalogue-vision"_s,
         u"product-images"_s,
         {u"s3"_s,
          u"{\"uri\": \"s3://acme-ml/vision/product-images/v%1/\"}"_s,
          uR"({"mlflow_tensorspec": {"features": "[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"uint8\", \"shape\": [-1, 224, 224, 3]}}]", "targets": "[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"int64\", \"shape\": [-1]}}]"}})"_s,
          48200,
          150528},
         {ResNet, EfficientNet},
         {u"farah"_s, u"gustavo"_s},
         0.2,
         {},
         {},
         0},
        {u"sentiment-analysis"_s,
         u"Sentiment (negative / neutral / positive) of support tickets."_s,
         u"nlp"_s,
         u"ticket-nlp"_s,
         u"support-tickets"_s,
         {u"hugging_face"_s,
          u"{\"path\": \"acme/support-tickets\", \"revision\": \"v%1\", \"split\": \"train\"}"_s,
          uR"({"mlflow_colspec": [{"type": "string", "name": "text", "required": true}, {"type": "long", "name": "label", "required": true}]})"_s,
          120000,
          2},
         {Bert, DistilBert},
         {u"hana"_s, u"chen.wei"_s},
         0.2,
         u"ticket-sentiment"_s,
         u"Three-way sentiment of customer support tickets, used to route angry customers "
         "first."_s,
         3},
    };
    return all;
}

const QStringList &featureSets()
{
    static const QStringList all = {u"v1"_s, u"v2"_s, u"v3"_s, u"v4"_s};
    return all;
}

namespace {

double square(double x)
{
    return x * x;
}

// Params are logged as Python's str() of the value, as mlflow.log_param does.
QString pythonFloat(double value)
{
    QString text = QString::number(value, 'g', 6);
    if (!text.contains(u'.') && !text.contains(u'e') && !text.contains(u'n'))
        text += u".0"_s;
    return text;
}

QString pythonBool(bool value)
{
    return value ? u"True"_s : u"False"_s;
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Samples a run's params. For a sweep trial, `fixed` holds the parent's values for the keys the
// sweep does not vary; the generator is consumed the same way either way.
class ParamSampler
{
public:
    ParamSampler(DemoRandom &random, const QHash<QString, QString> *fixed)
        : m_random(random)
        , m_fixed(fixed)
    {}

    DemoRandom &random() { return m_random; }

    double real(const QString &key, double sampled)
    {
        if (const auto value = fixedValue(key)) {
            bool ok = false;
            const double parsed = value->toDouble(&ok);
            append(key, *value);
            return ok ? parsed : sampled;
        }
        append(key, pythonFloat(sampled));
        return sampled;
    }

    qint64 integer(const QString &key, qint64 sampled)
    {
        if (const auto value = fixedValue(key)) {
            append(key, *value);
            return value->toLongLong();
        }
        append(key, QString::number(sampled));
        return sampled;
    }

    QString text(const QString &key, const QString &sampled)
    {
        const QString value = fixedValue(key).value_or(sampled);
        append(key, value);
        return value;
    }

    bool flag(const QString &key, bool sampled)
    {
        if (const auto value = fixedValue(key)) {
            append(key, *value);
            return *value == u"True"_s;
        }
        append(key, pythonBool(sampled));
        return sampled;
    }

    QList<Param> take() { return std::move(m_params); }

private:
    std::optional<QString> fixedValue(const QString &key) const
    {
        if (!m_fixed)
            return std::nullopt;
        const auto it = m_fixed->constFind(key);
        return it == m_fixed->cend() ? std::nullopt : std::optional<QString>(it.value());
    }

    void append(const QString &key, const QString &value) { m_params.append({key, value}); }

    DemoRandom &m_random;
    const QHash<QString, QString> *m_fixed;
    QList<Param> m_params;
};

const double featureSetPenalty[] = {0.08, 0.04, 0.0, 0.015};

int featureSetIndex(const QString &name)
{
    return std::max(0, int(featureSets().indexOf(name)));
}

Config boostingConfig(const Family &family, ParamSampler &p)
{
    DemoRandom &r = p.random();
    const bool lightgbm = family.model == u"LGBMClassifier"_s;
    Config c;
    p.text(u"model"_s, family.model);
    const double lr =
        p.real(u"learning_rate"_s,
               r.pick(QList<double>{0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3}));
    const qint64 depth = p.integer(u"max_depth"_s, r.integer(3, 12));
    const qint64 trees = p.integer(u"n_estimators"_s, r.integer(2, 30) * 50);
    const double subsample = p.real(u"subsample"_s, rounded(r.uniform(0.5, 1.0), 2));
    const double colsample = p.real(u"colsample_bytree"_s, rounded(r.uniform(0.4, 1.0), 2));
    if (lightgbm) {
        p.integer(u"num_leaves"_s, r.pick(QList<qint64>{15, 31, 63, 127, 255}));
        p.integer(u"min_child_samples"_s, r.integer(5, 100));
        p.text(u"boosting_type"_s, r.pick(QStringList{u"gbdt"_s, u"gbdt"_s, u"dart"_s, u"goss"_s}));
        p.text(u"objective"_s, u"binary"_s);
        p.text(u"metric"_s, u"auc"_s);
        p.flag(u"is_unbalance"_s, r.chance(0.4));
        p.integer(u"max_bin"_s, r.pick(QList<qint64>{63, 255, 511}));
    } else {
        p.real(u"min_child_weight"_s, double(r.integer(1, 10)));
        p.real(u"gamma"_s, rounded(r.uniform(0, 5), 1));
        p.text(u"tree_method"_s,
               r.pick(QStringList{u"hist"_s, u"hist"_s, u"approx"_s, u"exact"_s}));
        p.text(u"objective"_s, u"binary:logistic"_s);
        p.text(u"eval_metric"_s, r.pick(QStringList{u"auc"_s, u"logloss"_s, u"aucpr"_s}));
        p.real(u"scale_pos_weight"_s, rounded(r.uniform(1, 5), 1));
        p.flag(u"use_gpu"_s, r.chance(0.3));
    }
    p.real(u"reg_alpha"_s, rounded(r.logUniform(0.001, 10), 3));
    p.real(u"reg_lambda"_s, rounded(r.logUniform(0.01, 10), 3));
    p.integer(u"early_stopping_rounds"_s, r.pick(QList<qint64>{10, 20, 50, 100}));
    p.integer(u"random_state"_s, r.pick(QList<qint64>{0, 7, 42, 1234, 2024}));
    p.integer(u"n_jobs"_s, r.pick(QList<qint64>{-1, 4, 8, 16}));
    c.featureSet = featureSetIndex(p.text(u"feature_set"_s, r.pick(featureSets())));
    p.real(u"validation_split"_s, r.pick(QList<double>{0.1, 0.15, 0.2, 0.25}));

    const double penalty = 0.25 * square(std::log10(lr / 0.06)) + 0.006 * square(depth - 6.0)
        + 0.12 * (1.0 - std::log10(trees / 100.0) / std::log10(15.0))
        + 0.4 * square(subsample - 0.8) + 0.3 * square(colsample - 0.7)
        + featureSetPenalty[c.featureSet];
    c.quality = 1.0 - penalty;
    c.speed = std::clamp(1.5 + 30 * lr, 1.5, 10.0);
    c.overfit = 0.01 + 0.006 * std::max(0.0, depth - 5.0) + 0.03 * (1.0 - subsample);
    c.learningRate = lr;
    return c;
}

Config forestConfig(const Family &family, ParamSampler &p)
{
    DemoRandom &r = p.random();
    Config c;
    p.text(u"model"_s, family.model);
    const qint64 trees =
        p.integer(u"n_estimators"_s, r.pick(QList<qint64>{50, 100, 200, 300, 500, 800}));
    const QString depthText =
        p.text(u"max_depth"_s, r.chance(0.15) ? u"None"_s : QString::number(r.integer(4, 32)));
    const double depth = depthText == u"None"_s ? 40.0 : depthText.toDouble();
    const QString maxFeatures =
        p.text(u"max_features"_s,
               r.pick(QStringList{u"sqrt"_s, u"sqrt"_s, u"log2"_s, u"0.5"_s, u"None"_s}));
    p.integer(u"min_samples_split"_s, r.pick(QList<qint64>{2, 5, 10, 20}));
    const qint64 leaf = p.integer(u"min_samples_leaf"_s, r.integer(1, 20));
    const bool bootstrap = p.flag(u"bootstrap"_s, r.chance(0.85));
    p.text(u"criterion"_s, r.pick(QStringList{u"gini"_s, u"entropy"_s, u"log_loss"_s}));
    p.flag(u"oob_score"_s, bootstrap && r.chance(0.5));
    p.real(u"max_samples"_s, bootstrap ? rounded(r.uniform(0.5, 1.0), 2) : 1.0);
    p.text(u"class_weight"_s,
           r.pick(QStringList{u"None"_s, u"balanced"_s, u"balanced_subsample"_s}));
    p.real(u"min_impurity_decrease"_s, r.pick(QList<double>{0.0, 0.0, 0.0001, 0.001}));
    p.text(u"max_leaf_nodes"_s, r.chance(0.7) ? u"None"_s : QString::number(r.integer(2, 40) * 50));
    p.flag(u"warm_start"_s, false);
    p.real(u"ccp_alpha"_s, r.pick(QList<double>{0.0, 0.0, 0.0005, 0.001, 0.005}));
    p.integer(u"random_state"_s, r.pick(QList<qint64>{0, 7, 42, 1234, 2024}));
    p.integer(u"n_jobs"_s, r.pick(QList<qint64>{-1, 4, 8, 16}));
    c.featureSet = featureSetIndex(p.text(u"feature_set"_s, r.pick(featureSets())));
    p.real(u"validation_split"_s, r.pick(QList<double>{0.1, 0.15, 0.2, 0.25}));
    p.flag(u"calibrate"_s, r.chance(0.3));

    const double featurePenalty = maxFeatures == u"sqrt"_s ? 0.0
        : maxFeatures == u"log2"_s                         ? 0.02
        : maxFeatures == u"0.5"_s                          ? 0.035
                                                           : 0.05;
    const double penalty = 0.0012 * square(std::min(depth, 30.0) - 18.0)
        + 0.12 * (1.0 - std::log(trees / 50.0) / std::log(16.0)) + 0.0015 * square(leaf - 3.0)
        + featurePenalty + featureSetPenalty[c.featureSet];
    c.quality = 1.0 - penalty;
    c.speed = 3.5;
    c.overfit = std::max(0.005, 0.01 + 0.0025 * depth - 0.002 * leaf);
    return c;
}

Config linearConfig(const Family &family, ParamSampler &p)
{
    DemoRandom &r = p.random();
    Config c;
    p.text(u"model"_s, family.model);
    const double regularization = p.real(u"C"_s, rounded(r.logUniform(0.001, 100), 4));
    const QString penaltyKind =
        p.text(u"penalty"_s, r.pick(QStringList{u"l2"_s, u"l2"_s, u"l1"_s, u"elasticnet"_s}));
    const QString solver = penaltyKind == u"l2"_s
        ? r.pick(QStringList{u"lbfgs"_s, u"saga"_s, u"newton-cg"_s})
        : penaltyKind == u"l1"_s ? r.pick(QStringList{u"saga"_s, u"liblinear"_s})
                                 : u"saga"_s;
    p.text(u"solver"_s, solver);
    const qint64 iterations =
        p.integer(u"max_iter"_s, r.pick(QList<qint64>{100, 200, 500, 1000, 2000}));
    p.real(u"tol"_s, r.pick(QList<double>{1e-5, 1e-4, 1e-3}));
    p.flag(u"fit_intercept"_s, r.chance(0.9));
    p.text(u"l1_ratio"_s,
           penaltyKind == u"elasticnet"_s ? pythonFloat(rounded(r.uniform(0.1, 0.9), 1))
                                          : u"None"_s);
    p.text(u"class_weight"_s, r.pick(QStringList{u"None"_s, u"balanced"_s}));
    p.text(u"multi_class"_s, u"auto"_s);
    p.real(u"intercept_scaling"_s, 1.0);
    p.flag(u"dual"_s, false);
    p.flag(u"warm_start"_s, false);
    const QString scaler =
        p.text(u"scaler"_s, r.pick(QStringList{u"standard"_s, u"robust"_s, u"minmax"_s}));
    const qint64 degree = p.integer(u"polynomial_degree"_s, r.chance(0.25) ? 2 : 1);
    p.integer(u"random_state"_s, r.pick(QList<qint64>{0, 7, 42, 1234, 2024}));
    p.integer(u"n_jobs"_s, r.pick(QList<qint64>{-1, 4, 8}));
    c.featureSet = featureSetIndex(p.text(u"feature_set"_s, r.pick(featureSets())));
    p.real(u"validation_split"_s, r.pick(QList<double>{0.1, 0.15, 0.2, 0.25}));
    p.real(u"threshold"_s, r.pick(QList<double>{0.3, 0.4, 0.5, 0.5, 0.5}));

    const double penalty = 0.05 * square(std::log10(regularization))
        + (penaltyKind == u"l1"_s ? 0.02 : 0.0) + (iterations < 500 ? 0.05 : 0.0)
        + (scaler == u"minmax"_s       ? 0.02
               : scaler == u"robust"_s ? 0.01
                                       : 0.0)
        - (degree == 2 ? 0.04 : 0.0) + featureSetPenalty[c.featureSet];
    c.quality = 1.0 - penalty;
    c.speed = iterations < 500 ? 2.5 : 4.5;
    c.overfit = 0.005 + (degree == 2 ? 0.015 : 0.0);
    return c;
}

Config visionConfig(const Family &family, ParamSampler &p)
{
    DemoRandom &r = p.random();
    Config c;
    p.text(u"model"_s, family.model);
    const bool pretrained = p.flag(u"pretrained"_s, r.chance(0.9));
    const QString optimizer =
        p.text(u"optimizer"_s, r.pick(QStringList{u"adamw"_s, u"adamw"_s, u"sgd"_s, u"adam"_s}));
    const bool sgd = optimizer == u"sgd"_s;
    const double bestLr = sgd ? 0.02 : 3e-4;
    const double lr = p.real(u"learning_rate"_s,
                             sgd ? r.pick(QList<double>{0.001, 0.003, 0.01, 0.02, 0.05, 0.1})
                                 : r.pick(QList<double>{1e-5, 3e-5, 1e-4, 3e-4, 0.001, 0.003}));
    p.text(u"momentum"_s, sgd ? u"0.9"_s : u"None"_s);
    const double decay =
        p.real(u"weight_decay"_s, r.pick(QList<double>{1e-6, 1e-5, 1e-4, 5e-4, 0.001, 0.01}));
    const qint64 batch = p.integer(u"batch_size"_s, r.pick(QList<qint64>{16, 32, 64, 128}));
    const qint64 epochs = p.integer(u"epochs"_s, r.pick(QList<qint64>{5, 10, 20, 30, 50}));
    p.integer(u"image_size"_s, r.pick(QList<qint64>{224, 224, 256, 320}));
    const QString augmentation =
        p.text(u"augmentation"_s,
               r.pick(QStringList{u"randaugment"_s, u"autoaugment"_s, u"basic"_s, u"none"_s}));
    p.integer(u"freeze_backbone_epochs"_s, r.integer(0, 5));
    p.text(u"lr_scheduler"_s,
           r.pick(QStringList{u"cosine"_s, u"cosine"_s, u"step"_s, u"onecycle"_s}));
    p.integer(u"warmup_epochs"_s, r.integer(0, 5));
    const double smoothing =
        p.real(u"label_smoothing"_s, r.pick(QList<double>{0.0, 0.05, 0.1, 0.15, 0.2}));
    p.flag(u"mixed_precision"_s, r.chance(0.7));
    p.integer(u"num_workers"_s, r.pick(QList<qint64>{4, 8}));
    const double dropout = p.real(u"dropout"_s, r.pick(QList<double>{0.0, 0.1, 0.2, 0.3, 0.5}));
    p.integer(u"random_seed"_s, r.pick(QList<qint64>{0, 42, 1337}));
    p.integer(u"num_classes"_s, 12);
    c.featureSet = int(r.integer(1, 3)); // which snapshot of the images
    p.real(u"gradient_clip"_s, r.pick(QList<double>{0.5, 1.0, 5.0}));

    const double augmentationPenalty = augmentation == u"none"_s ? 0.06
        : augmentation == u"basic"_s                             ? 0.03
                                                                 : 0.0;
    const double penalty = 0.3 * square(std::log10(lr / bestLr)) + (pretrained ? 0.0 : 0.25)
        + 0.15 * (1.0 - std::log(epochs / 5.0) / std::log(10.0))
        + 0.03 * square(std::log10(decay / 1e-4)) + augmentationPenalty
        + 1.5 * square(smoothing - 0.1) + (batch == 16 ? 0.02 : 0.0);
    c.quality = 1.0 - penalty;
    c.speed = std::clamp(3.5 + 2.0 * std::log10(lr / bestLr), 1.2, 8.0);
    c.overfit = 0.02 + (augmentation == u"none"_s ? 0.06 : 0.0) + (dropout < 0.1 ? 0.02 : 0.0)
        + 0.0008 * epochs;
    c.learningRate = lr;
    c.warmup = true;
    return c;
}

Config languageConfig(const Family &family, ParamSampler &p)
{
    DemoRandom &r = p.random();
    Config c;
    p.text(u"model"_s, family.model);
    const double lr =
        p.real(u"learning_rate"_s, r.pick(QList<double>{1e-5, 2e-5, 3e-5, 5e-5, 1e-4}));
    p.text(u"optimizer"_s, u"adamw"_s);
    const double decay = p.real(u"weight_decay"_s, r.pick(QList<double>{0.0, 0.01, 0.1}));
    p.integer(u"batch_size"_s, r.pick(QList<qint64>{8, 16, 32}));
    const qint64 epochs = p.integer(u"epochs"_s, r.integer(2, 5));
    const qint64 sequence = p.integer(u"max_seq_length"_s, r.pick(QList<qint64>{128, 256, 512}));
    const double warmup = p.real(u"warmup_ratio"_s, r.pick(QList<double>{0.0, 0.05, 0.1, 0.2}));
    p.text(u"lr_scheduler"_s, r.pick(QStringList{u"linear"_s, u"cosine"_s}));
    p.integer(u"gradient_accumulation_steps"_s, r.pick(QList<qint64>{1, 2, 4}));
    p.flag(u"fp16"_s, r.chance(0.8));
    p.real(u"dropout"_s, 0.1);
    p.real(u"attention_dropout"_s, r.pick(QList<double>{0.0, 0.1}));
    p.real(u"label_smoothing"_s, r.pick(QList<double>{0.0, 0.1}));
    p.flag(u"freeze_embeddings"_s, r.chance(0.2));
    p.integer(u"num_labels"_s, 3);
    c.featureSet = int(r.integer(1, 3)); // which snapshot of the tickets
    p.integer(u"random_seed"_s, r.pick(QList<qint64>{0, 42, 1337}));
    p.text(u"tokenizer"_s, family.model);
    p.integer(u"eval_steps"_s, r.pick(QList<qint64>{100, 250, 500}));
    p.real(u"max_grad_norm"_s, 1.0);

    const double penalty = 0.35 * square(std::log10(lr / 3e-5)) + 0.02 * square(epochs - 3.5)
        + (sequence == 128       ? 0.04
               : sequence == 256 ? 0.01
                                 : 0.0)
        + 2.0 * square(warmup - 0.1) + (decay == 0.0 ? 0.01 : 0.0);
    c.quality = 1.0 - penalty;
    c.speed = std::clamp(3.0 + 1.5 * std::log10(lr / 3e-5), 1.5, 7.0);
    c.overfit = 0.02 + 0.015 * (epochs - 2);
    c.learningRate = lr;
    c.warmup = true;
    return c;
}

} // namespace

QStringList sweptKeys(Kind kind)
{
    switch (kind) {
    case Kind::Boosting:
        return {u"learning_rate"_s,
                u"max_depth"_s,
                u"n_estimators"_s,
                u"subsample"_s,
                u"colsample_bytree"_s};
    case Kind::Forest:
        return {u"n_estimators"_s, u"max_depth"_s, u"min_samples_leaf"_s, u"max_features"_s};
    case Kind::Linear:
        return {u"C"_s, u"penalty"_s, u"solver"_s, u"l1_ratio"_s};
    case Kind::Vision:
        return {u"learning_rate"_s, u"weight_decay"_s, u"batch_size"_s, u"label_smoothing"_s};
    case Kind::Language:
        return {u"learning_rate"_s, u"warmup_ratio"_s, u"batch_size"_s, u"weight_decay"_s};
    }
    return {};
}

Config sampleConfig(const Family &family, DemoRandom &random, const QHash<QString, QString> *fixed)
{
    ParamSampler sampler(random, fixed);
    Config config;
    switch (family.kind) {
    case Kind::Boosting:
        config = boostingConfig(family, sampler);
        break;
    case Kind::Forest:
        config = forestConfig(family, sampler);
        break;
    case Kind::Linear:
        config = linearConfig(family, sampler);
        break;
    case Kind::Vision:
        config = visionConfig(family, sampler);
        break;
    case Kind::Language:
        config = languageConfig(family, sampler);
        break;
    }
    config.params = sampler.take();
    config.quality = std::clamp(config.quality + 0.03 * random.normal(), 0.0, 1.0);
    return config;
}

} // namespace Flowdesk::Demo::Catalog
