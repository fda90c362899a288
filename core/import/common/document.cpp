// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/common/document.h"

#include "common/helperthread.h"

#include "import/common/jsonreader.h"
#include "import/common/yamlreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <unordered_map>

namespace tw::doc {
namespace {

// simdjson reads up to this many bytes past the end; the buffer always carries them zeroed.
constexpr std::size_t Padding = 64;

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::OpenApi)
};

bool isOneOf(std::string_view s, std::initializer_list<std::string_view> list)
{
    return std::find(list.begin(), list.end(), s) != list.end();
}

bool allDigits(std::string_view s, bool (*pred)(char))
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!pred(c))
            return false;
    return true;
}

bool isDec(char c) { return c >= '0' && c <= '9'; }
bool isOct(char c) { return c >= '0' && c <= '7'; }
bool isHex(char c) { return isDec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/** YAML 1.2 core schema float: [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )? */
bool isCoreFloat(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    std::size_t intDigits = 0, fracDigits = 0;
    while (i < s.size() && isDec(s[i]))
        ++i, ++intDigits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDec(s[i]))
            ++i, ++fracDigits;
    }
    if (intDigits == 0 && fracDigits == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        std::size_t expDigits = 0;
        while (i < s.size() && isDec(s[i]))
            ++i, ++expDigits;
        if (expDigits == 0)
            return false;
    }
    return i == s.size();
}

Format sniff(const QString &path, std::string_view data)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1StringView("json"))
        return Format::Json;
    if (suffix == QLatin1StringView("yaml") || suffix == QLatin1StringView("yml"))
        return Format::Yaml;
    std::size_t i = 0;
    if (data.substr(0, 3) == "\xEF\xBB\xBF")
        i = 3;
    while (i < data.size() && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        ++i;
    return (i < data.size() && (data[i] == '{' || data[i] == '[')) ? Format::Json : Format::Yaml;
}

} // namespace

Result<Document> Document::load(Document &&document, const QString &path, const ParseOptions &options)
{
    Format format = options.format == Format::Auto ? sniff(path, document.source()) : options.format;
    if (format == Format::Json) {
        Result<void> r = JsonReader::read(document, options);
        if (!r.ok()) {
            // A file without a .json suffix that merely starts with '{' may be YAML flow style.
            const bool sniffed = options.format == Format::Auto
                && !QFileInfo(path).suffix().startsWith(QLatin1StringView("json"), Qt::CaseInsensitive);
            if (!sniffed)
                return r.error();
            Document retry;
            retry.m_buffer = std::move(document.m_buffer);
            retry.m_size = document.m_size;
            retry.m_displayName = document.m_displayName;
            Result<void> y = YamlReader::read(retry, options);
            if (!y.ok())
                return r.error();
            return retry;
        }
        return std::move(document);
    }
    Result<void> r = YamlReader::read(document, options);
    if (!r.ok())
        return r.error();
    return std::move(document);
}

Document::Document() : m_lineOnce(std::make_unique<std::once_flag>()) {}
Document::Document(Document &&) noexcept = default;
Document &Document::operator=(Document &&) noexcept = default;
Document::~Document() = default;

namespace detail {

void *allocateBig(std::size_t bytes)
{
    constexpr std::size_t Huge = std::size_t(2) << 20;
    // From 1 MiB on: a 1–4 MiB block left to malloc took hundreds of 4 KiB page faults (the
    // second YAML piece's nodes: 276 faults, a third of its parse on the project's VM).
    if (bytes < Huge / 2) {
        void *p = std::malloc(bytes ? bytes : 1);
        if (!p)
            throw std::bad_alloc();
        return p;
    }
    const std::size_t rounded = (bytes + Huge - 1) / Huge * Huge;
    void *p = std::aligned_alloc(Huge, rounded);
    if (!p)
        throw std::bad_alloc();
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    madvise(p, rounded, MADV_HUGEPAGE);
#endif
    return p;
}

void freeBig(void *p, std::size_t) noexcept
{
    std::free(p);
}

} // namespace detail

void Document::allocate(std::size_t size)
{
    m_buffer = std::unique_ptr<char[], BufferDeleter>(static_cast<char *>(detail::allocateBig(size + Padding)),
                                                      BufferDeleter{size + Padding});
    std::memset(m_buffer.get() + size, 0, Padding);
    m_size = size;
}

std::string_view Document::tag(NodeId id) const
{
    const std::uint16_t t = m_nodes[id].tag;
    return t == 0 || t > m_tags.size() ? std::string_view() : std::string_view(m_tags[t - 1]);
}

QString Document::string(NodeId id) const
{
    const std::string_view t = text(id);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

ScalarType Document::scalarType(NodeId id) const
{
    const Node &n = m_nodes[id];
    if (n.kind != NodeKind::Scalar)
        return ScalarType::String;
    const std::string_view t = text(id);
    switch (n.style) {
    case ScalarStyle::JsonString:
    case ScalarStyle::SingleQuoted:
    case ScalarStyle::DoubleQuoted:
    case ScalarStyle::Literal:
    case ScalarStyle::Folded:
        break;
    case ScalarStyle::JsonNumber:
        return t.find_first_of(".eE") == std::string_view::npos ? ScalarType::Int : ScalarType::Float;
    case ScalarStyle::JsonLiteral:
        return t == "null" ? ScalarType::Null : ScalarType::Bool;
    case ScalarStyle::Plain: {
        const std::string_view tg = tag(id);
        if (!tg.empty() && tg != "?") {
            if (tg == "tag:yaml.org,2002:null")
                return ScalarType::Null;
            if (tg == "tag:yaml.org,2002:bool")
                return ScalarType::Bool;
            if (tg == "tag:yaml.org,2002:int")
                return ScalarType::Int;
            if (tg == "tag:yaml.org,2002:float")
                return ScalarType::Float;
            return ScalarType::String;
        }
        if (t.empty() || isOneOf(t, {"~", "null", "Null", "NULL"}))
            return ScalarType::Null;
        if (isOneOf(t, {"true", "True", "TRUE", "false", "False", "FALSE"}))
            return ScalarType::Bool;
        const char c = t[0];
        if (!(isDec(c) || c == '-' || c == '+' || c == '.'))
            return ScalarType::String;
        std::string_view digits = t;
        if (c == '-' || c == '+')
            digits.remove_prefix(1);
        if (allDigits(digits, isDec))
            return ScalarType::Int;
        if (t.size() > 2 && t[0] == '0' && t[1] == 'o' && allDigits(t.substr(2), isOct))
            return ScalarType::Int;
        if (t.size() > 2 && t[0] == '0' && t[1] == 'x' && allDigits(t.substr(2), isHex))
            return ScalarType::Int;
        if (isOneOf(t, {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN"}))
            return ScalarType::Float;
        return isCoreFloat(t) ? ScalarType::Float : ScalarType::String;
    }
    }
    // Quoted and block scalars are strings unless explicitly tagged otherwise.
    const std::string_view tg = tag(id);
    if (tg == "tag:yaml.org,2002:null")
        return ScalarType::Null;
    if (tg == "tag:yaml.org,2002:bool")
        return ScalarType::Bool;
    if (tg == "tag:yaml.org,2002:int")
        return ScalarType::Int;
    if (tg == "tag:yaml.org,2002:float")
        return ScalarType::Float;
    return ScalarType::String;
}

std::optional<bool> Document::toBool(NodeId id) const
{
    if (!isScalar(id) || scalarType(id) != ScalarType::Bool)
        return std::nullopt;
    const char c = text(id).empty() ? 'f' : text(id)[0];
    return c == 't' || c == 'T';
}

std::optional<std::int64_t> Document::toInt(NodeId id) const
{
    if (!isScalar(id) || scalarType(id) != ScalarType::Int)
        return std::nullopt;
    std::string_view t = text(id);
    int base = 10;
    bool negative = false;
    if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
        negative = t[0] == '-';
        t.remove_prefix(1);
    }
    if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o')) {
        base = t[1] == 'x' ? 16 : 8;
        t.remove_prefix(2);
    }
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), value, base);
    if (ec != std::errc() || ptr != t.data() + t.size())
        return std::nullopt;
    return negative ? -value : value;
}

std::uint32_t Document::size(NodeId id) const
{
    const Node &n = m_nodes[id];
    if (n.kind == NodeKind::Mapping)
        return n.b / 2;
    if (n.kind == NodeKind::Sequence)
        return n.b;
    return 0;
}

NodeId Document::find(NodeId map, std::string_view key) const
{
    if (!isMapping(map) || key.empty())
        return InvalidNode;
    const Node &m = m_nodes[map];
    const char first = key[0];
    // Backwards so that a duplicate key resolves to its last occurrence.
    for (std::uint32_t i = m.b; i >= 2; i -= 2) {
        const NodeId k = m.a + i - 2;
        const Node &kn = m_nodes[k];
        if (kn.b != key.size() || kn.kind != NodeKind::Scalar)
            continue;
        const char *t = ((kn.flags & Node::FlagArena) ? m_arena.data() : m_buffer.get()) + kn.a;
        if (t[0] == first && std::memcmp(t, key.data(), key.size()) == 0)
            return k + 1;
    }
    return InvalidNode;
}

void Document::buildLineIndex() const
{
    std::call_once(*m_lineOnce, [this] {
        m_lineStarts.clear();
        // An estimate, not a count: counting first would read the whole buffer twice.
        m_lineStarts.reserve(m_size / 32 + 16);
        m_lineStarts.push_back(0);
        const char *base = m_buffer.get();
        std::size_t i = 0;
#if defined(__SSE2__)
        // 64 bytes at a time into one bit mask, one line start per set bit. A memchr per line
        // (37 bytes a line in GitHub's description, 347,000 calls) took 3.1 ms, this 1.7 ms.
        const __m128i lf = _mm_set1_epi8('\n');
        for (; i + 64 <= m_size; i += 64) {
            std::uint64_t mask = 0;
            for (int k = 0; k < 4; ++k) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(base + i + 16 * k));
                mask |= std::uint64_t(std::uint16_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf)))) << (16 * k);
            }
            while (mask) {
                m_lineStarts.push_back(std::uint32_t(i + std::size_t(std::countr_zero(mask)) + 1));
                mask &= mask - 1;
            }
        }
#endif
        for (; i < m_size; ++i) {
            if (base[i] == '\n')
                m_lineStarts.push_back(std::uint32_t(i + 1));
        }
    });
}

Position Document::positionOfOffset(std::size_t offset) const
{
    buildLineIndex();
    offset = std::min(offset, m_size);
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), std::uint32_t(offset));
    const std::size_t line = std::size_t(it - m_lineStarts.begin()); // 1-based
    std::size_t from = m_lineStarts[line - 1];
    int column = 1;
    if (line == m_lastLine && offset >= m_lastOffset) {
        from = m_lastOffset;
        column = m_lastColumn;
    }
    const auto *s = reinterpret_cast<const unsigned char *>(m_buffer.get());
    std::size_t i = from;
    for (; i + 8 <= offset; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s + i, 8);
        // Count the bytes that start a character (not 10xxxxxx): continuation bytes have
        // bit 7 set and bit 6 clear.
        const std::uint64_t continuation = (w & ~(w << 1)) & 0x8080808080808080ull;
        column += 8 - int(__builtin_popcountll(continuation));
    }
    for (; i < offset; ++i)
        if ((s[i] & 0xC0) != 0x80)
            ++column;
    m_lastLine = line;
    m_lastOffset = offset;
    m_lastColumn = column;
    return Position{int(line), column};
}

Position Document::position(NodeId id) const
{
    if (!isValid(id))
        return {};
    const Node &n = m_nodes[id];
    if (n.column != 0)
        return Position{int(n.pos), int(n.column)};
    return positionOfOffset(n.pos);
}

QString Document::location(NodeId id) const
{
    const Position p = position(id);
    return QStringLiteral("%1:%2:%3").arg(m_displayName).arg(p.line).arg(p.column);
}

void Document::checkDuplicateKeys(const Node *children, std::uint32_t count)
{
    const std::uint32_t pairs = count / 2;
    if (pairs < 2)
        return;
    auto report = [&](std::uint32_t first, std::uint32_t dup) {
        const Position p = nodePosition(children[2 * dup]);
        const Position q = nodePosition(children[2 * first]);
        const std::string_view k = nodeText(children[2 * dup]);
        Diagnostic d;
        d.level = DiagnosticLevel::Warning;
        d.message = Tr::tr("duplicate key '%1' (first at line %2, column %3); the last one wins")
                        .arg(QString::fromUtf8(k.data(), qsizetype(k.size())))
                        .arg(q.line)
                        .arg(q.column);
        d.source = SourceRef{QString(), m_displayName, p.line, p.column};
        m_diagnostics.append(d);
    };
    if (pairs <= 16) {
        for (std::uint32_t i = 1; i < pairs; ++i) {
            const Node &ki = children[2 * i];
            if (ki.kind != NodeKind::Scalar)
                continue;
            const std::string_view ti = nodeText(ki);
            for (std::uint32_t j = 0; j < i; ++j) {
                const Node &kj = children[2 * j];
                if (kj.b == ki.b && kj.kind == NodeKind::Scalar && nodeText(kj) == ti) {
                    report(j, i);
                    break;
                }
            }
        }
        return;
    }
    std::unordered_map<std::string_view, std::uint32_t> seen;
    seen.reserve(pairs);
    for (std::uint32_t i = 0; i < pairs; ++i) {
        const Node &ki = children[2 * i];
        if (ki.kind != NodeKind::Scalar)
            continue;
        const auto [it, inserted] = seen.emplace(nodeText(ki), i);
        if (!inserted)
            report(it->second, i);
    }
}

std::int64_t firstInvalidUtf8(std::string_view text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Fast path over ASCII, 8 bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        std::uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return std::int64_t(i);
        }
        if (i + len > n)
            return std::int64_t(i);
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return std::int64_t(i);
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return std::int64_t(i);
        i += len;
    }
    return -1;
}

Result<Document> parseBytes(QByteArray data, const ParseOptions &options)
{
    if (data.size() > options.maxBytes)
        return makeError(Tr::tr("document is larger than %1 bytes").arg(options.maxBytes), options.displayName);
    Document document;
    document.m_displayName = options.displayName;
    document.allocate(std::size_t(data.size()));
    if (!data.isEmpty())
        std::memcpy(document.m_buffer.get(), data.constData(), std::size_t(data.size()));
    return Document::load(std::move(document), options.displayName, options);
}

Result<Document> parseFile(const QString &path, const ParseOptions &options)
{
    const QString name = options.displayName.isEmpty() ? path : options.displayName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("cannot read %1: %2").arg(path, file.errorString()), name);
    const qint64 size = file.size();
    if (size > options.maxBytes)
        return makeError(Tr::tr("document is larger than %1 bytes").arg(options.maxBytes), name);
    // A document large enough to be parsed on two threads: the kept helper threads (made once per
    // process) start while it is read.
    auto from = [](std::int64_t minBytes) { return minBytes < 0 ? std::numeric_limits<qint64>::max() : minBytes; };
    if (size >= std::min(from(options.parallelYamlMinBytes), from(options.parallelJsonMinBytes)))
        HelperTask::warmUp();
    Document document;
    document.m_displayName = name;
    document.allocate(std::size_t(size));
    qint64 done = 0;
    while (done < size) {
        const qint64 n = file.read(document.m_buffer.get() + done, size - done);
        if (n <= 0)
            return makeError(Tr::tr("cannot read %1: %2").arg(path, file.errorString()), name);
        done += n;
    }
    ParseOptions effective = options;
    effective.displayName = name;
    return Document::load(std::move(document), path, effective);
}

} // namespace tw::doc
