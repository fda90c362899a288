// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/common/document.h"

namespace tw::doc {

/**
 * Fills a Document from JSON. simdjson's On-Demand API finds the structure (its SIMD stage 1
 * indexes every structural character at several GB/s); this class turns each token into a Node
 * that points back into the source, decoding only strings that contain escapes. simdjson reports
 * no error offsets, so on failure a small scalar validator re-reads the text to say where.
 */
class JsonReader
{
public:
    static Result<void> read(Document &document, const ParseOptions &options);

    /** Decodes the inside of a JSON string literal; false with the bad offset on error. */
    static bool decodeString(std::string_view raw, std::string &out, std::size_t &badOffset);
};

} // namespace tw::doc
