// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/runs/tagseditor.h"

#include "models/itemmodels/keyvaluetablemodel.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views {

using ItemModels::KeyValueTableModel;

TagsEditor::TagsEditor(KeyValueTableModel *model, QTableView *table, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(table)
{
    setObjectName(u"tagsEditor"_s);
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(u"addTagButton"_s);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editTagButton"_s);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(u"deleteTagButton"_s);
    m_system = new QCheckBox(tr("Allow editing mlflow.* tags"), this);
    m_system->setObjectName(u"systemTagsBox"_s);
    m_system->setToolTip(
        tr("MLflow's system tags (run name, source, user, parent run…) are set by MLflow; "
           "changing them changes what MLflow shows."));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 4, 8, 8);
    buttons->addWidget(m_system);
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        openEditor(QString(), QString());
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QString key = selectedKey();
        for (const Store::Tag &tag : m_model->items()) {
            if (tag.key == key)
                openEditor(tag.key, tag.value);
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString key = selectedKey();
        if (!key.isEmpty())
            emit deleteTagRequested(key);
    });
    connect(m_system, &QCheckBox::toggled, this, &TagsEditor::updateButtons);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &TagsEditor::updateButtons);
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, &TagsEditor::updateButtons);
    connect(m_table, &QTableView::doubleClicked, m_edit, &QPushButton::click);
    updateButtons();
}

void TagsEditor::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

QString TagsEditor::selectedKey() const
{
    const QModelIndexList rows =
        m_table->selectionModel()->selectedRows(KeyValueTableModel::KeyColumn);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void TagsEditor::updateButtons()
{
    const QString key = selectedKey();
    const bool writable =
        m_editable && !key.isEmpty() && (m_system->isChecked() || !key.startsWith(u"mlflow."_s));
    m_add->setEnabled(m_editable);
    m_edit->setEnabled(writable);
    m_delete->setEnabled(writable);
    m_system->setEnabled(m_editable);
}

void TagsEditor::openEditor(const QString &key, const QString &value)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"tagDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(key.isEmpty() ? tr("Add Tag") : tr("Edit Tag"));
    auto *keyEdit = new QLineEdit(key, dialog);
    keyEdit->setObjectName(u"tagKeyEdit"_s);
    // Editing keeps the key; a new key is a new tag.
    keyEdit->setReadOnly(!key.isEmpty());
    auto *valueEdit = new QPlainTextEdit(value, dialog);
    valueEdit->setObjectName(u"tagValueEdit"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Key:"), keyEdit);
    form->addRow(tr("Value:"), valueEdit);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    const auto validate = [this, box, keyEdit] {
        const QString k = keyEdit->text().trimmed();
        box->button(QDialogButtonBox::Ok)
            ->setEnabled(!k.isEmpty() && (m_system->isChecked() || !k.startsWith(u"mlflow."_s)));
    };
    connect(keyEdit, &QLineEdit::textChanged, dialog, validate);
    validate();
    connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(box);
    connect(dialog, &QDialog::accepted, this, [this, keyEdit, valueEdit] {
        emit setTagRequested(keyEdit->text().trimmed(), valueEdit->toPlainText());
    });
    dialog->open();
}

} // namespace Flowdesk::Views
