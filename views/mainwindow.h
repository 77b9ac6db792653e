// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace Flowdesk {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(const QString &storeDirectory, QWidget *parent = nullptr);
};

} // namespace Flowdesk
