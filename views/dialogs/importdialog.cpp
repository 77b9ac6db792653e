// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/dialogs/importdialog.h"

#include "models/importers/importer.h"
#include "models/store/database.h"
#include "models/store/storeerror.h"
#include "models/store/storelocation.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk {

Importers::ImportReport ImportDialog::run(QWidget *parent,
                                          const QString &path,
                                          const QString &storeDirectory,
                                          Importers::ArtifactMode artifacts)
{
    ImportDialog dialog(path, storeDirectory, artifacts, parent);
    dialog.start();
    dialog.exec();
    return dialog.report();
}

ImportDialog::ImportDialog(const QString &path,
                           const QString &storeDirectory,
                           Importers::ArtifactMode artifacts,
                           QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_storeDirectory(storeDirectory)
    , m_artifacts(artifacts)
{
    setWindowTitle(tr("Import MLflow data"));
    auto *layout = new QVBoxLayout(this);
    auto *source = new QLabel(tr("Importing %1").arg(QFileInfo(path).absoluteFilePath()), this);
    source->setWordWrap(true);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(source);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy until the total is known
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_summary = new QPlainTextEdit(this);
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary->setObjectName(u"summary"_s);
    m_summary->hide();
    layout->addWidget(m_summary, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    layout->addWidget(m_buttons);
    resize(560, 200);
}

ImportDialog::~ImportDialog()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportDialog::start()
{
    if (m_thread)
        return;
    m_status->setText(tr("Reading…"));
    const QString path = m_path;
    const QString storeDirectory = m_storeDirectory;
    const Importers::ArtifactMode artifacts = m_artifacts;
    QPointer<ImportDialog> self(this);
    m_thread = QThread::create([this, self, path, storeDirectory, artifacts] {
        Importers::ImportOptions options;
        options.artifacts = artifacts;
        options.progress = [this, self](const Importers::ImportProgress &progress) {
            QMetaObject::invokeMethod(
                this,
                [this, progress] {
                    showProgress(progress.done, progress.total, progress.item);
                },
                Qt::QueuedConnection);
            return !m_cancel.load();
        };
        Importers::ImportReport report;
        try {
            // A connection of this thread's own: the GUI thread's stays free for the views.
            const Store::StoreLocation location(storeDirectory);
            location.ensureExists();
            auto database = Store::Database::open(location.databasePath());
            report = Importers::Importer(*database, location.artifactRoot()).run(path, options);
        } catch (const Store::StoreError &error) {
            report.source = path;
            report.addIssue(storeDirectory, error.message());
        }
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                showReport(report);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void ImportDialog::cancel()
{
    m_cancel = true;
    if (QPushButton *button = m_buttons->button(QDialogButtonBox::Cancel)) {
        button->setEnabled(false);
        button->setText(tr("Cancelling…"));
    }
}

void ImportDialog::reject()
{
    if (isRunning()) {
        // Closing while importing cancels; the dialog closes once the run in progress is done.
        m_closeRequested = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::showProgress(qint64 done, qint64 total, const QString &item)
{
    if (m_finished)
        return;
    m_progress->setRange(0, int(std::max<qint64>(total, 1)));
    m_progress->setValue(int(done));
    //: %1 of %2 items (runs, registered models), then the item's name
    m_status->setText(tr("%1 of %2: %3").arg(done).arg(total).arg(item));
}

void ImportDialog::showReport(const Importers::ImportReport &report)
{
    m_report = report;
    m_finished = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (report.cancelled)
        m_status->setText(tr("Import cancelled."));
    else if (!report.hasImportedAnything())
        m_status->setText(tr("Nothing could be imported."));
    else if (report.issues.isEmpty())
        m_status->setText(tr("Import finished."));
    else
        m_status->setText(tr("Import finished; some items were skipped (see below)."));
    m_summary->setPlainText(report.summaryLines().join(u'\n'));
    m_summary->show();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    connect(
        m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::accept);
    resize(width(), std::max(height(), 360));
    emit importFinished(report);
    if (m_closeRequested)
        QDialog::reject();
}

} // namespace Flowdesk
