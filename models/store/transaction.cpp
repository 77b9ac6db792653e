// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/transaction.h"

#include "models/store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_outermost(database.m_transactionDepth == 0)
{
    if (m_outermost)
        m_database.execute(u"BEGIN IMMEDIATE"_s);
    ++m_database.m_transactionDepth;
}

Transaction::~Transaction()
{
    --m_database.m_transactionDepth;
    if (m_done || !m_outermost)
        return;
    QSqlQuery rollback(m_database.connection());
    if (!rollback.exec(u"ROLLBACK"_s))
        qWarning("Flowdesk: rollback failed: %s", qPrintable(rollback.lastError().text()));
}

void Transaction::commit()
{
    if (m_outermost)
        m_database.execute(u"COMMIT"_s);
    m_done = true;
}

} // namespace Flowdesk::Store
