// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/delegates/sparklinedelegate.h"

#include "models/itemmodels/latestmetricsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

#include <cmath>
#include <limits>

namespace Flowdesk::Views {

SparklineDelegate::SparklineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void SparklineDelegate::paint(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    // Background, selection and focus as any other cell; the line goes on top.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const auto points =
        index.data(ItemModels::LatestMetricsModel::SparklineRole).value<QList<QPointF>>();
    double minX = std::numeric_limits<double>::max();
    double maxX = std::numeric_limits<double>::lowest();
    double minY = minX;
    double maxY = maxX;
    int finite = 0;
    for (const QPointF &point : points) {
        if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
            continue;
        minX = std::min(minX, point.x());
        maxX = std::max(maxX, point.x());
        minY = std::min(minY, point.y());
        maxY = std::max(maxY, point.y());
        ++finite;
    }
    if (finite == 0)
        return;

    const QRectF area = QRectF(option.rect).adjusted(4, 4, -6, -4);
    if (area.width() < 8 || area.height() < 4)
        return;
    // A flat history is drawn through the middle rather than along an edge.
    const auto mapX = [&](double x) {
        return maxX > minX ? area.left() + (x - minX) / (maxX - minX) * area.width()
                           : area.center().x();
    };
    const auto mapY = [&](double y) {
        return maxY > minY ? area.bottom() - (y - minY) / (maxY - minY) * area.height()
                           : area.center().y();
    };

    QPainterPath path;
    QPointF last;
    bool started = false;
    for (const QPointF &point : points) {
        if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
            continue;
        last = QPointF(mapX(point.x()), mapY(point.y()));
        if (started)
            path.lineTo(last);
        else
            path.moveTo(last);
        started = true;
    }

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor colour =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Link);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    painter->setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    if (finite > 1)
        painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(last, 2.0, 2.0);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(
        std::max(size.width(), option.fontMetrics.horizontalAdvance(QLatin1Char('M')) * 8));
    return size;
}

} // namespace Flowdesk::Views
