// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

struct sqlite3;

namespace tw::schema {

/** The newest schema this build writes and reads. */
int latestVersion();

/** Tables every project file must have (format 1); a file without them is damaged. */
const char *const *requiredTables();

/** Tables migration `version` added (a file of that format or newer must have them). */
const char *const *requiredTablesSince(int version);

/**
 * Applies every migration after `fromVersion` in order, each in its own transaction together
 * with the user_version it brings, so a crash leaves either the old or the new schema.
 */
Result<void> migrate(sqlite3 *db, int fromVersion);

/** The SQL of one migration (index 1 = initial schema); for the file-format docs and tests. */
const char *migrationSql(int version);

} // namespace tw::schema
