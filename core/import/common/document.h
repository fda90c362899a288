// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

/**
 * A positioned document tree shared by every importer that reads YAML or JSON (OpenAPI, compose,
 * Kubernetes …). One compact node type for both syntaxes: nodes live in one flat vector, the
 * children of a container are contiguous (so lookups are linear scans over adjacent memory),
 * scalar text is a view into the source buffer whenever no decoding was needed, and positions of
 * JSON nodes are byte offsets turned into line/column only when asked for.
 *
 * YAML aliases share the anchored subtree instead of copying it: the tree is a DAG, so an alias
 * bomb costs no memory; an expansion budget still refuses documents whose logical size explodes,
 * because consumers that walk the tree would otherwise do exponential work.
 */
namespace tw::doc {

namespace detail {
class JsonBuilder;
class YamlBuilder;
} // namespace detail

using NodeId = std::uint32_t;
inline constexpr NodeId InvalidNode = 0xFFFFFFFFu;

enum class Format : std::uint8_t { Auto, Json, Yaml };
enum class NodeKind : std::uint8_t { Scalar, Mapping, Sequence };
enum class ScalarStyle : std::uint8_t { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, JsonString, JsonNumber, JsonLiteral };
/** The YAML 1.2 core-schema type of a scalar (JSON scalars map onto the same set). */
enum class ScalarType : std::uint8_t { Null, Bool, Int, Float, String };

struct Position
{
    int line = 0;   ///< 1-based
    int column = 0; ///< 1-based, in characters
};

/** 24 bytes; see Document for the meaning of the fields. */
struct Node
{
    std::uint32_t pos = 0;    ///< byte offset (JSON) or 1-based line (YAML)
    std::uint32_t column = 0; ///< 0 for JSON (computed lazily), 1-based column for YAML
    std::uint32_t a = 0;      ///< scalar: text offset; container: index of the first child
    std::uint32_t b = 0;      ///< scalar: text length; container: number of child nodes
    std::uint16_t tag = 0;    ///< index into the tag table; 0 = no explicit tag
    NodeKind kind = NodeKind::Scalar;
    ScalarStyle style = ScalarStyle::Plain;
    std::uint8_t flags = 0;   ///< FlagArena: text lives in the arena, not in the source
    std::uint8_t reserved[3] = {0, 0, 0};

    static constexpr std::uint8_t FlagArena = 1;
    /// Mapping with a key starting with '$' ($ref, $id …): lets reference lookups skip the rest.
    static constexpr std::uint8_t FlagDollarKey = 2;
};

namespace detail {
/** Allocates and frees the big, short-lived arrays of a document (see BigAllocator). */
void *allocateBig(std::size_t bytes);
void freeBig(void *p, std::size_t bytes) noexcept;

/**
 * Allocator for the large flat arrays of a document. Big blocks are 2 MiB aligned and marked for
 * transparent huge pages: a 13 MB spec otherwise costs ~10,000 page faults, a third of the import.
 */
template<typename T>
struct BigAllocator
{
    using value_type = T;
    BigAllocator() = default;
    template<typename U>
    BigAllocator(const BigAllocator<U> &) noexcept
    {
    }
    T *allocate(std::size_t n) { return static_cast<T *>(allocateBig(n * sizeof(T))); }
    void deallocate(T *p, std::size_t n) noexcept { freeBig(p, n * sizeof(T)); }
    friend bool operator==(const BigAllocator &, const BigAllocator &) { return true; }
};
struct BigDeleter
{
    std::size_t bytes;
    void operator()(char *p) const noexcept { freeBig(p, bytes); }
};
} // namespace detail

struct ParseOptions
{
    Format format = Format::Auto;
    int maxDepth = 512;
    /// Logical node count that aliases may add; beyond it the document is refused.
    std::uint64_t maxAliasExpansion = 4'000'000;
    /// Documents larger than this are refused before reading.
    std::int64_t maxBytes = std::int64_t(1) << 30;
    /// Name used in diagnostics and error locations (e.g. a path relative to the import root).
    QString displayName;
    /// YAML documents at least this large are parsed in two pieces on two threads when that is
    /// provably the same as one parse (see YamlReader); negative: never.
    std::int64_t parallelYamlMinBytes = 1 << 20;
    /// Testing: split a YAML document at the first candidate line at or after this byte offset
    /// (0: near the middle). Lets a test prove piece parsing equal to one parse at every line.
    std::size_t yamlSplitOffset = 0;
    /// JSON documents at least this large are built by two threads (same nodes); negative: never.
    std::int64_t parallelJsonMinBytes = 1 << 20;
    /// Testing: the second JSON builder starts after the first ',' at or after this byte offset
    /// (0: the first ',' from the middle token on).
    std::size_t jsonSplitOffset = 0;
    /// Testing, with yamlSplitOffset: split inside the mapping of the root key before that offset
    /// (at an indented key line, see YamlReader) instead of at a column-0 line.
    bool yamlSplitIndented = false;
    /// Hand libyaml the text as its decoded buffer when its reader would pass it through
    /// unchanged (see YamlReader); false: always through libyaml's own reader (tests compare).
    bool yamlDirectInput = true;
};

class Document
{
public:
    Document();
    Document(Document &&) noexcept;
    Document &operator=(Document &&) noexcept;
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;
    ~Document();

    const QString &displayName() const { return m_displayName; }
    Format format() const { return m_format; }
    std::string_view source() const { return {m_buffer.get(), m_size}; }

    /** One root per document of a YAML stream; JSON has exactly one. */
    std::span<const NodeId> roots() const { return m_roots; }
    NodeId root() const { return m_roots.empty() ? InvalidNode : m_roots.front(); }
    std::size_t nodeCount() const { return m_nodes.size(); }

    bool isValid(NodeId id) const { return id < m_nodes.size(); }
    NodeKind kind(NodeId id) const { return m_nodes[id].kind; }
    bool isMapping(NodeId id) const { return isValid(id) && m_nodes[id].kind == NodeKind::Mapping; }
    bool isSequence(NodeId id) const { return isValid(id) && m_nodes[id].kind == NodeKind::Sequence; }
    bool isScalar(NodeId id) const { return isValid(id) && m_nodes[id].kind == NodeKind::Scalar; }
    ScalarStyle style(NodeId id) const { return m_nodes[id].style; }
    std::string_view tag(NodeId id) const;

    /** Decoded scalar text; empty for containers. */
    std::string_view text(NodeId id) const
    {
        const Node &n = m_nodes[id];
        if (n.kind != NodeKind::Scalar)
            return {};
        const char *base = (n.flags & Node::FlagArena) ? m_arena.data() : m_buffer.get();
        return {base + n.a, n.b};
    }
    QString string(NodeId id) const;
    ScalarType scalarType(NodeId id) const;
    bool isNull(NodeId id) const { return isScalar(id) && scalarType(id) == ScalarType::Null; }
    std::optional<bool> toBool(NodeId id) const;
    std::optional<std::int64_t> toInt(NodeId id) const;

    /** Mapping: number of entries (pairs); sequence: number of items. */
    std::uint32_t size(NodeId id) const;
    NodeId keyAt(NodeId map, std::uint32_t i) const { return m_nodes[map].a + 2 * i; }
    NodeId valueAt(NodeId map, std::uint32_t i) const { return m_nodes[map].a + 2 * i + 1; }
    NodeId itemAt(NodeId seq, std::uint32_t i) const { return m_nodes[seq].a + i; }
    /** The value for a scalar key; with duplicate keys the last one wins, as in JSON.parse. */
    NodeId find(NodeId map, std::string_view key) const;
    /** Whether a mapping has a key starting with '$' (cheap pre-check for `$ref`). */
    bool hasDollarKey(NodeId map) const { return isMapping(map) && (m_nodes[map].flags & Node::FlagDollarKey); }

    /**
     * The node's raw position: its byte offset (JSON) or line (YAML). It only grows through the
     * document, so it measures how much source lies between two nodes; unlike position() it
     * touches no cache and may be called from any thread.
     */
    std::uint32_t sourcePosition(NodeId id) const { return m_nodes[id].pos; }
    /** Builds the line index that position() needs for JSON nodes (thread-safe, once). */
    void prepareLineIndex() const { buildLineIndex(); }
    /** Not thread-safe: it resumes column counting from the last position asked for. */
    Position position(NodeId id) const;
    Position positionOfOffset(std::size_t offset) const;
    /** "file:line:col" of a node. */
    QString location(NodeId id) const;

    /** Whether the document was parsed as two pieces in parallel (for tests and benchmarks). */
    bool parsedInPieces() const { return m_parsedInPieces; }
    /** Whether libyaml read the YAML text as its decoded buffer, skipping its reader (for tests). */
    bool yamlReadDirectly() const { return m_yamlReadDirectly; }

    /** Warnings found while parsing (duplicate keys …). */
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }

private:
    friend class JsonReader;
    friend class YamlReader;
    friend class detail::JsonBuilder;
    friend class detail::YamlBuilder;
    static Result<Document> load(Document &&document, const QString &path, const ParseOptions &options);
    friend Result<Document> parseBytes(QByteArray, const ParseOptions &);
    friend Result<Document> parseFile(const QString &, const ParseOptions &);

    void allocate(std::size_t size);
    void buildLineIndex() const;
    /// Adds a warning for every scalar key that repeats among the given mapping children.
    void checkDuplicateKeys(const Node *children, std::uint32_t count);
    /// Duplicate-key check plus the FlagDollarKey summary of a mapping being closed.
    void finishMapping(Node &mapping, const Node *children, std::uint32_t count)
    {
        for (std::uint32_t i = 0; i < count; i += 2) {
            const Node &k = children[i];
            if (k.kind == NodeKind::Scalar && k.b > 0 && nodeText(k)[0] == '$') {
                mapping.flags |= Node::FlagDollarKey;
                break;
            }
        }
        checkDuplicateKeys(children, count);
    }
    std::string_view nodeText(const Node &n) const
    {
        const char *base = (n.flags & Node::FlagArena) ? m_arena.data() : m_buffer.get();
        return {base + n.a, n.b};
    }
    Position nodePosition(const Node &n) const
    {
        return n.column != 0 ? Position{int(n.pos), int(n.column)} : positionOfOffset(n.pos);
    }

    using BufferDeleter = detail::BigDeleter;
    std::unique_ptr<char[], BufferDeleter> m_buffer; ///< the source, followed by zeroed padding
    std::size_t m_size = 0;
    std::vector<Node, detail::BigAllocator<Node>> m_nodes;
    std::string m_arena; ///< decoded scalar text that is not a verbatim slice of the source
    std::vector<std::string> m_tags;
    std::vector<NodeId> m_roots;
    QList<Diagnostic> m_diagnostics;
    QString m_displayName;
    Format m_format = Format::Auto;
    bool m_parsedInPieces = false;
    bool m_yamlReadDirectly = false;
    mutable std::vector<std::uint32_t> m_lineStarts;
    mutable std::unique_ptr<std::once_flag> m_lineOnce;
    // Last column computed: positions are mostly asked for in source order, so counting the
    // characters of a long line resumes from here instead of restarting (no quadratic cost).
    mutable std::size_t m_lastLine = 0;
    mutable std::size_t m_lastOffset = 0;
    mutable int m_lastColumn = 1;
};

/** Parses a buffer; the format is sniffed when options.format is Auto. */
Result<Document> parseBytes(QByteArray data, const ParseOptions &options = {});
/** Reads and parses a file; .json/.yaml/.yml decide the format, otherwise it is sniffed. */
Result<Document> parseFile(const QString &path, const ParseOptions &options = {});

/** The byte offset of the first invalid UTF-8 sequence, or -1 when the text is valid. */
std::int64_t firstInvalidUtf8(std::string_view text);

} // namespace tw::doc
