// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Raw SQLite on a project file, as an attacker or a damaged disk would leave it: tests that check
// the store refuses or names what was changed behind its back.

#include <QFile>
#include <QString>

#include <sqlite3.h>

namespace tw::test {

/** Raw SQL with no care for the schema (an attacker's trigger, a dropped one). */
inline QString rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    char *err = nullptr;
    sqlite3_exec(db, sql, nullptr, nullptr, &err);
    const QString message = err ? QString::fromUtf8(err) : QString();
    sqlite3_free(err);
    sqlite3_close(db);
    return message;
}

/** The first column of the first row of a query on the file opened read-only; -1 when there is none. */
inline qint64 scalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

} // namespace tw::test
