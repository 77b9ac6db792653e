// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QLabel;
class QComboBox;
class QAbstractItemView;
class QHeaderView;
class QMenu;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Flowdesk::ItemModels {
class FilterVocabulary;
class RunGroupModel;
class RunTableModel;
} // namespace Flowdesk::ItemModels

namespace Flowdesk::Views {

class ColumnChooser;
class PinnedTableView;
class RunCellDelegate;
class FilterBar;

/// The middle pane in table mode: the selected experiment's title and its runs table. Sorting
/// by a header click goes to RunTableModel::sort (SQL), never to a proxy.
class RunsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPane)
public:
    RunsPane(ItemModels::RunTableModel *model,
             ItemModels::FilterVocabulary *vocabulary,
             QWidget *parent = nullptr);

    FilterBar *filterBar() const { return m_filterBar; }

    /// Enables "Group by": the table is replaced by per-group counts and metric statistics.
    void setGroupModel(ItemModels::RunGroupModel *model);

    QComboBox *groupByCombo() const { return m_groupCombo; }

    /// Opens the checkable list of metrics summarized per group.
    QToolButton *groupMetricsButton() const { return m_metricsButton; }

    QTableView *groupView() const { return m_groupTable; }

    bool isGrouped() const;
    /// The grouping as saved in a view: "p:KEY" or "t:KEY" (empty = none) and the metrics.
    QString groupChoice() const;
    QStringList groupMetrics() const;
    /// Applied as soon as the experiment's keys are known.
    void setGrouping(const QString &choice, const QStringList &metrics);
    /// The metrics whose min / mean / max are shown per group, in this order.
    void setGroupMetrics(const QStringList &metrics);
    /// The metrics menu, built fresh from the experiment's metric keys (for tests and the button).
    QMenu *createGroupMetricsMenu();
    /// Back to the runs table, filtered to the runs of the group at row: its clause is ANDed to
    /// the applied filter (double-click or Enter on a group).
    void showGroupRuns(int row);

    /// Opens the column chooser (also from the header's context menu).
    ColumnChooser *showColumnChooser();
    /// The header's context menu for a section, built fresh (for tests and the menu).
    QMenu *createHeaderMenu(int section);
    /// Makes a metric column show the value logged at a step.
    void setColumnStep(int section, qint64 step);

    QTableView *tableView() const;
    /// The part of the table showing the pinned columns while the rest scrolls.
    QTableView *pinnedView() const;

    /// Pinned columns by RunTableModel::columnId(), left to right; saved with the view.
    QStringList pinnedColumnIds() const;
    void setPinnedColumnIds(const QStringList &ids);
    bool isColumnPinned(int section) const;
    void setColumnPinned(int section, bool pinned);
    /// A new view pins the run name.
    static QStringList defaultPinnedColumnIds();

    void setTitle(const QString &experimentName, bool deleted);
    /// Shown over the empty table, e.g. "No runs in this experiment yet".
    void setEmptyText(const QString &text);
    /// The run under the cursor or -1.
    int currentRow() const;
    /// Makes row current (without emitting a change if it already is) and, with scrollTo,
    /// visible.
    void selectRow(int row, bool scrollTo = true);
    /// Unfolds the row's ancestors, then selects it.
    void revealRow(int row);

    /// Child runs are folded under their parent until it is expanded (arrow, Right/Left keys).
    bool isExpanded(qint64 runKey) const { return m_expanded.contains(runKey); }

    void setExpanded(int row, bool expanded);
    /// Rows currently folded away.
    bool isRowFolded(int row) const;

signals:
    void currentRowChanged(int row);
    void activated(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ItemModels::RunTableModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    ItemModels::FilterVocabulary *m_vocabulary = nullptr;
    FilterBar *m_filterBar = nullptr;
    QToolButton *m_columnsButton = nullptr;
    PinnedTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QSet<qint64> m_expanded; // run keys of parents showing their children
    QList<int> m_foldedRows;
    RunCellDelegate *m_delegate = nullptr;
    qint64 m_anchorRunKey = -1; // the top run kept in place across a live refresh

    void applyFolding();
    void connectHeaderMenu(QHeaderView *header);
    bool toggleArrowAt(QAbstractItemView *view, const QPoint &position);
    void askStep(int section);
    void updateGroupChoices();
    void updateGrouping();
    void updateMetricsButton();
    void fillGroupMetricsMenu(QMenu *menu);

    ItemModels::RunGroupModel *m_groupModel = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QToolButton *m_metricsButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStringList m_groupMetrics;
    QString m_pendingGroup;
    QStringList m_pendingMetrics;
    bool m_hasPendingGrouping = false;
    QTableView *m_groupTable = nullptr;
};

} // namespace Flowdesk::Views
