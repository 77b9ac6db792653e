// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/mainwindow.h"

namespace Flowdesk {

MainWindow::MainWindow(const QString &storeDirectory, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Flowdesk - %1").arg(storeDirectory));
}

} // namespace Flowdesk
