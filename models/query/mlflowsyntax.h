// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/query/filterast.h"
#include "models/query/mlflowfilterparser.h"

#include <QString>
#include <QStringList>

#include <optional>

// Pieces of MLflow's search utilities shared by the filter and the order-by parsers: how a
// key such as `metrics.`val/acc`` is split and checked, and the messages MLflow words.

namespace Flowdesk::Query::MlflowSyntax {

/// The attribute keys a dialect accepts in filters / in order_by.
QStringList filterAttributes(SearchDialect dialect);
QStringList orderByAttributes(SearchDialect dialect);

/// Python's repr of a set of strings as MLflow prints it: {'a', 'b'}.
QString pythonSet(const QStringList &items);
/// Python's repr of a list of strings: ['a', 'b'].
QString pythonList(const QStringList &items);

/// Removes one pair of surrounding quotes (' or "), as MLflow's _strip_quotes.
QString stripQuotes(const QString &text);
/// Removes surrounding backticks, as MLflow's _trim_backticks.
QString trimBackticks(const QString &text);

/// MLflow's _get_identifier for the dialect: splits `type.key`, checks the type and, for
/// attributes, the key. `validAttributes` is the set for filters or for order_by. Throws
/// QueryError (position/length = the identifier).
FieldRef identifier(const QString &text,
                    SearchDialect dialect,
                    const QStringList &validAttributes,
                    int position,
                    int length);

/// `created` -> start_time, `run name` -> run_name; other keys unchanged.
QString translateAttribute(const QString &key);

/// Python's str.islower().
bool pythonIsLower(const QString &text);

/// POSIX shell-like split (Python's shlex.split); nullopt on an unclosed quote.
std::optional<QStringList> shellSplit(const QString &text);

} // namespace Flowdesk::Query::MlflowSyntax
