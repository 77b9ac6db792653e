// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace Flowdesk::Views {

/// A run's description (the mlflow.note.content tag, Markdown as in MLflow's UI): rendered,
/// and on "Edit" a source editor beside a live preview; "Save" asks for the change.
class DescriptionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescriptionEditor)
public:
    explicit DescriptionEditor(QWidget *parent = nullptr);

    /// Shows text (read mode); editable = false for deleted runs.
    void setDescription(const QString &markdown, bool editable);

    const QString &description() const { return m_markdown; }

    bool isEditing() const;
    void startEditing();

    QPlainTextEdit *sourceEdit() const { return m_source; }

    QTextBrowser *preview() const { return m_preview; }

    QTextBrowser *view() const { return m_view; }

    QPushButton *editButton() const { return m_edit; }

    QPushButton *saveButton() const { return m_save; }

signals:
    /// The user saved; empty = remove the description.
    void saveRequested(const QString &markdown);

private:
    QString m_markdown;
    QStackedWidget *m_stack = nullptr;
    QTextBrowser *m_view = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Flowdesk::Views
