// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/audit.h"

#include <QCryptographicHash>

namespace tw::audit {

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    // Mirrors SQLite's jsonAppendString(): only '"', '\\' and control characters are escaped;
    // everything else, including non-ASCII UTF-8 and '/', is copied as is.
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(ch);
        } else if (c < 0x20) {
            switch (c) {
            case '\b': out.append("\\b"); break;
            case '\f': out.append("\\f"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            default:
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xf]);
            }
        } else {
            out.append(ch);
        }
    }
    out.append('"');
}

namespace {
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

QString chainHash(const QString &prevHash, QByteArrayView canonicalEntry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(canonicalEntry);
    return QString::fromLatin1(hash.result().toHex());
}

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace tw::audit
