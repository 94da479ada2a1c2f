// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Database.h"
#include "DatabaseError.h"
#include "Transaction.h"

namespace Rapport {

// Runs body(connection) in one BEGIN IMMEDIATE transaction: committed when it returns, rolled
// back when it throws DatabaseError, whose message lands in *error. The stores' writes use it.
template <typename Body>
bool writeInTransaction(Database& database, QString* error, Body&& body)
{
    try {
        Transaction transaction(database.connection());
        body(database.connection());
        transaction.commit();
        error->clear();
        return true;
    } catch (const DatabaseError& e) {
        *error = e.message();
        return false;
    }
}

} // namespace Rapport
