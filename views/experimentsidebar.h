// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace Flowdesk::ItemModels {
class ExperimentFilterModel;
class ExperimentListModel;
} // namespace Flowdesk::ItemModels

namespace Flowdesk::Views {

/// The left pane: the EXPERIMENTS section with a search box and the experiment list (names and
/// run counts). Selecting an experiment drives the middle pane.
class ExperimentSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentSidebar)
public:
    explicit ExperimentSidebar(ItemModels::ExperimentListModel *model, QWidget *parent = nullptr);

    /// -1 when nothing is selected.
    qint64 currentExperimentId() const;
    /// Every selected experiment (Ctrl/Shift+click), the current one first.
    QList<qint64> selectedExperimentIds() const;
    /// Selects these experiments (those that are listed), the first one current.
    void selectExperiments(const QList<qint64> &experimentIds);
    /// Selects the experiment if it is listed; returns whether it is.
    bool selectExperiment(qint64 experimentId);
    void setShowDeleted(bool show);
    void focusSearch();
    /// Actions offered in the list's context menu and the section's tool buttons.
    void setActions(QAction *create, const QList<QAction *> &contextActions);

    QTreeView *view() const { return m_view; }

    QLineEdit *searchBox() const { return m_search; }

    ItemModels::ExperimentFilterModel *filterModel() const { return m_filter; }

signals:
    void currentExperimentChanged(qint64 experimentId);
    /// The set of selected experiments changed (also when only the current one changed).
    void selectedExperimentsChanged(const QList<qint64> &experimentIds);

private:
    void onCurrentChanged();
    void restoreSelection();

    ItemModels::ExperimentListModel *m_model = nullptr;
    ItemModels::ExperimentFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QToolButton *m_createButton = nullptr;
    QList<QAction *> m_contextActions;
    qint64 m_currentId = -1;
    QList<qint64> m_selectedIds; // kept across list reloads
    bool m_restoring = false;
};

} // namespace Flowdesk::Views
