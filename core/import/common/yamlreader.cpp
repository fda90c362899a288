// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/common/yamlreader.h"

#include <QCoreApplication>

#include <yaml.h>

#include <cstring>
#include <string>
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

struct Parser
{
    yaml_parser_t p{};
    Parser() { yaml_parser_initialize(&p); }
    ~Parser() { yaml_parser_delete(&p); }
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

class YamlBuilder
{
public:
    YamlBuilder(Document &d, const ParseOptions &o) : m_doc(d), m_options(o) {}

    Result<void> run()
    {
        Parser parser;
        yaml_parser_set_input_string(&parser.p, reinterpret_cast<const unsigned char *>(m_doc.m_buffer.get()),
                                     m_doc.m_size);
        Event ev;
        for (;;) {
            ev.reset();
            if (!yaml_parser_parse(&parser.p, &ev.e))
                return parserError(parser.p);
            ev.live = true;
            const yaml_event_t &e = ev.e;
            switch (e.type) {
            case YAML_STREAM_END_EVENT:
                return {};
            case YAML_DOCUMENT_START_EVENT:
                m_anchors.clear();
                m_aliasExpanded = 0;
                break;
            case YAML_DOCUMENT_END_EVENT:
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
                if (f.node.kind == NodeKind::Mapping)
                    m_doc.finishMapping(f.node, m_scratch.data() + f.start, std::uint32_t(count));
                m_doc.m_nodes.insert(m_doc.m_nodes.end(), m_scratch.begin() + std::ptrdiff_t(f.start), m_scratch.end());
                m_scratch.resize(f.start);
                m_expanded.resize(f.start);
                push(f.node, expanded, f.anchor);
                break;
            }
            case YAML_SCALAR_EVENT: {
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

    Error parserError(const yaml_parser_t &p)
    {
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

    Document &m_doc;
    const ParseOptions &m_options;
    std::vector<Node> m_scratch;
    std::vector<std::uint64_t> m_expanded;
    std::vector<Frame> m_frames;
    std::unordered_map<std::string, Anchor> m_anchors;
    std::unordered_map<std::string, std::uint16_t> m_tagIndex;
    std::uint64_t m_aliasExpanded = 0;
};

} // namespace detail

Result<void> YamlReader::read(Document &document, const ParseOptions &options)
{
    document.m_format = Format::Yaml;
    document.m_nodes.clear();
    document.m_roots.clear();
    document.m_arena.clear();
    document.m_nodes.reserve(document.m_size / 24 + 16);
    document.m_arena.reserve(document.m_size / 2 + 16);
    detail::YamlBuilder builder(document, options);
    return builder.run();
}

} // namespace tw::doc
