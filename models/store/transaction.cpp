// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/transaction.h"

#include "models/store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

namespace {

// Savepoint names are built from the nesting depth, a number we produce, not from input.
QString savepointName(int depth)
{
    return u"flowdesk_%1"_s.arg(depth);
}

} // namespace

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_outermost(database.m_transactionDepth == 0)
    , m_depth(database.m_transactionDepth)
{
    m_database.execute(m_outermost ? u"BEGIN IMMEDIATE"_s
                                   : u"SAVEPOINT "_s + savepointName(m_depth));
    ++m_database.m_transactionDepth;
}

Transaction::~Transaction()
{
    --m_database.m_transactionDepth;
    if (m_done)
        return;
    ++m_database.m_rollbackCount;
    QSqlQuery rollback(m_database.connection());
    if (m_outermost) {
        if (!rollback.exec(u"ROLLBACK"_s))
            qWarning("Flowdesk: rollback failed: %s", qPrintable(rollback.lastError().text()));
        return;
    }
    const QString name = savepointName(m_depth);
    if (!rollback.exec(u"ROLLBACK TO "_s + name) || !rollback.exec(u"RELEASE "_s + name))
        qWarning("Flowdesk: rollback to a savepoint failed: %s",
                 qPrintable(rollback.lastError().text()));
}

void Transaction::commit()
{
    m_database.execute(m_outermost ? u"COMMIT"_s : u"RELEASE "_s + savepointName(m_depth));
    m_done = true;
}

} // namespace Flowdesk::Store
