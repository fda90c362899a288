// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace tw::sql {

/**
 * A prepared statement with bound parameters. All SQL in Threatwright goes through bound
 * parameters: text from inputs is data, never part of a statement.
 */
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3 *db() const { return m_db; }
    QString prepareError() const { return m_prepareError; }

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, QByteArrayView utf8);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    /** Binds without copying: `utf8` must stay valid until the statement is reset (exec()). */
    Statement &bindStatic(int index, QByteArrayView utf8);
    Statement &bindOptional(int index, const std::optional<int> &value);
    Statement &bindTextOrNull(int index, const QString &value);

    /** Runs one step: true when a row is available, false when done; errors go to error(). */
    bool step();
    /** Runs to completion, ignoring rows; false on error. */
    bool exec();
    void reset();

    QString text(int column) const;
    QByteArrayView textView(int column) const; ///< valid until the next step
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    int columnType(int column) const;

    /** The last error of this statement ("" when none). */
    QString error() const { return m_error; }
    int errorCode() const { return m_errorCode; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    QString m_error;
    int m_errorCode = 0;
};

/** Runs SQL text without parameters (schema, pragmas); error text on failure. */
Result<void> execScript(sqlite3 *db, const char *sql);

/**
 * sqlite3_open_v2 with the library set up for Threatwright first: SQLite's global memory
 * statistics are off (nothing reads them, and they take a global mutex on every allocation:
 * about 6 % of storing a large version). The settings apply only before SQLite's first use
 * in the process; later calls leave them as they are. The connection opens through the VFS
 * of store/walbuffer.h, which writes the WAL's frames in large pieces.
 */
int openDatabase(const char *fileName, sqlite3 **db, int flags);

/** The database's current error message as a QString. */
QString lastError(sqlite3 *db);

} // namespace tw::sql
