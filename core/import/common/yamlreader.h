// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/common/document.h"

namespace tw::doc {

namespace detail {
struct Piece;
} // namespace detail

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

    /** A split line inside the mapping of a root key (split 0: none found). */
    struct IndentedSplit
    {
        std::size_t split = 0;       ///< start of the split line
        std::size_t prefixStart = 0; ///< the root key's line ("key:"), replayed before the second piece
        std::size_t prefixSize = 0;  ///< with its newline
        std::uint32_t indent = 0;    ///< spaces before the split line's key
    };
    static IndentedSplit findIndentedSplit(const char *buffer, std::size_t size, std::size_t middle);
    static bool joinIndented(Document &document, Document &second, const detail::Piece &firstPiece, const IndentedSplit &split);
    /**
     * Ends a join: `root` (the first piece's root, its `count` entries now from `first` in the
     * document's nodes) is checked and goes last.
     */
    static void installJoinedRoot(Document &document, Node root, std::uint32_t first, std::uint32_t count);
};

} // namespace tw::doc
