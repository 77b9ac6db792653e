// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/artifactpreview.h"
#include "models/itemmodels/runtablemodel.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"
#include "views/experimentsidebar.h"
#include "views/mainwindow.h"
#include "views/runs/artifactspanel.h"
#include "views/runs/rundetailspanel.h"
#include "views/runs/runspane.h"
#include "views/uisettings.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;
using ItemModels::ArtifactPreview;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

class tst_Artifacts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mapsArtifactUrisToLocalDirectories_data();
    void mapsArtifactUrisToLocalDirectories();
    void previewsEachKindOfFile_data();
    void previewsEachKindOfFile();
    void readsMlmodelFlavorsSignatureAndEnvironment();
    void detailsTabShowsTreeAndPreviews();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::StoreLocation> m_location;
    std::unique_ptr<Store::Database> m_database;
    QString m_runId;
    QString m_artifacts; // the run's artifact directory
    qint64 m_experiment = -1;
};

void tst_Artifacts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Artifacts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = std::make_unique<Store::StoreLocation>(m_dir->filePath(u"store"_s));
    m_location->ensureExists();
    m_database = Store::Database::open(m_location->databasePath());
    Store::TrackingStore store(*m_database);
    m_experiment = store.createExperiment(u"vision"_s);
    Store::RunCreation creation;
    creation.experimentId = m_experiment;
    creation.runName = u"resnet"_s;
    const Store::Run run = store.createRun(creation);
    m_runId = run.info.runId;
    m_artifacts = ArtifactPreview::runDirectory(m_location->directory(), run.info.artifactUri);
    QVERIFY(!m_artifacts.isEmpty());
    writeFile(m_artifacts + u"/notes.txt"_s, "epoch 1: loss 0.5\nepoch 2: loss 0.4\n");
    writeFile(m_artifacts + u"/metrics.json"_s, R"({"auc":0.91,"classes":["cat","dog"]})");
    writeFile(m_artifacts + u"/eval/predictions.csv"_s,
              "id,label,comment\r\n1,cat,\"fluffy, small\"\r\n2,dog,\"says \"\"woof\"\"\"\r\n");
    writeFile(m_artifacts + u"/eval/scores.tsv"_s, "id\tscore\n1\t0.9\n");
    writeFile(m_artifacts + u"/weights.bin"_s, QByteArray("\x00\x01\x02binary", 9));
    QImage image(8, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(m_artifacts + u"/plot.png"_s));
    const QString sample = QStringLiteral(FLOWDESK_TEST_DATA_DIR)
        + u"/mlruns-sample/mlruns/834137270320664847/847aadc58dab4a9a93254de64dd34289/artifacts/"
          "model/"_s;
    for (const QString &name : {u"MLmodel"_s, u"conda.yaml"_s, u"requirements.txt"_s}) {
        QFile source(sample + name);
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(sample + name));
        writeFile(m_artifacts + u"/model/"_s + name, source.readAll());
    }
}

void tst_Artifacts::cleanup()
{
    m_database.reset();
    m_location.reset();
    m_dir.reset();
}

void tst_Artifacts::mapsArtifactUrisToLocalDirectories_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected"); // relative to the store; "-" = not local
    QTest::newRow("proxied") << u"mlflow-artifacts:/3/abc/artifacts"_s
                             << u"artifacts/3/abc/artifacts"_s;
    QTest::newRow("escaping-the-store") << u"mlflow-artifacts:/../../etc"_s << u"-"_s;
    QTest::newRow("remote") << u"s3://bucket/3/abc/artifacts"_s << u"-"_s;
}

void tst_Artifacts::mapsArtifactUrisToLocalDirectories()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    const QString store = m_location->directory();
    const QString directory = ArtifactPreview::runDirectory(store, uri);
    if (expected == u"-"_s)
        QVERIFY2(directory.isEmpty(), qPrintable(directory));
    else
        QCOMPARE(QDir::cleanPath(directory), QDir::cleanPath(store + u'/' + expected));
    // file:// URIs (MLflow's local file store) are used as they are.
    QCOMPARE(ArtifactPreview::runDirectory(store, QUrl::fromLocalFile(m_artifacts).toString()),
             m_artifacts);
}

void tst_Artifacts::previewsEachKindOfFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::newRow("log") << u"notes.txt"_s << int(ArtifactPreview::Kind::Text);
    QTest::newRow("json") << u"metrics.json"_s << int(ArtifactPreview::Kind::Text);
    QTest::newRow("csv") << u"eval/predictions.csv"_s << int(ArtifactPreview::Kind::Table);
    QTest::newRow("tsv") << u"eval/scores.tsv"_s << int(ArtifactPreview::Kind::Table);
    QTest::newRow("image") << u"plot.png"_s << int(ArtifactPreview::Kind::Image);
    QTest::newRow("binary") << u"weights.bin"_s << int(ArtifactPreview::Kind::Binary);
    QTest::newRow("yaml") << u"model/conda.yaml"_s << int(ArtifactPreview::Kind::Text);
    QTest::newRow("mlmodel") << u"model/MLmodel"_s << int(ArtifactPreview::Kind::Model);
}

void tst_Artifacts::previewsEachKindOfFile()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    const ArtifactPreview preview = ArtifactPreview::load(m_artifacts + u'/' + file);
    QCOMPARE(int(preview.kind), kind);
    if (file == u"metrics.json"_s)
        QVERIFY(preview.text.contains(u"\n    \"auc\": 0.91"_s)); // pretty-printed
    if (file == u"eval/predictions.csv"_s) {
        QCOMPARE(preview.rows.size(), 3);
        QCOMPARE(preview.rows.at(0), (QStringList{u"id"_s, u"label"_s, u"comment"_s}));
        QCOMPARE(preview.rows.at(1).at(2), u"fluffy, small"_s);
        QCOMPARE(preview.rows.at(2).at(2), u"says \"woof\""_s);
    }
    if (file == u"eval/scores.tsv"_s)
        QCOMPARE(preview.rows.at(1), (QStringList{u"1"_s, u"0.9"_s}));
    if (file == u"plot.png"_s)
        QCOMPARE(preview.image.size(), QSize(8, 4));
}

void tst_Artifacts::readsMlmodelFlavorsSignatureAndEnvironment()
{
    const ArtifactPreview model = ArtifactPreview::load(m_artifacts + u"/model/MLmodel"_s);
    QCOMPARE(model.kind, ArtifactPreview::Kind::Model);
    QCOMPARE(model.mlflowVersion, u"2.14.1"_s);
    QCOMPARE(model.flavors,
             (QStringList{u"python_function (mlflow.sklearn)"_s, u"sklearn (1.2.1)"_s}));
    QCOMPARE(model.inputs.size(), 4);
    QCOMPARE(model.inputs.first(), (QPair<QString, QString>{u"sepal length (cm)"_s, u"double"_s}));
    QCOMPARE(model.outputs, (QList<QPair<QString, QString>>{{QString(), u"long"_s}}));
    QCOMPARE(model.environmentFiles, (QStringList{u"requirements.txt"_s, u"conda.yaml"_s}));

    writeFile(m_artifacts + u"/broken/MLmodel"_s, "flavors: [unclosed");
    const ArtifactPreview broken = ArtifactPreview::load(m_artifacts + u"/broken/MLmodel"_s);
    QCOMPARE(broken.kind, ArtifactPreview::Kind::Error);
    QVERIFY(!broken.text.isEmpty());
}

void tst_Artifacts::detailsTabShowsTreeAndPreviews()
{
    ItemModels::StoreReader reader(m_location->databasePath());
    Views::UiSettings settings(
        std::make_unique<QSettings>(m_dir->filePath(u"ui.ini"_s), QSettings::IniFormat));
    Views::MainWindow window(m_location->directory(), &reader, &settings);
    window.show();
    QTRY_VERIFY(window.sidebar()->selectExperiment(m_experiment));
    QTRY_COMPARE(window.runModel()->rowCount(), 1);
    QTRY_VERIFY(!window.runModel()->runIdAt(0).isEmpty());
    window.runsPane()->selectRow(0);
    QTRY_COMPARE(window.detailsPanel()->runId(), m_runId);
    Views::ArtifactsPanel *panel = window.detailsPanel()->artifactsPanel();
    window.detailsPanel()->tabs()->setCurrentWidget(panel);
    QCOMPARE(QDir::cleanPath(panel->directory()), QDir::cleanPath(m_artifacts));
    QTreeView *tree = panel->tree();
    QVERIFY(tree->isVisible());
    // The tree lists the run's files (loaded by the file system model in the background).
    QTRY_VERIFY(tree->model()->rowCount(tree->rootIndex()) >= 6);
    QStringList names;
    for (int row = 0; row < tree->model()->rowCount(tree->rootIndex()); ++row)
        names.append(tree->model()->index(row, 0, tree->rootIndex()).data().toString());
    QVERIFY2(names.contains(u"model"_s) && names.contains(u"notes.txt"_s),
             qPrintable(names.join(u',')));
    QCOMPARE(panel->currentPreview(), u"message"_s);
    QVERIFY(!panel->openButton()->isEnabled());

    // Clicking a file in the tree previews it.
    const int notesRow = int(names.indexOf(u"notes.txt"_s));
    tree->setCurrentIndex(tree->model()->index(notesRow, 0, tree->rootIndex()));
    QCOMPARE(panel->currentPreview(), u"text"_s);
    QVERIFY(panel->textView()->toPlainText().startsWith(u"epoch 1"_s));

    panel->preview(m_artifacts + u"/eval/predictions.csv"_s);
    QCOMPARE(panel->currentPreview(), u"table"_s);
    QCOMPARE(panel->tableView()->model()->rowCount(), 2);
    QCOMPARE(panel->tableView()->model()->headerData(2, Qt::Horizontal).toString(), u"comment"_s);
    panel->preview(m_artifacts + u"/plot.png"_s);
    QCOMPARE(panel->currentPreview(), u"image"_s);
    QCOMPARE(panel->imageView()->pixmap().size(), QSize(8, 4));
    panel->preview(m_artifacts + u"/model/MLmodel"_s);
    QCOMPARE(panel->currentPreview(), u"model"_s);
    const QString model = panel->modelView()->toPlainText();
    QVERIFY(model.contains(u"sklearn (1.2.1)"_s));
    QVERIFY(model.contains(u"sepal length (cm)"_s));
    QVERIFY(model.contains(u"requirements.txt, conda.yaml"_s));
    panel->preview(m_artifacts + u"/weights.bin"_s);
    QCOMPARE(panel->currentPreview(), u"message"_s);

    // Any file, previewable or not, can be opened elsewhere or saved as a copy.
    QVERIFY(panel->openButton()->isEnabled());
    QVERIFY(panel->saveCopyButton()->isEnabled());
    const QString copy = m_dir->filePath(u"copy.bin"_s);
    QVERIFY(panel->saveCopy(copy));
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("\x00\x01\x02binary", 9));
    QVERIFY(panel->saveCopy(copy)); // replaces an existing file
    QVERIFY(!panel->saveCopy(m_dir->filePath(u"no/such/dir/copy.bin"_s)));
    QVERIFY(panel->messageView()->text().contains(u"could not be written"_s));
}

QTEST_MAIN(tst_Artifacts)
#include "tst_artifacts.moc"
