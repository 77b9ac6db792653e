// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/runs/runspane.h"

#include "models/itemmodels/displayformat.h"
#include "models/itemmodels/filtervocabulary.h"
#include "models/itemmodels/rungroupmodel.h"
#include "models/itemmodels/runtablemodel.h"
#include "views/delegates/runcelldelegate.h"
#include "views/runs/columnchooser.h"
#include "views/runs/filterbar.h"
#include "views/widgets/pinnedtableview.h"

#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views {

using ItemModels::RunTableModel;

RunsPane::RunsPane(RunTableModel *model, ItemModels::FilterVocabulary *vocabulary, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_vocabulary(vocabulary)
{
    m_filterBar = new FilterBar(vocabulary, this);
    m_columnsButton = new QToolButton(this);
    m_columnsButton->setObjectName(u"columnsButton"_s);
    m_columnsButton->setText(tr("Columns…"));
    m_columnsButton->setToolTip(tr("Choose the columns: attributes, metrics, parameters, tags"));
    m_columnsButton->setAutoRaise(true);
    connect(m_columnsButton, &QToolButton::clicked, this, &RunsPane::showColumnChooser);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("runsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_table = new PinnedTableView(this);
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setColumnIdRole(RunTableModel::ColumnIdRole);
    m_table->setModel(model);
    m_delegate = new RunCellDelegate(m_table);
    m_delegate->setExpandedProvider([this](qint64 runKey) {
        return isExpanded(runKey);
    });
    m_table->setItemDelegate(m_delegate);
    m_table->pinnedView()->setItemDelegate(m_delegate);
    m_table->installEventFilter(this);
    m_table->pinnedView()->viewport()->installEventFilter(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    // A fixed row height keeps the view from asking every row for its size (STYLE.md §4).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(48);
    // Widths from sample texts in the user's locale and font: a date column sized in 'M's is
    // too narrow in one locale and wasteful in the next.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    const auto widthOf = [&](const QString &sample) {
        return metrics.horizontalAdvance(sample) + padding;
    };
    namespace DisplayFormat = ItemModels::DisplayFormat;
    // 28 Dec 2026, 23:58: the widest day, month and hour digits.
    const qint64 sampleTime = 1798498680000;
    header->resizeSection(RunTableModel::NameColumn, widthOf(u"random-forest-sweep-42"_s) + 20);
    header->resizeSection(RunTableModel::StatusColumn,
                          widthOf(DisplayFormat::runStatus(Store::RunStatus::Scheduled)));
    header->resizeSection(RunTableModel::CreatedColumn,
                          widthOf(DisplayFormat::localDateTime(sampleTime)));
    header->resizeSection(RunTableModel::DurationColumn,
                          widthOf(DisplayFormat::duration((59 * 60 + 58) * 1000)));
    header->resizeSection(RunTableModel::UserColumn, widthOf(u"chen.wei"_s));
    header->resizeSection(RunTableModel::RegisteredModelsColumn,
                          widthOf(u"churn-classifier v12"_s));
    // The model starts in MLflow's order, newest first; show that before the first click.
    header->setSortIndicator(RunTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    connectHeaderMenu(header);
    connectHeaderMenu(m_table->pinnedView()->horizontalHeader());
    // Columns the query cannot order by keep the indicator on the order actually shown.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section) {
        if (!m_model->orderKeyOf(section).isEmpty())
            return;
        const int shown = m_model->columnOfOrderKey(m_model->query().order.key);
        {
            const QSignalBlocker blocker(header);
            header->setSortIndicator(shown, m_model->query().order.direction);
        }
        m_table->syncPinnedPart();
    });
    m_table->setPinnedColumnIds(defaultPinnedColumnIds());

    m_emptyLabel = new QLabel(m_table->viewport());
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    m_table->viewport()->installEventFilter(this);

    m_groupCombo = new QComboBox(this);
    m_groupCombo->setObjectName(u"groupByCombo"_s);
    // Long keys must not push the metrics button out of the pane; the popup shows them whole.
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupCombo->setMinimumContentsLength(14);
    m_groupCombo->setToolTip(tr("Group the runs by a parameter or tag value"));
    m_metricsButton = new QToolButton(this);
    m_metricsButton->setObjectName(u"groupMetricsButton"_s);
    m_metricsButton->setToolTip(tr("Metrics whose latest values are summarized per group"));
    m_metricsButton->setPopupMode(QToolButton::InstantPopup);
    m_metricsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A standing menu (so the button shows its arrow), refilled whenever it opens.
    auto *metricsMenu = new QMenu(m_metricsButton);
    connect(metricsMenu, &QMenu::aboutToShow, this, [this, metricsMenu] {
        fillGroupMetricsMenu(metricsMenu);
    });
    m_metricsButton->setMenu(metricsMenu);
    auto *groupLabel = new QLabel(tr("Group by:"), this);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_groupCombo, m_metricsButton, groupLabel})
        widget->setVisible(false); // until a group model is set
    groupLabel->setObjectName(u"groupByLabel"_s);
    auto *titleBox = new QVBoxLayout;
    titleBox->setContentsMargins(10, 8, 10, 6);
    titleBox->setSpacing(0);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(6);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(groupLabel);
    titleRow->addWidget(m_groupCombo);
    titleRow->addWidget(m_metricsButton);
    titleBox->addLayout(titleRow);
    titleBox->addWidget(m_subtitle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(titleBox);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 8, 0);
    filterRow->setSpacing(0);
    filterRow->addWidget(m_filterBar, 1);
    filterRow->addWidget(m_columnsButton);
    layout->addLayout(filterRow);
    m_groupTable = new QTableView(this);
    m_groupTable->setObjectName(u"groupTable"_s);
    m_groupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupTable->setAlternatingRowColors(true);
    m_groupTable->setShowGrid(false);
    m_groupTable->verticalHeader()->hide();
    m_groupTable->verticalHeader()->setDefaultSectionSize(
        m_table->verticalHeader()->defaultSectionSize());
    m_groupTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Values and figures sit next to each other; what is left stays empty on the right.
    m_groupTable->horizontalHeader()->setStretchLastSection(false);
    m_groupTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groupTable->horizontalHeader()->setMinimumSectionSize(96);
    connect(m_groupTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showGroupRuns(index.row());
    });
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_groupTable);
    layout->addWidget(m_stack, 1);

    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                emit currentRowChanged(current.isValid() ? current.row() : -1);
            });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit activated(index.row());
    });
    const auto updateEmpty = [this] {
        m_emptyLabel->setVisible(m_model->rowCount() == 0 && !m_model->isLoading()
                                 && !m_emptyLabel->text().isEmpty());
        namespace DisplayFormat = ItemModels::DisplayFormat;
        if (m_model->isLoading() && m_model->rowCount() == 0)
            m_subtitle->setText(tr("Loading runs…"));
        else if (m_model->query().isFiltered())
            //: Under the experiment's name: runs matching the filter of all its runs
            m_subtitle->setText(tr("%1 of %2 runs")
                                    .arg(DisplayFormat::count(m_model->matchCount()),
                                         DisplayFormat::count(m_model->unfilteredCount())));
        else
            m_subtitle->setText(DisplayFormat::runCount(m_model->matchCount()));
    };
    connect(model, &QAbstractItemModel::modelReset, this, updateEmpty);
    // The experiment column only says something when several experiments are listed.
    const auto updateExperimentColumn = [this] {
        m_table->horizontalHeader()->setSectionHidden(RunTableModel::ExperimentColumn,
                                                      m_model->query().experimentIds.size() < 2);
        m_table->syncPinnedPart();
    };
    connect(model, &QAbstractItemModel::modelReset, this, updateExperimentColumn);
    connect(model, &QAbstractItemModel::modelReset, this, &RunsPane::applyFolding);
    // A live refresh keeps the user's place: the run at the top of the viewport stays there
    // while new runs arrive above it; at the very top, new runs come into view.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_anchorRunKey = -1;
        if (!m_model->lastResetWasRefresh())
            return;
        const int top = m_table->rowAt(0);
        if (top > 0)
            m_anchorRunKey = m_model->runKeyAt(top);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_anchorRunKey < 0)
            return;
        const int row = m_model->rowOfRunKey(std::exchange(m_anchorRunKey, -1));
        if (row >= 0 && !m_table->isRowHidden(row))
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    });
    updateExperimentColumn();
    connect(model, &RunTableModel::loadingChanged, this, updateEmpty);
}

void RunsPane::connectHeaderMenu(QHeaderView *header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu *menu = createHeaderMenu(header->logicalIndexAt(pos));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(pos));
    });
}

QTableView *RunsPane::tableView() const
{
    return m_table;
}

QTableView *RunsPane::pinnedView() const
{
    return m_table->pinnedView();
}

QStringList RunsPane::pinnedColumnIds() const
{
    return m_table->pinnedColumnIds();
}

void RunsPane::setPinnedColumnIds(const QStringList &ids)
{
    m_table->setPinnedColumnIds(ids);
}

bool RunsPane::isColumnPinned(int section) const
{
    return m_table->isColumnPinned(section);
}

void RunsPane::setColumnPinned(int section, bool pinned)
{
    m_table->setColumnPinned(section, pinned);
}

QStringList RunsPane::defaultPinnedColumnIds()
{
    return {u"attributes.name"_s};
}

void RunsPane::setGroupModel(ItemModels::RunGroupModel *model)
{
    m_groupModel = model;
    m_groupTable->setModel(model);
    // Groups sort in memory (RunGroupModel::sort): by count at first, the biggest on top.
    m_groupTable->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    m_groupTable->setSortingEnabled(true);
    for (QWidget *widget : {static_cast<QWidget *>(m_groupCombo),
                            static_cast<QWidget *>(findChild<QLabel *>(u"groupByLabel"_s))})
        widget->setVisible(true);
    connect(m_vocabulary,
            &ItemModels::FilterVocabulary::keysLoaded,
            this,
            &RunsPane::updateGroupChoices);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, &RunsPane::updateGrouping);
    // The groups follow the listed runs: a new filter, a live refresh.
    connect(m_model, &RunTableModel::keysLoaded, this, [this] {
        if (isGrouped())
            updateGrouping();
    });
    updateMetricsButton();
    updateGroupChoices();
}

bool RunsPane::isGrouped() const
{
    return m_groupModel && !m_groupCombo->currentData().toString().isEmpty();
}

QString RunsPane::groupChoice() const
{
    return m_hasPendingGrouping ? m_pendingGroup : m_groupCombo->currentData().toString();
}

QStringList RunsPane::groupMetrics() const
{
    return m_hasPendingGrouping ? m_pendingMetrics : m_groupMetrics;
}

void RunsPane::setGrouping(const QString &choice, const QStringList &metrics)
{
    m_pendingGroup = choice;
    m_pendingMetrics = metrics;
    m_hasPendingGrouping = true;
    if (m_groupModel)
        updateGroupChoices();
}

void RunsPane::setGroupMetrics(const QStringList &metrics)
{
    QStringList unique;
    for (const QString &metric : metrics) {
        if (!metric.isEmpty() && !unique.contains(metric))
            unique.append(metric);
    }
    if (unique == m_groupMetrics)
        return;
    m_groupMetrics = unique;
    updateMetricsButton();
    updateGrouping();
}

QMenu *RunsPane::createGroupMetricsMenu()
{
    auto *menu = new QMenu(this);
    fillGroupMetricsMenu(menu);
    return menu;
}

void RunsPane::fillGroupMetricsMenu(QMenu *menu)
{
    menu->clear();
    menu->setObjectName(u"groupMetricsMenu"_s);
    // Chosen metrics the experiment does not have (any more) stay listed so they can be unchecked.
    QStringList keys = m_vocabulary->metricKeys();
    for (const QString &metric : std::as_const(m_groupMetrics)) {
        if (!keys.contains(metric))
            keys.append(metric);
    }
    if (keys.isEmpty()) {
        //: In the group-by metrics menu when the experiment has no metrics
        menu->addAction(tr("No metrics"))->setEnabled(false);
        return;
    }
    for (const QString &key : std::as_const(keys)) {
        // A '&' in a key is text, not a mnemonic.
        QAction *action = menu->addAction(QString(key).replace(u'&', u"&&"_s));
        action->setData(key);
        action->setCheckable(true);
        action->setChecked(m_groupMetrics.contains(key));
        connect(action, &QAction::toggled, this, [this, key](bool checked) {
            QStringList metrics = m_groupMetrics;
            if (checked)
                metrics.append(key);
            else
                metrics.removeAll(key);
            setGroupMetrics(metrics);
        });
    }
    if (!m_groupMetrics.isEmpty()) {
        menu->addSeparator();
        //: Group-by metrics menu: uncheck every metric (counts only)
        connect(menu->addAction(tr("Clear")), &QAction::triggered, this, [this] {
            setGroupMetrics({});
        });
    }
}

void RunsPane::updateMetricsButton()
{
    if (m_groupMetrics.isEmpty()) {
        //: Button next to "Group by" that chooses the metrics summarized per group
        m_metricsButton->setText(tr("Metrics…"));
        return;
    }
    const QString list = QLocale().createSeparatedList(m_groupMetrics);
    //: Button next to "Group by": %1 lists the metrics summarized per group
    m_metricsButton->setText(
        fontMetrics().elidedText(tr("Metrics: %1").arg(list), Qt::ElideRight, 200));
    m_metricsButton->setToolTip(list);
}

void RunsPane::updateGroupChoices()
{
    QString group = m_groupCombo->currentData().toString();
    if (m_hasPendingGrouping)
        group = m_pendingGroup;
    {
        const QSignalBlocker blockGroup(m_groupCombo);
        m_groupCombo->clear();
        //: "Group by" choice that shows the plain runs table
        //: No grouping of the runs table
        m_groupCombo->addItem(tr("None", "group by"), QString());
        // Data: "p:" or "t:" and the key; the text is how a filter names it.
        for (const QString &key : m_vocabulary->paramKeys())
            m_groupCombo->addItem(u"params."_s + key, QString(u"p:"_s + key));
        for (const QString &key : m_vocabulary->tagKeys())
            m_groupCombo->addItem(u"tags."_s + key, QString(u"t:"_s + key));
        const int groupIndex = m_groupCombo->findData(group);
        m_groupCombo->setCurrentIndex(qMax(0, groupIndex));
        // A saved grouping waits until the experiment's keys (with its key) have arrived.
        if (m_hasPendingGrouping && (group.isEmpty() || groupIndex >= 0)) {
            m_hasPendingGrouping = false;
            m_groupMetrics = m_pendingMetrics;
            updateMetricsButton();
        }
    }
    updateGrouping();
}

void RunsPane::updateGrouping()
{
    const bool grouped = isGrouped();
    m_metricsButton->setVisible(grouped);
    m_stack->setCurrentWidget(grouped ? static_cast<QWidget *>(m_groupTable) : m_table);
    if (!grouped)
        return;
    const QString choice = m_groupCombo->currentData().toString();
    const auto kind = choice.startsWith(u"t:"_s) ? ItemModels::RunColumn::Kind::Tag
                                                 : ItemModels::RunColumn::Kind::Param;
    m_groupModel->setGrouping(m_model->runKeys(), kind, choice.mid(2), m_groupMetrics);
}

void RunsPane::showGroupRuns(int row)
{
    if (!isGrouped() || row < 0 || row >= m_groupModel->rowCount())
        return;
    const QString clause = m_groupModel->filterClause(row);
    m_groupCombo->setCurrentIndex(0);
    // The clause joins the filter the table shows, not a half-typed one.
    m_filterBar->restoreFilter(m_filterBar->appliedFilter());
    m_filterBar->addClause(clause);
}

void RunsPane::setColumnStep(int section, qint64 step)
{
    ItemModels::RunColumns columns = m_model->columns();
    const qsizetype i = section - RunTableModel::ColumnCount;
    if (i < 0 || i >= columns.size() || columns[i].kind != ItemModels::RunColumn::Kind::Metric)
        return;
    columns[i].aggregate = ItemModels::RunColumn::Aggregate::AtStep;
    columns[i].step = step;
    m_model->setColumns(columns);
}

void RunsPane::askStep(int section)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"stepDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Value at Step"));
    dialog->setLabelText(tr("Show the value logged at step:"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(0, std::numeric_limits<int>::max());
    if (const ItemModels::RunColumn *column = m_model->dynamicColumn(section))
        dialog->setIntValue(int(column->step));
    connect(dialog, &QInputDialog::intValueSelected, this, [this, section](int step) {
        setColumnStep(section, step);
    });
    dialog->open();
}

ColumnChooser *RunsPane::showColumnChooser()
{
    auto *chooser = findChild<ColumnChooser *>();
    if (!chooser) {
        chooser = new ColumnChooser(m_model, m_vocabulary, m_table, this);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
    }
    chooser->show();
    chooser->raise();
    chooser->searchBox()->setFocus();
    return chooser;
}

QMenu *RunsPane::createHeaderMenu(int section)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"headerMenu"_s);
    if (const ItemModels::RunColumn *dynamic = m_model->dynamicColumn(section)) {
        using Aggregate = ItemModels::RunColumn::Aggregate;
        if (dynamic->kind == ItemModels::RunColumn::Kind::Metric) {
            auto *group = new QActionGroup(menu);

            const struct
            {
                QString text;
                Aggregate aggregate;
            } choices[] = {{tr("Show &Latest Value"), Aggregate::Latest},
                           {tr("Show &Minimum"), Aggregate::Min},
                           {tr("Show Ma&ximum"), Aggregate::Max},
                           {tr("Show M&ean"), Aggregate::Mean},
                           {tr("Show Value at &Step…"), Aggregate::AtStep}};

            for (const auto &choice : choices) {
                QAction *action = menu->addAction(choice.text);
                action->setCheckable(true);
                action->setChecked(dynamic->aggregate == choice.aggregate);
                group->addAction(action);
                const Aggregate aggregate = choice.aggregate;
                connect(action, &QAction::triggered, this, [this, section, aggregate] {
                    if (aggregate == Aggregate::AtStep) {
                        askStep(section);
                        return;
                    }
                    ItemModels::RunColumns columns = m_model->columns();
                    const qsizetype i = section - RunTableModel::ColumnCount;
                    if (i < 0 || i >= columns.size())
                        return;
                    columns[i].aggregate = aggregate;
                    m_model->setColumns(columns);
                });
            }
            menu->addSeparator();
        }
    }
    if (section >= 0 && section < m_model->columnCount()) {
        const bool pinned = m_table->isColumnPinned(section);
        QAction *pin = menu->addAction(pinned ? tr("&Unpin") : tr("&Pin to Left"));
        pin->setObjectName(u"pinColumnAction"_s);
        pin->setToolTip(tr("Keep the column at the left while the table scrolls sideways"));
        connect(pin, &QAction::triggered, this, [this, section, pinned] {
            m_table->setColumnPinned(section, !pinned);
        });
    }
    if (m_model->dynamicColumn(section)) {
        connect(menu->addAction(tr("&Hide Column")), &QAction::triggered, this, [this, section] {
            ItemModels::RunColumns columns = m_model->columns();
            const qsizetype i = section - RunTableModel::ColumnCount;
            if (i >= 0 && i < columns.size()) {
                // A hidden column is not pinned when it is shown again.
                m_table->setColumnPinned(section, false);
                columns.removeAt(i);
                m_model->setColumns(columns);
            }
        });
    } else if (section > RunTableModel::NameColumn) {
        connect(menu->addAction(tr("&Hide Column")), &QAction::triggered, this, [this, section] {
            m_table->setColumnPinned(section, false);
            m_table->horizontalHeader()->setSectionHidden(section, true);
            m_table->syncPinnedPart();
        });
    }
    connect(menu->addAction(tr("&Columns…")), &QAction::triggered, this, [this] {
        showColumnChooser();
    });
    return menu;
}

void RunsPane::setTitle(const QString &experimentName, bool deleted)
{
    //: Title of the runs pane for a deleted experiment
    m_title->setText(deleted ? tr("%1 (deleted)").arg(experimentName) : experimentName);
}

void RunsPane::setEmptyText(const QString &text)
{
    m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(m_model->rowCount() == 0 && !m_model->isLoading() && !text.isEmpty());
}

int RunsPane::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RunsPane::selectRow(int row, bool scrollTo)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    // The view scrolls to a new current index by itself unless auto-scroll is off.
    const bool autoScroll = m_table->hasAutoScroll();
    m_table->setAutoScroll(scrollTo);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setAutoScroll(autoScroll);
    if (scrollTo)
        m_table->scrollTo(index);
}

void RunsPane::revealRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    // Rows come depth first: each ancestor is the nearest row above with a smaller depth.
    int depth = m_model->depthAt(row);
    for (int above = row - 1; above >= 0 && depth > 0; --above) {
        const int aboveDepth = m_model->depthAt(above);
        if (aboveDepth < depth) {
            setExpanded(above, true);
            depth = aboveDepth;
        }
    }
    selectRow(row);
}

void RunsPane::setExpanded(int row, bool expanded)
{
    if (m_model->childCountAt(row) == 0)
        return;
    const qint64 key = m_model->runKeyAt(row);
    if (expanded == m_expanded.contains(key))
        return;
    if (expanded)
        m_expanded.insert(key);
    else
        m_expanded.remove(key);
    applyFolding();
}

bool RunsPane::isRowFolded(int row) const
{
    return m_table->isRowHidden(row);
}

void RunsPane::applyFolding()
{
    // Hidden rows outlive a model reset in the header: unfold the old ones first.
    const int rows = m_model->rowCount();
    QList<int> unfold;
    for (const int row : std::as_const(m_foldedRows)) {
        if (row < rows)
            unfold.append(row);
    }
    m_table->setRowsFolded(unfold, false);
    m_foldedRows.clear();
    if (!m_model->hasNestedRuns())
        return;
    // Rows come depth first: a row is folded when an ancestor on the way down is collapsed.
    int foldedBelow = -1; // depth of the collapsed ancestor, -1 = none
    for (int row = 0; row < rows; ++row) {
        const int depth = m_model->depthAt(row);
        if (foldedBelow >= 0 && depth > foldedBelow) {
            m_foldedRows.append(row);
            continue;
        }
        foldedBelow = -1;
        if (m_model->childCountAt(row) > 0 && !m_expanded.contains(m_model->runKeyAt(row)))
            foldedBelow = depth;
    }
    m_table->setRowsFolded(m_foldedRows, true);
}

bool RunsPane::toggleArrowAt(QAbstractItemView *view, const QPoint &position)
{
    const QModelIndex index = view->indexAt(position);
    if (!index.isValid() || index.column() != RunTableModel::NameColumn
        || m_model->childCountAt(index.row()) == 0
        || !RunCellDelegate::arrowRect(view->visualRect(index), m_model->depthAt(index.row()))
                .contains(position))
        return false;
    setExpanded(index.row(), !isExpanded(m_model->runKeyAt(index.row())));
    return true;
}

bool RunsPane::eventFilter(QObject *watched, QEvent *event)
{
    // The name column may be in either part of the table (pinned or scrolling).
    if (event->type() == QEvent::MouseButtonPress && m_model->hasNestedRuns()) {
        QAbstractItemView *view = watched == m_table->viewport() ? m_table
            : watched == m_table->pinnedView()->viewport()       ? m_table->pinnedView()
                                                                 : nullptr;
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (view && toggleArrowAt(view, mouse->position().toPoint())) {
            m_table->setFocus(Qt::MouseFocusReason);
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::KeyPress && m_model->hasNestedRuns()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = currentRow();
        if (row >= 0 && key->modifiers() == Qt::NoModifier) {
            const bool parent = m_model->childCountAt(row) > 0;
            const bool open = isExpanded(m_model->runKeyAt(row));
            if (key->key() == Qt::Key_Right && parent && !open) {
                setExpanded(row, true);
                return true;
            }
            if (key->key() == Qt::Key_Left) {
                if (parent && open) {
                    setExpanded(row, false);
                    return true;
                }
                // On a child: go to its parent, as in a tree.
                const int depth = m_model->depthAt(row);
                for (int up = row - 1; depth > 0 && up >= 0; --up) {
                    if (m_model->depthAt(up) < depth) {
                        selectRow(up);
                        return true;
                    }
                }
            }
        }
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}

} // namespace Flowdesk::Views
