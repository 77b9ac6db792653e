// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
//
// Renders the main window over a demo store and an empty store into PNG files, for looking at
// what a user sees (not a test: it asserts nothing). Usage: flowdesk_screenshots OUTPUT_DIR
#include "models/demo/demogenerator.h"
#include "models/itemmodels/runtablemodel.h"
#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/storelocation.h"
#include "views/experimentsidebar.h"
#include "views/mainwindow.h"
#include "views/runs/rundetailspanel.h"
#include "views/runs/runspane.h"
#include "views/uisettings.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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
    if (QScreen *screen = window->screen();
        screen && QGuiApplication::platformName() != u"offscreen"_s)
        shot = screen->grabWindow(window->winId());
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

    const Store::StoreLocation demo(dir.filePath(u"demo"_s));
    demo.ensureExists();
    {
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
    table->scrollToBottom();
    save(&window, output + u"/runs-scrolled.png"_s);
    return 0;
}
