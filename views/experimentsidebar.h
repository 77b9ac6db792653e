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
};

} // namespace Flowdesk::Views
