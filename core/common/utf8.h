// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tw {

/** Appends one Unicode code point as UTF-8 (the JSON and HCL readers decode \u escapes with it). */
inline void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

/**
 * The code point starting at byte `at` of `text`, its byte count in `length`; -1 for a byte that
 * starts no valid UTF-8 sequence (truncated, overlong, a surrogate, beyond U+10FFFF). Shared by
 * the HCL lexer and the YAML reader's direct-input check.
 */
inline int decodeUtf8(std::string_view text, std::size_t at, int &length)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    const unsigned char c = s[at];
    int need;
    int cp;
    int min;
    if (c < 0x80) {
        length = 1;
        return c;
    } else if ((c & 0xE0) == 0xC0) {
        need = 1;
        cp = c & 0x1F;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        need = 2;
        cp = c & 0x0F;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        need = 3;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return -1;
    }
    if (at + std::size_t(need) >= n)
        return -1;
    for (int i = 1; i <= need; ++i) {
        const unsigned char cc = s[at + std::size_t(i)];
        if ((cc & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    length = need + 1;
    return cp;
}

} // namespace tw
