// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "app/application.h"

#include "models/store/storelocation.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Application {

void installTranslators()
{
    auto *app = QCoreApplication::instance();
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
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
    MainWindow window(storeDirectory);
    window.show();
    return QApplication::exec();
}

} // namespace Flowdesk::Application
