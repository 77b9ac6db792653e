// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableView;

namespace Flowdesk::ItemModels {
class KeyValueTableModel;
}

namespace Flowdesk::Views {

/// A run's tags with Add / Edit / Delete. MLflow's system tags (mlflow.*) are read-only
/// unless the user allows editing them; the changes go out as requests (the window writes).
class TagsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsEditor)
public:
    TagsEditor(ItemModels::KeyValueTableModel *model, QTableView *table, QWidget *parent = nullptr);

    void setEditable(bool editable);

    QTableView *table() const { return m_table; }

    QPushButton *addButton() const { return m_add; }

    QPushButton *editButton() const { return m_edit; }

    QPushButton *deleteButton() const { return m_delete; }

    QCheckBox *systemTagsBox() const { return m_system; }

    /// The key of the selected tag, or empty.
    QString selectedKey() const;

signals:
    void setTagRequested(const QString &key, const QString &value);
    void deleteTagRequested(const QString &key);

private:
    void updateButtons();
    void openEditor(const QString &key, const QString &value);

    ItemModels::KeyValueTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QCheckBox *m_system = nullptr;
    bool m_editable = false;
};

} // namespace Flowdesk::Views
