// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/experimentsidebar.h"

#include "models/itemmodels/experimentfiltermodel.h"
#include "models/itemmodels/experimentlistmodel.h"
#include "views/delegates/experimentitemdelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Flowdesk::Views {

using ItemModels::ExperimentFilterModel;
using ItemModels::ExperimentListModel;

ExperimentSidebar::ExperimentSidebar(ExperimentListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new ExperimentFilterModel(this))
{
    m_filter->setSourceModel(model);

    auto *title = new QLabel(tr("EXPERIMENTS"), this);
    //: Section title in the sidebar; shown in capitals like a mail client's folder list
    title->setObjectName(QStringLiteral("sectionTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.85);
    titleFont.setLetterSpacing(QFont::PercentageSpacing, 106);
    title->setFont(titleFont);
    title->setForegroundRole(QPalette::PlaceholderText);

    m_createButton = new QToolButton(this);
    m_createButton->setAutoRaise(true);
    m_createButton->setVisible(false);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("experimentSearch"));
    m_search->setPlaceholderText(tr("Search experiments"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ExperimentFilterModel::setNameFilter);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("experimentList"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new ExperimentItemDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderHidden(true);
    // Ctrl/Shift+click lists the runs of several experiments at once.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ExperimentListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ExperimentListModel::RunCountColumn,
                                           QHeaderView::ResizeToContents);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 2, 0);
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_createButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(6, 0, 6, 0);
    searchRow->addWidget(m_search);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ExperimentSidebar::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QList<qint64> ids = selectedExperimentIds();
        if (m_restoring || ids == m_selectedIds)
            return;
        m_selectedIds = ids;
        emit selectedExperimentsChanged(ids);
    });
    // Resets (an experiment added or removed) and filter changes drop the current index; keep
    // the user's choice where it is still listed.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ExperimentSidebar::restoreSelection);
    connect(
        m_filter, &QAbstractItemModel::layoutChanged, this, &ExperimentSidebar::restoreSelection);
    connect(
        m_filter, &QAbstractItemModel::rowsInserted, this, &ExperimentSidebar::restoreSelection);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ExperimentSidebar::restoreSelection);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_contextActions.isEmpty())
            return;
        QMenu menu(this);
        menu.addActions(m_contextActions);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
}

void ExperimentSidebar::setActions(QAction *create, const QList<QAction *> &contextActions)
{
    m_createButton->setDefaultAction(create);
    m_createButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_createButton->setVisible(create != nullptr);
    m_contextActions = contextActions;
}

qint64 ExperimentSidebar::currentExperimentId() const
{
    return m_currentId;
}

bool ExperimentSidebar::selectExperiment(qint64 experimentId)
{
    const int sourceRow = m_model->rowOfExperiment(experimentId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QList<qint64> ExperimentSidebar::selectedExperimentIds() const
{
    QList<qint64> ids;
    if (m_currentId >= 0)
        ids.append(m_currentId);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const qint64 id = index.data(ExperimentListModel::ExperimentIdRole).toLongLong();
        if (!ids.contains(id))
            ids.append(id);
    }
    // The current row may be deselected by Ctrl+click: then it is not part of the selection.
    if (m_currentId >= 0 && !rows.isEmpty()) {
        const bool currentSelected =
            std::any_of(rows.cbegin(), rows.cend(), [this](const QModelIndex &index) {
                return index.data(ExperimentListModel::ExperimentIdRole).toLongLong()
                    == m_currentId;
            });
        if (!currentSelected)
            ids.removeOne(m_currentId);
    }
    return ids;
}

void ExperimentSidebar::selectExperiments(const QList<qint64> &experimentIds)
{
    if (experimentIds.isEmpty() || !selectExperiment(experimentIds.first()))
        return;
    for (qsizetype i = 1; i < experimentIds.size(); ++i) {
        const int sourceRow = m_model->rowOfExperiment(experimentIds.at(i));
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid())
            m_view->selectionModel()->select(
                index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void ExperimentSidebar::setShowDeleted(bool show)
{
    m_filter->setShowDeleted(show);
    restoreSelection();
}

void ExperimentSidebar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ExperimentSidebar::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id =
        current.isValid() ? current.data(ExperimentListModel::ExperimentIdRole).toLongLong() : -1;
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentExperimentChanged(id);
}

void ExperimentSidebar::restoreSelection()
{
    if (m_currentId >= 0 && m_selectedIds.size() > 1 && m_selectedIds.first() == m_currentId) {
        // Put the whole selection back in one go: a live reload must not flip the runs
        // table to one experiment and back.
        const QList<qint64> ids = m_selectedIds;
        {
            const QScopedValueRollback<bool> restoring(m_restoring, true);
            selectExperiments(ids);
        }
        if (m_view->currentIndex().isValid()) {
            const QList<qint64> now = selectedExperimentIds();
            if (now != m_selectedIds) {
                m_selectedIds = now;
                emit selectedExperimentsChanged(now);
            }
            return;
        }
    }
    if (m_currentId >= 0 && selectExperiment(m_currentId))
        return;
    // The selected experiment went away (deleted and hidden, or filtered out): fall back to
    // the first listed one rather than leaving the middle pane on something invisible.
    const QModelIndex first = m_filter->index(0, 0);
    if (first.isValid()) {
        m_view->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_view->selectionModel()->clear();
        onCurrentChanged();
    }
}

} // namespace Flowdesk::Views
