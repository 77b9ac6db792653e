// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/runs/columnchooser.h"

#include "models/itemmodels/filtervocabulary.h"
#include "models/itemmodels/runtablemodel.h"
#include "views/widgets/pinnedtableview.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views {

using ItemModels::RunColumn;
using ItemModels::RunTableModel;

namespace {

constexpr int GroupRole = Qt::UserRole + 1; // "attributes", "metrics", "params", "tags"
constexpr int KeyRole = Qt::UserRole + 2; // the key, or the fixed column number as text

RunColumn::Kind kindOfGroup(const QString &group)
{
    if (group == u"metrics"_s)
        return RunColumn::Kind::Metric;
    if (group == u"params"_s)
        return RunColumn::Kind::Param;
    return RunColumn::Kind::Tag;
}

} // namespace

ColumnChooser::ColumnChooser(RunTableModel *model,
                             ItemModels::FilterVocabulary *vocabulary,
                             PinnedTableView *table,
                             QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_vocabulary(vocabulary)
    , m_table(table)
    , m_header(table->horizontalHeader())
{
    setObjectName(u"columnChooser"_s);
    setWindowTitle(tr("Columns"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"columnSearch"_s);
    m_search->setPlaceholderText(tr("Search columns"));
    m_search->setClearButtonEnabled(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"columnTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Column"),
                             //: Column chooser: the check box that keeps a column at the left
                             tr("Pinned")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ShownColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PinnedColumn, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *hint = new QLabel(tr("Drag column headers to reorder them. Pinned columns stay at "
                               "the left while the table scrolls sideways."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(360, 480);

    connect(m_search, &QLineEdit::textChanged, this, &ColumnChooser::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ColumnChooser::onItemChanged);
    connect(m_table, &PinnedTableView::pinnedColumnsChanged, this, &ColumnChooser::updatePins);
    connect(
        m_vocabulary, &ItemModels::FilterVocabulary::keysLoaded, this, &ColumnChooser::populate);
    populate();
}

QTreeWidgetItem *ColumnChooser::itemFor(const QString &group, const QString &key) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->data(0, GroupRole).toString() != group)
            continue;
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->data(0, KeyRole).toString() == key)
                return top->child(j);
        }
    }
    return nullptr;
}

void ColumnChooser::populate()
{
    m_populating = true;
    m_tree->clear();
    const auto addGroup = [this](const QString &title, const QString &group) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        item->setData(0, GroupRole, group);
        item->setFlags(Qt::ItemIsEnabled);
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setExpanded(true);
        return item;
    };
    const auto addChild =
        [](QTreeWidgetItem *parent, const QString &text, const QString &key, bool checked) {
            auto *item = new QTreeWidgetItem(parent, {text});
            item->setData(0, GroupRole, parent->data(0, GroupRole));
            item->setData(0, KeyRole, key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(ShownColumn, checked ? Qt::Checked : Qt::Unchecked);
            item->setCheckState(PinnedColumn, Qt::Unchecked);
            return item;
        };

    QTreeWidgetItem *attributes = addGroup(tr("Attributes"), u"attributes"_s);
    // The name identifies the row; it always stays.
    for (int column = RunTableModel::StatusColumn; column < RunTableModel::ColumnCount; ++column) {
        if (column == RunTableModel::ExperimentColumn && m_model->query().experimentIds.size() < 2)
            continue;
        addChild(attributes,
                 m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QString::number(column),
                 !m_header->isSectionHidden(column));
    }
    const auto shown = [this](RunColumn::Kind kind, const QString &key) {
        for (const RunColumn &column : m_model->columns()) {
            if (column.kind == kind && column.key == key)
                return true;
        }
        return false;
    };

    const struct
    {
        QString title;
        QString group;
        QStringList keys;
    } groups[] = {{tr("Metrics"), u"metrics"_s, m_vocabulary->metricKeys()},
                  {tr("Parameters"), u"params"_s, m_vocabulary->paramKeys()},
                  {tr("Tags"), u"tags"_s, m_vocabulary->tagKeys()}};

    for (const auto &group : groups) {
        QTreeWidgetItem *top = addGroup(group.title, group.group);
        for (const QString &key : group.keys)
            addChild(top, key, key, shown(kindOfGroup(group.group), key));
    }
    m_populating = false;
    updatePins();
    applyFilter(m_search->text());
}

QString ColumnChooser::columnIdOf(const QTreeWidgetItem *item) const
{
    const QString group = item->data(0, GroupRole).toString();
    const QString key = item->data(0, KeyRole).toString();
    if (group == u"attributes"_s)
        return m_model->columnId(key.toInt());
    return RunColumn{kindOfGroup(group), key}.filterKey();
}

void ColumnChooser::updatePins()
{
    const bool populating = m_populating;
    m_populating = true;
    const QStringList pinned = m_table->pinnedColumnIds();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem *child = top->child(j);
            child->setCheckState(PinnedColumn,
                                 pinned.contains(columnIdOf(child)) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_populating = populating;
}

void ColumnChooser::applyFilter(const QString &text)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        int visible = 0;
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem *child = top->child(j);
            const bool match = text.isEmpty() || child->text(0).contains(text, Qt::CaseInsensitive);
            child->setHidden(!match);
            visible += match ? 1 : 0;
        }
        top->setHidden(visible == 0);
    }
}

void ColumnChooser::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_populating || !item->parent())
        return;
    const QString group = item->data(0, GroupRole).toString();
    const QString key = item->data(0, KeyRole).toString();
    if (column == PinnedColumn) {
        const bool pin = item->checkState(PinnedColumn) == Qt::Checked;
        // A pinned column is a shown one.
        if (pin && item->checkState(ShownColumn) != Qt::Checked)
            item->setCheckState(ShownColumn, Qt::Checked);
        m_table->setColumnIdPinned(columnIdOf(item), pin);
        return;
    }
    const bool checked = item->checkState(ShownColumn) == Qt::Checked;
    if (!checked && item->checkState(PinnedColumn) == Qt::Checked) {
        m_table->setColumnIdPinned(columnIdOf(item), false);
    }
    if (group == u"attributes"_s) {
        m_header->setSectionHidden(key.toInt(), !checked);
        m_table->syncPinnedPart();
        return;
    }
    const RunColumn::Kind kind = kindOfGroup(group);
    ItemModels::RunColumns columns = m_model->columns();
    if (checked) {
        columns.append(RunColumn{kind, key});
    } else {
        columns.removeIf([&](const RunColumn &column) {
            return column.kind == kind && column.key == key;
        });
    }
    m_model->setColumns(columns);
}

} // namespace Flowdesk::Views
