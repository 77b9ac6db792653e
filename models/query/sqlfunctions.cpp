// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/query/sqlfunctions.h"

#include "models/store/database.h"

#include <QRegularExpression>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Query::SqlFunctions {

namespace {

void numberFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const int bytes = sqlite3_value_bytes(arguments[0]);
    double value = 0;
    if (text && parseNumber(QString::fromUtf8(text, bytes), value))
        sqlite3_result_double(context, value);
    else
        sqlite3_result_null(context);
}

} // namespace

bool parseNumber(const QString &text, double &value)
{
    static const QRegularExpression number(
        u"^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*$"_s);
    if (!number.match(text).hasMatch())
        return false;
    bool ok = false;
    value = text.trimmed().toDouble(&ok);
    return ok;
}

void install(Store::Database &database)
{
    // Called per search; re-registering an identical deterministic function is cheap, and a
    // busy connection (statements using it still open) already has it.
    sqlite3_create_function_v2(database.handle(),
                               "flowdesk_number",
                               1,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                               nullptr,
                               &numberFunction,
                               nullptr,
                               nullptr,
                               nullptr);
}

} // namespace Flowdesk::Query::SqlFunctions
