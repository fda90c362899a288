// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/audit.h"

#include "common/bytes.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <cstdio>
#include <memory>

#include <emmintrin.h>

namespace tw::audit {

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    // Mirrors SQLite's jsonAppendString(): only '"', '\\' and control characters are escaped;
    // everything else, including non-ASCII UTF-8 and '/', is copied as is. Runs of plain bytes
    // are copied in one go.
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        // 16 bytes at a time up to the next byte to escape: the entries of a large version are
        // hashed at ~300 bytes each, nearly all of them plain.
        while (i + 16 <= size) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            const __m128i printable = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x20)), v); // unsigned >= 0x20
            const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
            const unsigned escape = (~unsigned(_mm_movemask_epi8(printable)) | unsigned(_mm_movemask_epi8(special))) & 0xffffu;
            if (escape != 0) {
                i += qsizetype(__builtin_ctz(escape));
                break;
            }
            i += 16;
        }
        if (i >= size)
            break;
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        appendBytes(out, data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"': appendLiteral(out, "\\\""); break;
        case '\\': appendLiteral(out, "\\\\"); break;
        case '\b': appendLiteral(out, "\\b"); break;
        case '\f': appendLiteral(out, "\\f"); break;
        case '\n': appendLiteral(out, "\\n"); break;
        case '\r': appendLiteral(out, "\\r"); break;
        case '\t': appendLiteral(out, "\\t"); break;
        default: {
            const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            appendBytes(out, escaped, 6);
        }
        }
    }
    appendBytes(out, data + runStart, size - runStart);
    out.append('"');
}

namespace {

// OpenSSL frees a thread's state (its 904-byte error queue) when the thread ends, but only while
// OpenSSL itself is still initialised, and its cleanup runs from atexit in reverse order of
// registration. Initialised lazily from a worker, it was cleaned up before Qt's global thread
// pool joined its threads, and LeakSanitizer reported every pool thread's queue as lost.
// Initialised before main(), its cleanup runs after every Qt global has gone.
[[maybe_unused]] const bool g_opensslReady = OPENSSL_init_crypto(0, nullptr) == 1;

void sha256Hex2(QByteArrayView first, QByteArrayView second, char *hexOut)
{
    // OpenSSL's SHA-256 uses the CPU's SHA extensions; Qt 6.4's is a portable C version about
    // five times slower, and a 100,000-threat import hashes 100,000 entries.
    thread_local std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_MD_CTX *ctx = context.get();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    // EVP_sha256() makes OpenSSL 3 look the algorithm up in its provider tables on every
    // EVP_DigestInit_ex (a twentieth of a bulk import); fetched once, it is not.
    static const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free);
    EVP_DigestInit_ex(ctx, sha256 ? sha256.get() : EVP_sha256(), nullptr);
    EVP_DigestUpdate(ctx, first.data(), size_t(first.size()));
    EVP_DigestUpdate(ctx, second.data(), size_t(second.size()));
    EVP_DigestFinal_ex(ctx, digest, &length);
    static const char hex[] = "0123456789abcdef";
    for (unsigned int i = 0; i < length; ++i) {
        hexOut[2 * i] = hex[digest[i] >> 4];
        hexOut[2 * i + 1] = hex[digest[i] & 0xf];
    }
}

QString sha256Hex2(QByteArrayView first, QByteArrayView second)
{
    char hex[64];
    sha256Hex2(first, second, hex);
    return QString::fromLatin1(hex, 64);
}

void appendTextOrNull(QByteArray &out, const QString &text)
{
    if (text.isNull())
        out.append("null");
    else
        appendJsonString(out, text.toUtf8());
}
} // namespace

QByteArray canonical(const AuditEntry &e)
{
    QByteArray out;
    out.reserve(160 + e.before.size() + e.after.size() + e.reason.size());
    out.append('[');
    out.append(QByteArray::number(e.seq));
    out.append(',');
    appendJsonString(out, formatTime(e.at).toUtf8());
    out.append(',');
    appendTextOrNull(out, e.actor);
    out.append(',');
    appendTextOrNull(out, e.action);
    out.append(',');
    appendTextOrNull(out, e.subject);
    out.append(',');
    appendTextOrNull(out, e.before);
    out.append(',');
    appendTextOrNull(out, e.after);
    out.append(',');
    appendTextOrNull(out, e.reason);
    out.append(']');
    return out;
}

void appendCanonical(QByteArray &out, qint64 seq, QByteArrayView at, const std::optional<QByteArrayView> (&texts)[6])
{
    out.append('[');
    char number[24];
    const int n = std::snprintf(number, sizeof number, "%lld", static_cast<long long>(seq));
    appendBytes(out, number, n);
    out.append(',');
    appendJsonString(out, at);
    for (const auto &text : texts) {
        out.append(',');
        if (text)
            appendJsonString(out, *text);
        else
            appendLiteral(out, "null");
    }
    out.append(']');
}

void chainHashHex(QByteArrayView prevHashHex, QByteArrayView canonicalEntry, char *out)
{
    sha256Hex2(prevHashHex, canonicalEntry, out);
}

QString chainHash(const QString &prevHash, QByteArrayView canonicalEntry)
{
    return sha256Hex2(prevHash.toLatin1(), canonicalEntry);
}

QString sha256Hex(QByteArrayView bytes)
{
    return sha256Hex2(bytes, {});
}
QString formatTime(const QDateTime &time)
{
    // Hand-formatted: QDateTime::toString() costs ~10 µs, this a few hundred ns.
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    const qint64 msOfDay = ms - days * 86400000;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[40];
    const int n = std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ", year, month, day,
                                msOfDay / 3600000, (msOfDay / 60000) % 60, (msOfDay / 1000) % 60, msOfDay % 1000);
    return QString::fromLatin1(buffer, n);
}

} // namespace tw::audit
