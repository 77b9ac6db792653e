// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/runtablemodel.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/storelocation.h"
#include "models/store/trackingstore.h"
#include "views/experimentsidebar.h"
#include "views/mainwindow.h"
#include "views/server/localservercontrol.h"
#include "views/uisettings.h"
#include "views/welcomepage.h"

#include <QAction>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Flowdesk;

namespace {

struct Reply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QJsonObject body;
};

Reply post(QNetworkAccessManager &network,
           const QUrl &base,
           const QString &path,
           const QJsonObject &body)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Reply result;
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

} // namespace

class tst_LocalServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomeButtonStartsServerAndLoggedRunAppears();
    void busyPortFallsBackToFreePortAndSaysSo();
    void copiesTrackingUriExport();
    void togglingOffStopsServing();

private:
    Views::MainWindow *showWindow();
    quint16 freePort();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::StoreLocation> m_location;
    std::unique_ptr<ItemModels::StoreReader> m_reader;
    std::unique_ptr<Views::UiSettings> m_settings;
    std::unique_ptr<Views::MainWindow> m_window;
    QNetworkAccessManager m_network;
};

void tst_LocalServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_LocalServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = std::make_unique<Store::StoreLocation>(m_dir->filePath(u"store"_s));
    m_location->ensureExists();
    // Creates the schema and the Default experiment.
    Store::Database::open(m_location->databasePath());
}

void tst_LocalServer::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_reader.reset();
    m_location.reset();
    m_dir.reset();
}

Views::MainWindow *tst_LocalServer::showWindow()
{
    m_reader = std::make_unique<ItemModels::StoreReader>(m_location->databasePath());
    m_settings = std::make_unique<Views::UiSettings>(
        std::make_unique<QSettings>(m_dir->filePath(u"ui.ini"_s), QSettings::IniFormat));
    m_window = std::make_unique<Views::MainWindow>(
        m_location->directory(), m_reader.get(), m_settings.get());
    // Never the user's 5000: a test must not depend on (or disturb) what runs there.
    m_window->localServer()->setPreferredPort(freePort());
    m_window->show();
    return m_window.get();
}

quint16 tst_LocalServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    return probe.serverPort();
}

void tst_LocalServer::welcomeButtonStartsServerAndLoggedRunAppears()
{
    Views::MainWindow *window = showWindow();
    QTRY_VERIFY(window->isWelcomeShown());
    Views::LocalServerControl *server = window->localServer();
    QVERIFY(!server->isRunning());
    QVERIFY(!server->statusLabel()->isVisible());
    QVERIFY(!server->copyExportAction()->isEnabled());

    window->welcomePage()->serverButton()->click();
    QVERIFY(server->isRunning());
    QVERIFY(server->toggleAction()->isChecked());
    QCOMPARE(server->url().host(), u"127.0.0.1"_s);
    QCOMPARE(server->url().port(), int(server->preferredPort()));
    QVERIFY(server->statusLabel()->isVisible());
    QVERIFY(server->statusLabel()->text().contains(server->url().toString()));
    QVERIFY(!window->welcomePage()->serverButton()->isEnabled());

    // What `mlflow.start_run()` sends, over real HTTP.
    const Reply created = post(m_network,
                               server->url(),
                               u"/api/2.0/mlflow/runs/create"_s,
                               {{u"experiment_id"_s, u"0"_s},
                                {u"run_name"_s, u"logged-over-http"_s},
                                {u"start_time"_s, qint64(1'700'000'000'000)}});
    QCOMPARE(created.error, QNetworkReply::NoError);
    QCOMPARE(created.status, 200);
    const QString runId = created.body.value(u"run"_s)
                              .toObject()
                              .value(u"info"_s)
                              .toObject()
                              .value(u"run_id"_s)
                              .toString();
    QCOMPARE(runId.size(), 32);
    const Reply logged = post(m_network,
                              server->url(),
                              u"/api/2.0/mlflow/runs/log-metric"_s,
                              {{u"run_id"_s, runId},
                               {u"key"_s, u"loss"_s},
                               {u"value"_s, 0.5},
                               {u"timestamp"_s, qint64(1'700'000'000'500)},
                               {u"step"_s, 1}});
    QCOMPARE(logged.status, 200);

    // The window leaves the welcome page and shows the run in the table, without a refresh.
    QTRY_VERIFY_WITH_TIMEOUT(!window->isWelcomeShown(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window->runModel()->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window->runModel()->runIdAt(0), runId, 10000);
    QCOMPARE(window->runModel()->index(0, ItemModels::RunTableModel::NameColumn).data().toString(),
             u"logged-over-http"_s);

    server->toggleAction()->setChecked(false);
    QVERIFY(!server->isRunning());
    QVERIFY(!server->statusLabel()->isVisible());
}

void tst_LocalServer::busyPortFallsBackToFreePortAndSaysSo()
{
    Views::MainWindow *window = showWindow();
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), 0));
    Views::LocalServerControl *server = window->localServer();
    server->setPreferredPort(squatter.serverPort());
    QSignalSpy messages(server, &Views::LocalServerControl::message);
    QSignalSpy failures(server, &Views::LocalServerControl::failed);

    server->toggleAction()->trigger();
    QVERIFY(server->isRunning());
    QCOMPARE(failures.size(), 0);
    QVERIFY(server->url().port() > 0);
    QVERIFY(server->url().port() != squatter.serverPort());
    QCOMPARE(messages.size(), 1);
    const QString text = messages.first().first().toString();
    QVERIFY2(text.contains(QString::number(squatter.serverPort()))
                 && text.contains(server->url().toString()),
             qPrintable(text));
    QCOMPARE(window->statusBar()->currentMessage(), text);

    const Reply health = post(m_network,
                              server->url(),
                              u"/api/2.0/mlflow/experiments/search"_s,
                              {{u"max_results"_s, 10}});
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.value(u"experiments"_s).toArray().size(), 1);
}

void tst_LocalServer::copiesTrackingUriExport()
{
    Views::MainWindow *window = showWindow();
    Views::LocalServerControl *server = window->localServer();
    server->toggleAction()->trigger();
    QVERIFY(server->isRunning());
    QVERIFY(server->copyExportAction()->isEnabled());
    server->copyExportAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"export MLFLOW_TRACKING_URI=http://127.0.0.1:%1"_s.arg(server->preferredPort()));
}

void tst_LocalServer::togglingOffStopsServing()
{
    Views::MainWindow *window = showWindow();
    Views::LocalServerControl *server = window->localServer();
    server->toggleAction()->trigger();
    QVERIFY(server->isRunning());
    const QUrl url = server->url();
    QCOMPARE(post(m_network, url, u"/api/2.0/mlflow/experiments/search"_s, {{u"max_results"_s, 10}})
                 .status,
             200);

    server->toggleAction()->trigger();
    QVERIFY(!server->isRunning());
    QVERIFY(!server->toggleAction()->isChecked());
    QVERIFY(!server->copyExportAction()->isEnabled());
    // A fresh manager: the old one could reuse a kept-alive connection.
    QNetworkAccessManager fresh;
    const Reply refused = post(fresh, url, u"/api/2.0/mlflow/experiments/search"_s, {});
    QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);

    // And it starts again on the same port.
    server->toggleAction()->trigger();
    QVERIFY(server->isRunning());
    QCOMPARE(server->url(), url);
}

QTEST_MAIN(tst_LocalServer)
#include "tst_localserver.moc"
