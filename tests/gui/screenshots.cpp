// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
//
// Renders the main window over a demo store and an empty store into PNG files, for looking at
// what a user sees (not a test: it asserts nothing).
// Usage: flowdesk_screenshots OUTPUT_DIR [DEMO_RUNS [MLRUNS_FOLDER]]
#include "models/demo/demogenerator.h"
#include "models/itemmodels/datasetinputsmodel.h"
#include "models/itemmodels/filtervocabulary.h"
#include "models/itemmodels/runtablemodel.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"
#include "views/dialogs/importdialog.h"
#include "views/dialogs/quickswitcher.h"
#include "views/experimentsidebar.h"
#include "views/mainwindow.h"
#include "views/runs/artifactspanel.h"
#include "views/runs/columnchooser.h"
#include "views/runs/descriptioneditor.h"
#include "views/runs/filterbar.h"
#include "views/runs/rundetailspanel.h"
#include "views/runs/runspane.h"
#include "views/runs/tagseditor.h"
#include "views/server/localservercontrol.h"
#include "views/uisettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWindow>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;

namespace {

void save(QWidget *window, const QString &path)
{
    QTest::qWait(300);
    QPixmap shot;
    // From the screen (under Xvfb), so that popups such as the filter's completion show.
    if (QScreen *screen = window->screen();
        screen && QGuiApplication::platformName() != u"offscreen"_s) {
        const QRect frame = window->frameGeometry();
        shot = screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    }
    if (shot.isNull())
        shot = window->grab();
    shot.save(path);
    std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(FLOWDESK_VERSION));
    const QString output = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(output);
    QTemporaryDir dir;
    const qint64 runs = argc > 2 ? QByteArray(argv[2]).toLongLong() : 500;

    const Store::StoreLocation empty(dir.filePath(u"empty"_s));
    empty.ensureExists();
    Store::Database::open(empty.databasePath());
    {
        ItemModels::StoreReader reader(empty.databasePath());
        Views::UiSettings settings(
            std::make_unique<QSettings>(dir.filePath(u"empty.ini"_s), QSettings::IniFormat));
        Views::MainWindow window(empty.directory(), &reader, &settings);
        window.resize(1400, 850);
        window.show();
        (void)QTest::qWaitFor(
            [&] {
                return window.isWelcomeShown();
            },
            5000);
        save(&window, output + u"/welcome.png"_s);
    }

    // FLOWDESK_SCREENSHOT_STORE: an existing store (e.g. 100k demo runs) instead of a new one.
    const QString existing = qEnvironmentVariable("FLOWDESK_SCREENSHOT_STORE");
    const Store::StoreLocation demo(existing.isEmpty() ? dir.filePath(u"demo"_s) : existing);
    if (existing.isEmpty()) {
        demo.ensureExists();
        auto database = Store::Database::open(demo.databasePath());
        Demo::DemoOptions options;
        options.runs = runs;
        Demo::DemoGenerator(*database).generate(options);
    }
    ItemModels::StoreReader reader(demo.databasePath());
    Views::UiSettings settings(
        std::make_unique<QSettings>(dir.filePath(u"demo.ini"_s), QSettings::IniFormat));
    Views::MainWindow window(demo.directory(), &reader, &settings);
    window.resize(1400, 850);
    window.show();
    QTableView *table = window.runsPane()->tableView();
    (void)QTest::qWaitFor(
        [&] {
            return window.runModel()->rowCount() > 0;
        },
        10000);
    (void)QTest::qWaitFor(
        [&] {
            return table->model()
                ->index(0, 0)
                .data(ItemModels::RunTableModel::IsLoadedRole)
                .toBool();
        },
        5000);
    table->selectRow(2);
    (void)QTest::qWaitFor(
        [&] {
            return !window.detailsPanel()->runId().isEmpty();
        },
        5000);
    save(&window, output + u"/runs-overview.png"_s);
    for (int tab = 1; tab <= 3; ++tab) {
        window.detailsPanel()->tabs()->setCurrentIndex(tab);
        save(&window, output + u"/runs-tab%1.png"_s.arg(tab));
    }
    {
        // The Overview with dataset inputs and a registered model version of the run.
        const QString runId = window.detailsPanel()->runId();
        auto database = Store::Database::open(demo.databasePath());
        Store::Dataset training{
            u"churn-train"_s,
            u"4198cf1b9a3e"_s,
            u"local"_s,
            u"{\"uri\": \"data/churn/train.parquet\"}"_s,
            u"{\"mlflow_colspec\": [{\"type\": \"double\", \"name\": \"tenure\", "
            "\"required\": true}, {\"type\": \"double\", \"name\": \"spend\", \"required\": "
            "true}, {\"type\": \"string\", \"name\": \"plan\", \"required\": true}, "
            "{\"type\": \"long\", \"name\": \"churned\", \"required\": true}]}"_s,
            u"{\"num_rows\": 48210, \"num_elements\": 192840}"_s};
        Store::Dataset eval{u"churn-eval"_s,
                            u"77c0d2e1"_s,
                            u"http"_s,
                            u"{\"url\": \"https://data.example.com/churn/eval.csv\"}"_s,
                            QString(),
                            u"{\"num_rows\": 5000, \"num_elements\": 20000}"_s};
        Store::TrackingStore(*database).logInputs(
            runId,
            {{training, {{u"mlflow.data.context"_s, u"training"_s}}},
             {eval, {{u"mlflow.data.context"_s, u"eval"_s}}}});
        Store::RegistryStore registry(*database);
        if (!registry.hasRegisteredModel(u"churn-classifier"_s))
            registry.createRegisteredModel(u"churn-classifier"_s, QString(), {});
        Store::ModelVersionCreation creation;
        creation.name = u"churn-classifier"_s;
        creation.runId = runId;
        creation.source = u"runs:/"_s + runId + u"/model"_s;
        const qint64 version = registry.createModelVersion(creation).version;
        registry.setAlias(u"churn-classifier"_s, u"champion"_s, version);
        database.reset();
        window.findChild<QAction *>(u"refreshAction"_s)->trigger();
        (void)QTest::qWaitFor(
            [&] {
                return !window.detailsPanel()->datasetCards().isEmpty();
            },
            5000);
        window.detailsPanel()->tabs()->setCurrentIndex(0);
        save(&window, output + u"/explorer-details-datasets.png"_s);
        QDialog *schema =
            window.detailsPanel()->showDatasetJson(0, ItemModels::DatasetInputsModel::SchemaRole);
        save(schema, output + u"/explorer-dataset-schema.png"_s);
        schema->close();
    }
    table->scrollToBottom();
    save(&window, output + u"/runs-scrolled.png"_s);
    table->scrollToTop();

    // The explorer: local server, filter bar (applied, completing, rejected).
    window.localServer()->toggleAction()->setChecked(true);
    save(&window, output + u"/explorer-server.png"_s);
    auto *vocabulary = window.findChild<ItemModels::FilterVocabulary *>();
    (void)QTest::qWaitFor(
        [&] {
            return !vocabulary->metricKeys().isEmpty() && !vocabulary->paramKeys().isEmpty();
        },
        5000);
    Views::FilterBar *bar = window.runsPane()->filterBar();
    const QString metric = vocabulary->metricKeys().first();
    bar->setFilter(
        u"metrics.%1 > 0.5 and attributes.status = 'FINISHED' or params.%2 IS NULL"_s.arg(
            metric, vocabulary->paramKeys().first()));
    (void)QTest::qWaitFor(
        [&] {
            return !window.runModel()->isLoading();
        },
        5000);
    save(&window, output + u"/explorer-filter.png"_s);
    bar->lineEdit()->clear();
    bar->lineEdit()->setFocus();
    QTest::keyClicks(bar->lineEdit(), u"metrics."_s);
    save(&window, output + u"/explorer-completion.png"_s);
    bar->lineEdit()->clear();
    QTest::keyClicks(bar->lineEdit(), u"metrics.%1 > 0.5 and foo.bar = 1"_s.arg(metric));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    save(&window, output + u"/explorer-filter-error.png"_s);
    bar->setFilter(QString());
    (void)QTest::qWaitFor(
        [&] {
            return !window.runModel()->isLoading();
        },
        5000);

    // Dynamic columns, sorted by a metric; then the chooser.
    using ItemModels::RunColumn;
    ItemModels::RunColumns columns;
    for (const QString &key : vocabulary->metricKeys().mid(0, 2))
        columns.append({RunColumn::Kind::Metric, key});
    if (!vocabulary->metricKeys().isEmpty())
        columns.append(
            {RunColumn::Kind::Metric, vocabulary->metricKeys().first(), RunColumn::Aggregate::Min});
    for (const QString &key : vocabulary->paramKeys().mid(0, 2))
        columns.append({RunColumn::Kind::Param, key});
    window.runModel()->setColumns(columns);
    table->sortByColumn(ItemModels::RunTableModel::ColumnCount, Qt::DescendingOrder);
    (void)QTest::qWaitFor(
        [&] {
            return !window.runModel()->isLoading()
                && table->model()
                       ->index(0, 0)
                       .data(ItemModels::RunTableModel::IsLoadedRole)
                       .toBool();
        },
        5000);
    save(&window, output + u"/explorer-columns.png"_s);
    Views::ColumnChooser *chooser = window.runsPane()->showColumnChooser();
    QTest::keyClicks(chooser->searchBox(), u"ac"_s);
    save(&window, output + u"/explorer-column-chooser.png"_s);
    chooser->close();

    // The name and the first metric pinned, the rest scrolled fully right.
    window.runsPane()->setColumnPinned(ItemModels::RunTableModel::ColumnCount, true);
    // The chooser took the activation away (no window manager under Xvfb).
    window.activateWindow();
    table->setFocus();
    // The third run shown (child runs are folded away).
    for (int row = 0, shown = 0; row < window.runModel()->rowCount(); ++row) {
        if (!window.runsPane()->isRowFolded(row) && ++shown == 3) {
            window.runsPane()->selectRow(row);
            break;
        }
    }
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QTest::qWait(200);
    save(&window, output + u"/explorer-pinned.png"_s);
    window.runsPane()->setColumnPinned(ItemModels::RunTableModel::ColumnCount, false);
    table->horizontalScrollBar()->setValue(0);

    // Child runs: the first parent in MLflow's order, expanded.
    table->sortByColumn(ItemModels::RunTableModel::CreatedColumn, Qt::DescendingOrder);
    (void)QTest::qWaitFor(
        [&] {
            return !window.runModel()->isLoading();
        },
        5000);
    for (int row = 0; row < window.runModel()->rowCount(); ++row) {
        if (window.runModel()->childCountAt(row) > 0) {
            window.runsPane()->setExpanded(row, true);
            window.runsPane()->selectRow(row);
            break;
        }
    }
    save(&window, output + u"/explorer-nested.png"_s);
    const int detailsTab = window.detailsPanel()->tabs()->currentIndex();
    window.detailsPanel()->tabs()->setCurrentIndex(0);
    save(&window, output + u"/explorer-run-links.png"_s);
    {
        // A child the filter hides: its link opens it in the details with "Show in Table".
        Views::RunDetailsPanel *panel = window.detailsPanel();
        const QString parentName = panel->findChild<QLabel *>(u"runHeading"_s)->text();
        window.runsPane()->filterBar()->setFilter(u"attributes.run_name = '%1'"_s.arg(parentName));
        (void)QTest::qWaitFor(
            [&] {
                return !window.runModel()->isLoading() && window.runModel()->rowCount() == 1
                    && !panel->childRunLabels().isEmpty();
            },
            5000);
        QTest::qWait(200);
        if (!panel->childRunLabels().isEmpty()) {
            static const QRegularExpression href(u"href=\"(run:\\d+)\""_s);
            const QRegularExpressionMatch match =
                href.match(panel->childRunLabels().first()->text());
            if (match.hasMatch())
                emit panel->childRunLabels().first()->linkActivated(match.captured(1));
            (void)QTest::qWaitFor(
                [&] {
                    return panel->notListedBanner()->isVisible();
                },
                5000);
            save(&window, output + u"/explorer-run-not-listed.png"_s);
        }
        window.runsPane()->filterBar()->setFilter(QString());
        (void)QTest::qWaitFor(
            [&] {
                return !window.runModel()->isLoading();
            },
            5000);
    }
    window.detailsPanel()->tabs()->setCurrentIndex(detailsTab);

    // Grouped by the first param, with the first metric.
    QComboBox *group = window.runsPane()->groupByCombo();
    group->setCurrentIndex(qMin(1, group->count() - 1));
    window.runsPane()->setGroupMetrics(vocabulary->metricKeys().mid(0, 2));
    QTest::qWait(500);
    save(&window, output + u"/explorer-groupby.png"_s);
    window.runsPane()->setGroupMetrics({});
    group->setCurrentIndex(0);

    // Run details: description, tags, artifacts.
    table->selectRow(1);
    (void)QTest::qWaitFor(
        [&] {
            return !window.detailsPanel()->runId().isEmpty();
        },
        5000);
    Views::RunDetailsPanel *details = window.detailsPanel();
    details->tabs()->setCurrentWidget(details->descriptionEditor());
    save(&window, output + u"/explorer-description.png"_s);
    details->descriptionEditor()->startEditing();
    details->descriptionEditor()->sourceEdit()->setPlainText(
        u"## Baseline\nGradient boosting with **early stopping**.\n\n- depth 6\n- lr 0.05\n"_s);
    save(&window, output + u"/explorer-description-edit.png"_s);
    details->descriptionEditor()->setDescription(details->descriptionEditor()->description(), true);
    details->tabs()->setCurrentWidget(details->tagsEditor());
    save(&window, output + u"/explorer-tags.png"_s);

    // Ctrl+K, with part of a run name typed.
    {
        Views::QuickSwitcher *switcher = window.showQuickSwitcher();
        QTest::keyClicks(switcher->searchBox(), u"xgb"_s);
        (void)QTest::qWaitFor(
            [&] {
                return switcher->resultList()->model()->rowCount() > 0;
            },
            5000);
        save(&window, output + u"/explorer-quick-switcher.png"_s);
        switcher->close();
    }

    Views::ArtifactsPanel *artifacts = details->artifactsPanel();
    const QString directory = artifacts->directory();
    if (!directory.isEmpty()) {
        QDir().mkpath(directory + u"/model"_s);
        QDir().mkpath(directory + u"/eval"_s);
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile file(directory + u'/' + name);
            if (file.open(QIODevice::WriteOnly))
                file.write(data);
        };
        write(u"eval/predictions.csv"_s,
              "id,label,score,comment\n1,churn,0.91,\"long tenure, high spend\"\n2,stay,0.12,"
              "\n3,churn,0.77,new customer\n");
        write(u"train.log"_s, "epoch 1 loss=0.61\nepoch 2 loss=0.44\nepoch 3 loss=0.39\n");
        write(u"model/requirements.txt"_s, "mlflow==2.14.1\nscikit-learn==1.2.1\n");
        write(u"model/conda.yaml"_s, "channels: [conda-forge]\ndependencies: [python=3.11]\n");
        write(u"model/MLmodel"_s,
              "artifact_path: model\nflavors:\n  python_function:\n    loader_module: "
              "mlflow.sklearn\n    python_version: 3.11.2\n  sklearn:\n    sklearn_version: "
              "1.2.1\nmlflow_version: 2.14.1\nsignature:\n  inputs: '[{\"type\": \"double\", "
              "\"name\": \"tenure\"}, {\"type\": \"double\", \"name\": \"spend\"}]'\n  "
              "outputs: '[{\"type\": \"long\"}]'\n");
        artifacts->setDirectory(QString());
        artifacts->setDirectory(directory);
        details->tabs()->setCurrentWidget(artifacts);
        artifacts->tree()->expandAll();
        QTest::qWait(500);
        artifacts->tree()->expandAll();
        artifacts->preview(directory + u"/model/MLmodel"_s);
        save(&window, output + u"/explorer-artifacts-model.png"_s);
        artifacts->preview(directory + u"/eval/predictions.csv"_s);
        save(&window, output + u"/explorer-artifacts-csv.png"_s);
    }

    window.localServer()->toggleAction()->setChecked(false);

    // The import dialog's summary, when an mlruns folder is given as the third argument.
    if (argc > 3) {
        ImportDialog dialog(QString::fromLocal8Bit(argv[3]),
                            dir.filePath(u"imported"_s),
                            Importers::ArtifactMode::Copy);
        dialog.resize(700, 420);
        dialog.show();
        dialog.start();
        (void)QTest::qWaitFor(
            [&] {
                return dialog.isFinished();
            },
            60000);
        save(&dialog, output + u"/import-summary.png"_s);
    }
    return 0;
}
