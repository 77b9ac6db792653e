// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/rundetails.h"
#include "models/store/entities.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QDialog;
class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace Flowdesk::ItemModels {
class DatasetInputsModel;
class KeyValueTableModel;
class LatestMetricsModel;
} // namespace Flowdesk::ItemModels

namespace Flowdesk::Views {

class ArtifactsPanel;
class DescriptionEditor;
class TagsEditor;

/// The right pane: the selected run's Overview, Description, Params, Metrics and Tags.
class RunDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailsPanel)
public:
    explicit RunDetailsPanel(QWidget *parent = nullptr);

    void showRun(const Store::Run &run);
    /// Metric statistics and histories, parent and child runs of the shown run (ignored for
    /// another run).
    void showDetails(const ItemModels::RunDetails &details);

    /// Tells whether a run (by key) is in the runs table: only those become links.
    void setRunListedProvider(std::function<bool(qint64 runKey)> provider)
    {
        m_isListed = std::move(provider);
    }

    /// Renders the parent and child runs again, e.g. after the runs table changed which of them
    /// it lists (and so which are links).
    void refreshRunLinks();
    /// The Overview's child run labels, in order.
    QList<QLabel *> childRunLabels() const;
    /// The Overview's dataset input cards, in order (each a QFrame named "datasetCard").
    QList<QWidget *> datasetCards() const;

    ItemModels::DatasetInputsModel *datasetsModel() const { return m_datasets; }

    /// Shows the schema or the profile of the dataset input at row in a small dialog.
    QDialog *showDatasetJson(int row, int role);

    /// Shown over the tabs when the shown run is not in the runs table, with "Show in Table".
    QWidget *notListedBanner() const { return m_notListed; }

    /// The shown run's key in the store (-1 until its details arrived).
    qint64 runKey() const { return m_runKey; }

    /// Back to the "select a run" hint.
    void clear();
    /// Shown instead of the details, e.g. when the run could not be read.
    void showMessage(const QString &text);

    const QString &runId() const { return m_runId; }

    QTabWidget *tabs() const { return m_tabs; }

    /// The Overview's value label for a field, by its object name (e.g. "runIdValue").
    QLabel *overviewValue(const QString &objectName) const;

    ItemModels::KeyValueTableModel *paramsModel() const { return m_params; }

    ItemModels::LatestMetricsModel *metricsModel() const { return m_metrics; }

    ItemModels::KeyValueTableModel *tagsModel() const { return m_tags; }

    DescriptionEditor *descriptionEditor() const { return m_description; }

    TagsEditor *tagsEditor() const { return m_tagsEditor; }

    ArtifactsPanel *artifactsPanel() const { return m_artifacts; }

    /// The store's directory, where mlflow-artifacts:/ URIs point.
    void setStoreDirectory(const QString &directory) { m_storeDirectory = directory; }

signals:
    /// The user asked to copy the run id (the copy button next to it).
    void copyRunIdRequested(const QString &runId);
    /// Edits of the shown run; the window writes them. An empty description removes it.
    void descriptionSaveRequested(const QString &runId, const QString &markdown);
    void tagSetRequested(const QString &runId, const QString &key, const QString &value);
    void tagDeleteRequested(const QString &runId, const QString &key);
    /// A parent or child run link was clicked.
    void runLinkActivated(qint64 runKey, const QString &runId);
    /// "Show in Table" for a shown run that the runs table does not list.
    void showInTableRequested(qint64 runKey, qint64 experimentId, bool deleted);

private:
    QLabel *addField(QFormLayout *form, const QString &label, const QString &objectName);
    QTableView *makeTable(QAbstractItemModel *model, const QString &objectName);
    /// The table under a filter box (objectName, placeholder) that narrows it as one types, on
    /// keyColumn or (-1) on every column.
    QWidget *withFilter(QTableView *table,
                        const QString &objectName,
                        const QString &placeholder,
                        int keyColumn = -1);
    void setField(const QString &objectName, const QString &text, const QString &toolTip = {});
    void updateTabTitles();
    void fitColumns();
    QString runLinkText(const ItemModels::RunLink &link) const;
    void connectLink(QLabel *label);
    void showDatasets();
    void showModelVersions(const QList<ItemModels::RunModelVersion> &versions);
    void updateNotListed();

    QString m_runId;
    qint64 m_runKey = -1;
    qint64 m_experimentId = -1;
    bool m_deleted = false;
    QWidget *m_notListed = nullptr;
    QWidget *m_datasetsBox = nullptr;
    ItemModels::DatasetInputsModel *m_datasets = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QToolButton *m_copyButton = nullptr;
    ItemModels::KeyValueTableModel *m_params = nullptr;
    ItemModels::LatestMetricsModel *m_metrics = nullptr;
    ItemModels::KeyValueTableModel *m_tags = nullptr;
    DescriptionEditor *m_description = nullptr;
    TagsEditor *m_tagsEditor = nullptr;
    ArtifactsPanel *m_artifacts = nullptr;
    QString m_storeDirectory;
    bool m_hadDescription = false;
    QWidget *m_children = nullptr;
    std::function<bool(qint64)> m_isListed;
    QString m_linksRunId; // the run m_parentLink and m_childLinks belong to
    bool m_linksLoaded = false;
    std::optional<ItemModels::RunLink> m_parentLink;
    QList<ItemModels::RunLink> m_childLinks;
};

} // namespace Flowdesk::Views
