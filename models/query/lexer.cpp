// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/lexer.h"

#include "models/query/sqlkeywords.h"

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Query {

std::vector<const SqlToken *> SqlToken::significantChildren() const
{
    std::vector<const SqlToken *> result;
    for (const SqlToken &child : children) {
        if (!child.isWhitespace())
            result.push_back(&child);
    }
    return result;
}

namespace {

using Type = SqlToken::Type;

// sqlparse's [A-ZÀ-Ü] under IGNORECASE: ASCII letters plus Latin-1 letters À..Ü and à..ü.
bool isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= 0xC0 && u <= 0xDC)
        || (u >= 0xE0 && u <= 0xFC);
}

// Python's \w in a str pattern.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.category() == QChar::Mark_NonSpacing
        || c.category() == QChar::Mark_SpacingCombining;
}

bool isDigit(QChar c)
{
    return c.isDigit();
}

class Scanner
{
public:
    explicit Scanner(const QString &text)
        : m_text(text)
    {}

    std::vector<SqlToken> run()
    {
        std::vector<SqlToken> tokens;
        int pos = 0;
        const int size = int(m_text.size());
        while (pos < size) {
            Type type = Type::Error;
            const int length = match(pos, type);
            const int taken = length > 0 ? length : 1;
            // Runs of whitespace are one token here (sqlparse makes one per character); nothing
            // downstream distinguishes the two.
            if (type == Type::Whitespace && !tokens.empty() && tokens.back().isWhitespace()) {
                tokens.back().text += m_text.mid(pos, taken);
            } else {
                tokens.push_back(
                    SqlToken{length > 0 ? type : Type::Error, m_text.mid(pos, taken), pos, {}});
            }
            pos += taken;
        }
        return tokens;
    }

private:
    QChar at(int pos) const { return pos < int(m_text.size()) ? m_text.at(pos) : QChar(); }

    bool startsWithCi(int pos, QLatin1String word) const
    {
        return QStringView(m_text).mid(pos, word.size()).compare(word, Qt::CaseInsensitive) == 0
            && pos + word.size() <= m_text.size();
    }

    int skipSpaces(int pos) const
    {
        while (pos < int(m_text.size()) && m_text.at(pos).isSpace())
            ++pos;
        return pos;
    }

    bool wordBoundary(int pos) const { return pos >= int(m_text.size()) || !isWordChar(at(pos)); }

    // A quoted literal `q(qq|\q|[^q])*q`: the longest match, as the backtracking regex finds.
    int quoted(int pos, QChar quote) const
    {
        const int size = int(m_text.size());
        std::vector<char> reachable(size_t(size) + 2, 0);
        reachable[size_t(pos + 1)] = 1;
        int best = 0;
        for (int i = pos + 1; i < size; ++i) {
            if (!reachable[size_t(i)])
                continue;
            const QChar c = m_text.at(i);
            if (c == quote) {
                best = i + 1 - pos;
                if (at(i + 1) == quote)
                    reachable[size_t(i + 2)] = 1;
                continue;
            }
            if (c == u'\\' && at(i + 1) == quote)
                reachable[size_t(i + 2)] = 1;
            reachable[size_t(i + 1)] = 1;
        }
        return best;
    }

    int digitsFrom(int pos) const
    {
        int end = pos;
        while (end < int(m_text.size()) && isDigit(m_text.at(end)))
            ++end;
        return end - pos;
    }

    bool nameStartOrUnderscore(int pos) const
    {
        const QChar c = at(pos);
        return !c.isNull() && (isNameStart(c) || c == u'_');
    }

    // -?\d+(\.\d+)?E-?\d+
    int floatWithExponent(int pos) const
    {
        int p = pos;
        if (at(p) == u'-')
            ++p;
        const int intDigits = digitsFrom(p);
        if (intDigits == 0)
            return 0;
        p += intDigits;
        if (at(p) == u'.' && digitsFrom(p + 1) > 0)
            p += 1 + digitsFrom(p + 1);
        if (at(p) != u'E' && at(p) != u'e')
            return 0;
        ++p;
        if (at(p) == u'-')
            ++p;
        const int expDigits = digitsFrom(p);
        return expDigits > 0 ? p + expDigits - pos : 0;
    }

    // (?![_A-ZÀ-Ü])-?(\d+(\.\d*)|\.\d+)(?![_A-ZÀ-Ü]), with the regex's backtracking.
    int plainFloat(int pos) const
    {
        if (nameStartOrUnderscore(pos))
            return 0;
        int p = pos;
        if (at(p) == u'-')
            ++p;
        const int intDigits = digitsFrom(p);
        for (int d = intDigits; d >= 1; --d) {
            if (at(p + d) != u'.')
                continue;
            const int fraction = digitsFrom(p + d + 1);
            for (int f = fraction; f >= 0; --f) {
                const int end = p + d + 1 + f;
                if (!nameStartOrUnderscore(end))
                    return end - pos;
            }
        }
        if (at(p) == u'.') {
            const int fraction = digitsFrom(p + 1);
            for (int f = fraction; f >= 1; --f) {
                if (!nameStartOrUnderscore(p + 1 + f))
                    return 1 + f + (p - pos);
            }
        }
        return 0;
    }

    // (?![_A-ZÀ-Ü])-?\d+(?![_A-ZÀ-Ü])
    int integer(int pos) const
    {
        if (nameStartOrUnderscore(pos))
            return 0;
        int p = pos;
        if (at(p) == u'-')
            ++p;
        for (int d = digitsFrom(p); d >= 1; --d) {
            if (!nameStartOrUnderscore(p + d))
                return p + d - pos;
        }
        return 0;
    }

    int hexadecimal(int pos) const
    {
        int p = pos;
        if (at(p) == u'-')
            ++p;
        if (at(p) != u'0' || (at(p + 1) != u'x' && at(p + 1) != u'X'))
            return 0;
        int end = p + 2;
        while (end < int(m_text.size())) {
            const char16_t c = m_text.at(end).unicode();
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                break;
            ++end;
        }
        return end > p + 2 ? end - pos : 0;
    }

    int wordLength(int pos) const
    {
        int end = pos + 1;
        while (end < int(m_text.size())
               && (isWordChar(m_text.at(end)) || m_text.at(end) == u'$' || m_text.at(end) == u'#'))
            ++end;
        return end - pos;
    }

    // [A-ZÀ-Ü]\w*
    int nameLength(int pos) const
    {
        if (!isNameStart(at(pos)))
            return 0;
        int end = pos + 1;
        while (end < int(m_text.size()) && isWordChar(m_text.at(end)))
            ++end;
        return end - pos;
    }

    // Keyword phrases such as NOT NULL and NOT LIKE: `first\s+second\b`.
    int phrase(int pos, QLatin1String first, QLatin1String second) const
    {
        if (!startsWithCi(pos, first))
            return 0;
        const int afterFirst = pos + int(first.size());
        const int secondStart = skipSpaces(afterFirst);
        if (secondStart == afterFirst || !startsWithCi(secondStart, second))
            return 0;
        const int end = secondStart + int(second.size());
        return wordBoundary(end) ? end - pos : 0;
    }

    int match(int pos, Type &type) const
    {
        const QChar c = m_text.at(pos);
        const int size = int(m_text.size());

        // Comments.
        if ((c == u'-' && at(pos + 1) == u'-') || (c == u'#' && at(pos + 1) == u' ')) {
            int end = pos + 2;
            while (end < size && m_text.at(end) != u'\n' && m_text.at(end) != u'\r')
                ++end;
            if (end < size)
                end += (m_text.at(end) == u'\r' && at(end + 1) == u'\n') ? 2 : 1;
            type = Type::Comment;
            return end - pos;
        }
        if (c == u'/' && at(pos + 1) == u'*') {
            const qsizetype close = m_text.indexOf(u"*/"_s, pos + 2);
            if (close >= 0) {
                type = Type::Comment;
                return int(close) + 2 - pos;
            }
        }
        if (c.isSpace()) {
            type = Type::Whitespace;
            return 1;
        }
        if (c == u':' && at(pos + 1) == u'=') {
            type = Type::Operator;
            return 2;
        }
        if (c == u':' && at(pos + 1) == u':') {
            type = Type::Punctuation;
            return 2;
        }
        if (c == u'*') {
            type = Type::Wildcard;
            return 1;
        }
        if (c == u'`') {
            int end = pos + 1;
            while (end < size) {
                if (m_text.at(end) == u'`') {
                    if (at(end + 1) == u'`') {
                        end += 2;
                        continue;
                    }
                    type = Type::Name;
                    return end + 1 - pos;
                }
                ++end;
            }
        }
        if (c == u'?') {
            type = Type::Placeholder;
            return 1;
        }
        if (c == u'%') {
            int end = pos + 1;
            if (at(end) == u'(') {
                int close = end + 1;
                while (close < size && isWordChar(m_text.at(close)))
                    ++close;
                if (close > end + 1 && at(close) == u')')
                    end = close + 1;
            }
            if (at(end) == u's' || at(end) == u'S') {
                type = Type::Placeholder;
                return end + 1 - pos;
            }
        }
        if ((c == u'$' || c == u':' || c == u'?') && (pos == 0 || !isWordChar(m_text.at(pos - 1)))
            && isWordChar(at(pos + 1))) {
            int end = pos + 1;
            while (end < size && isWordChar(m_text.at(end)))
                ++end;
            type = Type::Placeholder;
            return end - pos;
        }
        if (startsWithCi(pos, QLatin1String("IN")) && wordBoundary(pos + 2)) {
            type = Type::Keyword;
            return 2;
        }
        for (const char *word : {"CASE", "VALUES", "USING", "FROM", "AS"}) {
            const QLatin1String w(word);
            if (startsWithCi(pos, w) && wordBoundary(pos + int(w.size()))) {
                type = Type::Keyword;
                return int(w.size());
            }
        }
        if ((c == u'@' || c == u'#') && isNameStart(at(pos + (at(pos + 1) == u'#' ? 2 : 1)))) {
            const int start = pos + (c == u'#' && at(pos + 1) == u'#' ? 2 : 1);
            int end = start + 1;
            while (end < size && isWordChar(m_text.at(end)))
                ++end;
            if (end - start >= 2) {
                type = Type::Name;
                return end - pos;
            }
        }
        if (const int length = nameLength(pos)) {
            // A name directly before a dot (spaces allowed), after a dot, or before '('.
            const int next = skipSpaces(pos + length);
            if (at(next) == u'.' || (pos > 0 && m_text.at(pos - 1) == u'.')
                || at(pos + length) == u'(') {
                type = Type::Name;
                return length;
            }
        }
        if (const int length = hexadecimal(pos)) {
            type = Type::Hexadecimal;
            return length;
        }
        if (const int length = floatWithExponent(pos)) {
            type = Type::Float;
            return length;
        }
        if (const int length = plainFloat(pos)) {
            type = Type::Float;
            return length;
        }
        if (const int length = integer(pos)) {
            type = Type::Integer;
            return length;
        }
        if (c == u'\'') {
            if (const int length = quoted(pos, c)) {
                type = Type::String;
                return length;
            }
        }
        if (c == u'"') {
            if (const int length = quoted(pos, c)) {
                type = Type::Symbol;
                return length;
            }
        }
        if (c == u'['
            && (pos == 0
                || !(isWordChar(m_text.at(pos - 1)) || m_text.at(pos - 1) == u']'
                     || m_text.at(pos - 1) == u')'))) {
            int end = pos + 1;
            while (end < size && m_text.at(end) != u']' && m_text.at(end) != u'[')
                ++end;
            if (end > pos + 1 && at(end) == u']') {
                type = Type::Name;
                return end + 1 - pos;
            }
        }
        if (const int length = phrase(pos, QLatin1String("NOT"), QLatin1String("NULL"))) {
            type = Type::Keyword;
            return length;
        }
        for (const char *second : {"LIKE", "ILIKE", "RLIKE"}) {
            if (const int length = phrase(pos, QLatin1String("NOT"), QLatin1String(second))) {
                type = Type::Comparison;
                return length;
            }
            const QLatin1String w(second);
            if (startsWithCi(pos, w) && wordBoundary(pos + int(w.size()))) {
                type = Type::Comparison;
                return int(w.size());
            }
        }
        if (const int length = phrase(pos, QLatin1String("ORDER"), QLatin1String("BY"))) {
            type = Type::Keyword;
            return length;
        }
        if (const int length = phrase(pos, QLatin1String("GROUP"), QLatin1String("BY"))) {
            type = Type::Keyword;
            return length;
        }
        if (isNameStart(c) || c == u'_' || isDigit(c)) {
            const int length = wordLength(pos);
            switch (sqlWordKind(m_text.mid(pos, length))) {
            case SqlWordKind::Name:
                type = Type::Name;
                break;
            case SqlWordKind::BuiltinName:
                type = Type::BuiltinName;
                break;
            case SqlWordKind::Keyword:
                type = Type::Keyword;
                break;
            case SqlWordKind::OrderKeyword:
                type = Type::OrderKeyword;
                break;
            }
            return length;
        }
        static const QString punctuation = u";:()[],."_s;
        if (punctuation.contains(c)) {
            type = Type::Punctuation;
            return 1;
        }
        static const QString comparison = u"<>=~!"_s;
        if (comparison.contains(c)) {
            int end = pos + 1;
            while (end < size && comparison.contains(m_text.at(end)))
                ++end;
            type = Type::Comparison;
            return end - pos;
        }
        static const QString operators = u"+/@#%^&|-"_s;
        if (operators.contains(c)) {
            int end = pos + 1;
            while (end < size && operators.contains(m_text.at(end)))
                ++end;
            type = Type::Operator;
            return end - pos;
        }
        return 0;
    }

    const QString &m_text;
};

} // namespace

std::vector<SqlToken> Lexer::tokenize(const QString &text)
{
    return Scanner(text).run();
}

} // namespace Flowdesk::Query
