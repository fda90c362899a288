// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/jsonwriter.h"

#include "common/bytes.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>

#include <emmintrin.h>

namespace tw {

void JsonWriter::separator()
{
    if (m_needComma)
        m_out.append(',');
}

JsonWriter &JsonWriter::beginObject()
{
    separator();
    m_out.append('{');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separator();
    m_out.append('[');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(const char *key)
{
    separator();
    m_out.append('"');
    appendBytes(m_out, key, qsizetype(std::strlen(key)));
    appendLiteral(m_out, "\":");
    m_needComma = false;
    return *this;
}

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    // Writes straight into the buffer: each UTF-16 unit needs at most 6 bytes (\u00XX or a
    // 3-byte UTF-8 sequence), so one resize covers the worst case and is trimmed afterwards.
    static const char hex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char *p = out.data() + start;
    *p++ = '"';
    const char16_t *s = reinterpret_cast<const char16_t *>(text.data());
    const char16_t *end = s + text.size();
    while (s < end) {
        // Eight units at a time while they are all printable ASCII and neither '"' nor '\\'
        // (titles, ids, explanations: nearly everything a stored threat holds).
        while (end - s >= 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
            // 0x20 <= unit < 0x80, as a signed comparison of (unit - 0x20) ^ 0x8000 < 0x8060.
            const __m128i biased = _mm_xor_si128(_mm_sub_epi16(v, _mm_set1_epi16(0x20)), _mm_set1_epi16(short(0x8000)));
            const __m128i printable = _mm_cmplt_epi16(biased, _mm_set1_epi16(short(0x8000 + 0x60)));
            const __m128i special = _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('"')), _mm_cmpeq_epi16(v, _mm_set1_epi16('\\')));
            if (_mm_movemask_epi8(_mm_andnot_si128(special, printable)) != 0xffff)
                break;
            _mm_storel_epi64(reinterpret_cast<__m128i *>(p), _mm_packus_epi16(v, v));
            p += 8;
            s += 8;
        }
        if (s == end)
            break;
        const char16_t c = *s++;
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                *p++ = char(c);
                continue;
            }
            *p++ = '\\';
            switch (c) {
            case '"': *p++ = '"'; break;
            case '\\': *p++ = '\\'; break;
            case '\n': *p++ = 'n'; break;
            case '\r': *p++ = 'r'; break;
            case '\t': *p++ = 't'; break;
            case '\b': *p++ = 'b'; break;
            case '\f': *p++ = 'f'; break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[c >> 4];
                *p++ = hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c <= 0xDBFF && s < end && *s >= 0xDC00 && *s <= 0xDFFF) {
            const char32_t cp = 0x10000 + ((char32_t(c) - 0xD800) << 10) + (char32_t(*s++) - 0xDC00);
            *p++ = char(0xF0 | (cp >> 18));
            *p++ = char(0x80 | ((cp >> 12) & 0x3F));
            *p++ = char(0x80 | ((cp >> 6) & 0x3F));
            *p++ = char(0x80 | (cp & 0x3F));
        } else {
            const char16_t unit = (c >= 0xD800 && c <= 0xDFFF) ? char16_t(0xFFFD) : c; // lone surrogate
            *p++ = char(0xE0 | (unit >> 12));
            *p++ = char(0x80 | ((unit >> 6) & 0x3F));
            *p++ = char(0x80 | (unit & 0x3F));
        }
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

JsonWriter &JsonWriter::value(const QString &text)
{
    return value(QStringView(text));
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separator();
    appendString(m_out, text);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(const char *ascii)
{
    return value(QString::fromLatin1(ascii));
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separator();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    appendBytes(m_out, buffer, result.ptr - buffer);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separator();
    if (!std::isfinite(number)) {
        m_out.append("null"); // JSON has no NaN or infinity
    } else {
        // Shortest text that reads back as the same double.
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
        appendBytes(m_out, buffer, result.ptr - buffer);
    }
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separator();
    if (flag)
        appendLiteral(m_out, "true");
    else
        appendLiteral(m_out, "false");
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separator();
    appendLiteral(m_out, "null");
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QStringList &list)
{
    beginArray();
    for (const QString &s : list)
        value(s);
    return endArray();
}

JsonWriter &JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    case QJsonValue::Bool:
        return value(json.toBool());
    case QJsonValue::Double: {
        const double d = json.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 9e15)
            return value(qint64(d));
        return value(d);
    }
    case QJsonValue::String:
        return value(json.toString());
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array)
            value(item);
        return endArray();
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            separator();
            appendString(m_out, it.key());
            m_out.append(':');
            m_needComma = false;
            value(it.value());
        }
        return endObject();
    }
    }
    return null();
}

} // namespace tw
