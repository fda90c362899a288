// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/common/document.h"

namespace tw::doc {

/**
 * Fills a Document from a YAML 1.2 stream through libyaml's event API. Every document of a
 * multi-document stream becomes a root. Aliases reuse the anchored node (no copy), bounded by an
 * expansion budget; nesting is bounded by ParseOptions::maxDepth; errors carry libyaml's position.
 */
class YamlReader
{
public:
    static Result<void> read(Document &document, const ParseOptions &options);

private:
    /** Parses a large block-mapping document as two pieces in parallel; false: parse it as one. */
    static bool parseInPieces(Document &document, const ParseOptions &options);
};

} // namespace tw::doc
