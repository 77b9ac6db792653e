// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QFileSystemModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace Flowdesk::Views {

/// The run's artifact directory as a tree, and a preview of the selected file: text, logs,
/// JSON, YAML; CSV/TSV as a table; images; an MLflow model's MLmodel summed up (flavors,
/// signature inputs and outputs, environment files).
class ArtifactsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactsPanel)
public:
    explicit ArtifactsPanel(QWidget *parent = nullptr);

    /// The local directory of the run's artifacts (empty: none / not local).
    void setDirectory(const QString &directory);

    const QString &directory() const { return m_directory; }

    QTreeView *tree() const { return m_tree; }

    /// Shows the preview of a file inside the directory (also what a click in the tree does).
    void preview(const QString &path);

    /// The preview page shown: "message", "text", "table", "image" or "model".
    QString currentPreview() const;

    QPlainTextEdit *textView() const { return m_text; }

    QTableView *tableView() const { return m_table; }

    QLabel *imageView() const { return m_image; }

    QTextBrowser *modelView() const { return m_model; }

    QLabel *messageView() const { return m_message; }

    /// The file being previewed (empty: none).
    const QString &currentFile() const { return m_currentFile; }

    QPushButton *openButton() const { return m_open; }

    QPushButton *saveCopyButton() const { return m_saveCopy; }

    /// Copies the previewed file to target (replacing it); false with a message on failure.
    bool saveCopy(const QString &target);

private:
    void showMessage(const QString &text);

    QString m_directory;
    QFileSystemModel *m_files = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_tableModel = nullptr;
    QLabel *m_image = nullptr;
    QTextBrowser *m_model = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_saveCopy = nullptr;
    QString m_currentFile;
};

} // namespace Flowdesk::Views
