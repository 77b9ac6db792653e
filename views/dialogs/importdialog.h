// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/importers/importoptions.h"
#include "models/importers/importreport.h"

#include <QDialog>

#include <atomic>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QThread;

namespace Flowdesk {

/// Imports an MLflow mlruns folder or mlflow.db file into a store on a worker thread (with its
/// own store connection), showing progress with Cancel, then a summary: imported, updated,
/// unchanged and skipped items, and each skipped item with its path and reason.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    /// Shows the dialog modally, imports `path` into the store in `storeDirectory` and returns
    /// when the user closes it. The report says what happened (cancelled included).
    static Importers::ImportReport
    run(QWidget *parent,
        const QString &path,
        const QString &storeDirectory,
        Importers::ArtifactMode artifacts = Importers::ArtifactMode::Copy);

    ImportDialog(const QString &path,
                 const QString &storeDirectory,
                 Importers::ArtifactMode artifacts,
                 QWidget *parent = nullptr);
    /// Cancels a running import and waits for it (each run is whole or absent).
    ~ImportDialog() override;

    /// Starts the import; the dialog shows progress and, at the end, the summary.
    void start();
    /// Asks the import to stop after the item in progress.
    void cancel();

    bool isRunning() const { return m_thread != nullptr && !m_finished; }

    bool isFinished() const { return m_finished; }

    const Importers::ImportReport &report() const { return m_report; }

    /// While importing, cancels instead of closing (the dialog closes when the import stops).
    void reject() override;

signals:
    void importFinished(const Flowdesk::Importers::ImportReport &report);

private:
    void showProgress(qint64 done, qint64 total, const QString &item);
    void showReport(const Importers::ImportReport &report);

    QString m_path;
    QString m_storeDirectory;
    Importers::ArtifactMode m_artifacts;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_finished = false;
    bool m_closeRequested = false;
    Importers::ImportReport m_report;
};

} // namespace Flowdesk
