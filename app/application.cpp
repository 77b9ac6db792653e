// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "app/application.h"

#include "models/itemmodels/storereader.h"
#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/storelocation.h"
#include "views/icons.h"
#include "views/mainwindow.h"
#include "views/uisettings.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Application {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Application)
};

// How often the reader asks SQLite whether another process (the embedded server, an import,
// `flowdesk demo`) has committed; PRAGMA data_version costs microseconds.
constexpr int StorePollIntervalMs = 2000;

} // namespace

void installTranslators()
{
    auto *app = QCoreApplication::instance();
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(
            QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(app);
    if (translator->load(QLocale(), u"flowdesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
}

QString storeDirectory(const QString &storeOption)
{
    return Store::StoreLocation::resolve(storeOption).directory();
}

int runGui(const QString &storeDirectory)
{
    QApplication::setWindowIcon(Views::Icons::application());
    const Store::StoreLocation location(storeDirectory);
    try {
        location.ensureExists();
        // Open once here, before any worker does: this creates and migrates a new store, and
        // refuses (untouched) a store written by a newer Flowdesk while we can still say so.
        Store::Database::open(location.databasePath());
    } catch (const Store::StoreError &error) {
        QMessageBox box(QMessageBox::Critical,
                        Tr::tr("Flowdesk"),
                        //: %1 is the store's directory
                        Tr::tr("The store in %1 cannot be opened.")
                            .arg(QDir::toNativeSeparators(location.directory())),
                        QMessageBox::Close);
        box.setInformativeText(error.message());
        box.exec();
        return 1;
    }

    ItemModels::StoreReader reader(location.databasePath());
    reader.setPollInterval(StorePollIntervalMs);
    Views::UiSettings settings(std::make_unique<QSettings>());
    Views::MainWindow window(location.directory(), &reader, &settings);
    window.show();
    return QApplication::exec();
}

} // namespace Flowdesk::Application
