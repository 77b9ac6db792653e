// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/runs/artifactspanel.h"

#include "models/itemmodels/artifactpreview.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views {

using ItemModels::ArtifactPreview;

ArtifactsPanel::ArtifactsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"artifactsPanel"_s);
    m_files = new QFileSystemModel(this);
    m_files->setReadOnly(true);
    m_files->setFilter(QDir::AllEntries | QDir::NoDotAndDotDot);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"artifactTree"_s);
    m_tree->setModel(m_files);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderHidden(false);
    for (int column = 2; column < m_files->columnCount(); ++column)
        m_tree->hideColumn(column); // type and date say little here
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"artifactText"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tableModel = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"artifactTable"_s);
    m_table->setModel(m_tableModel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_image = new QLabel;
    m_image->setObjectName(u"artifactImage"_s);
    m_image->setAlignment(Qt::AlignCenter);
    auto *imageScroll = new QScrollArea(this);
    imageScroll->setWidget(m_image);
    imageScroll->setWidgetResizable(true);
    m_model = new QTextBrowser(this);
    m_model->setObjectName(u"artifactModel"_s);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_table);
    m_stack->addWidget(imageScroll);
    m_stack->addWidget(m_model);

    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(u"openArtifactButton"_s);
    m_open->setToolTip(tr("Open the file with the desktop's application for it"));
    m_saveCopy = new QPushButton(tr("Save a &Copy…"), this);
    m_saveCopy->setObjectName(u"saveArtifactButton"_s);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_currentFile.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_currentFile));
    });
    connect(m_saveCopy, &QPushButton::clicked, this, [this] {
        if (m_currentFile.isEmpty())
            return;
        auto *dialog = new QFileDialog(this, tr("Save a Copy"));
        dialog->setObjectName(u"saveArtifactDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->selectFile(QFileInfo(m_currentFile).fileName());
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &target) {
            saveCopy(target);
        });
        dialog->open();
    });
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_stack, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 0, 8, 8);
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveCopy);
    previewLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_files->isDir(current))
                    preview(m_files->filePath(current));
            });
    setDirectory(QString());
}

void ArtifactsPanel::setDirectory(const QString &directory)
{
    if (directory == m_directory && !directory.isEmpty())
        return;
    m_directory = directory;
    m_currentFile.clear();
    m_open->setEnabled(false);
    m_saveCopy->setEnabled(false);
    if (directory.isEmpty() || !QDir(directory).exists()) {
        m_tree->setRootIndex(QModelIndex());
        m_tree->setVisible(false);
        showMessage(directory.isEmpty() ? tr("This run's artifacts are not stored locally.")
                                        : tr("This run has no artifacts."));
        return;
    }
    m_tree->setVisible(true);
    m_tree->setRootIndex(m_files->setRootPath(directory));
    showMessage(tr("Select a file to preview it."));
}

QString ArtifactsPanel::currentPreview() const
{
    static const QStringList names = {u"message"_s, u"text"_s, u"table"_s, u"image"_s, u"model"_s};
    return names.value(m_stack->currentIndex());
}

void ArtifactsPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

bool ArtifactsPanel::saveCopy(const QString &target)
{
    if (m_currentFile.isEmpty())
        return false;
    if (QFile::exists(target) && !QFile::remove(target)) {
        showMessage(tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(target)));
        return false;
    }
    if (!QFile::copy(m_currentFile, target)) {
        showMessage(
            tr("The copy could not be written to %1.").arg(QDir::toNativeSeparators(target)));
        return false;
    }
    return true;
}

void ArtifactsPanel::preview(const QString &path)
{
    m_currentFile = path;
    m_open->setEnabled(true);
    m_saveCopy->setEnabled(true);
    const ArtifactPreview preview = ArtifactPreview::load(path);
    switch (preview.kind) {
    case ArtifactPreview::Kind::Text:
        m_text->setPlainText(preview.text);
        m_stack->setCurrentWidget(m_text);
        return;
    case ArtifactPreview::Kind::Table: {
        m_tableModel->clear();
        if (!preview.rows.isEmpty()) {
            m_tableModel->setHorizontalHeaderLabels(preview.rows.first());
            for (qsizetype i = 1; i < preview.rows.size(); ++i) {
                QList<QStandardItem *> items;
                for (const QString &field : preview.rows.at(i))
                    items.append(new QStandardItem(field));
                m_tableModel->appendRow(items);
            }
        }
        m_stack->setCurrentWidget(m_table);
        return;
    }
    case ArtifactPreview::Kind::Image:
        m_image->setPixmap(QPixmap::fromImage(preview.image));
        m_stack->setCurrentIndex(3);
        return;
    case ArtifactPreview::Kind::Model: {
        const auto columns = [](const QList<QPair<QString, QString>> &list) -> QString {
            if (list.isEmpty())
                return u"<p>"_s + tr("None recorded.").toHtmlEscaped() + u"</p>"_s;
            QString html = u"<table cellpadding='2'>"_s;
            for (const auto &[name, type] : list) {
                html += u"<tr><td>"_s + (name.isEmpty() ? u"-"_s : name.toHtmlEscaped())
                    + u"</td><td><i>"_s + type.toHtmlEscaped() + u"</i></td></tr>"_s;
            }
            return html + u"</table>"_s;
        };
        QString html = u"<h3>"_s + tr("MLflow model").toHtmlEscaped() + u"</h3>"_s;
        if (!preview.mlflowVersion.isEmpty())
            html += u"<p>"_s + tr("Saved with MLflow %1").arg(preview.mlflowVersion).toHtmlEscaped()
                + u"</p>"_s;
        html += u"<h4>"_s + tr("Flavors").toHtmlEscaped() + u"</h4><ul>"_s;
        for (const QString &flavor : preview.flavors)
            html += u"<li>"_s + flavor.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul><h4>"_s + tr("Signature inputs").toHtmlEscaped() + u"</h4>"_s
            + columns(preview.inputs) + u"<h4>"_s + tr("Signature outputs").toHtmlEscaped()
            + u"</h4>"_s + columns(preview.outputs) + u"<h4>"_s
            + tr("Environment files").toHtmlEscaped() + u"</h4>"_s;
        html += preview.environmentFiles.isEmpty()
            ? u"<p>"_s + tr("None recorded.").toHtmlEscaped() + u"</p>"_s
            : u"<p>"_s + preview.environmentFiles.join(u", "_s).toHtmlEscaped() + u"</p>"_s;
        m_model->setHtml(html);
        m_stack->setCurrentWidget(m_model);
        return;
    }
    case ArtifactPreview::Kind::Binary:
        showMessage(tr("No preview for this kind of file."));
        return;
    case ArtifactPreview::Kind::TooLarge:
        showMessage(tr("This file is too large to preview."));
        return;
    case ArtifactPreview::Kind::Error:
        showMessage(tr("This file cannot be shown: %1").arg(preview.text));
        return;
    }
}

} // namespace Flowdesk::Views
