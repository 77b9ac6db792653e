// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Flowdesk::Views {

/// The sidebar's experiments: an icon before the name, run counts in a quieter colour, deleted
/// experiments dimmed and in italics.
class ExperimentItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentItemDelegate)
public:
    explicit ExperimentItemDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Flowdesk::Views
