// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/common/jsonreader.h"

#include "common/helperthread.h"

#include "common/utf8.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <system_error>
#include <thread>

namespace tw::doc {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::OpenApi)
};

inline bool isWs(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/**
 * The end of a token that starts at `start` and is followed, after white space, by the
 * structural character at `next`. Pretty-printed specs put long runs of indentation before a
 * closing bracket; those are skipped eight spaces at a time.
 */
inline std::uint32_t tokenEnd(const char *base, std::uint32_t start, std::uint32_t next)
{
    std::uint32_t end = next;
    while (end >= start + 8) {
        std::uint64_t w;
        std::memcpy(&w, base + end - 8, 8);
        if (w != 0x2020202020202020ull)
            break;
        end -= 8;
    }
    while (end > start && isWs(base[end - 1]))
        --end;
    return end;
}

bool isJsonNumber(std::string_view s)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    if (i < n && s[i] == '-')
        ++i;
    if (i >= n)
        return false;
    if (s[i] == '0') {
        ++i;
    } else if (s[i] >= '1' && s[i] <= '9') {
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
    } else {
        return false;
    }
    if (i < n && s[i] == '.') {
        ++i;
        const std::size_t f = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == f)
            return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            ++i;
        const std::size_t e = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == e)
            return false;
    }
    return i == n;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/**
 * Slow, exact validator used only after simdjson refused a text: it names the first problem and
 * its byte offset. Recursion is bounded by maxDepth, so hostile nesting cannot exhaust the stack.
 */
class ErrorLocator
{
public:
    ErrorLocator(std::string_view s, int maxDepth) : m_s(s), m_maxDepth(maxDepth) {}

    void run()
    {
        const std::int64_t bad = firstInvalidUtf8(m_s);
        if (bad >= 0) {
            fail(std::size_t(bad), Tr::tr("invalid UTF-8 byte sequence"));
            return;
        }
        if (m_s.substr(0, 3) == "\xEF\xBB\xBF")
            m_i = 3;
        ws();
        if (m_i >= m_s.size()) {
            fail(m_i, Tr::tr("empty JSON document"));
            return;
        }
        if (!value(1))
            return;
        ws();
        if (m_i < m_s.size())
            fail(m_i, Tr::tr("unexpected content after the JSON value"));
    }

    bool failed = false;
    std::size_t offset = 0;
    QString message;

private:
    bool fail(std::size_t at, const QString &why)
    {
        if (!failed) {
            failed = true;
            offset = at;
            message = why;
        }
        return false;
    }
    void ws()
    {
        while (m_i < m_s.size() && isWs(m_s[m_i]))
            ++m_i;
    }
    bool literal(std::string_view word)
    {
        if (m_s.substr(m_i, word.size()) != word)
            return fail(m_i, Tr::tr("invalid literal"));
        m_i += word.size();
        return true;
    }
    bool string()
    {
        const std::size_t start = m_i++;
        while (m_i < m_s.size()) {
            const unsigned char c = static_cast<unsigned char>(m_s[m_i]);
            if (c == '"') {
                ++m_i;
                return true;
            }
            if (c < 0x20)
                return fail(m_i, Tr::tr("control character in string"));
            if (c == '\\') {
                ++m_i;
                if (m_i >= m_s.size())
                    break;
                const char e = m_s[m_i];
                if (e == 'u') {
                    for (int k = 1; k <= 4; ++k)
                        if (m_i + std::size_t(k) >= m_s.size() || hexValue(m_s[m_i + std::size_t(k)]) < 0)
                            return fail(m_i - 1, Tr::tr("invalid \\u escape"));
                    m_i += 4;
                } else if (!std::strchr("\"\\/bfnrt", e) || e == 0) {
                    return fail(m_i - 1, Tr::tr("invalid escape sequence"));
                }
            }
            ++m_i;
        }
        return fail(start, Tr::tr("unterminated string"));
    }
    bool number()
    {
        const std::size_t start = m_i;
        while (m_i < m_s.size() && (std::strchr("+-.eE", m_s[m_i]) || (m_s[m_i] >= '0' && m_s[m_i] <= '9')) && m_s[m_i])
            ++m_i;
        if (!isJsonNumber(m_s.substr(start, m_i - start)))
            return fail(start, Tr::tr("invalid number"));
        return true;
    }
    bool value(int depth)
    {
        ws();
        if (m_i >= m_s.size())
            return fail(m_i, Tr::tr("unexpected end of input"));
        const char c = m_s[m_i];
        if (c == '{' || c == '[') {
            if (depth > m_maxDepth)
                return fail(m_i, Tr::tr("nesting deeper than %1 levels").arg(m_maxDepth));
            const char close = c == '{' ? '}' : ']';
            ++m_i;
            ws();
            if (m_i < m_s.size() && m_s[m_i] == close) {
                ++m_i;
                return true;
            }
            for (;;) {
                if (c == '{') {
                    ws();
                    if (m_i >= m_s.size() || m_s[m_i] != '"')
                        return fail(m_i, Tr::tr("expected a string key"));
                    if (!string())
                        return false;
                    ws();
                    if (m_i >= m_s.size() || m_s[m_i] != ':')
                        return fail(m_i, Tr::tr("expected ':'"));
                    ++m_i;
                }
                if (!value(depth + 1))
                    return false;
                ws();
                if (m_i < m_s.size() && m_s[m_i] == ',') {
                    ++m_i;
                    continue;
                }
                if (m_i < m_s.size() && m_s[m_i] == close) {
                    ++m_i;
                    return true;
                }
                return fail(m_i, c == '{' ? Tr::tr("expected ',' or '}'") : Tr::tr("expected ',' or ']'"));
            }
        }
        if (c == '"')
            return string();
        if (c == 't')
            return literal("true");
        if (c == 'f')
            return literal("false");
        if (c == 'n')
            return literal("null");
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        return fail(m_i, Tr::tr("unexpected character"));
    }

    std::string_view m_s;
    int m_maxDepth;
    std::size_t m_i = 0;
};

} // namespace

namespace detail {

/**
 * A large document's nodes are built by two threads (see JsonReader::read). The worker starts just
 * after the first ',' past the middle token and builds to the end of the document without knowing
 * which containers are open there: stage 1 has already told strings from structure, so the stack
 * is the only unknown. Whenever its own nesting runs out and a closing bracket comes, it closes
 * one of those outer containers, a level, and keeps what it built inside it. The main builder
 * builds up to the same token; when its stack there matches the levels (count, kinds, depth limit)
 * it closes its open containers with the worker's entries, exactly as one builder would have, and
 * is done. Otherwise it drops the part and goes on alone, finding any error itself.
 */
struct JsonSplit
{
    /** An outer container the worker closed: innermost first. */
    struct Level
    {
        NodeKind kind = NodeKind::Mapping;
        /// Its children built by the worker; above level 0 the first one stands for the level
        /// below, which the main builder pushes itself when it closes that level.
        std::vector<Node> entries;
        std::size_t nodesEnd = 0;     ///< part.m_nodes.size() when the level closed
        qsizetype diagnosticsEnd = 0; ///< part.m_diagnostics.size() then
    };

    std::uint32_t start = 0;           ///< the worker's first token, just after a ','
    NodeKind kind = NodeKind::Mapping; ///< of the container holding `start` (level 0)
    std::atomic<bool> abandon{false};  ///< the main builder will not use the part
    bool ok = false;                   ///< built without error to the end of the input
    bool endsAtTop = false;            ///< nothing but the last level's container after it
    int deepestOpen = -1;              ///< max over the worker's opens of (own depth - levels closed)
    Document part;                     ///< nodes (in level order), arena and warnings of the part
    std::vector<Level> levels;
};

/**
 * Builds nodes from simdjson's stage-1 output: the byte offset of every structural character and
 * of the first byte of every scalar. One iterative pass with an explicit stack, so nesting never
 * recurses; every node's position is the offset of its token.
 */
class JsonBuilder
{
public:
    JsonBuilder(Document &d, const ParseOptions &o, const char *base, std::size_t size)
        : m_doc(d), m_options(o), m_base(base), m_size(size)
    {
    }

    enum class State { Value, Key, AfterValue };

    /** Main builder: takes the worker's part at split->start when the stacks match. */
    void useSplit(JsonSplit *split) { m_split = split; }

    /** The kind of container a ',' at token `comma` separates entries of. */
    static NodeKind kindAfterComma(const char *base, const std::uint32_t *idx, std::uint32_t n, std::uint32_t comma)
    {
        // A mapping's next entry is a string followed by ':'; a sequence item never is.
        return comma + 2 < n && base[idx[comma + 1]] == '"' && base[idx[comma + 2]] == ':' ? NodeKind::Mapping
                                                                                           : NodeKind::Sequence;
    }

    /** Worker: builds from split.start to the end of the input; false on any error. */
    bool runPart(const std::uint32_t *idx, std::uint32_t n, JsonSplit &split)
    {
        m_part = &split;
        m_levelKind = split.kind;
        m_abandon = &split.abandon;
        if (!run(idx, n, split.start, split.kind == NodeKind::Mapping ? State::Key : State::Value))
            return false;
        split.endsAtTop = !split.levels.empty() && m_scratch.size() == 1 && !m_levelKind;
        return true;
    }

    bool run(const std::uint32_t *idx, std::uint32_t n) { return run(idx, n, 0, State::Value); }

    bool run(const std::uint32_t *idx, std::uint32_t n, std::uint32_t i, State state)
    {
        std::uint32_t stopAt = m_split ? m_split->start : UINT32_MAX; // main builder: the worker's start
        std::uint32_t poll = 4096;
        while (true) {
            if (m_abandon && --poll == 0) {
                poll = 4096;
                if (m_abandon->load(std::memory_order_relaxed))
                    return false;
            }
            if (i == stopAt) {
                stopAt = UINT32_MAX;
                if (takeSplit(state)) {
                    i = n; // every container is closed: only the end of the input can follow
                    state = State::AfterValue;
                    continue;
                }
            }
            if (i >= n) {
                if (m_part) // worker: whether the levels fit is the main builder's to judge
                    return state == State::AfterValue && m_frames.empty();
                if (state == State::AfterValue && m_frames.empty())
                    return true;
                return fail(m_size, Tr::tr("unexpected end of input"));
            }
            const std::uint32_t pos = idx[i];
            const char c = m_base[pos];
            switch (state) {
            case State::Value:
                if (c == '{' || c == '[') {
                    if (int(m_frames.size()) >= m_options.maxDepth)
                        return fail(pos, Tr::tr("nesting deeper than %1 levels").arg(m_options.maxDepth));
                    if (m_part)
                        m_part->deepestOpen = std::max(m_part->deepestOpen, int(m_frames.size()) - int(m_part->levels.size()));
                    Frame f;
                    f.node.pos = pos;
                    f.node.kind = c == '{' ? NodeKind::Mapping : NodeKind::Sequence;
                    f.start = m_scratch.size();
                    m_frames.push_back(f);
                    ++i;
                    const char next = i < n ? m_base[idx[i]] : 0;
                    if ((c == '{' && next == '}') || (c == '[' && next == ']')) {
                        ++i;
                        close();
                        state = State::AfterValue;
                    } else {
                        state = c == '{' ? State::Key : State::Value;
                    }
                    break;
                }
                if (c == '"') {
                    if (!string(pos, idx[i + 1]))
                        return false;
                } else if (!scalar(pos, idx[i + 1])) {
                    return false;
                }
                ++i;
                state = State::AfterValue;
                break;
            case State::Key:
                if (c != '"')
                    return fail(pos, Tr::tr("expected a string key"));
                if (!string(pos, idx[i + 1]))
                    return false;
                ++i;
                if (i >= n || m_base[idx[i]] != ':')
                    return fail(i < n ? idx[i] : m_size, Tr::tr("expected ':'"));
                ++i;
                state = State::Value;
                break;
            case State::AfterValue:
                if (m_frames.empty()) {
                    if (!m_part)
                        return fail(pos, Tr::tr("unexpected content after the JSON value"));
                    if (!levelToken(idx, n, i, state))
                        return false;
                    break;
                }
                {
                    const bool mapping = m_frames.back().node.kind == NodeKind::Mapping;
                    if (c == ',') {
                        ++i;
                        state = mapping ? State::Key : State::Value;
                    } else if ((mapping && c == '}') || (!mapping && c == ']')) {
                        ++i;
                        close();
                    } else {
                        return fail(pos, mapping ? Tr::tr("expected ',' or '}'") : Tr::tr("expected ',' or ']'"));
                    }
                }
                break;
            }
        }
    }

    /** Called by the owner of the worker thread once it has joined. */
    std::function<void()> joinWorker;

    NodeId rootNode()
    {
        m_doc.m_nodes.push_back(m_scratch.front());
        return NodeId(m_doc.m_nodes.size() - 1);
    }

    std::size_t m_errorOffset = 0;
    QString m_message;

private:
    struct Frame
    {
        Node node;
        std::size_t start = 0;
    };

    /** Worker, after a value with none of its own containers open: the token at an outer level. */
    bool levelToken(const std::uint32_t *idx, std::uint32_t n, std::uint32_t &i, State &state)
    {
        const char c = m_base[idx[i]];
        if (c == ',') {
            if (!m_levelKind)
                m_levelKind = kindAfterComma(m_base, idx, n, i);
            ++i;
            state = *m_levelKind == NodeKind::Mapping ? State::Key : State::Value;
            return true;
        }
        if (c != '}' && c != ']')
            return false;
        const NodeKind closing = c == '}' ? NodeKind::Mapping : NodeKind::Sequence;
        if (m_levelKind && *m_levelKind != closing)
            return false;
        if (int(m_part->levels.size()) >= m_options.maxDepth)
            return false; // no document nests this deep: not worth keeping
        JsonSplit::Level level;
        level.kind = closing;
        level.entries = std::move(m_scratch);
        level.nodesEnd = m_doc.m_nodes.size();
        level.diagnosticsEnd = m_doc.m_diagnostics.size();
        m_part->levels.push_back(std::move(level));
        m_scratch.clear();
        m_scratch.push_back(Node{}); // the closed container, as an entry of the next level out
        m_levelKind.reset();
        ++i;
        state = State::AfterValue;
        return true;
    }

    void dropSplit()
    {
        if (!m_split)
            return;
        m_split->abandon.store(true, std::memory_order_relaxed);
        m_split = nullptr;
    }

    /**
     * Main builder at split->start: closes every open container with the worker's entries, when
     * this builder's stack is the one the worker's levels describe.
     */
    bool takeSplit(State state)
    {
        JsonSplit &split = *m_split;
        const std::size_t depth = m_frames.size();
        const State expected = split.kind == NodeKind::Mapping ? State::Key : State::Value;
        if (state != expected || depth == 0 || m_frames.back().node.kind != split.kind) {
            dropSplit();
            return false;
        }
        joinWorker();
        m_split = nullptr;
        if (!split.ok || !split.endsAtTop || split.levels.size() != depth
            || (split.deepestOpen >= 0 && int(depth) + split.deepestOpen >= m_options.maxDepth))
            return false;
        for (std::size_t l = 0; l < depth; ++l) {
            if (split.levels[l].kind != m_frames[depth - 1 - l].node.kind)
                return false;
        }
        // The part's nodes were numbered from 0 and its decoded text from 0 in its own arena.
        // Where they land: after this builder's nodes, and after the children of every level
        // closed before theirs (close() appends a container's children when it closes).
        const auto arenaShift = std::uint32_t(m_doc.m_arena.size());
        m_doc.m_arena.append(split.part.m_arena);
        std::vector<std::uint32_t> shift(depth);
        std::uint32_t next = std::uint32_t(m_doc.m_nodes.size());
        for (std::size_t l = 0; l < depth; ++l) {
            shift[l] = next;
            const std::size_t f = depth - 1 - l;
            const std::size_t mine = (f + 1 < depth ? m_frames[f + 1].start : m_scratch.size()) - m_frames[f].start;
            next += std::uint32_t(mine + split.levels[l].entries.size());
        }
        // `next` has counted the levels' children, which close() appends.
        m_doc.m_nodes.reserve(next + split.part.m_nodes.size());
        std::size_t from = 0;
        qsizetype diagnosticsFrom = 0;
        for (std::size_t l = 0; l < depth; ++l) {
            const JsonSplit::Level &level = split.levels[l];
            const std::uint32_t nodeShift = shift[l];
            auto shifted = [&](Node node) {
                if (node.kind != NodeKind::Scalar)
                    node.a += nodeShift;
                else if (node.flags & Node::FlagArena)
                    node.a += arenaShift;
                return node;
            };
            // Copied whole, then the references moved in place: two tight passes.
            const std::size_t at = m_doc.m_nodes.size();
            m_doc.m_nodes.insert(m_doc.m_nodes.end(), split.part.m_nodes.begin() + std::ptrdiff_t(from),
                                 split.part.m_nodes.begin() + std::ptrdiff_t(level.nodesEnd));
            for (Node *node = m_doc.m_nodes.data() + at, *end = m_doc.m_nodes.data() + m_doc.m_nodes.size(); node != end; ++node)
                *node = shifted(*node);
            from = level.nodesEnd;
            m_doc.m_diagnostics.append(split.part.m_diagnostics.mid(diagnosticsFrom, level.diagnosticsEnd - diagnosticsFrom));
            diagnosticsFrom = level.diagnosticsEnd;
            for (std::size_t k = l == 0 ? 0 : 1; k < level.entries.size(); ++k)
                m_scratch.push_back(shifted(level.entries[k]));
            close();
        }
        m_doc.m_parsedInPieces = true;
        return true;
    }

    bool fail(std::size_t offset, const QString &message)
    {
        m_errorOffset = offset;
        m_message = message;
        return false;
    }

    /** A string token starts at `quote`; it ends at the last quote before the next token. */
    bool string(std::uint32_t quote, std::uint32_t next)
    {
        const std::uint32_t end = tokenEnd(m_base, quote + 1, next);
        if (end <= quote + 1 || m_base[end - 1] != '"')
            return fail(quote, Tr::tr("invalid string"));
        const std::string_view raw(m_base + quote + 1, end - quote - 2);
        Node n;
        n.pos = quote;
        n.style = ScalarStyle::JsonString;
        if (!hasEscape(quote + 1, end - 1)) {
            n.a = quote + 1;
            n.b = std::uint32_t(raw.size());
        } else {
            std::size_t bad = 0;
            const std::size_t at = m_doc.m_arena.size();
            if (!JsonReader::decodeString(raw, m_doc.m_arena, bad))
                return fail(quote + 1 + bad, Tr::tr("invalid escape sequence"));
            n.a = std::uint32_t(at);
            n.b = std::uint32_t(m_doc.m_arena.size() - at);
            n.flags = Node::FlagArena;
        }
        m_scratch.push_back(n);
        return true;
    }

    /**
     * Whether [begin, end) holds a backslash. Strings come in source order, so one running search
     * finds the next backslash for all of them: most strings have none, and a memchr call each
     * cost as much as the rest of the string's work (12 M instructions for GitHub's 400,000).
     */
    bool hasEscape(std::size_t begin, std::size_t end)
    {
        if (m_nextEscape < begin) {
            const void *at = std::memchr(m_base + begin, '\\', m_size - begin);
            m_nextEscape = at ? std::size_t(static_cast<const char *>(at) - m_base) : SIZE_MAX;
        }
        return m_nextEscape < end;
    }

    bool scalar(std::uint32_t pos, std::uint32_t next)
    {
        const std::uint32_t end = tokenEnd(m_base, pos, next);
        const std::string_view tok(m_base + pos, end - pos);
        Node n;
        n.pos = pos;
        n.a = pos;
        n.b = std::uint32_t(tok.size());
        if (tok == "true" || tok == "false" || tok == "null")
            n.style = ScalarStyle::JsonLiteral;
        else if (isJsonNumber(tok))
            n.style = ScalarStyle::JsonNumber;
        else
            return fail(pos, tok.empty() || tok[0] == '-' || (tok[0] >= '0' && tok[0] <= '9') ? Tr::tr("invalid number")
                                                                                              : Tr::tr("unexpected character"));
        m_scratch.push_back(n);
        return true;
    }

    void close()
    {
        Frame f = m_frames.back();
        m_frames.pop_back();
        const std::size_t count = m_scratch.size() - f.start;
        f.node.a = std::uint32_t(m_doc.m_nodes.size());
        f.node.b = std::uint32_t(count);
        if (f.node.kind == NodeKind::Mapping)
            m_doc.finishMapping(f.node, m_scratch.data() + f.start, std::uint32_t(count));
        m_doc.m_nodes.insert(m_doc.m_nodes.end(), m_scratch.begin() + std::ptrdiff_t(f.start), m_scratch.end());
        m_scratch.resize(f.start);
        m_scratch.push_back(f.node);
    }

    Document &m_doc;
    const ParseOptions &m_options;
    const char *m_base;
    std::size_t m_size;
    std::vector<Node> m_scratch;
    std::vector<Frame> m_frames;
    JsonSplit *m_split = nullptr;                 ///< main builder
    JsonSplit *m_part = nullptr;                  ///< worker
    std::optional<NodeKind> m_levelKind;          ///< worker: of the outer level it is in, once known
    const std::atomic<bool> *m_abandon = nullptr; ///< worker: stop, nobody will use the part
    /// The first backslash at or after the start of a string looked at before (see hasEscape()).
    std::size_t m_nextEscape = 0;
};

} // namespace detail

bool JsonReader::decodeString(std::string_view raw, std::string &out, std::size_t &badOffset)
{
    std::size_t i = 0;
    while (i < raw.size()) {
        const char c = raw[i];
        if (c != '\\') {
            const void *bs = std::memchr(raw.data() + i, '\\', raw.size() - i);
            const std::size_t end = bs ? std::size_t(static_cast<const char *>(bs) - raw.data()) : raw.size();
            out.append(raw.data() + i, end - i);
            i = end;
            continue;
        }
        if (i + 1 >= raw.size()) {
            badOffset = i;
            return false;
        }
        const char e = raw[i + 1];
        switch (e) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
            auto hex4 = [&](std::size_t at, std::uint32_t &v) {
                if (at + 4 > raw.size())
                    return false;
                v = 0;
                for (std::size_t k = 0; k < 4; ++k) {
                    const int h = hexValue(raw[at + k]);
                    if (h < 0)
                        return false;
                    v = (v << 4) | std::uint32_t(h);
                }
                return true;
            };
            std::uint32_t cp;
            if (!hex4(i + 2, cp)) {
                badOffset = i;
                return false;
            }
            i += 6;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                std::uint32_t lo;
                if (i + 1 < raw.size() && raw[i] == '\\' && raw[i + 1] == 'u' && hex4(i + 2, lo) && lo >= 0xDC00
                    && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                } else {
                    cp = 0xFFFD; // lone surrogate: keep going, as JavaScript would keep the unit
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            tw::appendUtf8(out, cp);
            continue;
        }
        default:
            badOffset = i;
            return false;
        }
        i += 2;
    }
    return true;
}

Result<void> JsonReader::read(Document &document, const ParseOptions &options)
{
    document.m_format = Format::Json;
    const char *base = document.m_buffer.get();
    const std::size_t size = document.m_size;
    std::size_t bom = (size >= 3 && std::memcmp(base, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;

    auto errorAt = [&](std::size_t offset, const QString &message) -> Error {
        const Position p = document.positionOfOffset(offset);
        return makeError(Tr::tr("JSON syntax error: %1").arg(message),
                         QStringLiteral("%1:%2:%3").arg(document.m_displayName).arg(p.line).arg(p.column));
    };
    auto locate = [&]() -> Error {
        ErrorLocator locator(std::string_view(base, size), options.maxDepth);
        locator.run();
        return errorAt(locator.failed ? locator.offset : 0, locator.failed ? locator.message : Tr::tr("invalid JSON"));
    };

    // Stage 1 of simdjson, through the implementation chosen at run time for this CPU (AVX2,
    // SSE4.2 …): the On-Demand front end would be compiled for the baseline x86-64 target and
    // fall back to its scalar kernel. The stage-1 state is kept per thread and reused.
    thread_local std::unique_ptr<simdjson::internal::dom_parser_implementation> shared;
    std::unique_ptr<simdjson::internal::dom_parser_implementation> own;
    std::unique_ptr<simdjson::internal::dom_parser_implementation> *impl = &shared;
    if (size > (std::size_t(64) << 20))
        impl = &own; // huge inputs: give the index memory back afterwards
    const std::size_t capacity = std::max<std::size_t>(size, 4096);
    if (!*impl || (*impl)->capacity() < size) {
        if (simdjson::get_active_implementation()->create_dom_parser_implementation(capacity, 1024, *impl)
            != simdjson::SUCCESS)
            return makeError(Tr::tr("out of memory while parsing JSON"), document.m_displayName);
    }
    const simdjson::error_code stage1 =
        (*impl)->stage1(reinterpret_cast<const std::uint8_t *>(base + bom), size - bom, simdjson::stage1_mode::regular);
    if (stage1 != simdjson::SUCCESS)
        return locate();
    const std::uint32_t n = (*impl)->n_structural_indexes;
    std::uint32_t *idx = (*impl)->structural_indexes.get();
    if (bom) {
        for (std::uint32_t k = 0; k <= n; ++k)
            idx[k] += std::uint32_t(bom);
    }

    // Roughly one node per 12 bytes of typical JSON specs; reserving avoids regrowth copies.
    document.m_nodes.reserve(size / 12 + 16);
    // Decoded strings (those with escapes) were 4–9 % of the large specs' bytes: room for them
    // all, so the arena is not copied into fresh memory as it doubles.
    if (size >= (std::size_t(1) << 20))
        document.m_arena.reserve(size / 8);
    detail::JsonBuilder builder(document, options, base, size);

    // A large document: a worker builds from the first entry past the middle token to the end
    // while this thread builds up to it (see JsonSplit); the result is the same Document, node
    // for node, as one builder's. Errors and warnings in the part are this thread's to find again.
    detail::JsonSplit split;
    HelperTask partWorker;
    builder.joinWorker = [&] { partWorker.join(); };
    if (options.parallelJsonMinBytes >= 0 && size >= std::size_t(options.parallelJsonMinBytes)
        && (options.jsonSplitOffset || std::thread::hardware_concurrency() > 1)) {
        std::uint32_t comma = n / 2;
        if (options.jsonSplitOffset)
            comma = std::uint32_t(std::lower_bound(idx, idx + n, std::uint32_t(options.jsonSplitOffset)) - idx);
        while (comma < n && base[idx[comma]] != ',')
            ++comma;
        if (comma + 1 < n) {
            split.start = comma + 1;
            split.kind = detail::JsonBuilder::kindAfterComma(base, idx, n, comma);
            const bool started = partWorker.start([&split, &options, base, size, idx, n, &document] {
                // The part reads the same source: an alias of the buffer, released, never freed.
                split.part.m_buffer.reset(const_cast<char *>(base));
                split.part.m_size = size;
                split.part.m_displayName = document.m_displayName;
                split.part.m_format = Format::Json;
                split.part.m_nodes.reserve((n - split.start) + 16);
                split.part.m_arena.reserve((size - idx[split.start]) / 8);
                detail::JsonBuilder part(split.part, options, base, size);
                split.ok = part.runPart(idx, n, split);
                split.part.m_buffer.release();
                split.part.m_size = 0;
            });
            if (started)
                builder.useSplit(&split); // else one builder
        }
    }
    // Every import asks for positions (SourceRefs), which need the line index: on a large
    // document it is built on another thread while the nodes are built (they only meet in
    // Document's once_flag, when a duplicate key is reported). Asked for after the second
    // builder, which the first one waits for: on two cores the pool's first free thread takes
    // the tasks in order, and the index first made the second builder start 1 ms late (Stripe).
    HelperTask lineIndex;
    if (size >= (std::size_t(1) << 20) && std::thread::hardware_concurrency() > 1)
        lineIndex.start([&document] { document.buildLineIndex(); }); // else built on first use
    const bool built = builder.run(idx, n);
    split.abandon.store(true, std::memory_order_relaxed);
    builder.joinWorker();
    if (!built)
        return errorAt(builder.m_errorOffset, builder.m_message);
    document.m_roots.push_back(builder.rootNode());
    return {};
}

} // namespace tw::doc
