// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QHeaderView;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Flowdesk::ItemModels {
class FilterVocabulary;
class RunTableModel;
} // namespace Flowdesk::ItemModels

namespace Flowdesk::Views {

class PinnedTableView;

/// Chooses the runs table's columns: the fixed attributes (shown or hidden in the header) and
/// one column per metric, param or tag key present in the listed experiments (added to or
/// removed from the model, so only shown keys are ever read). A search box narrows the long
/// lists; changes apply at once. The second column pins a column to the left (pinning a key
/// not shown yet shows it). Order is changed by dragging header sections.
class ColumnChooser final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)
public:
    ColumnChooser(ItemModels::RunTableModel *model,
                  ItemModels::FilterVocabulary *vocabulary,
                  PinnedTableView *table,
                  QWidget *parent = nullptr);

    /// The tree's columns: shown (check box with the key), pinned (check box).
    enum TreeColumn { ShownColumn, PinnedColumn };

    QLineEdit *searchBox() const { return m_search; }

    QTreeWidget *tree() const { return m_tree; }

    /// The item of a key ("metrics", "params", "tags" or "attributes" group), or nullptr.
    QTreeWidgetItem *itemFor(const QString &group, const QString &key) const;

private:
    void populate();
    void applyFilter(const QString &text);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void updatePins();
    QString columnIdOf(const QTreeWidgetItem *item) const;

    ItemModels::RunTableModel *m_model = nullptr;
    ItemModels::FilterVocabulary *m_vocabulary = nullptr;
    PinnedTableView *m_table = nullptr;
    QHeaderView *m_header = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
    bool m_populating = false;
};

} // namespace Flowdesk::Views
