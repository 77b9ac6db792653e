// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace Flowdesk::ItemModels {

/// The sidebar's view of ExperimentListModel: hides deleted experiments unless asked, filters by
/// a name fragment and sorts by name. A proxy is fine here: the list is small and in memory.
class ExperimentFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentFilterModel)
public:
    explicit ExperimentFilterModel(QObject *parent = nullptr);

    bool showsDeleted() const { return m_showDeleted; }

    void setShowDeleted(bool show);
    void setNameFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showDeleted = false;
    QString m_nameFilter;
};

} // namespace Flowdesk::ItemModels
