// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/widgets/pinnedtableview.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalBlocker>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views {

PinnedTableView::PinnedTableView(QWidget *parent)
    : QTableView(parent)
{
    m_pinned = new QTableView(this);
    m_pinned->setObjectName(u"pinnedColumnsView"_s);
    m_pinned->setFrameShape(QFrame::NoFrame);
    m_pinned->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pinned->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pinned->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_pinned->verticalHeader()->hide();
    // Keys typed after a click in the pinned part go to this view: one current index, one
    // keyboard handler (nested-run arrows, Enter, copy shortcuts).
    m_pinned->setFocusPolicy(Qt::ClickFocus);
    m_pinned->setFocusProxy(this);
    // Scrolling to the current index is this view's decision (RunsPane turns it off for a
    // live refresh); the pinned part follows this view's scroll bar.
    m_pinned->setAutoScroll(false);
    QHeaderView *pinnedHeader = m_pinned->horizontalHeader();
    pinnedHeader->setStretchLastSection(false);
    pinnedHeader->setSectionsMovable(false);
    pinnedHeader->setSectionsClickable(true);
    pinnedHeader->setHighlightSections(false);
    pinnedHeader->setSortIndicatorShown(true);
    m_pinned->hide();
    m_pinned->viewport()->installEventFilter(this);
    // A line where the scrolling columns slide under the pinned ones.
    m_edge = new QWidget(this);
    m_edge->setObjectName(u"pinnedColumnsEdge"_s);
    m_edge->setBackgroundRole(QPalette::Mid);
    m_edge->setAutoFillBackground(true);
    m_edge->hide();

    // Both parts scroll together.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_pinned->verticalScrollBar()->setValue(value);
    });
    connect(m_pinned->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        verticalScrollBar()->setValue(value);
    });
    connect(m_pinned->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        m_pinned->verticalScrollBar()->setValue(verticalScrollBar()->value());
    });

    QHeaderView *header = horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (!isColumnPinned(column) || size == 0)
            return;
        m_pinned->horizontalHeader()->resizeSection(column, size);
        updatePinnedGeometry();
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this, [this](int row, int, int size) {
        if (size > 0)
            m_pinned->setRowHeight(row, size);
    });
    connect(pinnedHeader, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        // Showing a section in the pinned part resizes it to its own default first: only a
        // user's resize there counts.
        if (!m_applying && size > 0 && horizontalHeader()->sectionSize(column) != size)
            horizontalHeader()->resizeSection(column, size);
    });
    connect(header, &QHeaderView::sectionMoved, this, &PinnedTableView::onSectionMoved);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &PinnedTableView::syncSortIndicator);
    // A click on a pinned header sorts as a click on this view's header would.
    connect(pinnedHeader,
            &QHeaderView::sortIndicatorChanged,
            this,
            [this](int column, Qt::SortOrder order) {
                if (!m_applying)
                    horizontalHeader()->setSortIndicator(column, order);
            });
    header->viewport()->installEventFilter(this);

    m_pinned->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_pinned, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QPoint global = m_pinned->viewport()->mapToGlobal(pos);
        if (contextMenuPolicy() == Qt::ActionsContextMenu && !actions().isEmpty())
            QMenu::exec(actions(), global, nullptr, this);
        else if (contextMenuPolicy() == Qt::CustomContextMenu)
            emit customContextMenuRequested(viewport()->mapFromGlobal(global));
    });
}

void PinnedTableView::setModel(QAbstractItemModel *model)
{
    if (model == this->model())
        return;
    if (QAbstractItemModel *old = this->model()) {
        disconnect(old, &QAbstractItemModel::modelReset, this, &PinnedTableView::applyPins);
        disconnect(old, &QAbstractItemModel::columnsInserted, this, &PinnedTableView::applyPins);
        disconnect(old, &QAbstractItemModel::columnsRemoved, this, &PinnedTableView::applyPins);
        disconnect(old, &QAbstractItemModel::columnsMoved, this, &PinnedTableView::applyPins);
        disconnect(old, &QAbstractItemModel::layoutChanged, this, &PinnedTableView::applyPins);
        disconnect(old, &QAbstractItemModel::headerDataChanged, this, &PinnedTableView::applyPins);
    }
    QTableView::setModel(model);
    m_pinned->setModel(model);
    if (model) {
        // One selection for both parts; the one the pinned part made for itself goes.
        QItemSelectionModel *own = m_pinned->selectionModel();
        m_pinned->setSelectionModel(selectionModel());
        if (own && own != selectionModel() && own->parent() == m_pinned)
            own->deleteLater();
        // After the headers have taken the change in (they connected first).
        connect(model, &QAbstractItemModel::modelReset, this, &PinnedTableView::applyPins);
        connect(model, &QAbstractItemModel::columnsInserted, this, &PinnedTableView::applyPins);
        connect(model, &QAbstractItemModel::columnsRemoved, this, &PinnedTableView::applyPins);
        connect(model, &QAbstractItemModel::columnsMoved, this, &PinnedTableView::applyPins);
        connect(model, &QAbstractItemModel::layoutChanged, this, &PinnedTableView::applyPins);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &PinnedTableView::applyPins);
    }
    applyPins();
}

void PinnedTableView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTableView::setSelectionModel(selectionModel);
    if (m_pinned && selectionModel && m_pinned->model() == model())
        m_pinned->setSelectionModel(selectionModel);
}

void PinnedTableView::setColumnIdRole(int role)
{
    m_columnIdRole = role;
    applyPins();
}

QString PinnedTableView::columnId(int column) const
{
    if (!model() || column < 0 || column >= model()->columnCount())
        return {};
    if (m_columnIdRole < 0)
        return QString::number(column);
    return model()->headerData(column, Qt::Horizontal, m_columnIdRole).toString();
}

void PinnedTableView::setPinnedColumnIds(const QStringList &ids)
{
    QStringList unique;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !unique.contains(id))
            unique.append(id);
    }
    if (unique == m_pinnedIds)
        return;
    m_pinnedIds = unique;
    applyPins();
    emit pinnedColumnsChanged();
}

int PinnedTableView::columnOfId(const QString &id) const
{
    for (int column = 0; model() && column < model()->columnCount(); ++column) {
        if (columnId(column) == id)
            return column;
    }
    return -1;
}

QList<int> PinnedTableView::pinnedColumns() const
{
    QList<int> columns;
    for (const QString &id : m_pinnedIds) {
        if (const int column = columnOfId(id); column >= 0)
            columns.append(column);
    }
    return columns;
}

bool PinnedTableView::isColumnPinned(int column) const
{
    const QString id = columnId(column);
    return !id.isEmpty() && m_pinnedIds.contains(id);
}

void PinnedTableView::setColumnPinned(int column, bool pinned)
{
    const QString id = columnId(column);
    if (id.isEmpty())
        return;
    setColumnIdPinned(id, pinned);
}

void PinnedTableView::setColumnIdPinned(const QString &id, bool pinned)
{
    if (id.isEmpty() || pinned == m_pinnedIds.contains(id))
        return;
    QStringList ids = m_pinnedIds;
    if (pinned) {
        // Right of the pinned columns the model has, ahead of absent ones.
        qsizetype at = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (columnOfId(ids.at(i)) >= 0)
                at = i + 1;
        }
        ids.insert(at, id);
    } else {
        ids.removeAll(id);
        // Right after the columns that stay pinned.
        if (const int column = columnOfId(id); column >= 0) {
            m_pinnedIds = ids;
            m_applying = true;
            horizontalHeader()->moveSection(horizontalHeader()->visualIndex(column),
                                            int(pinnedColumns().size()));
            m_applying = false;
        }
    }
    m_pinnedIds = ids;
    applyPins();
    emit pinnedColumnsChanged();
}

void PinnedTableView::setRowFolded(int row, bool folded)
{
    setRowHidden(row, folded);
    m_pinned->setRowHidden(row, folded);
}

void PinnedTableView::setRowsFolded(const QList<int> &rows, bool folded)
{
    // While it may repaint, QHeaderView works out a section's position on every hide or show,
    // and that walks all sections: folding 75k child rows one by one took seconds. With its
    // updates off it skips that; one repaint follows.
    QHeaderView *own = verticalHeader();
    QHeaderView *pinned = m_pinned->verticalHeader();
    const bool ownUpdates = own->updatesEnabled();
    const bool pinnedUpdates = pinned->updatesEnabled();
    own->setUpdatesEnabled(false);
    pinned->setUpdatesEnabled(false);
    for (const int row : rows) {
        setRowHidden(row, folded);
        m_pinned->setRowHidden(row, folded);
    }
    own->setUpdatesEnabled(ownUpdates);
    pinned->setUpdatesEnabled(pinnedUpdates);
    viewport()->update();
    m_pinned->viewport()->update();
}

void PinnedTableView::syncPinnedPart()
{
    applyPins();
}

void PinnedTableView::applyPins()
{
    if (!m_pinned || !model())
        return;
    const QList<int> pinned = pinnedColumns();
    QHeaderView *header = horizontalHeader();
    QHeaderView *pinnedHeader = m_pinned->horizontalHeader();
    m_applying = true;
    for (int i = 0; i < pinned.size(); ++i) {
        const int column = pinned.at(i);
        if (header->visualIndex(column) != i)
            header->moveSection(header->visualIndex(column), i);
        if (pinnedHeader->visualIndex(column) != i)
            pinnedHeader->moveSection(pinnedHeader->visualIndex(column), i);
    }
    for (int column = 0; column < pinnedHeader->count(); ++column) {
        if (!pinned.contains(column) && !pinnedHeader->isSectionHidden(column))
            pinnedHeader->setSectionHidden(column, true);
    }
    m_applying = false;
    syncPinnedSections();

    // Same look and behaviour as this part; the owner may change these after construction.
    // Setters run only on a change: some walk every row (100k in a large experiment).
    const auto follow = [](auto *target, auto getter, auto setter, const auto &value) {
        if ((target->*getter)() != value)
            (target->*setter)(value);
    };
    follow(m_pinned,
           &QTableView::alternatingRowColors,
           &QTableView::setAlternatingRowColors,
           alternatingRowColors());
    follow(m_pinned, &QTableView::showGrid, &QTableView::setShowGrid, showGrid());
    follow(m_pinned, &QTableView::wordWrap, &QTableView::setWordWrap, wordWrap());
    follow(m_pinned, &QTableView::textElideMode, &QTableView::setTextElideMode, textElideMode());
    follow(m_pinned,
           &QTableView::selectionBehavior,
           &QTableView::setSelectionBehavior,
           selectionBehavior());
    follow(m_pinned, &QTableView::selectionMode, &QTableView::setSelectionMode, selectionMode());
    follow(m_pinned, &QTableView::editTriggers, &QTableView::setEditTriggers, editTriggers());
    follow(m_pinned,
           &QTableView::verticalScrollMode,
           &QTableView::setVerticalScrollMode,
           verticalScrollMode());
    follow(m_pinned, &QTableView::iconSize, &QTableView::setIconSize, iconSize());
    QHeaderView *rows = m_pinned->verticalHeader();
    if (verticalHeader()->count() > 0 && rows->count() > 0
        && rows->sectionResizeMode(0) != verticalHeader()->sectionResizeMode(0))
        rows->setSectionResizeMode(verticalHeader()->sectionResizeMode(0));
    follow(rows,
           &QHeaderView::minimumSectionSize,
           &QHeaderView::setMinimumSectionSize,
           verticalHeader()->minimumSectionSize());
    follow(rows,
           &QHeaderView::defaultSectionSize,
           &QHeaderView::setDefaultSectionSize,
           verticalHeader()->defaultSectionSize());
    follow(pinnedHeader,
           &QHeaderView::defaultAlignment,
           &QHeaderView::setDefaultAlignment,
           header->defaultAlignment());
    follow(pinnedHeader,
           &QHeaderView::minimumSectionSize,
           &QHeaderView::setMinimumSectionSize,
           header->minimumSectionSize());
    follow(pinnedHeader,
           &QHeaderView::sectionsClickable,
           &QHeaderView::setSectionsClickable,
           header->sectionsClickable());
    pinnedHeader->setContextMenuPolicy(header->contextMenuPolicy());
    syncSortIndicator();
    updatePinnedGeometry();
}

bool PinnedTableView::syncPinnedSections()
{
    if (!m_pinned || !model() || m_applying)
        return false;
    QHeaderView *header = horizontalHeader();
    QHeaderView *pinnedHeader = m_pinned->horizontalHeader();
    bool changed = false;
    m_applying = true;
    for (const int column : pinnedColumns()) {
        const bool shown = !header->isSectionHidden(column);
        if (pinnedHeader->isSectionHidden(column) == shown) {
            pinnedHeader->setSectionHidden(column, !shown);
            changed = true;
        }
        if (shown && pinnedHeader->sectionSize(column) != header->sectionSize(column)) {
            pinnedHeader->resizeSection(column, header->sectionSize(column));
            changed = true;
        }
    }
    m_applying = false;
    return changed;
}

void PinnedTableView::onSectionMoved(int column, int oldVisual, int newVisual)
{
    Q_UNUSED(oldVisual);
    if (m_applying || !model())
        return;
    // The pinned block is the first visual positions: dragging a column out of it unpins it,
    // dragging one into it pins it there.
    const QList<int> before = pinnedColumns();
    const bool wasPinned = before.contains(column);
    const int blockSize = int(before.size());
    if (!wasPinned && newVisual >= blockSize)
        return;
    QList<int> block = before;
    if (wasPinned && newVisual >= blockSize)
        block.removeAll(column);
    else if (!wasPinned)
        block.append(column);
    QHeaderView *header = horizontalHeader();
    std::sort(block.begin(), block.end(), [header](int a, int b) {
        return header->visualIndex(a) < header->visualIndex(b);
    });
    QStringList ids;
    for (const int pinned : std::as_const(block))
        ids.append(columnId(pinned));
    // Pins of columns the model does not have now keep their place after the others.
    for (const QString &id : std::as_const(m_pinnedIds)) {
        if (!ids.contains(id) && (!wasPinned || id != columnId(column)))
            ids.append(id);
    }
    if (ids == m_pinnedIds) {
        applyPins();
        return;
    }
    m_pinnedIds = ids;
    applyPins();
    emit pinnedColumnsChanged();
}

void PinnedTableView::syncSortIndicator()
{
    QHeaderView *header = horizontalHeader();
    QHeaderView *pinnedHeader = m_pinned->horizontalHeader();
    pinnedHeader->setSortIndicatorShown(header->isSortIndicatorShown());
    if (pinnedHeader->sortIndicatorSection() == header->sortIndicatorSection()
        && pinnedHeader->sortIndicatorOrder() == header->sortIndicatorOrder())
        return;
    const QSignalBlocker blocker(pinnedHeader);
    pinnedHeader->setSortIndicator(header->sortIndicatorSection(), header->sortIndicatorOrder());
    pinnedHeader->viewport()->update();
}

int PinnedTableView::pinnedWidth() const
{
    int width = 0;
    for (const int column : pinnedColumns()) {
        if (!isColumnHidden(column))
            width += columnWidth(column);
    }
    return width;
}

void PinnedTableView::updatePinnedGeometry()
{
    if (!m_pinned || !m_edge)
        return;
    const int width = qMin(pinnedWidth(), viewport()->width());
    if (width <= 0 || !model()) {
        m_pinned->hide();
        m_edge->hide();
        return;
    }
    QHeaderView *header = horizontalHeader();
    const int top = header->isHidden() ? viewport()->y() : header->y();
    if (!header->isHidden())
        m_pinned->horizontalHeader()->setFixedHeight(header->height());
    m_pinned->horizontalHeader()->setVisible(!header->isHidden());
    m_pinned->setGeometry(viewport()->x(), top, width, viewport()->geometry().bottom() + 1 - top);
    m_pinned->verticalScrollBar()->setValue(verticalScrollBar()->value());
    m_pinned->show();
    m_edge->setGeometry(m_pinned->geometry().right() + 1, top, 1, m_pinned->height());
    m_edge->show();
    m_edge->raise();
}

void PinnedTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const int covered = m_pinned->isHidden() ? 0 : m_pinned->width();
    if (covered == 0 || !index.isValid()) {
        QTableView::scrollTo(index, hint);
        return;
    }
    QScrollBar *horizontal = horizontalScrollBar();
    if (isColumnPinned(index.column())) {
        // Always in sight in the pinned part: only scroll vertically.
        const int keep = horizontal->value();
        QTableView::scrollTo(index, hint);
        horizontal->setValue(keep);
        return;
    }
    QTableView::scrollTo(index, hint);
    // Not behind the pinned part.
    const QRect rect = visualRect(index);
    if (rect.isValid() && rect.left() < covered)
        horizontal->setValue(horizontal->value() - (covered - rect.left()));
}

void PinnedTableView::updateGeometries()
{
    QTableView::updateGeometries();
    syncPinnedSections();
    updatePinnedGeometry();
}

void PinnedTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updatePinnedGeometry();
}

bool PinnedTableView::eventFilter(QObject *watched, QEvent *event)
{
    // Changes made with the header's signals blocked (or that emit none, as hiding a section)
    // still repaint it: the pinned part follows them there.
    if (watched == horizontalHeader()->viewport() && event->type() == QEvent::Paint) {
        syncSortIndicator();
        if (syncPinnedSections())
            updatePinnedGeometry();
    }
    if (watched == m_pinned->viewport() && forwardMouseEvent(event))
        return true;
    return QTableView::eventFilter(watched, event);
}

bool PinnedTableView::forwardMouseEvent(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease
        && type != QEvent::MouseButtonDblClick && type != QEvent::MouseMove)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (type == QEvent::MouseMove && mouse->buttons() == Qt::NoButton)
        return false; // hovering stays in the pinned part
    // Clicks are this view's: one selection anchor, press/click/activation logic and one place
    // where Shift and Ctrl extend the selection, whichever part was clicked.
    QPoint local =
        viewport()->mapFrom(this, m_pinned->viewport()->mapTo(this, mouse->position().toPoint()));
    if (type == QEvent::MouseMove) {
        // Drag-selecting picks rows only; staying off the left edge keeps this view from
        // auto-scrolling sideways, as the cursor is over the pinned part.
        local.setX(qMax(local.x(), autoScrollMargin() + 1));
    } else {
        // The pinned columns' cells in this view: scrolled by the horizontal offset.
        local.rx() -= horizontalOffset();
    }
    QMouseEvent forwarded(type,
                          QPointF(local),
                          mouse->globalPosition(),
                          mouse->button(),
                          mouse->buttons(),
                          mouse->modifiers(),
                          mouse->pointingDevice());
    QCoreApplication::sendEvent(viewport(), &forwarded);
    return true;
}

} // namespace Flowdesk::Views
