// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

struct sqlite3;

/**
 * Defences for project files that come from someone else (docs/security.md). A .twdb is an
 * SQLite database, and an SQLite database can carry code: triggers and views run when the tables
 * they name are written or read, and CHECK constraints, defaults, generated columns and index
 * expressions are evaluated on every insert. Threatwright runs none that it did not create.
 */
namespace tw::integrity {

/**
 * Before a connection reads anything: schema SQL may call only functions SQLite marks harmless
 * (SQLITE_DBCONFIG_TRUSTED_SCHEMA off), the schema cannot be edited through the connection
 * (SQLITE_DBCONFIG_DEFENSIVE), and b-tree cells are checked for consistency as pages are read.
 */
Result<void> hardenConnection(sqlite3 *db);

/**
 * Compares the file's schema with exactly what migrations 1..schemaVersion create (built once in
 * memory): every table, index, trigger and view must be one of ours with the same definition,
 * and none of our tables may be missing. An attacker's trigger, view, table or index, or a
 * changed definition of ours, is refused with a message that names it; `shown` is the file's
 * name. Allowed: SQLite's own statistics tables (ANALYZE), which only steer the query planner,
 * and missing triggers or indexes of ours, which run nothing (the audit chain still exposes what
 * a dropped append-only trigger let through). Also checks that user_version and application_id
 * as SQLite reads them (a write-ahead log may override page 1) are the header's.
 */
Result<void> checkSchema(sqlite3 *db, int schemaVersion, const QString &shown);

} // namespace tw::integrity
