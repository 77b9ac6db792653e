// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace Flowdesk::ItemModels {
class FilterVocabulary;
}

namespace Flowdesk::Views {

/// The filter bar above the runs table: one line in the search language of models/query
/// (MLflow's filter syntax plus Flowdesk's OR, NOT, parentheses, aggregates...), with syntax
/// highlighting, completion of keys and values from the FilterVocabulary, a wavy red underline
/// at the exact position of an error (the message in the tooltip and beside the line) and a
/// menu of recent filters. A filter is applied with Enter only when it parses, so the table
/// never changes for a broken filter.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)
public:
    static constexpr int MaxHistory = 15;

    explicit FilterBar(ItemModels::FilterVocabulary *vocabulary, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }

    QCompleter *completer() const { return m_completer; }

    QToolButton *historyButton() const { return m_historyButton; }

    QToolButton *quickFilterButton() const { return m_quickButton; }

    /// ANDs a clause to the current filter (parenthesising an OR) and applies the result.
    void addClause(const QString &clause);

    /// The filter the table shows (the last one applied).
    const QString &appliedFilter() const { return m_applied; }

    /// Sets the text and applies it without adding it to the history.
    void setFilter(const QString &filter);
    /// Sets the text as the applied filter without announcing it (the caller runs the query).
    void restoreFilter(const QString &filter);

    const QStringList &history() const { return m_history; }

    void setHistory(const QStringList &history);
    /// Marks an error found by the search (message in English from the query module); position
    /// -1 = not in the text.
    void showError(const QString &message, int position, int length);

    bool hasError() const { return !m_errorMessage.isEmpty(); }

    const QString &errorMessage() const { return m_errorMessage; }

    int errorPosition() const { return m_errorPosition; }

    /// The completion candidates shown for the word at the cursor (for tests and the popup).
    QStringList completionCandidates() const;

    /// Focuses the line and selects its text (Ctrl+F).
    void focusFilter();

signals:
    /// The user applied a filter that parses (empty = no filter).
    void filterApplied(const QString &filter);
    void historyChanged(const QStringList &history);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Context;
    void elideError();
    Context contextAtCursor() const;
    void apply();
    bool validate();
    void clearError();
    void updateFormats();
    void updateCompletion();
    void insertCompletion(const QString &completion);
    void updateHistoryMenu();
    void addToHistory(const QString &filter);

    ItemModels::FilterVocabulary *m_vocabulary = nullptr;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_historyButton = nullptr;
    QToolButton *m_quickButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completionModel = nullptr;
    QString m_applied;
    QStringList m_history;
    QString m_errorMessage;
    int m_errorPosition = -1;
    int m_errorLength = 0;
    bool m_formatting = false;
};

} // namespace Flowdesk::Views
