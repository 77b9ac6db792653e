// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/runcolumn.h"
#include "models/itemmodels/runpage.h"
#include "models/itemmodels/runquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

namespace Flowdesk::ItemModels {

class StoreReader;

/// The runs table over a large result (STYLE.md section 6, "keys + pages"): phase 1 loads the
/// ordered keys of every matching run on the StoreReader's worker, which gives an exact
/// rowCount(); phase 2 loads pages of PageSize rows on demand, one query per page, into an
/// LRU-bounded cache. Sorting re-runs phase 1 in SQL. No SQL ever runs on the GUI thread.
class RunTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTableModel)
public:
    enum Column {
        NameColumn,
        StatusColumn,
        CreatedColumn,
        DurationColumn,
        UserColumn,
        SourceColumn,
        ExperimentColumn, ///< shown when runs of several experiments are listed
        // After the experiment column, so that saved header states keep their columns.
        RegisteredModelsColumn, ///< model versions created from the run; not sortable
        ColumnCount ///< the fixed columns; the dynamic ones (setColumns) follow
    };

    enum Role {
        RunKeyRole = Qt::UserRole + 1,
        RunIdRole,
        RunStatusRole, ///< Store::RunStatus as int
        IsLoadedRole, ///< false while the row's page is being fetched
        IsDeletedRole,
        SortValueRole, ///< the raw value: start time in ms, duration in ms, text, number
        IsDynamicColumnRole, ///< header: true for metric/param/tag columns
        DepthRole, ///< 0 for a top-level run, 1 for its child, ...
        ChildCountRole, ///< direct child runs listed right after this one
        ColumnIdRole, ///< header: columnId(), stable across setColumns() and resets
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 64;

    explicit RunTableModel(StoreReader *reader, QObject *parent = nullptr);
    ~RunTableModel() override;

    /// Runs phase 1 for the query; the model resets when the keys arrive.
    void setQuery(const RunQuery &query);

    /// The metric/param/tag columns after the fixed ones. Only these keys are read, a page at a
    /// time; the model resets (keeping its rows) and reloads pages as they are shown.
    void setColumns(const RunColumns &columns);

    const RunColumns &columns() const { return m_columns; }

    /// The dynamic column at a model column, or nullptr for a fixed one.
    const RunColumn *dynamicColumn(int column) const;

    const RunQuery &query() const { return m_query; }

    /// Re-runs the current query (after the store changed) keeping rows in place where the
    /// keys did not change.
    void refresh();

    /// Matching runs (rowCount) and runs without the filter.
    qsizetype matchCount() const { return m_keys.size(); }

    qint64 unfilteredCount() const { return m_unfilteredCount; }

    bool isLoading() const { return m_loading; }

    /// True when the last model reset came from refresh() (the store changed under the same
    /// query) rather than from a new query or new columns; views keep their place for it.
    bool lastResetWasRefresh() const { return m_lastResetWasRefresh; }

    /// Pages currently held in memory (bounded by MaxCachedPages).
    qsizetype cachedPageCount() const { return m_pages.size(); }

    qint64 runKeyAt(int row) const;

    /// Every listed run, in the table's order (phase 1's result).
    const QList<qint64> &runKeys() const { return m_keys; }

    /// Nesting of child runs (RunQuery::nestChildren); 0 / 0 when nothing is nested.
    int depthAt(int row) const;
    int childCountAt(int row) const;

    bool hasNestedRuns() const { return !m_depths.isEmpty(); }

    /// Empty until the row's page has loaded.
    QString runIdAt(int row) const;

    /// A listed run as the edit and copy actions need it.
    struct RunRef
    {
        QString runId;
        bool deleted = false;
    };

    /// The runs at rows, in that order, also where their page has not been read (a selection
    /// across 100k rows): from the pages in memory when they hold them all, else read on the
    /// worker; then done(runs) on this thread while context lives. Runs gone from the store
    /// are left out.
    void resolveRuns(const QList<int> &rows,
                     QObject *context,
                     std::function<void(const QList<RunRef> &)> done) const;
    /// -1 if the run is not in the result.
    int rowOfRunKey(qint64 runKey) const;

    /// The order_by key a header click on a fixed column sorts by; empty if the column cannot
    /// be sorted in SQL (registered models). Duration uses the attributes.duration extension.
    static QString sortKeyOf(int column);
    /// Like sortKeyOf, for fixed and dynamic columns.
    QString orderKeyOf(int column) const;
    /// The column showing order key, or -1.
    int columnOfOrderKey(const QString &key) const;

    /// Names a column by what it shows, not by its position: "attributes.name" etc. for the
    /// fixed columns, the filter key ("metrics.loss") for a dynamic one, whatever its
    /// aggregate. Saved views and pinned columns keep these.
    QString columnId(int column) const;
    /// The column with that id, or -1.
    int columnOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    enum class ExportFormat {
        Csv, ///< UTF-8, RFC 4180, a header line
        Json, ///< an array of objects keyed by the column headers; metrics as numbers
    };

    /// Writes every matching run, in the table's order, with the given model columns in the
    /// given order, on the worker; then exportFinished or exportFailed.
    void exportTable(const QString &path,
                     const QList<int> &columns,
                     ExportFormat format = ExportFormat::Csv);

    /// ORDER BY in SQL (phase 1 again), never a proxy.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    /// Emitted when the keys of a query (or a refresh) are in: counts are final.
    void keysLoaded();
    void pageLoaded(int page);
    /// errorMessage is the store's English message; views word it for the user.
    void queryFailed(const QString &errorMessage);
    /// The search language rejected the query's filter or order (MLflow's message, where in
    /// the filter text); the model went back to the previous query and its rows.
    void queryRejected(const QString &errorMessage, int position, int length);
    void exportFinished(const QString &path, qsizetype rows);
    /// errorMessage: the system's or the store's English text.
    void exportFailed(const QString &path, const QString &errorMessage);

private:
    enum class KeysMode { Reset, Refresh };
    void loadKeys(KeysMode mode);
    void onKeysLoaded(KeysMode mode, const RunKeys &keys);
    RunQuery m_acceptedQuery; // the last query whose keys arrived
    void onPageLoaded(quint64 generation, int page, const RunPage &rows);
    void requestPage(int page) const;
    void touchPage(int page) const;
    void evictPages() const;
    void setLoading(bool loading);
    static QVariant
    cellData(const RunPage &rows, qsizetype i, int column, int role, const RunColumns &columns);
    QVariant dynamicHeader(const RunColumn &column, int role) const;

    StoreReader *m_reader = nullptr;
    RunQuery m_query;
    RunColumns m_columns;
    QList<qint64> m_keys;
    QList<int> m_depths; // empty, or one per key
    QList<int> m_childCounts;
    qint64 m_unfilteredCount = 0;
    mutable QHash<qint64, int> m_rowOfKey; // built on first use
    mutable QHash<int, RunPage> m_pages;
    mutable QHash<int, quint64> m_pageLastUse;
    mutable quint64 m_useTick = 0;
    mutable QSet<int> m_pendingPages;
    // Pages loaded before a refresh: shown until their reload arrives.
    mutable QSet<int> m_stalePages;
    // After a refresh that changed the rows (a run logged elsewhere), the rows read before it,
    // by run key (index into m_previousPages, row): shown until the row's new page arrives, so
    // that the table does not blank for a moment whenever a run is added.
    QList<RunPage> m_previousPages;
    QHash<qint64, std::pair<qsizetype, qsizetype>> m_previousRowOfKey;
    quint64 m_keysRequest = 0; // drops the keys of superseded queries
    quint64 m_generation = 0; // bumps whenever m_keys changes; drops pages of older keys
    // Read by page jobs on the worker so that pages of a superseded query are never loaded.
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration;
    bool m_loading = false;
    bool m_lastResetWasRefresh = false;
};

} // namespace Flowdesk::ItemModels
