// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/icons.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views::Icons {

namespace {

QIcon tinted(const QString &file, const QColor &color)
{
    const QIcon source(u":/icons/"_s + file);
    QIcon icon;
    for (const int size : {16, 22, 32}) {
        QPixmap pixmap = source.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
        painter.end();
        icon.addPixmap(pixmap, QIcon::Normal);
        QPixmap disabled = source.pixmap(size, size);
        QPainter disabledPainter(&disabled);
        disabledPainter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        disabledPainter.fillRect(
            disabled.rect(),
            QApplication::palette().color(QPalette::Disabled, QPalette::ButtonText));
        disabledPainter.end();
        icon.addPixmap(disabled, QIcon::Disabled);
    }
    return icon;
}

} // namespace

QIcon action(const QString &themeName, const QString &fallbackFile)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return tinted(fallbackFile, QApplication::palette().color(QPalette::ButtonText));
}

QIcon runStatus(Store::RunStatus status)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(status));
    if (it != cache.cend())
        return it.value();
    QString file;
    switch (status) {
    case Store::RunStatus::Running:
        file = u"status-running.svg"_s;
        break;
    case Store::RunStatus::Scheduled:
        file = u"status-scheduled.svg"_s;
        break;
    case Store::RunStatus::Finished:
        file = u"status-finished.svg"_s;
        break;
    case Store::RunStatus::Failed:
        file = u"status-failed.svg"_s;
        break;
    case Store::RunStatus::Killed:
        file = u"status-killed.svg"_s;
        break;
    }
    const QIcon icon(u":/icons/"_s + file);
    cache.insert(int(status), icon);
    return icon;
}

QIcon experiment(bool deleted)
{
    return QIcon(deleted ? u":/icons/experiment-deleted.svg"_s : u":/icons/experiment.svg"_s);
}

QIcon application()
{
    return QIcon::fromTheme(u"io.flowdesk.Flowdesk"_s, QIcon(u":/icons/flowdesk.svg"_s));
}

} // namespace Flowdesk::Views::Icons
