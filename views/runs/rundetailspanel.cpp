// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/runs/rundetailspanel.h"

#include "models/itemmodels/artifactpreview.h"
#include "models/itemmodels/datasetinputsmodel.h"
#include "models/itemmodels/displayformat.h"
#include "models/itemmodels/keyvaluetablemodel.h"
#include "models/itemmodels/latestmetricsmodel.h"
#include "models/itemmodels/rundetails.h"
#include "views/delegates/sparklinedelegate.h"
#include "views/icons.h"
#include "views/runs/artifactspanel.h"
#include "views/runs/descriptioneditor.h"
#include "views/runs/tagseditor.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views {

namespace DisplayFormat = ItemModels::DisplayFormat;

namespace {

QString tagValue(const Store::Run &run, const QString &key)
{
    for (const Store::Tag &tag : run.tags) {
        if (tag.key == key)
            return tag.value;
    }
    return {};
}

} // namespace

RunDetailsPanel::RunDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_params(new ItemModels::KeyValueTableModel(this))
    , m_metrics(new ItemModels::LatestMetricsModel(this))
    , m_tags(new ItemModels::KeyValueTableModel(this))
{
    m_datasets = new ItemModels::DatasetInputsModel(this);
    m_message = new QLabel(tr("Select a run to see its details."), this);
    m_message->setObjectName(u"detailsMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setMargin(24);

    auto *details = new QWidget(this);
    m_heading = new QLabel(details);
    m_heading->setObjectName(u"runHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(details);
    m_tabs->setObjectName(u"runTabs"_s);
    m_tabs->setDocumentMode(true);

    auto *overview = new QWidget;
    auto *form = new QFormLayout(overview);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setContentsMargins(10, 10, 10, 10);
    form->setVerticalSpacing(6);

    // The run id row carries its copy button.
    auto *idRow = new QWidget(overview);
    auto *idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->setSpacing(4);
    auto *idValue = new QLabel(idRow);
    idValue->setObjectName(u"runIdValue"_s);
    idValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = idValue->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    idValue->setFont(mono);
    m_copyButton = new QToolButton(idRow);
    m_copyButton->setObjectName(u"copyRunIdButton"_s);
    m_copyButton->setAutoRaise(true);
    m_copyButton->setIcon(Icons::action(u"edit-copy"_s, u"edit-copy.svg"_s));
    m_copyButton->setToolTip(tr("Copy the run ID"));
    connect(m_copyButton, &QToolButton::clicked, this, [this] {
        if (!m_runId.isEmpty())
            emit copyRunIdRequested(m_runId);
    });
    idLayout->addWidget(idValue);
    idLayout->addWidget(m_copyButton);
    idLayout->addStretch();
    //: Field label in the run overview
    form->addRow(tr("Run ID"), idRow);

    //: Field label in the run overview
    addField(form, tr("Status"), u"statusValue"_s);
    //: Field label in the run overview: start time
    addField(form, tr("Started"), u"startValue"_s);
    //: Field label in the run overview: end time
    addField(form, tr("Ended"), u"endValue"_s);
    //: Field label in the run overview
    addField(form, tr("Duration"), u"durationValue"_s);
    //: Field label in the run overview
    addField(form, tr("User"), u"userValue"_s);
    //: Field label in the run overview: script or notebook that logged the run
    addField(form, tr("Source"), u"sourceValue"_s);
    //: Field label in the run overview
    addField(form, tr("Git commit"), u"gitCommitValue"_s)->setFont(mono);
    m_datasetsBox = new QWidget(overview);
    m_datasetsBox->setObjectName(u"datasetsValue"_s);
    auto *datasetsLayout = new QVBoxLayout(m_datasetsBox);
    datasetsLayout->setContentsMargins(0, 0, 0, 0);
    datasetsLayout->setSpacing(4);
    //: Field label in the run overview: the dataset inputs the run logged
    form->addRow(tr("Datasets"), m_datasetsBox);
    //: Field label in the run overview: registered model versions created from the run
    addField(form, tr("Registered models"), u"modelVersionsValue"_s)->setTextFormat(Qt::RichText);
    //: Field label in the run overview: the run this run is nested in
    connectLink(addField(form, tr("Parent run"), u"parentRunValue"_s));
    m_children = new QWidget(overview);
    m_children->setObjectName(u"childRunsValue"_s);
    auto *childLayout = new QVBoxLayout(m_children);
    childLayout->setContentsMargins(0, 0, 0, 0);
    childLayout->setSpacing(2);
    //: Field label in the run overview: the runs nested in this run
    form->addRow(tr("Child runs"), m_children);
    //: Field label in the run overview
    addField(form, tr("Artifact URI"), u"artifactUriValue"_s);

    auto *overviewScroll = new QScrollArea;
    overviewScroll->setWidget(overview);
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setFrameShape(QFrame::NoFrame);

    m_description = new DescriptionEditor;
    m_tagsEditor = new TagsEditor(m_tags, makeTable(m_tags, u"tagsTable"_s));
    m_tabs->addTab(overviewScroll, tr("Overview"));
    //: Details tab: the run's Markdown description (mlflow.note.content)
    m_tabs->addTab(m_description, tr("Description"));
    m_tabs->addTab(withFilter(makeTable(m_params, u"paramsTable"_s),
                              u"paramsFilter"_s,
                              tr("Filter parameters by name or value")),
                   QString());
    QTableView *metricsTable = makeTable(m_metrics, u"metricsTable"_s);
    metricsTable->setItemDelegateForColumn(ItemModels::LatestMetricsModel::HistoryColumn,
                                           new SparklineDelegate(metricsTable));
    m_tabs->addTab(withFilter(metricsTable, u"metricsFilter"_s, tr("Filter metrics by name"), 0),
                   QString());
    m_tabs->addTab(m_tagsEditor, QString());
    m_artifacts = new ArtifactsPanel;
    //: Details tab: the run's artifact files
    m_tabs->addTab(m_artifacts, tr("Artifacts"));
    connect(m_description, &DescriptionEditor::saveRequested, this, [this](const QString &text) {
        if (!m_runId.isEmpty() && (!text.isEmpty() || m_hadDescription))
            emit descriptionSaveRequested(m_runId, text);
    });
    connect(m_tagsEditor,
            &TagsEditor::setTagRequested,
            this,
            [this](const QString &key, const QString &value) {
                if (!m_runId.isEmpty())
                    emit tagSetRequested(m_runId, key, value);
            });
    connect(m_tagsEditor, &TagsEditor::deleteTagRequested, this, [this](const QString &key) {
        if (!m_runId.isEmpty())
            emit tagDeleteRequested(m_runId, key);
    });
    updateTabTitles();

    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 8, 0, 0);
    detailsLayout->setSpacing(6);
    auto *headingBox = new QHBoxLayout;
    headingBox->setContentsMargins(10, 0, 10, 0);
    headingBox->addWidget(m_heading);
    detailsLayout->addLayout(headingBox);

    // A run reached by a parent or child link that the table does not list.
    auto *notListed = new QFrame(details);
    m_notListed = notListed;
    notListed->setObjectName(u"notListedBanner"_s);
    notListed->setFrameShape(QFrame::StyledPanel);
    notListed->setAutoFillBackground(true);
    notListed->setBackgroundRole(QPalette::AlternateBase);
    auto *notListedLayout = new QHBoxLayout(notListed);
    notListedLayout->setContentsMargins(8, 4, 8, 4);
    auto *notListedText =
        new QLabel(tr("Not in the runs table: filtered out or in another experiment."), notListed);
    notListedText->setObjectName(u"notListedText"_s);
    notListedText->setWordWrap(true);
    notListedText->setMinimumWidth(1); // wraps rather than widening the pane
    auto *showInTable = new QPushButton(tr("Show in Table"), notListed);
    showInTable->setObjectName(u"showInTableButton"_s);
    showInTable->setToolTip(
        tr("Select the run's experiment, clear the filter and select the run in the table"));
    connect(showInTable, &QPushButton::clicked, this, [this] {
        if (m_runKey >= 0)
            emit showInTableRequested(m_runKey, m_experimentId, m_deleted);
    });
    notListedLayout->addWidget(notListedText, 1);
    notListedLayout->addWidget(showInTable);
    notListed->hide();
    auto *bannerBox = new QHBoxLayout;
    bannerBox->setContentsMargins(10, 0, 10, 0);
    bannerBox->addWidget(notListed);
    detailsLayout->addLayout(bannerBox);
    detailsLayout->addWidget(m_tabs, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QLabel *
RunDetailsPanel::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    // Long ids and URIs break anywhere rather than widening the pane.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    form->addRow(label, value);
    return value;
}

QWidget *RunDetailsPanel::withFilter(QTableView *table,
                                     const QString &objectName,
                                     const QString &placeholder,
                                     int keyColumn)
{
    // Runs log hundreds or thousands of params: a box above the table narrows it as one types.
    auto *page = new QWidget;
    auto *filter = new QLineEdit(page);
    filter->setObjectName(objectName);
    filter->setPlaceholderText(placeholder);
    filter->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(filter);
    layout->addWidget(table, 1);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    proxy->setFilterKeyColumn(keyColumn);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    return page;
}

QTableView *RunDetailsPanel::makeTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    if (model == m_metrics)
        proxy->setSortRole(ItemModels::LatestMetricsModel::SortValueRole);
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->resizeSection(
        0, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
    return table;
}

QLabel *RunDetailsPanel::overviewValue(const QString &objectName) const
{
    return findChild<QLabel *>(objectName);
}

void RunDetailsPanel::setField(const QString &objectName,
                               const QString &text,
                               const QString &toolTip)
{
    if (QLabel *label = overviewValue(objectName)) {
        label->setText(text.isEmpty() ? QString(QChar(0x2014)) : text);
        label->setToolTip(toolTip);
    }
}

void RunDetailsPanel::showRun(const Store::Run &run)
{
    const Store::RunInfo &info = run.info;
    if (info.runId != m_runId)
        m_runKey = -1; // until this run's details arrive
    m_runId = info.runId;
    m_experimentId = info.experimentId;
    m_deleted = info.lifecycleStage == Store::LifecycleStage::Deleted;
    m_heading->setText(info.runName);
    setField(u"runIdValue"_s, info.runId);
    QString status = DisplayFormat::runStatus(info.status);
    if (info.lifecycleStage == Store::LifecycleStage::Deleted)
        //: Status of a run that was deleted: %1 is its status, e.g. Finished
        status = tr("%1, deleted").arg(status);
    setField(u"statusValue"_s, status);
    setField(u"startValue"_s,
             info.startTime ? DisplayFormat::localDateTime(*info.startTime) : QString(),
             info.startTime ? DisplayFormat::utcDateTime(*info.startTime) : QString());
    setField(u"endValue"_s,
             info.endTime ? DisplayFormat::localDateTime(*info.endTime) : QString(),
             info.endTime ? DisplayFormat::utcDateTime(*info.endTime) : QString());
    QString duration;
    if (info.startTime && info.endTime)
        duration = DisplayFormat::duration(*info.endTime - *info.startTime);
    else if (info.startTime && info.status == Store::RunStatus::Running)
        //: Duration of a run that has not ended: %1 is the time so far
        duration = tr("%1 so far")
                       .arg(DisplayFormat::duration(QDateTime::currentMSecsSinceEpoch()
                                                    - *info.startTime));
    setField(u"durationValue"_s, duration);
    setField(u"userValue"_s, info.userId);
    setField(u"sourceValue"_s, tagValue(run, u"mlflow.source.name"_s));
    // A full hash does not fit the pane and cannot wrap; git's short form, whole in the tooltip.
    const QString commit = tagValue(run, u"mlflow.source.git.commit"_s);
    setField(u"gitCommitValue"_s, commit.size() > 12 ? commit.left(12) : commit, commit);
    // The parent's name and whether it is listed come with the details.
    setField(u"parentRunValue"_s, tagValue(run, u"mlflow.parentRunId"_s));
    setField(u"artifactUriValue"_s, info.artifactUri);
    m_params->setItems(run.params);
    m_metrics->setMetrics(run.latestMetrics);
    m_tags->setItems(run.tags);
    if (m_datasets->inputs() != run.inputs || m_datasetsBox->layout()->isEmpty()) {
        m_datasets->setInputs(run.inputs);
        showDatasets();
    }
    if (run.info.runId != m_linksRunId) {
        setField(u"modelVersionsValue"_s, QString());
        // Until this run's details arrive, another run's relations must not show.
        m_linksRunId = run.info.runId;
        m_linksLoaded = false;
        m_parentLink.reset();
        m_childLinks.clear();
        refreshRunLinks();
    }
    const bool active = info.lifecycleStage == Store::LifecycleStage::Active;
    const QString description = tagValue(run, u"mlflow.note.content"_s);
    m_hadDescription = !description.isEmpty();
    // A reload after another process wrote must not throw away what is being typed.
    if (!m_description->isEditing())
        m_description->setDescription(description, active);
    m_tagsEditor->setEditable(active);
    m_artifacts->setDirectory(
        ItemModels::ArtifactPreview::runDirectory(m_storeDirectory, info.artifactUri));
    updateTabTitles();
    fitColumns();
    m_stack->setCurrentIndex(1);
}

void RunDetailsPanel::fitColumns()
{
    // The tables are small and in memory: fit the key and number columns to their contents,
    // but never so wide that the value column disappears.
    const QList<QTableView *> tables = findChildren<QTableView *>();
    for (QTableView *table : tables) {
        const int cap = qMax(80, table->viewport()->width() * 2 / 5);
        for (int column = 0; column + 1 < table->model()->columnCount(); ++column) {
            table->resizeColumnToContents(column);
            table->setColumnWidth(column, qMin(table->columnWidth(column) + 8, cap));
        }
    }
}

QString RunDetailsPanel::runLinkText(const ItemModels::RunLink &link) const
{
    const QString name = link.runName.isEmpty() ? link.runId : link.runName;
    if (link.runKey < 0) {
        //: A related run that is not in the store (any more): %1 its ID
        return tr("%1 (not in this store)").arg(link.runId).toHtmlEscaped();
    }
    const QString anchor =
        u"<a href=\"run:%1\">%2</a>"_s.arg(QString::number(link.runKey), name.toHtmlEscaped());
    if (m_isListed && m_isListed(link.runKey))
        return anchor;
    //: A related run that the runs table does not list: %1 the link with its name
    return tr("%1 (not in the table)").arg(anchor);
}

void RunDetailsPanel::connectLink(QLabel *label)
{
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    connect(label, &QLabel::linkActivated, this, [this](const QString &href) {
        bool ok = false;
        const qint64 key = href.mid(4).toLongLong(&ok);
        if (!href.startsWith(u"run:"_s) || !ok)
            return;
        QString runId;
        if (m_parentLink && m_parentLink->runKey == key)
            runId = m_parentLink->runId;
        for (const ItemModels::RunLink &child : std::as_const(m_childLinks)) {
            if (child.runKey == key)
                runId = child.runId;
        }
        if (!runId.isEmpty())
            emit runLinkActivated(key, runId);
    });
}

QList<QLabel *> RunDetailsPanel::childRunLabels() const
{
    return m_children->findChildren<QLabel *>(u"childRunLink"_s, Qt::FindDirectChildrenOnly);
}

void RunDetailsPanel::showDetails(const ItemModels::RunDetails &details)
{
    if (details.runId != m_runId)
        return;
    m_metrics->setSummaries(details.metrics);
    m_runKey = details.runKey;
    showModelVersions(details.modelVersions);
    m_linksRunId = details.runId;
    m_linksLoaded = true;
    m_parentLink = details.parent;
    m_childLinks = details.children;
    refreshRunLinks();
    fitColumns();
}

void RunDetailsPanel::refreshRunLinks()
{
    updateNotListed();
    if (m_runId.isEmpty())
        return;
    if (QLabel *parent = overviewValue(u"parentRunValue"_s); parent && m_parentLink) {
        // Without details yet, the field keeps the tag's plain id that showRun put there.
        parent->setText(runLinkText(*m_parentLink));
        parent->setToolTip(m_parentLink->runId);
    } else if (parent && m_linksLoaded) {
        parent->setText(QString(QChar(0x2014)));
        parent->setToolTip(QString());
    }
    // Hundreds of trials would push the rest of the overview out of reach.
    constexpr int shownChildren = 50;
    const QList<ItemModels::RunLink> &children = m_childLinks;
    const qsizetype shown = qMin<qsizetype>(children.size(), shownChildren);

    struct Line
    {
        QString objectName;
        QString text;
        QString toolTip;
    };

    QList<Line> lines;
    for (qsizetype i = 0; i < shown; ++i)
        lines.append({u"childRunLink"_s, runLinkText(children.at(i)), children.at(i).runId});
    if (children.isEmpty() || children.size() > shown) {
        lines.append({u"childRunsNote"_s,
                      children.isEmpty() ? QString(QChar(0x2014))
                                         //: Below the first child runs listed in the overview
                                         : tr("and %n more", "", int(children.size() - shown)),
                      QString()});
    }
    // A refresh that changes nothing keeps the labels, so a link under the mouse stays put.
    const QList<QLabel *> old = m_children->findChildren<QLabel *>(Qt::FindDirectChildrenOnly);
    bool same = old.size() == lines.size();
    for (qsizetype i = 0; same && i < lines.size(); ++i) {
        same = old.at(i)->objectName() == lines.at(i).objectName
            && old.at(i)->text() == lines.at(i).text && old.at(i)->toolTip() == lines.at(i).toolTip;
    }
    if (same)
        return;
    qDeleteAll(old);
    for (const Line &line : std::as_const(lines)) {
        auto *label = new QLabel(m_children);
        label->setObjectName(line.objectName);
        if (line.objectName == u"childRunLink"_s)
            connectLink(label);
        label->setText(line.text);
        label->setToolTip(line.toolTip);
        m_children->layout()->addWidget(label);
    }
}

void RunDetailsPanel::clear()
{
    m_runId.clear();
    m_runKey = -1;
    m_notListed->hide();
    m_params->setItems({});
    m_metrics->setMetrics({});
    m_tags->setItems({});
    m_description->setDescription(QString(), false);
    m_tagsEditor->setEditable(false);
    m_message->setText(tr("Select a run to see its details."));
    m_stack->setCurrentIndex(0);
}

void RunDetailsPanel::showMessage(const QString &text)
{
    m_runId.clear();
    m_runKey = -1;
    m_notListed->hide();
    m_message->setText(text);
    m_stack->setCurrentIndex(0);
}

void RunDetailsPanel::updateNotListed()
{
    m_notListed->setVisible(!m_runId.isEmpty() && m_runKey >= 0 && m_isListed
                            && !m_isListed(m_runKey));
}

QList<QWidget *> RunDetailsPanel::datasetCards() const
{
    return m_datasetsBox->findChildren<QWidget *>(u"datasetCard"_s, Qt::FindDirectChildrenOnly);
}

void RunDetailsPanel::showDatasets()
{
    QLayout *layout = m_datasetsBox->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    using Model = ItemModels::DatasetInputsModel;
    if (m_datasets->rowCount() == 0) {
        auto *note = new QLabel(tr("No dataset inputs logged"), m_datasetsBox);
        note->setObjectName(u"datasetsNote"_s);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
        return;
    }
    QFont mono = font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    const QColor badge = palette().color(QPalette::Highlight);
    for (int row = 0; row < m_datasets->rowCount(); ++row) {
        const QModelIndex index = m_datasets->index(row);
        auto *card = new QFrame(m_datasetsBox);
        card->setObjectName(u"datasetCard"_s);
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(6, 4, 6, 4);
        cardLayout->setSpacing(2);

        auto *top = new QHBoxLayout;
        top->setSpacing(6);
        auto *name = new QLabel(index.data(Model::NameRole).toString(), card);
        name->setObjectName(u"datasetName"_s);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        top->addWidget(name);
        const QString digest = index.data(Model::DigestRole).toString();
        if (!digest.isEmpty()) {
            auto *digestLabel = new QLabel(index.data(Model::ShortDigestRole).toString(), card);
            digestLabel->setObjectName(u"datasetDigest"_s);
            digestLabel->setFont(mono);
            digestLabel->setForegroundRole(QPalette::PlaceholderText);
            digestLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
            //: Tooltip of a dataset's short digest: %1 the whole digest
            digestLabel->setToolTip(tr("Digest: %1").arg(digest));
            top->addWidget(digestLabel);
        }
        const QString context = index.data(Model::ContextRole).toString();
        if (!context.isEmpty()) {
            auto *contextLabel = new QLabel(context, card);
            contextLabel->setObjectName(u"datasetContext"_s);
            contextLabel->setToolTip(tr("Context in which the run used the dataset"));
            // A badge tinted with the palette's highlight, legible in light and dark themes.
            contextLabel->setStyleSheet(
                u"QLabel { background: rgba(%1, %2, %3, 56); border-radius: 7px; padding: 0 6px; }"_s
                    .arg(badge.red())
                    .arg(badge.green())
                    .arg(badge.blue()));
            top->addWidget(contextLabel);
        }
        top->addStretch();
        cardLayout->addLayout(top);

        const QString sourceType = index.data(Model::SourceTypeRole).toString();
        const QString source = index.data(Model::SourceRole).toString();
        auto *sourceLabel = new QLabel(card);
        sourceLabel->setObjectName(u"datasetSource"_s);
        //: A dataset's source: %1 its type (e.g. local, http, delta), %2 where it is
        sourceLabel->setText(sourceType.isEmpty() ? source : tr("%1: %2").arg(sourceType, source));
        sourceLabel->setToolTip(index.data(Model::SourceJsonRole).toString());
        sourceLabel->setWordWrap(true);
        // A long URI wraps instead of widening the pane (a width of 1 still lets it wrap).
        sourceLabel->setMinimumWidth(1);
        sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        cardLayout->addWidget(sourceLabel);

        QStringList summary;
        for (const int role : {int(Model::ProfileSummaryRole), int(Model::SchemaSummaryRole)}) {
            const QString text = index.data(role).toString();
            if (!text.isEmpty())
                summary.append(text);
        }
        summary.append(index.data(Model::OtherTagsRole).toStringList());
        if (!summary.isEmpty()) {
            auto *summaryLabel = new QLabel(summary.join(u'\n'), card);
            summaryLabel->setObjectName(u"datasetSummary"_s);
            summaryLabel->setForegroundRole(QPalette::PlaceholderText);
            summaryLabel->setWordWrap(true);
            summaryLabel->setMinimumWidth(1);
            summaryLabel->setToolTip(summary.join(u'\n'));
            cardLayout->addWidget(summaryLabel);
        }

        auto *buttons = new QHBoxLayout;
        buttons->setSpacing(2);

        const struct
        {
            int role;
            QString text;
            QString objectName;
        } views[] = {{Model::SchemaRole, tr("Schema…"), u"datasetSchemaButton"_s},
                     {Model::ProfileRole, tr("Profile…"), u"datasetProfileButton"_s}};

        for (const auto &view : views) {
            if (index.data(view.role).toString().isEmpty())
                continue;
            auto *button = new QToolButton(card);
            button->setObjectName(view.objectName);
            button->setText(view.text);
            button->setAutoRaise(true);
            const int role = view.role;
            connect(button, &QToolButton::clicked, this, [this, row, role] {
                showDatasetJson(row, role);
            });
            buttons->addWidget(button);
        }
        if (buttons->count() > 0) {
            buttons->addStretch();
            cardLayout->addLayout(buttons);
        } else {
            delete buttons;
        }
        layout->addWidget(card);
    }
}

QDialog *RunDetailsPanel::showDatasetJson(int row, int role)
{
    using Model = ItemModels::DatasetInputsModel;
    if (row < 0 || row >= m_datasets->rowCount())
        return nullptr;
    const QModelIndex index = m_datasets->index(row);
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"datasetJsonDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = index.data(Model::NameRole).toString();
    dialog->setWindowTitle(role == Model::ProfileRole
                               //: Dialog title: %1 is the dataset's name
                               ? tr("Profile of %1").arg(name)
                               //: Dialog title: %1 is the dataset's name
                               : tr("Schema of %1").arg(name));
    auto *layout = new QVBoxLayout(dialog);
    const QString summary =
        index
            .data(role == Model::ProfileRole ? Model::ProfileSummaryRole : Model::SchemaSummaryRole)
            .toString();
    if (!summary.isEmpty()) {
        auto *label = new QLabel(summary, dialog);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(u"datasetJsonText"_s);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = text->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    text->setFont(mono);
    text->setPlainText(index.data(role).toString());
    layout->addWidget(text, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(box);
    dialog->resize(520, 420);
    dialog->open();
    return dialog;
}

void RunDetailsPanel::showModelVersions(const QList<ItemModels::RunModelVersion> &versions)
{
    QLabel *label = overviewValue(u"modelVersionsValue"_s);
    if (!label)
        return;
    if (versions.isEmpty()) {
        label->setText(QString(QChar(0x2014)));
        label->setToolTip(QString());
        return;
    }
    QStringList lines;
    for (const ItemModels::RunModelVersion &version : versions) {
        //: A registered model version: %1 the model's name, %2 its version number
        QString line =
            tr("%1 v%2").arg(version.modelName, QString::number(version.version)).toHtmlEscaped();
        for (const QString &alias : version.aliases)
            line += u" <b>@"_s + alias.toHtmlEscaped() + u"</b>"_s;
        QString stage;
        switch (version.stage) {
        case Store::ModelVersionStage::None:
            break;
        case Store::ModelVersionStage::Staging:
            //: Legacy model version stage
            stage = tr("Staging");
            break;
        case Store::ModelVersionStage::Production:
            //: Legacy model version stage
            stage = tr("Production");
            break;
        case Store::ModelVersionStage::Archived:
            //: Legacy model version stage
            stage = tr("Archived");
            break;
        }
        if (!stage.isEmpty())
            line += u" ("_s + stage.toHtmlEscaped() + u')';
        lines.append(line);
    }
    label->setText(lines.join(u"<br>"_s));
    label->setToolTip(tr("Model versions registered from this run's artifacts"));
}

void RunDetailsPanel::updateTabTitles()
{
    //: Details tab title with the number of params
    m_tabs->setTabText(2, tr("Params (%L1)").arg(m_params->rowCount()));
    //: Details tab title with the number of metrics
    m_tabs->setTabText(3, tr("Metrics (%L1)").arg(m_metrics->rowCount()));
    //: Details tab title with the number of tags
    m_tabs->setTabText(4, tr("Tags (%L1)").arg(m_tags->rowCount()));
}

} // namespace Flowdesk::Views
