// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "importtestsupport.h"

#include "models/importers/importer.h"
#include "models/importers/metrichistoryexport.h"
#include "models/importers/mlrunsexporter.h"
#include "models/importers/tablewriter.h"
#include "models/store/database.h"
#include "models/store/registrystore.h"
#include "models/store/trackingstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk::Store;
using namespace Flowdesk::Importers;
using namespace ImportTestSupport;

namespace {

const QString LogregRun = u"847aadc58dab4a9a93254de64dd34289"_s;

QString dataDir()
{
    return QStringLiteral(FLOWDESK_TEST_DATA_DIR);
}

/// The store's content by natural keys (names, run ids, metric keys), without the surrogate
/// integer keys that depend on insertion order.
QStringList contentDump(Database &database)
{
    const QStringList queries = {
        u"SELECT experiment_id, name, artifact_location, lifecycle_stage, creation_time, "
        "last_update_time FROM experiments"_s,
        u"SELECT experiment_id, key, value FROM experiment_tags"_s,
        u"SELECT run_id, experiment_id, name, user_id, status, start_time, end_time, deleted_time, "
        "lifecycle_stage, artifact_uri FROM runs"_s,
        u"SELECT r.run_id, p.key, p.value FROM params p JOIN runs r USING (run_key)"_s,
        u"SELECT r.run_id, t.key, t.value FROM run_tags t JOIN runs r USING (run_key)"_s,
        u"SELECT r.run_id, k.key, m.step, m.timestamp, quote(m.value), m.is_nan FROM metrics m "
        "JOIN runs r USING (run_key) JOIN metric_keys k USING (key_id)"_s,
        u"SELECT r.run_id, k.key, quote(l.value), l.is_nan, l.step, l.timestamp, "
        u"quote(l.min_value), "
        "quote(l.max_value), quote(l.sum_value), l.value_count, l.point_count, "
        "quote(l.first_value), l.first_step, l.first_timestamp FROM latest_metrics l "
        "JOIN runs r USING (run_key) JOIN metric_keys k USING (key_id)"_s,
        u"SELECT experiment_id, name, digest, source_type, source, schema, profile FROM datasets"_s,
        u"SELECT r.run_id, d.name, d.digest, t.key, t.value FROM run_inputs i "
        "JOIN runs r USING (run_key) JOIN datasets d USING (dataset_key) "
        "LEFT JOIN run_input_tags t USING (input_key)"_s,
        u"SELECT name, description, creation_time, last_updated_time, last_version "
        "FROM registered_models"_s,
        u"SELECT m.name, t.key, t.value FROM registered_model_tags t JOIN registered_models m "
        "USING (model_key)"_s,
        u"SELECT m.name, v.version, v.description, v.creation_time, v.last_updated_time, "
        "v.user_id, v.source, v.run_id, v.run_link, v.status, v.status_message, v.current_stage, "
        "v.storage_location FROM model_versions v JOIN registered_models m USING (model_key)"_s,
        u"SELECT m.name, t.version, t.key, t.value FROM model_version_tags t "
        "JOIN registered_models m USING (model_key)"_s,
        u"SELECT m.name, a.alias, a.version FROM model_aliases a JOIN registered_models m "
        "USING (model_key)"_s,
    };
    QStringList lines;
    for (const QString &sql : queries) {
        QSqlQuery q(database.connection());
        if (!q.exec(sql))
            return {u"query failed: "_s + sql};
        QStringList block;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).isNull() ? u"<null>"_s : q.value(i).toString());
            block.append(cells.join(u'|'));
        }
        block.sort();
        lines.append(sql.left(40));
        lines += block;
    }
    return lines;
}

} // namespace

class tst_MlrunsExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripGivesTheSameStore();
    void writesTheFileStoreFormat();
    void limitsToNamedExperiments();
    void refusesAFolderThatIsNotEmpty();
    void exportsMetricHistoriesAsCsv();
    void writesTablesAsCsvAndJson();

private:
    std::unique_ptr<Database> openStore(const QString &name);

    QString artifactRoot(const QString &name) const
    {
        return m_dir->filePath(name + u"/artifacts"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_store;
};

void tst_MlrunsExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(copyTree(dataDir() + u"/mlruns-sample/mlruns"_s, m_dir->filePath(u"source/mlruns"_s)));
    m_store = openStore(u"a"_s);
    Importer importer(*m_store, artifactRoot(u"a"_s));
    const ImportReport fromFiles = importer.run(m_dir->filePath(u"source/mlruns"_s));
    QVERIFY(fromFiles.issues.isEmpty());
    const ImportReport fromDb = importer.run(dataDir() + u"/mlflow-db-sample/mlflow.db"_s);
    QVERIFY(fromDb.issues.isEmpty());
    QCOMPARE(fromFiles.runs.imported + fromDb.runs.imported, 15);
}

void tst_MlrunsExporter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<Database> tst_MlrunsExporter::openStore(const QString &name)
{
    QDir().mkpath(artifactRoot(name));
    return Database::open(m_dir->filePath(name + u"/flowdesk.db"_s));
}

void tst_MlrunsExporter::roundTripGivesTheSameStore()
{
    const QString out = m_dir->filePath(u"export/mlruns"_s);
    const MlrunsExporter::Report exported = MlrunsExporter(*m_store, artifactRoot(u"a"_s)).run(out);
    QVERIFY(exported.issues.isEmpty());
    QCOMPARE(exported.experiments, 6);
    QCOMPARE(exported.runs, 15);
    QCOMPARE(exported.models, 2);
    QCOMPARE(exported.modelVersions, 4);

    auto fresh = openStore(u"b"_s);
    const ImportReport imported = Importer(*fresh, artifactRoot(u"b"_s)).run(out);
    QVERIFY2(imported.issues.isEmpty(), qPrintable(imported.summaryLines().join(u'\n')));
    QCOMPARE(imported.runs.imported, 15);
    const QStringList expected = contentDump(*m_store);
    const QStringList actual = contentDump(*fresh);
    for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(filesUnder(artifactRoot(u"b"_s)), filesUnder(artifactRoot(u"a"_s)));
    QVERIFY(!filesUnder(artifactRoot(u"b"_s)).isEmpty());
}

void tst_MlrunsExporter::writesTheFileStoreFormat()
{
    // What MLflow wrote and what the exporter writes from the imported copy are the same files,
    // byte for byte, once the recorded location is put back.
    const QString out = m_dir->filePath(u"export"_s);
    QVERIFY(MlrunsExporter(*m_store, artifactRoot(u"a"_s)).run(out).issues.isEmpty());
    const QString sample = dataDir() + u"/mlruns-sample/mlruns"_s;
    const QByteArray outUri = QUrl::fromLocalFile(out).toString().toUtf8();
    const auto expected = filesUnder(sample);
    const auto written = filesUnder(out);
    int compared = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        // MLflow 2.14 adds "tags: {}" to an experiment created with no tags argument only; and
        // Default took the times of the database sample imported after the folder.
        if (it.key().startsWith(u".trash/"_s) || it.key() == u"0/meta.yaml"_s)
            continue;
        QVERIFY2(written.contains(it.key()), qPrintable(it.key()));
        QByteArray text = written.value(it.key());
        text.replace(outUri, "file:///home/user/mlruns");
        // MLflow 2.14 left version 2's alias list stale when 'challenger' was set on it (it
        // reads aliases from the aliases/ folder); the export writes the current list.
        if (it.key() == u"models/sample-classifier/version-2/meta.yaml"_s)
            text.replace("aliases:\n- challenger\n", "aliases: []\n");
        QCOMPARE(QString::fromUtf8(text), QString::fromUtf8(it.value()));
        ++compared;
    }
    QCOMPARE(compared, int(expected.size()) - 2);
    QVERIFY(QFileInfo(out + u"/.trash/587147792038156658/meta.yaml"_s).isFile());
}

void tst_MlrunsExporter::limitsToNamedExperiments()
{
    const QString out = m_dir->filePath(u"export"_s);
    MlrunsExporter::Options options;
    options.experiments = {u"sample-classification"_s};
    const MlrunsExporter::Report report =
        MlrunsExporter(*m_store, artifactRoot(u"a"_s)).run(out, options);
    QVERIFY(report.issues.isEmpty());
    QCOMPARE(report.experiments, 1);
    QCOMPARE(report.runs, 6);
    // Only the model whose versions come from the exported runs.
    QCOMPARE(report.models, 1);
    QCOMPARE(report.modelVersions, 2);
    QVERIFY(QFileInfo(out + u"/models/sample-classifier/version-2/meta.yaml"_s).isFile());
    QVERIFY(!QFileInfo::exists(out + u"/models/db-sample-model"_s));
    QVERIFY(!QFileInfo::exists(out + u"/693453949197065660"_s));
    QVERIFY(!QFileInfo::exists(out + u"/1"_s));
}

void tst_MlrunsExporter::refusesAFolderThatIsNotEmpty()
{
    const QString out = m_dir->filePath(u"busy"_s);
    QVERIFY(writeFile(out + u"/keep.txt"_s, "mine"));
    const MlrunsExporter::Report report = MlrunsExporter(*m_store, artifactRoot(u"a"_s)).run(out);
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.runs, 0);
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{u"keep.txt"_s});
}

void tst_MlrunsExporter::exportsMetricHistoriesAsCsv()
{
    TrackingStore tracking(*m_store);
    QCOMPARE(MetricHistoryExport::csv(tracking, {LogregRun}, {u"loss"_s}),
             QByteArray("run_id,key,step,timestamp,value\n"
                        "847aadc58dab4a9a93254de64dd34289,loss,0,1796412890573,0.9\n"
                        "847aadc58dab4a9a93254de64dd34289,loss,1,1796412891573,0.51\n"
                        "847aadc58dab4a9a93254de64dd34289,loss,2,1796412892573,0.22\n"
                        "847aadc58dab4a9a93254de64dd34289,loss,3,1796412893573,0.2\n"
                        "847aadc58dab4a9a93254de64dd34289,loss,3,1796412895573,0.19\n"));
    const QByteArray all = MetricHistoryExport::csv(tracking, {LogregRun});
    QCOMPARE(all.count('\n'), 1 + 5 + 4 + 1);
    QVERIFY(all.contains("847aadc58dab4a9a93254de64dd34289,val/acc,3,1796412893573,0.93\n"));
    const QByteArray failed =
        MetricHistoryExport::csv(tracking, {u"cb81380e67d2416cbfae22ffeeed7c2b"_s});
    QVERIFY(failed.contains(",loss,0,1796412893694,nan\n"));
    QVERIFY(failed.contains(",loss,1,1796412894594,inf\n"));
}

void tst_MlrunsExporter::writesTablesAsCsvAndJson()
{
    const QStringList headers = {u"name"_s, u"rmse"_s, u"steps"_s};
    const QList<QVariantList> rows = {
        {u"plain"_s, 0.5, 3},
        {u"with, comma \"quoted\""_s, 1.0, 10},
        {u"line\nbreak"_s, std::numeric_limits<double>::quiet_NaN(), QVariant()}};
    QCOMPARE(TableWriter::csv(headers, rows),
             QByteArray("name,rmse,steps\nplain,0.5,3\n\"with, comma \"\"quoted\"\"\",1.0,10\n"
                        "\"line\nbreak\",nan,\n"));
    const QJsonArray json = QJsonDocument::fromJson(TableWriter::json(headers, rows)).array();
    QCOMPARE(json.size(), 3);
    QCOMPARE(json.at(0).toObject().value(u"rmse"_s).toDouble(), 0.5);
    QCOMPARE(json.at(1).toObject().value(u"steps"_s).toInt(), 10);
    QCOMPARE(json.at(1).toObject().value(u"name"_s).toString(), u"with, comma \"quoted\""_s);
    QCOMPARE(json.at(2).toObject().value(u"rmse"_s).toString(), u"nan"_s);
    QVERIFY(json.at(2).toObject().value(u"steps"_s).isNull());
}

QTEST_GUILESS_MAIN(tst_MlrunsExporter)
#include "tst_mlrunsexporter.moc"
