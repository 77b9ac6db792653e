// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/dialogs/quickswitcher.h"

#include "models/itemmodels/quickswitchmodel.h"
#include "views/delegates/quickswitchdelegate.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views {

using ItemModels::QuickSwitchModel;

QuickSwitcher::QuickSwitcher(QuickSwitchModel *model, QWidget *parent)
    : QDialog(parent, Qt::Popup)
    , m_model(model)
{
    setObjectName(u"quickSwitcher"_s);
    setWindowTitle(tr("Go To"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"quickSwitcherSearch"_s);
    m_search->setPlaceholderText(tr("Go to an experiment or a run: type a name or a run id"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QListView(this);
    m_list->setObjectName(u"quickSwitcherList"_s);
    m_list->setModel(model);
    m_list->setItemDelegate(new QuickSwitchDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setContentsMargins(4, 0, 4, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_model, &QuickSwitchModel::setText);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        updateStatus();
        fitToResults();
        if (std::exchange(m_chooseWhenSearched, false))
            choose(m_model->rowCount() > 0 ? 0 : -1);
    });
    connect(m_model, &QuickSwitchModel::searchFailed, this, [this](const QString &message) {
        m_status->setText(tr("The search failed: %1").arg(message));
    });
    connect(m_list, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        choose(index.row());
    });
}

void QuickSwitcher::popUp()
{
    QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    const int width = window ? qBound(420, window->width() / 2, 720) : 560;
    resize(width, height());
    if (window) {
        const QPoint topCenter = window->mapToGlobal(QPoint(window->width() / 2, 0));
        move(topCenter.x() - width / 2, topCenter.y() + window->height() / 8);
    }
    m_chooseWhenSearched = false;
    m_search->clear();
    m_model->searchNow(); // the experiments, at once
    updateStatus();
    fitToResults();
    show();
    raise();
    activateWindow();
    m_search->setFocus();
}

void QuickSwitcher::fitToResults()
{
    // As tall as the results, up to VisibleRows; the list scrolls beyond.
    const int rowHeight = qMax(m_list->sizeHintForRow(0), fontMetrics().height() + 10);
    const int rows = qBound(1, m_model->rowCount(), VisibleRows);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());
    layout()->activate();
    resize(width(), sizeHint().height());
}

void QuickSwitcher::updateStatus()
{
    if (m_model->text().isEmpty())
        m_status->setText(tr("Experiments; type to find runs too. Enter opens, Esc closes."));
    else if (m_model->rowCount() == 0 && !m_model->isSearching())
        m_status->setText(tr("Nothing matches \"%1\".").arg(m_model->text()));
    else
        m_status->setText(tr("Enter opens, Esc closes."));
}

void QuickSwitcher::choose(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QuickSwitchModel::Entry entry = m_model->entryAt(row);
    close();
    if (entry.kind == QuickSwitchModel::Kind::Run)
        emit runChosen(entry.experimentId, entry.runKey);
    else
        emit experimentChosen(entry.experimentId);
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        const int page = qMax(1, m_list->viewport()->height() / qMax(1, m_list->sizeHintForRow(0)));
        int next = -1;
        switch (key->key()) {
        case Qt::Key_Down:
            next = current + 1;
            break;
        case Qt::Key_Up:
            next = current - 1;
            break;
        case Qt::Key_PageDown:
            next = current + page;
            break;
        case Qt::Key_PageUp:
            next = current - page;
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter right after typing opens the best match for what was typed, not for the
            // text before.
            if (m_model->isSearching()) {
                m_chooseWhenSearched = true;
                m_model->searchNow();
            } else {
                choose(current);
            }
            return true;
        default:
            return QDialog::eventFilter(watched, event);
        }
        if (rows > 0)
            m_list->setCurrentIndex(m_model->index(qBound(0, next, rows - 1)));
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Flowdesk::Views
