// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/common/yamlreader.h"

#include "common/helperthread.h"
#include "common/utf8.h"

#include <QCoreApplication>

#include <yaml.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>

namespace tw::doc {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::OpenApi)
};

/** Owns one libyaml event so every exit path frees it. */
struct Event
{
    yaml_event_t e{};
    bool live = false;
    ~Event() { reset(); }
    void reset()
    {
        if (live)
            yaml_event_delete(&e);
        live = false;
    }
};

/**
 * The characters of `text` if libyaml's reader would copy it into its buffer unchanged: UTF-8
 * without a byte-order mark, every character one the reader allows (tab, line breaks, printable
 * ASCII, U+0085, U+00A0-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF) and encoded in the shortest
 * form. -1 otherwise: the reader then decodes it and reports any error at its exact place.
 */
std::int64_t readerCharacters(const unsigned char *s, std::size_t n)
{
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        return -1; // the reader consumes a leading mark
    std::int64_t chars = 0;
    std::size_t i = 0;
    while (i < n) {
#if defined(__SSE2__)
        // Sixteen plain ASCII bytes at a time: no control character but tab, LF and CR, no DEL,
        // no byte >= 0x80 (negative as signed, so also "less than 0x20").
        const __m128i space = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F), tab = _mm_set1_epi8('\t'),
                      lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
        while (i + 16 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
            const __m128i breaks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, cr));
            const __m128i bad = _mm_or_si128(_mm_andnot_si128(breaks, _mm_cmplt_epi8(v, space)), _mm_cmpeq_epi8(v, del));
            if (_mm_movemask_epi8(bad))
                break;
            i += 16;
            chars += 16;
        }
        if (i >= n)
            break;
#endif
        const unsigned char c = s[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
                return -1;
            ++i;
            ++chars;
            continue;
        }
        int width = 0;
        const int value = decodeUtf8(std::string_view(reinterpret_cast<const char *>(s), n), i, width);
        if (!(value == 0x85 || (value >= 0xA0 && value <= 0xD7FF) || (value >= 0xE000 && value <= 0xFFFD)
              || value >= 0x10000)) // a bad sequence is -1
            return -1;
        i += std::size_t(width);
        ++chars;
    }
    return chars;
}

struct Parser
{
    yaml_parser_t p{};
    /// libyaml's own decoded buffer while the parser reads ours (adopt()); yaml_parser_delete frees it.
    decltype(yaml_parser_t::buffer) own{};
    bool adopted = false;

    Parser() { yaml_parser_initialize(&p); }
    ~Parser()
    {
        if (adopted)
            p.buffer = own;
        yaml_parser_delete(&p);
    }
    /**
     * Makes `text` (`bytes` long, `chars` characters, followed by a NUL and more NUL padding)
     * libyaml's decoded buffer, as if its reader had decoded all of it and reached the end: the
     * reader copies valid UTF-8 unchanged, so the scanner then sees the same characters without
     * the reader's byte-by-byte decoding, a fifth of a large parse. The scanner only reads the
     * buffer, through the pointer and the count of unread characters.
     */
    void adopt(unsigned char *text, std::size_t bytes, std::int64_t chars)
    {
        own = p.buffer;
        adopted = true;
        yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
        p.buffer.start = p.buffer.pointer = text;
        p.buffer.last = text + bytes + 1; // after the NUL the reader puts at the end
        p.buffer.end = text + bytes + DirectPadding;
        p.unread = std::size_t(chars) + 1;
        p.eof = 1; // with the raw buffer empty: the reader has nothing more to do
    }
    /// NULs after an adopted text: the scanner looks up to four characters ahead of its position.
    static constexpr std::size_t DirectPadding = 32;
};

struct Frame
{
    Node node;
    std::size_t start = 0;
    std::string anchor;
};

constexpr std::uint64_t Saturate = std::uint64_t(1) << 62;

} // namespace

namespace detail {

/**
 * What a builder checks when it parses one piece of a document split in two (see
 * parseInPieces()). Any construct whose meaning could depend on the other piece makes the piece
 * fail, and the whole document is then parsed by one parser.
 */
struct Piece
{
    bool second = false;     ///< starts at the split line: its root must start at line 0, column 0
    int documents = 0;
    yaml_mark_t end{};       ///< STREAM-END mark: where the second piece's lines continue
    /// Diagnostics count before the last mapping directly under the root was checked for
    /// duplicate keys (an indented split checks the joined mapping instead).
    qsizetype lastTopMappingDiagnostics = -1;
};

class YamlBuilder
{
    using DirectText = std::unique_ptr<char[], BigDeleter>;

public:
    YamlBuilder(Document &d, const ParseOptions &o) : m_doc(d), m_options(o), m_input(d.m_buffer.get()), m_size(d.m_size) {}
    /**
     * Parses `prefix` followed by the `size` bytes at `input` into `d` as one piece of a split
     * document (the prefix is fed to libyaml first, so the two need not be copied together).
     */
    YamlBuilder(Document &d, const ParseOptions &o, std::string_view prefix, const char *input, std::size_t size, Piece *piece)
        : m_doc(d), m_options(o), m_prefix(prefix), m_input(input), m_size(size), m_piece(piece)
    {
    }

    Result<void> run()
    {
        Parser parser;
        if (m_prefix.empty())
            yaml_parser_set_input_string(&parser.p, reinterpret_cast<const unsigned char *>(m_input), m_size);
        else
            yaml_parser_set_input(&parser.p, &YamlBuilder::readPrefixThenInput, this);
        DirectText direct;
        if (m_options.yamlDirectInput)
            direct = adoptDirectInput(parser);
        m_doc.m_yamlReadDirectly = direct != nullptr;
        Event ev;
        for (;;) {
            ev.reset();
            if (!yaml_parser_parse(&parser.p, &ev.e))
                return parserError(parser.p);
            ev.live = true;
            const yaml_event_t &e = ev.e;
            switch (e.type) {
            case YAML_STREAM_END_EVENT:
                if (m_piece)
                    m_piece->end = e.start_mark;
                return {};
            case YAML_DOCUMENT_START_EVENT:
                // A leading "---" without directives is harmless in the first piece; directives,
                // a second document or a "---" in the second piece are not.
                if (m_piece
                    && (++m_piece->documents > 1 || e.data.document_start.version_directive
                        || e.data.document_start.tag_directives.start != e.data.document_start.tag_directives.end
                        || (m_piece->second && !e.data.document_start.implicit)))
                    return pieceRefused();
                m_anchors.clear();
                m_aliasExpanded = 0;
                break;
            case YAML_DOCUMENT_END_EVENT:
                if (m_piece && !e.data.document_end.implicit)
                    return pieceRefused();
                if (!m_scratch.empty()) {
                    m_doc.m_nodes.push_back(m_scratch.back());
                    m_doc.m_roots.push_back(NodeId(m_doc.m_nodes.size() - 1));
                }
                m_scratch.clear();
                m_expanded.clear();
                break;
            case YAML_MAPPING_START_EVENT:
            case YAML_SEQUENCE_START_EVENT: {
                if (int(m_frames.size()) >= m_options.maxDepth)
                    return errorAt(e.start_mark, Tr::tr("nesting deeper than %1 levels").arg(m_options.maxDepth));
                const bool mapping = e.type == YAML_MAPPING_START_EVENT;
                Frame f;
                f.node.kind = mapping ? NodeKind::Mapping : NodeKind::Sequence;
                f.node.pos = std::uint32_t(e.start_mark.line + 1);
                f.node.column = std::uint32_t(e.start_mark.column + 1);
                const yaml_char_t *tag = mapping ? e.data.mapping_start.tag : e.data.sequence_start.tag;
                const yaml_char_t *anchor = mapping ? e.data.mapping_start.anchor : e.data.sequence_start.anchor;
                if (m_piece) {
                    // The root must be a block mapping at column 0 (the second piece's at the very
                    // start); no tags or anchors anywhere.
                    if (tag || anchor)
                        return pieceRefused();
                    if (m_frames.empty()
                        && (!mapping || e.data.mapping_start.style != YAML_BLOCK_MAPPING_STYLE || e.start_mark.column != 0
                            || (m_piece->second && e.start_mark.line != 0)))
                        return pieceRefused();
                }
                f.node.tag = internTag(tag);
                if (anchor)
                    f.anchor = reinterpret_cast<const char *>(anchor);
                f.start = m_scratch.size();
                m_frames.push_back(std::move(f));
                break;
            }
            case YAML_MAPPING_END_EVENT:
            case YAML_SEQUENCE_END_EVENT: {
                Frame f = std::move(m_frames.back());
                m_frames.pop_back();
                const std::size_t count = m_scratch.size() - f.start;
                std::uint64_t expanded = 1;
                for (std::size_t i = f.start; i < m_scratch.size(); ++i)
                    expanded = std::min(Saturate, expanded + m_expanded[i]);
                f.node.a = std::uint32_t(m_doc.m_nodes.size());
                f.node.b = std::uint32_t(count);
                // A piece's root is checked once the two pieces are joined.
                if (f.node.kind == NodeKind::Mapping && !(m_piece && m_frames.empty())) {
                    if (m_piece && m_frames.size() == 1)
                        m_piece->lastTopMappingDiagnostics = m_doc.m_diagnostics.size();
                    m_doc.finishMapping(f.node, m_scratch.data() + f.start, std::uint32_t(count));
                }
                m_doc.m_nodes.insert(m_doc.m_nodes.end(), m_scratch.begin() + std::ptrdiff_t(f.start), m_scratch.end());
                m_scratch.resize(f.start);
                m_expanded.resize(f.start);
                push(f.node, expanded, f.anchor);
                break;
            }
            case YAML_SCALAR_EVENT: {
                if (m_piece && (m_frames.empty() || e.data.scalar.tag || e.data.scalar.anchor))
                    return pieceRefused();
                Node n;
                n.pos = std::uint32_t(e.start_mark.line + 1);
                n.column = std::uint32_t(e.start_mark.column + 1);
                switch (e.data.scalar.style) {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: n.style = ScalarStyle::SingleQuoted; break;
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: n.style = ScalarStyle::DoubleQuoted; break;
                case YAML_LITERAL_SCALAR_STYLE: n.style = ScalarStyle::Literal; break;
                case YAML_FOLDED_SCALAR_STYLE: n.style = ScalarStyle::Folded; break;
                default: n.style = ScalarStyle::Plain; break;
                }
                // A plain scalar tagged "!" is a non-specific string; libyaml reports it as a tag.
                n.tag = internTag(e.data.scalar.tag);
                n.a = std::uint32_t(m_doc.m_arena.size());
                n.b = std::uint32_t(e.data.scalar.length);
                n.flags = Node::FlagArena;
                m_doc.m_arena.append(reinterpret_cast<const char *>(e.data.scalar.value), e.data.scalar.length);
                const yaml_char_t *anchor = e.data.scalar.anchor;
                push(n, 1, anchor ? std::string(reinterpret_cast<const char *>(anchor)) : std::string());
                break;
            }
            case YAML_ALIAS_EVENT: {
                if (m_piece)
                    return pieceRefused();
                const std::string name(reinterpret_cast<const char *>(e.data.alias.anchor));
                const auto it = m_anchors.find(name);
                if (it == m_anchors.end())
                    return errorAt(e.start_mark, Tr::tr("alias '*%1' refers to an undefined or enclosing anchor")
                                                     .arg(QString::fromStdString(name)));
                m_aliasExpanded = std::min(Saturate, m_aliasExpanded + it->second.expanded);
                if (m_aliasExpanded > m_options.maxAliasExpansion)
                    return errorAt(e.start_mark, Tr::tr("aliases expand to more than %1 nodes (alias bomb?)")
                                                     .arg(m_options.maxAliasExpansion));
                // Share the anchored node (its children stay where they are); report it here.
                Node n = it->second.node;
                n.pos = std::uint32_t(e.start_mark.line + 1);
                n.column = std::uint32_t(e.start_mark.column + 1);
                push(n, it->second.expanded, {});
                break;
            }
            default:
                break;
            }
        }
    }

private:
    struct Anchor
    {
        Node node;
        std::uint64_t expanded = 1;
    };

    void push(const Node &n, std::uint64_t expanded, const std::string &anchor)
    {
        m_scratch.push_back(n);
        m_expanded.push_back(expanded);
        if (!anchor.empty())
            m_anchors[anchor] = Anchor{n, expanded};
    }

    std::uint16_t internTag(const yaml_char_t *tag)
    {
        if (!tag)
            return 0;
        const std::string_view t(reinterpret_cast<const char *>(tag));
        const auto it = m_tagIndex.find(std::string(t));
        if (it != m_tagIndex.end())
            return it->second;
        if (m_doc.m_tags.size() >= 0xFFFE)
            return 0;
        m_doc.m_tags.emplace_back(t);
        const auto index = std::uint16_t(m_doc.m_tags.size());
        m_tagIndex.emplace(std::string(t), index);
        return index;
    }

    Error errorAt(const yaml_mark_t &mark, const QString &message)
    {
        return makeError(message, QStringLiteral("%1:%2:%3").arg(m_doc.m_displayName).arg(mark.line + 1).arg(mark.column + 1));
    }

    static Error pieceRefused() { return makeError(QStringLiteral("piece refused")); }

    Error parserError(const yaml_parser_t &p)
    {
        if (m_piece)
            return pieceRefused(); // the single parse that follows reports the error exactly
        const QString problem = p.problem ? QString::fromUtf8(p.problem) : Tr::tr("unknown problem");
        if (p.error == YAML_READER_ERROR) {
            // Reader errors (bad encoding, control characters) carry a byte offset, not a mark.
            const Position pos = m_doc.positionOfOffset(p.problem_offset);
            return makeError(Tr::tr("YAML error: %1").arg(problem),
                             QStringLiteral("%1:%2:%3").arg(m_doc.m_displayName).arg(pos.line).arg(pos.column));
        }
        if (p.error == YAML_MEMORY_ERROR)
            return makeError(Tr::tr("YAML error: out of memory"), m_doc.m_displayName);
        QString message = problem;
        if (p.context)
            message = QStringLiteral("%1 %2").arg(QString::fromUtf8(p.context), problem);
        return errorAt(p.problem_mark, Tr::tr("YAML syntax error: %1").arg(message));
    }

    /**
     * The prefix and input copied into one NUL-padded buffer that `parser` reads directly
     * (Parser::adopt) when libyaml's reader would pass them through unchanged; null otherwise.
     */
    DirectText adoptDirectInput(Parser &parser) const
    {
        const std::size_t bytes = m_prefix.size() + m_size;
        DirectText text;
        try {
            text = DirectText(static_cast<char *>(allocateBig(bytes + Parser::DirectPadding)), BigDeleter{bytes + Parser::DirectPadding});
        } catch (const std::bad_alloc &) {
            return nullptr; // libyaml's reader needs only its small buffers
        }
        auto *u = reinterpret_cast<unsigned char *>(text.get());
        if (!m_prefix.empty())
            std::memcpy(u, m_prefix.data(), m_prefix.size());
        if (m_size)
            std::memcpy(u + m_prefix.size(), m_input, m_size);
        std::memset(u + bytes, 0, Parser::DirectPadding);
        const std::int64_t chars = readerCharacters(u, bytes);
        if (chars < 0)
            return nullptr;
        parser.adopt(u, bytes, chars);
        return text;
    }

    /** libyaml's read handler for a prefixed piece: as much of prefix + input as fits. */
    static int readPrefixThenInput(void *data, unsigned char *buffer, std::size_t size, std::size_t *sizeRead)
    {
        auto *self = static_cast<YamlBuilder *>(data);
        std::size_t n = 0;
        if (self->m_fed < self->m_prefix.size()) {
            n = std::min(size, self->m_prefix.size() - self->m_fed);
            std::memcpy(buffer, self->m_prefix.data() + self->m_fed, n);
            self->m_fed += n;
        }
        const std::size_t at = self->m_fed - self->m_prefix.size();
        if (n < size && self->m_fed >= self->m_prefix.size() && at < self->m_size) {
            const std::size_t more = std::min(size - n, self->m_size - at);
            std::memcpy(buffer + n, self->m_input + at, more);
            self->m_fed += more;
            n += more;
        }
        *sizeRead = n;
        return 1;
    }

    Document &m_doc;
    const ParseOptions &m_options;
    std::string_view m_prefix;
    std::size_t m_fed = 0; ///< bytes of prefix + input handed to libyaml so far
    const char *m_input;
    std::size_t m_size;
    Piece *m_piece = nullptr;
    std::vector<Node> m_scratch;
    std::vector<std::uint64_t> m_expanded;
    std::vector<Frame> m_frames;
    std::unordered_map<std::string, Anchor> m_anchors;
    std::unordered_map<std::string, std::uint16_t> m_tagIndex;
    std::uint64_t m_aliasExpanded = 0;
};

} // namespace detail


namespace {

/**
 * A node of the second piece moved into the joined document: its line after the first piece's,
 * its text after the first piece's arena, its children (containers) by `childShift`.
 */
Node movedNode(Node n, std::uint32_t lineShift, std::uint32_t arenaShift, std::uint32_t childShift)
{
    n.pos += lineShift;
    if (n.kind == NodeKind::Scalar) {
        if (n.flags & Node::FlagArena)
            n.a += arenaShift;
    } else {
        n.a += childShift;
    }
    return n;
}

} // namespace

/**
 * libyaml's event loop is most of the time of a large YAML import (~70 MB/s), so a large document
 * is parsed as two pieces on two threads, each by its own libyaml parser, when that provably gives
 * the same tree as one parser: the document is a block mapping at column 0 and the split is at a
 * line that starts with a plain key character in column 0. In block context such a line ends every
 * scalar and every nested collection (plain and block scalars need indentation >= 1 there); a line
 * inside a quoted scalar or a flow collection would leave the first piece unterminated, which is an
 * error and means "parse as one". Each piece must be exactly one implicit document with a block
 * mapping root (the second starting at its line 0, column 0), no tags, anchors or aliases
 * (an alias could refer to the other piece), no parse error, and the second piece no warning (its
 * messages would carry piece-relative lines). The first piece's STREAM-END mark gives the line the
 * second piece starts on; columns are unchanged because the split is at a line start. The roots are
 * then joined and checked for duplicate keys as one mapping. If any condition fails, the document
 * is parsed by one parser as before, so errors and their positions are always the single parser's.
 */
bool YamlReader::parseInPieces(Document &document, const ParseOptions &options)
{
    const std::size_t size = document.m_size;
    const char *buffer = document.m_buffer.get();
    if (!buffer || options.parallelYamlMinBytes < 0 || size < std::size_t(options.parallelYamlMinBytes)
        || (options.yamlSplitOffset == 0 && std::thread::hardware_concurrency() < 2))
        return false;
    const auto *u = reinterpret_cast<const unsigned char *>(buffer);
    // Byte-order marks (UTF-16 input, or a UTF-8 mark the first piece would consume): one parser.
    if (size >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE) || u[0] == 0 || u[1] == 0))
        return false;
    if (size >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return false;
    auto keyStart = [](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    // The candidate line nearest to the middle (after yamlSplitOffset when a test sets one), no
    // farther from it than `window`: the first at or after it, or one before it that is closer.
    const std::size_t middle = std::max<std::size_t>(1, options.yamlSplitOffset ? options.yamlSplitOffset : size / 2);
    auto columnZero = [&](std::size_t window) -> std::size_t {
        std::size_t found = 0;
        for (std::size_t from = middle - 1; from < size && from - (middle - 1) <= window;) { // the line starting at middle counts
            const void *nl = std::memchr(buffer + from, '\n', size - from);
            if (!nl)
                break;
            const std::size_t next = std::size_t(static_cast<const char *>(nl) - buffer) + 1;
            if (next - middle > window)
                break;
            if (next < size && keyStart(u[next])) {
                found = next;
                break;
            }
            from = next;
        }
        if (options.yamlSplitOffset)
            return found;
        const std::size_t limit = found ? found - middle : window + 1; // strictly closer than that
        for (std::size_t at = middle; at > 0 && middle - at < limit;) {
            if (buffer[at - 1] == '\n') {
                if (keyStart(u[at]))
                    return at;
                --at;
                continue;
            }
            const void *nl = memrchr(buffer, '\n', at - 1); // back to the start of the line
            at = nl ? std::size_t(static_cast<const char *>(nl) - buffer) + 1 : 0;
        }
        return found;
    };
    // OpenAPI documents have few root keys and one of them ("paths") holds half the document, so
    // the nearest column-0 line is often far from the middle (more than an eighth of the size).
    // Then split inside that key's mapping instead (see IndentedSplit); a test asks for it with
    // yamlSplitIndented. Only when there is neither does a far column-0 line do.
    std::size_t split = 0;
    if (!options.yamlSplitIndented)
        split = columnZero(options.yamlSplitOffset ? size : size / 8);
    IndentedSplit inner;
    if (options.yamlSplitIndented || (!options.yamlSplitOffset && split == 0)) {
        inner = findIndentedSplit(buffer, size, middle);
        if (inner.split)
            split = inner.split;
        else if (options.yamlSplitIndented)
            return false;
        else
            split = columnZero(size);
    }
    if (split == 0)
        return false;

    // An indented split parses "<root key>:\n" + the rest, so the second piece is a document on
    // its own whose first root entry continues the first piece's last one.
    const std::string_view secondPrefix = inner.split ? std::string_view(buffer + inner.prefixStart, inner.prefixSize)
                                                      : std::string_view();
    const std::size_t secondSize = secondPrefix.size() + (size - split);

    Document second;
    second.m_displayName = document.m_displayName;
    second.m_nodes.reserve(secondSize / 24 + 16);
    second.m_arena.reserve(secondSize / 2 + 16);
    detail::Piece firstPiece, secondPiece;
    secondPiece.second = true;
    Result<void> secondResult;
    HelperTask worker;
    if (!worker.start([&] {
            detail::YamlBuilder builder(second, options, secondPrefix, buffer + split, size - split, &secondPiece);
            secondResult = builder.run();
        }))
        return false; // no thread to be had (limits, memory): one parse
    const qsizetype diagnosticsBefore = document.m_diagnostics.size();
    // Room for the joined document too (the second piece's nodes and text are appended in
    // place): reserved address space, touched only as far as it is used.
    document.m_nodes.reserve(size / 16 + 16);
    document.m_arena.reserve(size + 16);
    Result<void> firstResult;
    {
        detail::YamlBuilder builder(document, options, std::string_view(), buffer, split, &firstPiece);
        firstResult = builder.run();
    }
    worker.join();

    auto refuse = [&] {
        document.m_nodes.clear();
        document.m_roots.clear();
        document.m_arena.clear();
        document.m_tags.clear();
        document.m_diagnostics.resize(diagnosticsBefore);
        return false;
    };
    const bool joinable = firstResult.ok() && secondResult.ok() && firstPiece.end.column == 0
        && second.m_diagnostics.isEmpty() && document.m_tags.empty() && second.m_tags.empty()
        && document.m_roots.size() == 1 && second.m_roots.size() == 1
        && document.m_roots[0] == document.m_nodes.size() - 1 && second.m_roots[0] == second.m_nodes.size() - 1;
    const Node rootA = joinable ? document.m_nodes.back() : Node();
    const Node rootB = joinable ? second.m_nodes.back() : Node();
    if (!joinable || rootA.kind != NodeKind::Mapping || rootB.kind != NodeKind::Mapping
        || rootA.a + rootA.b != document.m_nodes.size() - 1 || rootB.a + rootB.b != second.m_nodes.size() - 1)
        return refuse();
    if (inner.split)
        return joinIndented(document, second, firstPiece, inner) || refuse();

    // Layout: [first's inner nodes][second's inner nodes][first's root entries][second's root
    // entries][root], so the joined root's entries are contiguous like any mapping's.
    const auto lineShift = std::uint32_t(firstPiece.end.line);
    const auto arenaShift = std::uint32_t(document.m_arena.size());
    const std::uint32_t innerA = rootA.a, innerB = rootB.a;
    auto shifted = [&](Node n) { return movedNode(n, lineShift, arenaShift, innerA); };
    // In place: the first piece's inner nodes stay where they are; only its root entries (a
    // handful) move behind the second piece's inner nodes.
    std::vector<Node, detail::BigAllocator<Node>> &nodes = document.m_nodes;
    const std::vector<Node> entriesA(nodes.begin() + innerA, nodes.end() - 1);
    nodes.resize(innerA);
    nodes.reserve(std::size_t(innerA) + second.m_nodes.size() + entriesA.size());
    for (std::uint32_t i = 0; i < innerB; ++i)
        nodes.push_back(shifted(second.m_nodes[i]));
    nodes.insert(nodes.end(), entriesA.begin(), entriesA.end());
    for (std::uint32_t i = innerB; i < innerB + rootB.b; ++i)
        nodes.push_back(shifted(second.m_nodes[i]));
    document.m_arena.append(second.m_arena);
    installJoinedRoot(document, rootA, innerA + innerB, rootA.b + rootB.b);
    return true;
}

void YamlReader::installJoinedRoot(Document &document, Node root, std::uint32_t first, std::uint32_t count)
{
    root.a = first;
    root.b = count;
    root.flags = 0;
    document.finishMapping(root, document.m_nodes.data() + root.a, root.b);
    document.m_nodes.push_back(root);
    document.m_roots.assign(1, NodeId(document.m_nodes.size() - 1));
    document.m_parsedInPieces = true;
}

/**
 * An indented split: the line at `split` starts, after exactly `indent` spaces, with a plain key
 * character or a quote, and the last column-0 line before it (at prefixStart, prefixSize bytes with its
 * newline) is "key:" alone. If the first piece's last root entry is that key with a block mapping
 * at column indent + 1, the split line is an entry of that mapping: a line indented `indent`
 * ends every deeper block node, and a quoted scalar or flow collection left open is an error. The
 * second piece is "key:\n" followed by the rest; its first root entry must be the same key with a
 * mapping at the same column starting on its second line. The joined mapping is the first
 * piece's entries followed by the second's, checked for duplicate keys as one mapping.
 */
YamlReader::IndentedSplit YamlReader::findIndentedSplit(const char *buffer, std::size_t size, std::size_t middle)
{
    IndentedSplit none;
    const auto *u = reinterpret_cast<const unsigned char *>(buffer);
    auto lineStart = [&](std::size_t at) {
        const void *nl = at ? memrchr(buffer, '\n', at) : nullptr;
        return nl ? std::size_t(static_cast<const char *>(nl) - buffer) + 1 : 0;
    };
    auto topLevel = [&](std::size_t at) { // a column-0 line that is neither blank nor a comment
        return at < size && u[at] != ' ' && u[at] != '\t' && u[at] != '\n' && u[at] != '\r' && u[at] != '#';
    };
    // The last column-0 line at or before the middle.
    std::size_t prefix = lineStart(std::min(middle, size));
    while (!topLevel(prefix)) {
        if (prefix == 0)
            return none;
        prefix = lineStart(prefix - 1);
    }
    // It must be "key:" alone: a plain key, the value on the following lines.
    std::size_t i = prefix;
    while (i < size && ((u[i] >= 'a' && u[i] <= 'z') || (u[i] >= 'A' && u[i] <= 'Z') || (u[i] >= '0' && u[i] <= '9') || u[i] == '_' || u[i] == '-'))
        ++i;
    if (i == prefix || i >= size || u[i] != ':')
        return none;
    ++i;
    while (i < size && u[i] == ' ')
        ++i;
    if (i >= size || u[i] != '\n')
        return none;
    const std::size_t prefixEnd = i + 1;
    // The indentation of the mapping: the first content line after the key line.
    std::size_t indent = 0;
    for (std::size_t at = prefixEnd; at < size;) {
        std::size_t k = at;
        while (k < size && u[k] == ' ')
            ++k;
        if (k < size && u[k] != '\n' && u[k] != '#') {
            indent = k - at;
            break;
        }
        const void *nl = std::memchr(buffer + k, '\n', size - k);
        if (!nl)
            return none;
        at = std::size_t(static_cast<const char *>(nl) - buffer) + 1;
    }
    if (indent == 0 || indent > 16)
        return none;
    // The first line at or after the middle indented exactly so and starting a plain key.
    for (std::size_t at = std::max(lineStart(middle), prefixEnd); at < size;) {
        std::size_t k = at;
        while (k < size && u[k] == ' ')
            ++k;
        if (at > prefixEnd && k - at == indent && k < size) {
            const unsigned char c = u[k];
            // Plain or quoted keys (Stripe quotes its paths): a quote left open in the first
            // piece is an error there, so a quoted scalar spanning the split cannot pass.
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '/'
                || c == '"' || c == '\'')
                return IndentedSplit{at, prefix, prefixEnd - prefix, std::uint32_t(indent)};
        }
        if (topLevel(at) && at > prefix)
            return none; // past the key's mapping
        const void *nl = std::memchr(buffer + at, '\n', size - at);
        if (!nl)
            return none;
        at = std::size_t(static_cast<const char *>(nl) - buffer) + 1;
    }
    return none;
}

bool YamlReader::joinIndented(Document &document, Document &second, const detail::Piece &firstPiece, const IndentedSplit &split)
{
    const Node rootA = document.m_nodes.back();
    const Node rootB = second.m_nodes.back();
    if (rootA.b < 2 || rootB.b < 2)
        return false;
    const Node &keyA = document.m_nodes[rootA.a + rootA.b - 2];
    const Node mapA = document.m_nodes[rootA.a + rootA.b - 1];
    const Node &keyB = second.m_nodes[rootB.a];
    const Node mapB = second.m_nodes[rootB.a + 1];
    const std::string_view key(document.m_buffer.get() + split.prefixStart,
                               std::string_view(document.m_buffer.get() + split.prefixStart, split.prefixSize).find(':'));
    // The first piece's last entry and the second's first: the same key, each with a mapping
    // at the split's column, the second's starting on the line after the key (the split line).
    if (keyA.kind != NodeKind::Scalar || keyA.style != ScalarStyle::Plain || document.nodeText(keyA) != key
        || keyA.column != 1 || keyB.kind != NodeKind::Scalar || keyB.style != ScalarStyle::Plain
        || second.nodeText(keyB) != key || keyB.pos != 1 || keyB.column != 1 || mapA.kind != NodeKind::Mapping
        || mapB.kind != NodeKind::Mapping || mapA.column != split.indent + 1 || mapB.column != split.indent + 1
        || mapB.pos != 2 || mapA.b == 0 || mapB.b == 0 || firstPiece.lastTopMappingDiagnostics < 0
        || mapA.a + mapA.b != rootA.a || mapB.a + mapB.b > rootB.a)
        return false;

    // Second piece line 2 is the split line, whose 1-based line in the whole is end.line + 1.
    const auto lineShift = std::uint32_t(firstPiece.end.line - 1);
    const auto arenaShift = std::uint32_t(document.m_arena.size());
    // Layout: [first's inner nodes][second's nodes before its mapping's entries][the joined
    // mapping's entries: first's, second's][second's other inner nodes][root entries][root].
    const std::uint32_t innerA = mapA.a;   // first's nodes before its mapping's entries
    const std::uint32_t entriesB = mapB.a; // second's nodes before its mapping's entries
    auto shifted = [&](Node n) { return movedNode(n, lineShift, arenaShift, innerA + (n.a >= entriesB ? mapA.b : 0)); };
    // In place: the first piece's inner nodes stay where they are; its mapping's entries and
    // root entries (hundreds, not the bulk) move behind the second piece's nodes.
    std::vector<Node, detail::BigAllocator<Node>> &nodes = document.m_nodes;
    const std::vector<Node> entriesA(nodes.begin() + mapA.a, nodes.begin() + mapA.a + mapA.b);
    const std::vector<Node> rootEntriesA(nodes.begin() + rootA.a, nodes.begin() + rootA.a + rootA.b);
    nodes.resize(innerA);
    nodes.reserve(std::size_t(innerA) + entriesA.size() + rootEntriesA.size() + second.m_nodes.size());
    for (std::uint32_t i = 0; i < entriesB; ++i)
        nodes.push_back(shifted(second.m_nodes[i]));
    const auto mapStart = std::uint32_t(nodes.size());
    nodes.insert(nodes.end(), entriesA.begin(), entriesA.end());
    for (std::uint32_t i = mapB.a; i < rootB.a; ++i) // the mapping's entries, then other inner nodes
        nodes.push_back(shifted(second.m_nodes[i]));
    const auto rootStart = std::uint32_t(nodes.size());
    nodes.insert(nodes.end(), rootEntriesA.begin(), rootEntriesA.end());
    for (std::uint32_t i = rootB.a + 2; i < rootB.a + rootB.b; ++i)
        nodes.push_back(shifted(second.m_nodes[i]));
    document.m_arena.append(second.m_arena);

    // The first piece checked its part of the mapping; check the joined mapping instead, in the
    // same place of the diagnostics (nothing was reported after it but the unchecked root).
    document.m_diagnostics.resize(firstPiece.lastTopMappingDiagnostics);
    Node map = mapA;
    map.a = mapStart;
    map.b = mapA.b + mapB.b;
    map.flags = 0;
    document.finishMapping(map, nodes.data() + map.a, map.b);
    nodes[rootStart + rootA.b - 1] = map;
    installJoinedRoot(document, rootA, rootStart, rootA.b + rootB.b - 2);
    return true;
}

Result<void> YamlReader::read(Document &document, const ParseOptions &options)
{
    document.m_format = Format::Yaml;
    document.m_nodes.clear();
    document.m_roots.clear();
    document.m_arena.clear();
    if (parseInPieces(document, options))
        return {};
    document.m_nodes.reserve(document.m_size / 24 + 16);
    document.m_arena.reserve(document.m_size / 2 + 16);
    detail::YamlBuilder builder(document, options);
    return builder.run();
}

} // namespace tw::doc
