// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/runs/descriptioneditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views {

DescriptionEditor::DescriptionEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"descriptionEditor"_s);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(u"descriptionView"_s);
    m_view->setOpenExternalLinks(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_edit = new QPushButton(tr("&Edit"), this);
    m_edit->setObjectName(u"editDescriptionButton"_s);

    m_source = new QPlainTextEdit(this);
    m_source->setObjectName(u"descriptionSource"_s);
    //: Placeholder of the run description editor
    m_source->setPlaceholderText(tr("Describe the run in Markdown: **bold**, lists, links…"));
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"descriptionPreview"_s);
    m_preview->setOpenExternalLinks(true);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"saveDescriptionButton"_s);
    m_save->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);

    auto *reading = new QWidget(this);
    auto *readingLayout = new QVBoxLayout(reading);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->addWidget(m_view, 1);
    auto *readingButtons = new QHBoxLayout;
    readingButtons->setContentsMargins(8, 0, 8, 8);
    readingButtons->addStretch();
    readingButtons->addWidget(m_edit);
    readingLayout->addLayout(readingButtons);

    auto *editing = new QWidget(this);
    auto *split = new QSplitter(Qt::Vertical, editing);
    split->addWidget(m_source);
    auto *previewBox = new QWidget(split);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 4, 0, 0);
    auto *previewLabel = new QLabel(tr("Preview"), previewBox);
    previewLabel->setForegroundRole(QPalette::PlaceholderText);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview, 1);
    split->addWidget(previewBox);
    auto *editingLayout = new QVBoxLayout(editing);
    editingLayout->setContentsMargins(8, 8, 8, 8);
    editingLayout->addWidget(split, 1);
    auto *editingButtons = new QHBoxLayout;
    editingButtons->addStretch();
    editingButtons->addWidget(m_cancel);
    editingButtons->addWidget(m_save);
    editingLayout->addLayout(editingButtons);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(reading);
    m_stack->addWidget(editing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_edit, &QPushButton::clicked, this, &DescriptionEditor::startEditing);
    connect(m_source, &QPlainTextEdit::textChanged, this, [this] {
        m_preview->setMarkdown(m_source->toPlainText());
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentIndex(0);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentIndex(0);
        const QString text = m_source->toPlainText();
        if (text != m_markdown)
            emit saveRequested(text);
    });
    setDescription(QString(), false);
}

void DescriptionEditor::setDescription(const QString &markdown, bool editable)
{
    m_markdown = markdown;
    m_edit->setEnabled(editable);
    if (markdown.isEmpty()) {
        //: Shown in the Description tab of a run without a description
        m_view->setHtml(u"<p style='color:gray'>"_s + tr("No description.").toHtmlEscaped()
                        + u"</p>"_s);
    } else {
        m_view->setMarkdown(markdown);
    }
    if (!editable)
        m_stack->setCurrentIndex(0);
}

bool DescriptionEditor::isEditing() const
{
    return m_stack->currentIndex() == 1;
}

void DescriptionEditor::startEditing()
{
    if (!m_edit->isEnabled())
        return;
    m_source->setPlainText(m_markdown);
    m_preview->setMarkdown(m_markdown);
    m_stack->setCurrentIndex(1);
    m_source->setFocus();
}

} // namespace Flowdesk::Views
