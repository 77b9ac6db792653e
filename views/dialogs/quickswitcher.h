// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;

namespace Flowdesk::ItemModels {
class QuickSwitchModel;
}

namespace Flowdesk::Views {

/// Ctrl+K: type part of an experiment's or a run's name (or the start of a run id), pick with
/// the arrow keys and Enter. The focus stays in the search box throughout; Escape closes.
class QuickSwitcher final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSwitcher)
public:
    QuickSwitcher(ItemModels::QuickSwitchModel *model, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }

    QListView *resultList() const { return m_list; }

    /// Clears the text, places the switcher over its window's top and shows it.
    void popUp();

signals:
    void experimentChosen(qint64 experimentId);
    void runChosen(qint64 experimentId, qint64 runKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int row);
    void updateStatus();
    void fitToResults();

    static constexpr int VisibleRows = 14;

    ItemModels::QuickSwitchModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
    bool m_chooseWhenSearched = false;
};

} // namespace Flowdesk::Views
