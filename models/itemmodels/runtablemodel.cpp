// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/runtablemodel.h"

#include "models/itemmodels/displayformat.h"
#include "models/itemmodels/storereader.h"
#include "models/query/queryerror.h"
#include "models/store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QSaveFile>
#include <QSqlQuery>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::ItemModels {

RunTableModel::RunTableModel(StoreReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_liveGeneration(std::make_shared<std::atomic<quint64>>(0))
{}

RunTableModel::~RunTableModel() = default;

void RunTableModel::setQuery(const RunQuery &query)
{
    m_query = query;
    loadKeys(KeysMode::Reset);
}

void RunTableModel::setColumns(const RunColumns &columns)
{
    if (columns == m_columns)
        return;
    m_lastResetWasRefresh = false;
    beginResetModel();
    m_columns = columns;
    m_previousPages.clear(); // their cells are of the old columns
    m_previousRowOfKey.clear();
    m_pages.clear();
    m_pageLastUse.clear();
    m_pendingPages.clear();
    m_stalePages.clear();
    // Pages in flight carry the old column set: drop them.
    m_liveGeneration->store(++m_generation);
    endResetModel();
}

const RunColumn *RunTableModel::dynamicColumn(int column) const
{
    const int i = column - ColumnCount;
    return i >= 0 && i < m_columns.size() ? &m_columns.at(i) : nullptr;
}

void RunTableModel::refresh()
{
    loadKeys(KeysMode::Refresh);
}

void RunTableModel::loadKeys(KeysMode mode)
{
    const quint64 request = ++m_keysRequest;
    if (m_query.isEmpty()) {
        m_acceptedQuery = m_query;
        onKeysLoaded(KeysMode::Reset, {});
        return;
    }
    setLoading(true);
    const RunQuery query = m_query;

    // A rejected filter travels as a value: StoreReader's failure path would slice the
    // QueryError down to a StoreError and lose the position.
    struct Outcome
    {
        RunKeys keys;
        std::optional<Query::QueryError> rejected;
    };

    m_reader->submit(
        this,
        [query](Store::Database &database) {
            Outcome outcome;
            try {
                outcome.keys = loadRunKeys(database, query);
            } catch (const Query::QueryError &error) {
                outcome.rejected = error;
            }
            return outcome;
        },
        [this, request, mode, query](const Outcome &outcome) {
            if (request != m_keysRequest)
                return;
            if (outcome.rejected) {
                m_query = m_acceptedQuery;
                setLoading(false);
                emit queryRejected(outcome.rejected->message(),
                                   outcome.rejected->position(),
                                   outcome.rejected->length());
                return;
            }
            m_acceptedQuery = query;
            onKeysLoaded(mode, outcome.keys);
        },
        [this, request](const Store::StoreError &error) {
            if (request != m_keysRequest)
                return;
            setLoading(false);
            emit queryFailed(error.message());
        });
}

void RunTableModel::onKeysLoaded(KeysMode mode, const RunKeys &keys)
{
    m_unfilteredCount = keys.unfilteredCount;
    if (mode == KeysMode::Refresh && keys.keys == m_keys && keys.depths == m_depths) {
        // Same rows in the same order: keep what is shown and reload the visible pages as the
        // view asks for them, so that a live refresh neither flickers nor loses the scroll
        // position or selection.
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            m_stalePages.insert(it.key());
        if (!m_keys.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_keys.size()) - 1, columnCount() - 1));
    } else {
        m_lastResetWasRefresh = mode == KeysMode::Refresh;
        beginResetModel();
        m_previousPages.clear();
        m_previousRowOfKey.clear();
        if (mode == KeysMode::Refresh) {
            for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
                const RunPage &page = it.value();
                for (qsizetype i = 0; i < page.size(); ++i) {
                    if (page.found.at(i))
                        m_previousRowOfKey.insert(page.keys.at(i), {m_previousPages.size(), i});
                }
                m_previousPages.append(page);
            }
        }
        m_keys = keys.keys;
        m_depths = keys.depths;
        m_childCounts = keys.childCounts;
        m_rowOfKey.clear();
        m_pages.clear();
        m_pageLastUse.clear();
        m_pendingPages.clear();
        m_stalePages.clear();
        m_liveGeneration->store(++m_generation);
        endResetModel();
    }
    setLoading(false);
    emit keysLoaded();
}

void RunTableModel::requestPage(int page) const
{
    if (m_pendingPages.contains(page))
        return;
    m_pendingPages.insert(page);
    const qsizetype first = qsizetype(page) * PageSize;
    const QList<qint64> keys = m_keys.mid(first, PageSize);
    const quint64 generation = m_generation;
    const std::shared_ptr<std::atomic<quint64>> live = m_liveGeneration;
    const RunColumns columns = m_columns;
    auto *self = const_cast<RunTableModel *>(this);
    m_reader->submit(
        self,
        [keys, columns, generation, live](Store::Database &database) -> std::optional<RunPage> {
            // Queued requests of a query the user has already replaced cost nothing.
            if (live->load() != generation)
                return std::nullopt;
            return RunPage::load(database, keys, columns);
        },
        [self, generation, page](const std::optional<RunPage> &rows) {
            if (generation != self->m_generation)
                return;
            self->m_pendingPages.remove(page);
            if (rows)
                self->onPageLoaded(generation, page, *rows);
        },
        [self, generation](const Store::StoreError &error) {
            // The page stays pending: retrying on every repaint would spin on a broken store.
            if (generation == self->m_generation)
                emit self->queryFailed(error.message());
        });
}

void RunTableModel::onPageLoaded(quint64 generation, int page, const RunPage &rows)
{
    Q_UNUSED(generation);
    m_pages.insert(page, rows);
    m_stalePages.remove(page);
    if (!m_previousRowOfKey.isEmpty()) {
        for (const qint64 key : rows.keys)
            m_previousRowOfKey.remove(key);
        if (m_previousRowOfKey.isEmpty())
            m_previousPages.clear();
    }
    touchPage(page);
    evictPages();
    const int first = page * PageSize;
    const int last = first + int(rows.size()) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    emit pageLoaded(page);
}

void RunTableModel::touchPage(int page) const
{
    m_pageLastUse.insert(page, ++m_useTick);
}

void RunTableModel::evictPages() const
{
    while (m_pages.size() > MaxCachedPages) {
        int oldest = -1;
        quint64 oldestUse = std::numeric_limits<quint64>::max();
        for (auto it = m_pageLastUse.cbegin(); it != m_pageLastUse.cend(); ++it) {
            if (it.value() < oldestUse) {
                oldestUse = it.value();
                oldest = it.key();
            }
        }
        m_pages.remove(oldest);
        m_pageLastUse.remove(oldest);
        m_stalePages.remove(oldest);
    }
}

void RunTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

qint64 RunTableModel::runKeyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : -1;
}

int RunTableModel::depthAt(int row) const
{
    return row >= 0 && row < m_depths.size() ? m_depths.at(row) : 0;
}

int RunTableModel::childCountAt(int row) const
{
    return row >= 0 && row < m_childCounts.size() ? m_childCounts.at(row) : 0;
}

QString RunTableModel::runIdAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return {};
    const auto it = m_pages.constFind(row / PageSize);
    return it == m_pages.cend() ? QString() : it->runIds.at(row % PageSize);
}

void RunTableModel::resolveRuns(const QList<int> &rows,
                                QObject *context,
                                std::function<void(const QList<RunRef> &)> done) const
{
    QList<RunRef> runs;
    QList<qint64> keys;
    bool allInMemory = true;
    for (const int row : rows) {
        if (row < 0 || row >= m_keys.size())
            continue;
        keys.append(m_keys.at(row));
        const auto page = m_pages.constFind(row / PageSize);
        if (page == m_pages.cend()) {
            allInMemory = false;
            continue;
        }
        const qsizetype i = row % PageSize;
        if (page->found.at(i))
            runs.append({page->runIds.at(i), page->stages.at(i) == Store::LifecycleStage::Deleted});
    }
    if (allInMemory) {
        done(runs);
        return;
    }
    QJsonArray keyArray;
    for (const qint64 key : std::as_const(keys))
        keyArray.append(key);
    const QString keysJson =
        QString::fromUtf8(QJsonDocument(keyArray).toJson(QJsonDocument::Compact));
    m_reader->submit(
        context,
        [keysJson, keys](Store::Database &database) {
            QSqlQuery &q = database.cached(
                u"SELECT run_key, run_id, lifecycle_stage FROM runs WHERE run_key IN (SELECT "
                "value FROM json_each(?))"_s);
            q.bindValue(0, keysJson);
            Store::Database::exec(q);
            QHash<qint64, RunRef> byKey;
            while (q.next()) {
                byKey.insert(q.value(0).toLongLong(),
                             {q.value(1).toString(), q.value(2).toString() == u"deleted"_s});
            }
            q.finish();
            QList<RunRef> found;
            found.reserve(keys.size());
            for (const qint64 key : keys) {
                if (const auto it = byKey.constFind(key); it != byKey.cend())
                    found.append(*it);
            }
            return found;
        },
        std::move(done),
        [self = const_cast<RunTableModel *>(this),
         guard = QPointer<QObject>(context)](const Store::StoreError &error) {
            if (guard)
                emit self->queryFailed(error.message());
        });
}

int RunTableModel::rowOfRunKey(qint64 runKey) const
{
    if (m_rowOfKey.isEmpty() && !m_keys.isEmpty()) {
        m_rowOfKey.reserve(m_keys.size());
        for (qsizetype i = 0; i < m_keys.size(); ++i)
            m_rowOfKey.insert(m_keys.at(i), int(i));
    }
    return m_rowOfKey.value(runKey, -1);
}

QString RunTableModel::sortKeyOf(int column)
{
    switch (column) {
    case NameColumn:
        return u"attributes.run_name"_s;
    case StatusColumn:
        return u"attributes.status"_s;
    case CreatedColumn:
        return u"attributes.start_time"_s;
    case DurationColumn:
        // Flowdesk's extension (the GUI's queries allow them); plain SQL on the runs table.
        return u"attributes.duration"_s;
    case UserColumn:
        return u"attributes.user_id"_s;
    case SourceColumn:
        return u"tags.`mlflow.source.name`"_s;
    default:
        return {};
    }
}

QString RunTableModel::orderKeyOf(int column) const
{
    if (const RunColumn *dynamic = dynamicColumn(column))
        return dynamic->orderKey();
    return sortKeyOf(column);
}

int RunTableModel::columnOfOrderKey(const QString &key) const
{
    for (int column = 0; column < columnCount(); ++column) {
        const QString candidate = orderKeyOf(column);
        if (!candidate.isEmpty() && candidate == key)
            return column;
    }
    return -1;
}

QString RunTableModel::columnId(int column) const
{
    if (const RunColumn *dynamic = dynamicColumn(column))
        return dynamic->filterKey();
    switch (column) {
    case NameColumn:
        return u"attributes.name"_s;
    case StatusColumn:
        return u"attributes.status"_s;
    case CreatedColumn:
        return u"attributes.created"_s;
    case DurationColumn:
        return u"attributes.duration"_s;
    case UserColumn:
        return u"attributes.user"_s;
    case SourceColumn:
        return u"attributes.source"_s;
    case RegisteredModelsColumn:
        return u"attributes.registered_models"_s;
    case ExperimentColumn:
        return u"attributes.experiment"_s;
    }
    return {};
}

int RunTableModel::columnOfId(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int column = 0; column < columnCount(); ++column) {
        if (columnId(column) == id)
            return column;
    }
    return -1;
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_columns.size());
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == RunKeyRole)
        return m_keys.at(row);
    if (role == DepthRole)
        return depthAt(row);
    if (role == ChildCountRole)
        return childCountAt(row);
    const int page = row / PageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        requestPage(page); // queued to the worker; never SQL on this thread
        if (const auto previous = m_previousRowOfKey.constFind(m_keys.at(row));
            previous != m_previousRowOfKey.cend()) {
            return cellData(m_previousPages.at(previous->first),
                            previous->second,
                            index.column(),
                            role,
                            m_columns);
        }
        return role == IsLoadedRole ? QVariant(false) : QVariant();
    }
    touchPage(page);
    if (m_stalePages.contains(page))
        requestPage(page);
    return cellData(*it, row % PageSize, index.column(), role, m_columns);
}

QVariant RunTableModel::cellData(
    const RunPage &rows, qsizetype i, int column, int role, const RunColumns &columns)
{
    const qsizetype dynamicIndex = column - ColumnCount;
    const RunColumn *dynamicColumn =
        dynamicIndex >= 0 && dynamicIndex < columns.size() ? &columns.at(dynamicIndex) : nullptr;
    if (role == IsLoadedRole)
        return true;
    if (i >= rows.size() || !rows.found.at(i))
        return {};
    const qint64 start = rows.startTimes.at(i);
    const qint64 end = rows.endTimes.at(i);
    const auto elapsed = [&]() -> std::optional<qint64> {
        if (start == RunPage::NoTime)
            return std::nullopt;
        if (end != RunPage::NoTime)
            return end - start;
        if (rows.statuses.at(i) == Store::RunStatus::Running)
            return QDateTime::currentMSecsSinceEpoch() - start;
        return std::nullopt;
    };

    switch (role) {
    case RunIdRole:
        return rows.runIds.at(i);
    case RunStatusRole:
        return int(rows.statuses.at(i));
    case IsDeletedRole:
        return rows.stages.at(i) == Store::LifecycleStage::Deleted;
    case Qt::TextAlignmentRole:
        if (column == DurationColumn
            || (dynamicColumn && dynamicColumn->kind == RunColumn::Kind::Metric))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortValueRole:
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }

    if (const RunColumn *dynamic = dynamicColumn) {
        const RunPage::ColumnValues &values = rows.columns.at(column - ColumnCount);
        switch (values.states.at(i)) {
        case RunPage::ColumnValues::Missing:
            return {};
        case RunPage::ColumnValues::NaN:
            return role == SortValueRole
                ? QVariant(std::numeric_limits<double>::quiet_NaN())
                : QVariant(DisplayFormat::metricValue(std::numeric_limits<double>::quiet_NaN()));
        default:
            break;
        }
        if (dynamic->kind != RunColumn::Kind::Metric)
            return values.texts.at(i);
        const double number = values.numbers.at(i);
        if (role == SortValueRole)
            return number;
        if (role == Qt::ToolTipRole)
            return DisplayFormat::metricValue(number);
        // Table cells: a compact form; the tooltip has every digit.
        return QLocale().toString(number, 'g', 6);
    }

    switch (column) {
    case NameColumn:
        if (role == Qt::ToolTipRole) {
            //: Tooltip of a run's name: %1 is the run name, %2 the run id
            return tr("%1\nRun ID: %2").arg(rows.names.at(i), rows.runIds.at(i));
        }
        return rows.names.at(i);
    case StatusColumn:
        if (role == SortValueRole)
            return Store::runStatusName(rows.statuses.at(i));
        return DisplayFormat::runStatus(rows.statuses.at(i));
    case CreatedColumn:
        if (start == RunPage::NoTime)
            return {};
        if (role == SortValueRole)
            return start;
        return role == Qt::ToolTipRole ? DisplayFormat::utcDateTime(start)
                                       : DisplayFormat::localDateTime(start);
    case DurationColumn: {
        const std::optional<qint64> ms = elapsed();
        if (!ms)
            return {};
        if (role == SortValueRole)
            return *ms;
        if (role == Qt::ToolTipRole && end != RunPage::NoTime) {
            //: Tooltip of a run's duration: %1 local end time, %2 exact UTC end time
            return tr("Ended %1\n%2")
                .arg(DisplayFormat::localDateTime(end), DisplayFormat::utcDateTime(end));
        }
        if (role == Qt::ToolTipRole)
            return tr("Still running");
        return DisplayFormat::duration(*ms);
    }
    case UserColumn:
        return rows.users.at(i);
    case SourceColumn:
        return rows.sources.at(i);
    case RegisteredModelsColumn: {
        QStringList versions;
        for (const RunPage::ModelVersionRef &version : rows.modelVersions.at(i)) {
            //: A model version in the runs table: %1 is the registered model, %2 the version
            versions.append(tr("%1 v%2").arg(version.name).arg(version.version));
        }
        if (versions.isEmpty())
            return {};
        return versions.join(role == Qt::ToolTipRole ? u"\n"_s : u", "_s);
    }
    case ExperimentColumn:
        return rows.experimentNames.at(i);
    }
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == IsDynamicColumnRole)
            return dynamicColumn(section) != nullptr;
        if (role == ColumnIdRole)
            return columnId(section);
        if (const RunColumn *dynamic = dynamicColumn(section))
            return dynamicHeader(*dynamic, role);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        //: Column header in the runs table
        return tr("Name");
    case StatusColumn:
        //: Column header in the runs table
        return tr("Status");
    case CreatedColumn:
        //: Column header in the runs table: when the run started
        return tr("Created");
    case DurationColumn:
        //: Column header in the runs table
        return tr("Duration");
    case UserColumn:
        //: Column header in the runs table
        return tr("User");
    case SourceColumn:
        //: Column header in the runs table: the script or notebook that logged the run
        return tr("Source");
    case RegisteredModelsColumn:
        //: Column header in the runs table: the model versions registered from the run
        return tr("Registered models");
    case ExperimentColumn:
        //: Column header in the runs table
        return tr("Experiment");
    }
    return {};
}

QVariant RunTableModel::dynamicHeader(const RunColumn &column, int role) const
{
    QString aggregate;
    switch (column.aggregate) {
    case RunColumn::Aggregate::Latest:
        break;
    case RunColumn::Aggregate::Min:
        //: Suffix of a metric column header showing the smallest value logged
        aggregate = tr("min");
        break;
    case RunColumn::Aggregate::Max:
        //: Suffix of a metric column header showing the largest value logged
        aggregate = tr("max");
        break;
    case RunColumn::Aggregate::Mean:
        //: Suffix of a metric column header showing the mean of the values logged
        aggregate = tr("mean");
        break;
    case RunColumn::Aggregate::AtStep:
        //: Suffix of a metric column header: the value logged at step %1
        aggregate = tr("step %1").arg(column.step);
        break;
    }
    if (role == Qt::DisplayRole) {
        if (column.kind != RunColumn::Kind::Metric || aggregate.isEmpty())
            return column.key;
        //: Metric column header: %1 is the metric key, %2 the aggregate (min, max, mean)
        return tr("%1 (%2)").arg(column.key, aggregate);
    }
    if (role == Qt::ToolTipRole) {
        switch (column.kind) {
        case RunColumn::Kind::Metric:
            return aggregate.isEmpty()
                //: Tooltip of a metric column header
                ? tr("Metric “%1”, latest value").arg(column.key)
                //: Tooltip of a metric column header: %2 is min, max or mean
                : tr("Metric “%1”, %2 over all steps").arg(column.key, aggregate);
        case RunColumn::Kind::Param:
            return tr("Parameter “%1”").arg(column.key);
        case RunColumn::Kind::Tag:
            return tr("Tag “%1”").arg(column.key);
        }
    }
    return {};
}

void RunTableModel::exportTable(const QString &path, const QList<int> &columns, ExportFormat format)
{
    // Everything (pages, text, file) is done on the worker: 100k rows never block the window.
    QStringList headers;
    for (const int column : columns)
        headers.append(headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    const QList<qint64> keys = m_keys;
    const RunColumns dynamicColumns = m_columns;
    m_reader->submit(
        this,
        [path, columns, headers, keys, dynamicColumns, format](Store::Database &database) {
            const auto field = [](QString text) -> QString {
                if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
                    || text.contains(u'\r')) {
                    text.replace(u"\""_s, u"\"\""_s);
                    return u'"' + text + u'"';
                }
                return text;
            };
            // JSON has no NaN or infinity: those go as MLflow writes them, as strings.
            const auto jsonNumber = [](double value) -> QJsonValue {
                if (std::isnan(value))
                    return u"NaN"_s;
                if (std::isinf(value))
                    return value > 0 ? u"Infinity"_s : u"-Infinity"_s;
                return value;
            };
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                throw Store::StoreError(Store::ErrorCode::InternalError, file.errorString());
            }
            QStringList line;
            QJsonArray array;
            if (format == ExportFormat::Csv) {
                for (const QString &header : headers)
                    line.append(field(header));
                file.write(line.join(u',').toUtf8() + "\r\n");
            }
            for (qsizetype first = 0; first < keys.size(); first += PageSize) {
                const RunPage page =
                    RunPage::load(database, keys.mid(first, PageSize), dynamicColumns);
                for (qsizetype i = 0; i < page.size(); ++i) {
                    line.clear();
                    QJsonObject object;
                    for (qsizetype c = 0; c < columns.size(); ++c) {
                        const int column = columns.at(c);
                        const qsizetype d = column - ColumnCount;
                        // Metric values keep every digit; the rest reads as in the table.
                        if (d >= 0 && d < dynamicColumns.size()
                            && dynamicColumns.at(d).kind == RunColumn::Kind::Metric) {
                            const QVariant value =
                                cellData(page, i, column, SortValueRole, dynamicColumns);
                            line.append(value.isValid() ? QString::number(value.toDouble(), 'g', 17)
                                                        : QString());
                            object.insert(headers.at(c),
                                          value.isValid() ? jsonNumber(value.toDouble())
                                                          : QJsonValue());
                        } else {
                            const QString text =
                                cellData(page, i, column, Qt::DisplayRole, dynamicColumns)
                                    .toString();
                            line.append(field(text));
                            object.insert(headers.at(c), text);
                        }
                    }
                    if (format == ExportFormat::Csv)
                        file.write(line.join(u',').toUtf8() + "\r\n");
                    else
                        array.append(object);
                }
            }
            if (format == ExportFormat::Json)
                file.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
            if (!file.commit())
                throw Store::StoreError(Store::ErrorCode::InternalError, file.errorString());
            return keys.size();
        },
        [this, path](qsizetype rows) {
            emit exportFinished(path, rows);
        },
        [this, path](const Store::StoreError &error) {
            emit exportFailed(path, error.message());
        });
}

void RunTableModel::sort(int column, Qt::SortOrder order)
{
    const QString key = orderKeyOf(column);
    if (key.isEmpty())
        return;
    const RunOrder wanted{key, order};
    if (wanted == m_query.order)
        return;
    m_query.order = wanted;
    loadKeys(KeysMode::Reset);
}

} // namespace Flowdesk::ItemModels
