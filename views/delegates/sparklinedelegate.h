// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Flowdesk::Views {

/// Paints a metric's history (LatestMetricsModel::SparklineRole) as a small line in the
/// palette's link colour, with the last point marked. Non-finite values are not drawn.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparklineDelegate)
public:
    explicit SparklineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Flowdesk::Views
