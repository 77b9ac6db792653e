// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTableView>

namespace Flowdesk::Views {

/// A table view whose pinned columns stay at the left while the rest scrolls horizontally:
/// Qt's "frozen column" example for any number of columns. The pinned columns move to the
/// leftmost visual positions, and a second QTableView (pinnedView()) over that strip shows
/// them, sharing the model, the selection model and (set by the owner) the delegate; vertical
/// scrolling, row heights, hidden rows, column widths and the sort indicator follow this view.
///
/// Columns are named by ids so that pins survive model resets and column changes: the value
/// of the header role set with setColumnIdRole(), or the column number without one.
class PinnedTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinnedTableView)
public:
    explicit PinnedTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    /// Keeps a cell of a scrolling column out from under the pinned part.
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

    void setColumnIdRole(int role);
    QString columnId(int column) const;

    /// The pinned columns' ids, left to right; ids of columns the model does not have right
    /// now are kept and apply when such a column comes back.
    QStringList pinnedColumnIds() const { return m_pinnedIds; }

    void setPinnedColumnIds(const QStringList &ids);
    /// Pinned columns the model has, left to right.
    QList<int> pinnedColumns() const;
    bool isColumnPinned(int column) const;
    /// A newly pinned column goes right of the pinned ones; an unpinned one right after them.
    void setColumnPinned(int column, bool pinned);
    void setColumnIdPinned(const QString &id, bool pinned);

    /// The part showing the pinned columns (hidden while nothing is pinned).
    QTableView *pinnedView() const { return m_pinned; }

    /// Hides or shows a row in both parts (QTableView::setRowHidden is not virtual).
    void setRowFolded(int row, bool folded);
    /// The same for many rows at once, in time linear in their number.
    void setRowsFolded(const QList<int> &rows, bool folded);

    /// Copies hidden columns, widths and the sort indicator to the pinned part: for changes
    /// made with the header's signals blocked.
    void syncPinnedPart();

signals:
    void pinnedColumnsChanged();

protected:
    void updateGeometries() override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyPins();
    int columnOfId(const QString &id) const;
    void onSectionMoved(int column, int oldVisual, int newVisual);
    void syncSortIndicator();
    /// Hidden state and width of the pinned columns as in this view; true if one changed.
    bool syncPinnedSections();
    bool forwardMouseEvent(QEvent *event);
    void updatePinnedGeometry();
    int pinnedWidth() const;

    QTableView *m_pinned = nullptr;
    QWidget *m_edge = nullptr;
    QStringList m_pinnedIds;
    int m_columnIdRole = -1;
    bool m_applying = false;
};

} // namespace Flowdesk::Views
