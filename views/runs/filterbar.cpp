// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/runs/filterbar.h"

#include "models/itemmodels/filtervocabulary.h"
#include "models/query/extendedfilterparser.h"
#include "models/query/lexer.h"
#include "models/query/mlflowsyntax.h"
#include "models/query/queryerror.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QStringListModel>
#include <QTextCharFormat>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views {

using ItemModels::FilterVocabulary;

struct FilterBar::Context
{
    enum class Kind { None, Key, Value };
    Kind kind = Kind::None;
    int start = 0; ///< where the word being completed starts
    QString word; ///< from start to the cursor
    FilterVocabulary::KeyType type = FilterVocabulary::KeyType::Param;
    QString key; ///< for values: whose
    QString prefix; ///< for keys: "metrics", "params", ... as typed
};

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'`' || c == u'@';
}

// Keys that are not plain dotted names need backticks in the search language.
QString quotedKey(const QString &key)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_.]*$"_s);
    return plain.match(key).hasMatch() ? key : u'`' + key + u'`';
}

QString unquotedKey(QString key)
{
    if (key.size() >= 2
        && ((key.startsWith(u'`') && key.endsWith(u'`'))
            || (key.startsWith(u'"') && key.endsWith(u'"'))))
        key = key.mid(1, key.size() - 2);
    return key;
}

std::optional<FilterVocabulary::KeyType> typeOfPrefix(const QString &prefix)
{
    const QString p = prefix.toLower();
    if (p == u"metric"_s || p == u"metrics"_s)
        return FilterVocabulary::KeyType::Metric;
    if (p == u"param"_s || p == u"params"_s || p == u"parameter"_s || p == u"parameters"_s)
        return FilterVocabulary::KeyType::Param;
    if (p == u"tag"_s || p == u"tags"_s)
        return FilterVocabulary::KeyType::Tag;
    return std::nullopt;
}

bool isAttributePrefix(const QString &prefix)
{
    const QString p = prefix.toLower();
    return p == u"attribute"_s || p == u"attributes"_s || p == u"attr"_s || p == u"run"_s;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

FilterBar::FilterBar(FilterVocabulary *vocabulary, QWidget *parent)
    : QWidget(parent)
    , m_vocabulary(vocabulary)
{
    setObjectName(u"filterBar"_s);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"filterEdit"_s);
    m_edit->setClearButtonEnabled(true);
    //: Placeholder of the runs filter; the example is in the search language, keep it as is
    m_edit->setPlaceholderText(tr("Filter runs, e.g. metrics.rmse < 1 and params.model = 'tree'"));
    m_edit->setToolTip(
        tr("MLflow's search syntax, plus OR, NOT, parentheses and min(metrics.x), max(), "
           "mean(). Press Enter to apply."));

    m_historyButton = new QToolButton(this);
    m_historyButton->setObjectName(u"filterHistoryButton"_s);
    m_historyButton->setText(tr("Recent"));
    m_historyButton->setToolTip(tr("Recent filters"));
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    m_historyButton->setAutoRaise(true);
    m_historyButton->setMenu(new QMenu(m_historyButton));

    m_quickButton = new QToolButton(this);
    m_quickButton->setObjectName(u"quickFilterButton"_s);
    //: Menu button with ready-made filters (status, time range)
    m_quickButton->setText(tr("Quick"));
    m_quickButton->setToolTip(tr("Add a ready-made condition: run status, start time"));
    m_quickButton->setPopupMode(QToolButton::InstantPopup);
    m_quickButton->setAutoRaise(true);
    auto *quick = new QMenu(m_quickButton);

    const struct
    {
        QString text;
        QString status;
    } statuses[] = {{tr("Running"), u"RUNNING"_s},
                    {tr("Finished"), u"FINISHED"_s},
                    {tr("Failed"), u"FAILED"_s},
                    {tr("Killed"), u"KILLED"_s}};

    for (const auto &status : statuses) {
        const QString clause = u"attributes.status = '%1'"_s.arg(status.status);
        //: Quick filter: %1 is a run status such as Finished
        quick->addAction(tr("Status: %1").arg(status.text), this, [this, clause] {
            addClause(clause);
        });
    }
    quick->addSeparator();

    const struct
    {
        QString text;
        qint64 hours;
    } ranges[] = {{tr("Started in the last 24 hours"), 24},
                  {tr("Started in the last 7 days"), 24 * 7},
                  {tr("Started in the last 30 days"), 24 * 30}};

    for (const auto &range : ranges) {
        const qint64 hours = range.hours;
        quick->addAction(range.text, this, [this, hours] {
            // The search language compares start_time in ms since the epoch.
            const qint64 since = QDateTime::currentMSecsSinceEpoch() - hours * 3600 * 1000;
            addClause(u"attributes.start_time >= %1"_s.arg(since));
        });
    }
    m_quickButton->setMenu(quick);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"filterErrorLabel"_s);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText,
                          isDarkPalette(palette()) ? QColor(0xef, 0x9a, 0x9a)
                                                   : QColor(0xc6, 0x28, 0x28));
    m_errorLabel->setPalette(errorPalette);
    // The filter keeps most of the room; the message takes what is left, elided (the whole
    // message is in the tooltip).
    m_errorLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_errorLabel->setMinimumWidth(80);
    m_errorLabel->hide();

    m_completionModel = new QStringListModel(this);
    m_completer = new QCompleter(m_completionModel, this);
    m_completer->setWidget(m_edit);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(u"filterCompletionPopup"_s);
    connect(m_completer,
            qOverload<const QString &>(&QCompleter::activated),
            this,
            &FilterBar::insertCompletion);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_edit, 3);
    layout->addWidget(m_errorLabel, 2);
    layout->addWidget(m_quickButton);
    layout->addWidget(m_historyButton);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        // The completer hands Enter to the line first, then takes the completion: while its
        // popup is open, Enter only completes.
        if (m_completer->popup()->isVisible())
            return;
        apply();
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        clearError();
        if (text.isEmpty() && !m_applied.isEmpty()) {
            apply(); // the clear button
            return;
        }
        updateCompletion();
    });
    connect(m_edit, &QLineEdit::textChanged, this, &FilterBar::updateFormats);
    if (m_vocabulary) {
        connect(m_vocabulary, &FilterVocabulary::valuesLoaded, this, [this] {
            if (m_edit->hasFocus())
                updateCompletion();
        });
    }
    updateHistoryMenu();
}

void FilterBar::setFilter(const QString &filter)
{
    m_edit->setText(filter);
    clearError();
    if (validate()) {
        m_applied = filter;
        emit filterApplied(filter);
    }
}

void FilterBar::restoreFilter(const QString &filter)
{
    m_edit->setText(filter);
    clearError();
    m_applied = filter;
}

void FilterBar::addClause(const QString &clause)
{
    const QString current = m_edit->text().trimmed();
    QString text = clause;
    if (!current.isEmpty()) {
        // AND binds tighter than OR: keep the user's filter whole.
        static const QRegularExpression hasOr(u"\\bor\\b"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        text = (hasOr.match(current).hasMatch() ? u'(' + current + u')' : current) + u" and "_s
            + clause;
    }
    m_edit->setText(text);
    apply();
}

void FilterBar::setHistory(const QStringList &history)
{
    m_history = history.mid(0, MaxHistory);
    updateHistoryMenu();
}

void FilterBar::focusFilter()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FilterBar::apply()
{
    const QString text = m_edit->text();
    if (!validate())
        return; // the table keeps showing the last good filter
    m_applied = text.trimmed().isEmpty() ? QString() : text;
    if (!m_applied.isEmpty())
        addToHistory(m_applied);
    emit filterApplied(m_applied);
}

bool FilterBar::validate()
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty()) {
        clearError();
        return true;
    }
    try {
        Query::ExtendedFilterParser::parseRunFilter(text, true);
    } catch (const Query::QueryError &error) {
        showError(error.message(), error.position(), error.length());
        return false;
    }
    clearError();
    return true;
}

void FilterBar::showError(const QString &message, int position, int length)
{
    m_errorMessage = message;
    m_errorPosition = position;
    m_errorLength = length;
    // MLflow's message is protocol text and stays English; the frame around it is ours.
    //: %1 is the search language's error message (English, from MLflow's rules)
    const QString text = tr("Invalid filter: %1").arg(message);
    m_edit->setToolTip(text);
    m_errorLabel->setToolTip(text);
    m_errorLabel->show();
    elideError();
    // Its width is known once the layout has placed it.
    QTimer::singleShot(0, this, &FilterBar::elideError);
    updateFormats();
}

void FilterBar::elideError()
{
    m_errorLabel->setText(m_errorLabel->fontMetrics().elidedText(
        m_errorLabel->toolTip(), Qt::ElideRight, qMax(40, m_errorLabel->width())));
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_errorLabel->isVisible())
        elideError();
}

void FilterBar::clearError()
{
    if (m_errorMessage.isEmpty())
        return;
    m_errorMessage.clear();
    m_errorPosition = -1;
    m_errorLength = 0;
    m_errorLabel->hide();
    m_edit->setToolTip(
        tr("MLflow's search syntax, plus OR, NOT, parentheses and min(metrics.x), max(), "
           "mean(). Press Enter to apply."));
    updateFormats();
}

void FilterBar::updateFormats()
{
    if (m_formatting)
        return;
    m_formatting = true;
    const QString text = m_edit->text();
    const bool dark = isDarkPalette(palette());
    QTextCharFormat keyword;
    keyword.setFontWeight(QFont::Bold);
    keyword.setForeground(dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x7b, 0x1f, 0xa2));
    QTextCharFormat comparison;
    comparison.setFontWeight(QFont::Bold);
    QTextCharFormat string;
    string.setForeground(dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32));
    QTextCharFormat number;
    number.setForeground(dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xb2, 0x5e, 0x00));
    QTextCharFormat prefix;
    prefix.setForeground(dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0));

    QList<QInputMethodEvent::Attribute> attributes;
    const int cursor = m_edit->cursorPosition();
    const auto add = [&](int start, int length, const QTextCharFormat &format) {
        if (length > 0)
            attributes.append({QInputMethodEvent::TextFormat, start - cursor, length, format});
    };
    const std::vector<Query::SqlToken> tokens = Query::Lexer::tokenize(text);
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Query::SqlToken &token = tokens[i];
        using Type = Query::SqlToken::Type;
        switch (token.type) {
        case Type::Keyword:
        case Type::OrderKeyword:
            add(token.position, token.length(), keyword);
            break;
        case Type::Comparison:
        case Type::Operator:
            add(token.position, token.length(), comparison);
            break;
        case Type::String:
        case Type::Symbol:
            add(token.position, token.length(), string);
            break;
        case Type::Integer:
        case Type::Float:
        case Type::Hexadecimal:
            add(token.position, token.length(), number);
            break;
        case Type::Name:
            // "metrics" in metrics.loss, "min" in min(...)
            if (i + 1 < tokens.size()
                && (tokens[i + 1].text == u"."_s || tokens[i + 1].text == u"("_s))
                add(token.position, token.length(), prefix);
            break;
        default:
            break;
        }
    }
    if (!m_errorMessage.isEmpty() && m_errorPosition >= 0 && !text.isEmpty()) {
        // Past the end ("metrics.loss <"): mark the last character.
        const int start = qMin(m_errorPosition, int(text.size()) - 1);
        const int length = qMax(1, qMin(m_errorLength, int(text.size()) - start));
        QTextCharFormat error;
        error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        error.setUnderlineColor(Qt::red);
        error.setToolTip(m_errorMessage);
        add(start, length, error);
    }
    // QLineEdit has no rich text; pre-edit formats of an empty input-method event are the
    // documented way to colour ranges of its text.
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
    m_formatting = false;
}

FilterBar::Context FilterBar::contextAtCursor() const
{
    Context context;
    const QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    // An open quote before the cursor: a value is being typed.
    int quoteStart = -1;
    QChar quote;
    bool inBackticks = false;
    for (int i = 0; i < cursor; ++i) {
        const QChar c = text.at(i);
        if (quoteStart >= 0) {
            if (c == quote)
                quoteStart = -1;
        } else if (inBackticks) {
            inBackticks = c != u'`';
        } else if (c == u'`') {
            inBackticks = true;
        } else if (c == u'\'' || c == u'"') {
            quoteStart = i;
            quote = c;
        }
    }
    int start = cursor;
    if (quoteStart >= 0) {
        start = quoteStart;
    } else {
        while (start > 0 && isWordChar(text.at(start - 1)))
            --start;
    }
    context.start = start;
    context.word = text.mid(start, cursor - start);

    static const QRegularExpression keyBeforeValue(
        u"(params?|parameters?|tags?)\\.(`[^`]+`|\"[^\"]+\"|[\\w.]+)\\s*"
        "(=|!=|<>|(not\\s+)?i?like|(not\\s+)?in\\s*\\(([^)]*,)?)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch value = keyBeforeValue.match(text.left(start));
    if (value.hasMatch() && (quoteStart >= 0 || context.word.isEmpty())) {
        context.kind = Context::Kind::Value;
        context.type = *typeOfPrefix(value.captured(1));
        context.key = unquotedKey(value.captured(2));
        return context;
    }
    if (quoteStart >= 0 || inBackticks)
        return context;
    const int dot = context.word.indexOf(u'.');
    if (dot > 0) {
        context.kind = Context::Kind::Key;
        context.prefix = context.word.left(dot);
    } else if (!context.word.isEmpty()) {
        context.kind = Context::Kind::Key;
    }
    return context;
}

QStringList FilterBar::completionCandidates() const
{
    const Context context = contextAtCursor();
    QStringList candidates;
    if (context.kind == Context::Kind::Value) {
        if (!m_vocabulary || m_vocabulary->valuesType() != context.type
            || m_vocabulary->valuesKey() != context.key)
            return {};
        for (const QString &value : m_vocabulary->values())
            candidates.append(value.contains(u'\'') ? u'"' + value + u'"' : u'\'' + value + u'\'');
    } else if (context.kind == Context::Kind::Key && !context.prefix.isEmpty()) {
        const std::optional<FilterVocabulary::KeyType> type = typeOfPrefix(context.prefix);
        QStringList keys;
        if (type && m_vocabulary) {
            keys = *type == FilterVocabulary::KeyType::Metric ? m_vocabulary->metricKeys()
                : *type == FilterVocabulary::KeyType::Param   ? m_vocabulary->paramKeys()
                                                              : m_vocabulary->tagKeys();
        } else if (isAttributePrefix(context.prefix)) {
            keys = {u"run_name"_s,
                    u"status"_s,
                    u"start_time"_s,
                    u"end_time"_s,
                    // Flowdesk's extension: end_time - start_time in ms.
                    u"duration"_s,
                    u"user_id"_s,
                    u"run_id"_s,
                    u"artifact_uri"_s};
        }
        for (const QString &key : std::as_const(keys))
            candidates.append(context.prefix + u'.' + quotedKey(key));
    } else if (context.kind == Context::Kind::Key) {
        candidates = {u"metrics."_s,
                      u"params."_s,
                      u"tags."_s,
                      u"attributes."_s,
                      u"min(metrics."_s,
                      u"max(metrics."_s,
                      u"mean(metrics."_s,
                      u"and"_s,
                      u"or"_s,
                      u"not"_s,
                      u"like"_s,
                      u"ilike"_s,
                      u"in"_s,
                      u"is null"_s,
                      u"is not null"_s};
    }
    // "metrics.va" completes to "metrics.`val loss`": backticks are not typed before the key.
    const auto bare = [](QString text) {
        return text.remove(u'`');
    };
    const QString word = bare(context.word);
    QStringList matching;
    for (const QString &candidate : std::as_const(candidates)) {
        if (bare(candidate).startsWith(word, Qt::CaseInsensitive) && candidate != context.word)
            matching.append(candidate);
    }
    return matching;
}

void FilterBar::updateCompletion()
{
    const Context context = contextAtCursor();
    if (context.kind == Context::Kind::Value && m_vocabulary
        && (m_vocabulary->valuesType() != context.type
            || m_vocabulary->valuesKey() != context.key)) {
        m_vocabulary->requestValues(context.type, context.key); // shown when they arrive
        m_completer->popup()->hide();
        return;
    }
    const QStringList candidates = completionCandidates();
    if (candidates.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completionModel->setStringList(candidates);
    // The candidates are already narrowed to the word; the completer only has to show them.
    m_completer->setCompletionPrefix(QString());
    const int x = m_edit->fontMetrics().horizontalAdvance(m_edit->text().left(context.start));
    QRect rect(qMin(x, qMax(0, m_edit->width() - 200)), 0, 320, m_edit->height());
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void FilterBar::insertCompletion(const QString &completion)
{
    const Context context = contextAtCursor();
    QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    QString inserted = completion;
    // What comes next is typed after a space; a prefix or an open call goes straight on.
    if (!completion.endsWith(u'.') && !completion.endsWith(u'('))
        inserted += u' ';
    text.replace(context.start, cursor - context.start, inserted);
    m_edit->setText(text);
    m_edit->setCursorPosition(context.start + int(inserted.size()));
    // "metrics." goes straight on to the metric keys.
    if (completion.endsWith(u'.') || completion.endsWith(u'(')) {
        QTimer::singleShot(0, this, [this] {
            updateCompletion();
        });
    }
}

void FilterBar::addToHistory(const QString &filter)
{
    m_history.removeAll(filter);
    m_history.prepend(filter);
    while (m_history.size() > MaxHistory)
        m_history.removeLast();
    updateHistoryMenu();
    emit historyChanged(m_history);
}

void FilterBar::updateHistoryMenu()
{
    QMenu *menu = m_historyButton->menu();
    menu->clear();
    if (m_history.isEmpty()) {
        menu->addAction(tr("No recent filters"))->setEnabled(false);
        return;
    }
    for (const QString &filter : std::as_const(m_history)) {
        QAction *action = menu->addAction(
            fontMetrics().elidedText(filter, Qt::ElideRight, 480), this, [this, filter] {
                m_edit->setText(filter);
                apply();
            });
        action->setToolTip(filter);
    }
    menu->addSeparator();
    menu->addAction(tr("Clear Recent Filters"), this, [this] {
        m_history.clear();
        updateHistoryMenu();
        emit historyChanged(m_history);
    });
}

} // namespace Flowdesk::Views
