// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/experimentfiltermodel.h"

#include "models/itemmodels/experimentlistmodel.h"

namespace Flowdesk::ItemModels {

ExperimentFilterModel::ExperimentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    sort(ExperimentListModel::NameColumn);
}

void ExperimentFilterModel::setShowDeleted(bool show)
{
    if (m_showDeleted == show)
        return;
    m_showDeleted = show;
    invalidateFilter();
}

void ExperimentFilterModel::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_nameFilter == trimmed)
        return;
    m_nameFilter = trimmed;
    invalidateFilter();
}

bool ExperimentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showDeleted && index.data(ExperimentListModel::IsDeletedRole).toBool())
        return false;
    return m_nameFilter.isEmpty()
        || index.data(ExperimentListModel::NameRole)
               .toString()
               .contains(m_nameFilter, Qt::CaseInsensitive);
}

bool ExperimentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The Default experiment stays on top, as in MLflow's UI.
    const qint64 leftId = left.data(ExperimentListModel::ExperimentIdRole).toLongLong();
    const qint64 rightId = right.data(ExperimentListModel::ExperimentIdRole).toLongLong();
    if ((leftId == 0) != (rightId == 0))
        return leftId == 0;
    const QString leftName = left.data(ExperimentListModel::NameRole).toString();
    const QString rightName = right.data(ExperimentListModel::NameRole).toString();
    const int order =
        QString::localeAwareCompare(leftName.toCaseFolded(), rightName.toCaseFolded());
    return order != 0 ? order < 0 : leftId < rightId;
}

} // namespace Flowdesk::ItemModels
