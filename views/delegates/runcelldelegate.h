// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Flowdesk::Views {

/// Paints the runs table: the status icon beside the run name, and a quiet placeholder bar in
/// rows whose page has not arrived yet.
class RunCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCellDelegate)
public:
    explicit RunCellDelegate(QObject *parent = nullptr);

    /// Width of one nesting level (child runs are indented under their parent).
    static constexpr int IndentWidth = 16;

    /// Tells whether the run with this key shows its children (for the fold arrow).
    void setExpandedProvider(std::function<bool(qint64 runKey)> provider)
    {
        m_isExpanded = std::move(provider);
    }

    /// The area of a name cell that toggles its children: the arrow before the name.
    static QRect arrowRect(const QRect &cell, int depth);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    std::function<bool(qint64)> m_isExpanded;
};

} // namespace Flowdesk::Views
