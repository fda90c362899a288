// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tw {

/**
 * One entry of the append-only audit trail. `before`/`after` are compact JSON text (or empty).
 * hash = SHA-256(prevHash ‖ canonical(entry)) in lower-case hex, where canonical(entry) is
 * exactly what SQLite's json_array(seq, at, actor, action, subject, before, after, reason)
 * returns — so anyone can re-check the chain by hand with the sqlite3 shell and sha256sum.
 */
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action;  ///< e.g. project.create, version.create, threat.validate, threat.undo
    QString subject; ///< e.g. project, version:3, threat:<fingerprint>
    QString before;
    QString after;
    QString reason;
    QString prevHash;
    QString hash;
};

/** Result of walking the chain. */
struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; ///< 0 when ok
    QString problem;        ///< what is wrong with firstBadSeq, translated
};

namespace audit {

/** The hash of the entry before the first: 64 zeros. */
QString genesisHash();

/** SQLite's JSON quoting of one text value (json_quote / json_array of a TEXT argument). */
void appendJsonString(QByteArray &out, QByteArrayView utf8);

/** canonical(entry), byte for byte what json_array(...) in SQLite returns for the same row. */
QByteArray canonical(const AuditEntry &entry);

/**
 * canonical() from UTF-8 parts, appended to `out` (bulk writers reuse one buffer): `texts` are
 * actor, action, subject, before, after, reason; std::nullopt is SQL NULL.
 */
void appendCanonical(QByteArray &out, qint64 seq, QByteArrayView at, const std::optional<QByteArrayView> (&texts)[6]);

/** chainHash() into 64 lower-case hex characters at `out`, without allocating. */
void chainHashHex(QByteArrayView prevHashHex, QByteArrayView canonicalEntry, char *out);

/** Lower-case hex SHA-256 of some bytes. */
QString sha256Hex(QByteArrayView bytes);

/** Lower-case hex SHA-256 of prevHash ‖ canonical. */
QString chainHash(const QString &prevHash, QByteArrayView canonicalEntry);

/** The time format of the trail: ISO 8601 UTC with milliseconds. */
QString formatTime(const QDateTime &time);

} // namespace audit
} // namespace tw
