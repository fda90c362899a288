// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace tw {

/**
 * Appends `n` bytes to `out`. Qt 6.4's QByteArray::append(const char *, qsizetype) goes through
 * the general insert(); the JSON writer and the audit hashing append a few bytes at a time,
 * hundreds of times per stored threat, where that path was a tenth of a bulk import.
 */
inline void appendBytes(QByteArray &out, const char *data, qsizetype n)
{
    if (n <= 0)
        return; // an empty view may have no data pointer, and memcpy must not see a null one
    const qsizetype size = out.size();
    if (out.capacity() - size < n)
        out.reserve(std::max(size + n, 2 * out.capacity()));
    out.resize(size + n);
    std::memcpy(out.data() + size, data, size_t(n));
}

template<qsizetype N>
inline void appendLiteral(QByteArray &out, const char (&literal)[N])
{
    appendBytes(out, literal, N - 1);
}

} // namespace tw
