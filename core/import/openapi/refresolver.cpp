// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/openapi/refresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace tw::openapi {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::OpenApi)
};

// Deeper chains than this are certainly hostile: real specs need a handful of hops.
constexpr int MaxHops = 64;
constexpr int MaxNesting = 48;

bool hasUriScheme(const QString &ref)
{
    // RFC 3986 scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const qsizetype hash = ref.indexOf(QLatin1Char('#'));
    const qsizetype slash = ref.indexOf(QLatin1Char('/'));
    if ((hash >= 0 && hash < colon) || (slash >= 0 && slash < colon))
        return false;
    if (!ref.at(0).isLetter())
        return false;
    for (qsizetype i = 1; i < colon; ++i) {
        const QChar c = ref.at(i);
        if (!(c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return false;
    }
    return true;
}

QString percentDecode(const QString &s)
{
    if (!s.contains(QLatin1Char('%')))
        return s;
    return QUrl::fromPercentEncoding(s.toUtf8());
}

} // namespace

RefResolver::RefResolver(const QString &rootDir, const QString &artifact, QList<Diagnostic> *diagnostics)
    : m_rootDir(QDir::cleanPath(QDir(rootDir).absolutePath()))
    , m_artifact(artifact)
    , m_diagnostics(diagnostics)
{
    m_canonicalRoot = QFileInfo(m_rootDir).canonicalFilePath();
    if (m_canonicalRoot.isEmpty())
        m_canonicalRoot = m_rootDir;
}

bool RefResolver::insideRoot(const QString &absolutePath) const
{
    auto under = [](const QString &path, const QString &root) {
        if (root == QLatin1StringView("/"))
            return true;
        return path == root || path.startsWith(root + QLatin1Char('/'));
    };
    if (!under(absolutePath, m_rootDir))
        return false;
    // A symlink inside the root may still point outside it.
    const QString canonical = QFileInfo(absolutePath).canonicalFilePath();
    return canonical.isEmpty() || under(canonical, m_canonicalRoot);
}

SourceRef RefResolver::sourceOf(NodeRef node) const
{
    if (!node.isValid())
        return SourceRef{m_artifact, m_artifact, 0, 0};
    const doc::Position p = node.doc().position(node.id);
    return SourceRef{m_artifact, node.src->relativePath, p.line, p.column};
}

std::unique_ptr<RefResolver> RefResolver::speculativeCopy() const
{
    auto copy = std::make_unique<RefResolver>(m_rootDir, m_artifact, nullptr);
    copy->m_diagnostics = &copy->m_discarded;
    copy->m_canonicalRoot = m_canonicalRoot;
    copy->m_byPath = m_byPath; // borrowed: the documents stay owned by this resolver
    copy->m_speculative = true;
    return copy;
}

void RefResolver::warn(NodeRef at, const QString &message, DiagnosticLevel level)
{
    if (m_speculative) {
        m_failed = true;
        return;
    }
    Diagnostic d;
    d.level = level;
    d.message = message;
    d.source = sourceOf(at);
    m_diagnostics->append(d);
}

const LoadedDocument *RefResolver::load(const QString &absolutePath, NodeRef from, const QByteArray *bytes)
{
    const auto it = m_byPath.constFind(absolutePath);
    if (it != m_byPath.constEnd()) {
        m_failed |= m_speculative && !it.value();
        return it.value();
    }
    if (m_speculative) {
        m_failed = true; // loading (and its diagnostics) belongs to the ordered pass
        return nullptr;
    }
    auto loaded = std::make_unique<LoadedDocument>();
    loaded->absolutePath = absolutePath;
    loaded->relativePath = QDir(m_rootDir).relativeFilePath(absolutePath);
    loaded->directory = QFileInfo(absolutePath).absolutePath();
    loaded->index = int(m_documents.size());
    doc::ParseOptions options;
    options.displayName = loaded->relativePath;
    Result<doc::Document> parsed = bytes ? doc::parseBytes(*bytes, options) : doc::parseFile(absolutePath, options);
    if (!parsed.ok()) {
        m_byPath.insert(absolutePath, nullptr);
        if (from.isValid())
            warn(from, Tr::tr("cannot load referenced file: %1").arg(parsed.errorString()), DiagnosticLevel::Error);
        else
            m_rootError = parsed.error();
        return nullptr;
    }
    loaded->document = std::move(parsed).value();
    for (const Diagnostic &d : loaded->document.diagnostics()) {
        Diagnostic copy = d;
        copy.source.artifact = m_artifact;
        m_diagnostics->append(copy);
    }
    const LoadedDocument *result = loaded.get();
    m_documents.push_back(std::move(loaded));
    m_byPath.insert(absolutePath, result);
    return result;
}

Result<NodeRef> RefResolver::loadRoot(const QString &absolutePath)
{
    return rootOf(absolutePath, nullptr);
}

Result<NodeRef> RefResolver::loadRootBytes(const QString &absolutePath, const QByteArray &bytes)
{
    return rootOf(absolutePath, &bytes);
}

Result<NodeRef> RefResolver::rootOf(const QString &absolutePath, const QByteArray *bytes)
{
    const QString path = QDir::cleanPath(absolutePath);
    if (!insideRoot(path))
        return makeError(Tr::tr("the specification is outside the import root %1").arg(m_rootDir), path);
    const LoadedDocument *loaded = load(path, NodeRef(), bytes);
    if (!loaded)
        return m_rootError;
    if (loaded->document.root() == doc::InvalidNode)
        return makeError(Tr::tr("the document is empty"), loaded->relativePath + QStringLiteral(":1:1"));
    return NodeRef{loaded, loaded->document.root()};
}

std::string_view RefResolver::refText(NodeRef node) const
{
    if (!node.isValid() || !node.doc().hasDollarKey(node.id))
        return {};
    const doc::NodeId r = node.doc().find(node.id, "$ref");
    if (!node.doc().isScalar(r))
        return {};
    return node.doc().text(r);
}

NodeRef RefResolver::deref(NodeRef node)
{
    if (refText(node).empty())
        return node;
    const NodeRef result = derefChain(node);
    // A failure met again through the cache reports nothing; a speculative pass must still
    // know that the ordered pass could have reported it here.
    if (m_speculative && !result.isValid())
        m_failed = true;
    return result;
}

NodeRef RefResolver::derefChain(NodeRef node)
{
    const auto cached = m_cache.constFind(node.key());
    if (cached != m_cache.constEnd())
        return cached.value();
    if (m_depth >= MaxNesting) {
        warn(node, Tr::tr("$ref nesting is too deep; not followed"), DiagnosticLevel::Error);
        return {};
    }
    ++m_depth;
    QList<NodeRef> chain;
    NodeRef current = node;
    NodeRef result;
    for (int hop = 0; hop < MaxHops; ++hop) {
        if (refText(current).empty()) {
            result = current;
            break;
        }
        const auto hit = m_cache.constFind(current.key());
        if (hit != m_cache.constEnd()) {
            result = hit.value();
            break;
        }
        if (m_inProgress.contains(current.key())) {
            const NodeRef at{current.src, current.doc().find(current.id, "$ref")};
            warn(at, Tr::tr("circular $ref '%1' refers to itself").arg(QString::fromUtf8(refText(current))),
                 DiagnosticLevel::Error);
            result = {};
            break;
        }
        chain.append(current);
        m_inProgress.insert(current.key());
        current = resolveOne(current);
        if (!current.isValid()) {
            result = {};
            break;
        }
        if (hop == MaxHops - 1) {
            warn(node, Tr::tr("$ref chain is too long; not followed"), DiagnosticLevel::Error);
            result = {};
        }
    }
    for (const NodeRef &n : std::as_const(chain)) {
        m_inProgress.remove(n.key());
        m_cache.insert(n.key(), result);
    }
    --m_depth;
    return result;
}

NodeRef RefResolver::get(NodeRef map, std::string_view key)
{
    if (!map.isMapping())
        return {};
    const doc::NodeId own = map.doc().find(map.id, key);
    if (own != doc::InvalidNode && key != "$ref")
        return {map.src, own};
    if (refText(map).empty())
        return {};
    const NodeRef target = deref(map);
    if (!target.isMapping() || target == map)
        return {};
    const doc::NodeId inner = target.doc().find(target.id, key);
    return inner == doc::InvalidNode ? NodeRef() : NodeRef{target.src, inner};
}

NodeRef RefResolver::resolveOne(NodeRef refObject)
{
    const NodeRef at{refObject.src, refObject.doc().find(refObject.id, "$ref")};
    // Most references are "#/components/…" pointers into the same file without percent escapes:
    // walk those on the UTF-8 text directly. Everything else takes the general path below.
    const std::string_view text = at.text();
    if (text.size() > 1 && text[0] == '#' && text[1] == '/' && text.find('%') == std::string_view::npos) {
        const PointerKey key{refObject.src, text};
        if (const auto known = m_byPointer.find(key); known != m_byPointer.end())
            return known->second;
        const NodeRef found = walkPointer(refObject.src, text.substr(1));
        if (!found.isValid())
            warn(at, Tr::tr("$ref '%1': target not found").arg(at.string()), DiagnosticLevel::Error);
        else
            m_byPointer.emplace(key, found);
        return found;
    }
    const QString ref = at.string();
    if (hasUriScheme(ref)) {
        warn(at, Tr::tr("refused $ref '%1': only local files inside the import root are followed, never URLs").arg(ref),
             DiagnosticLevel::Error);
        return {};
    }
    const qsizetype hash = ref.indexOf(QLatin1Char('#'));
    const QString filePart = hash < 0 ? ref : ref.left(hash);
    const QString fragment = hash < 0 ? QString() : ref.mid(hash + 1);

    const LoadedDocument *target = refObject.src;
    if (!filePart.isEmpty()) {
        const QString decoded = percentDecode(filePart);
        const QString absolute = QDir::cleanPath(QDir::isAbsolutePath(decoded)
                                                     ? decoded
                                                     : refObject.src->directory + QLatin1Char('/') + decoded);
        if (!insideRoot(absolute)) {
            warn(at, Tr::tr("refused $ref '%1': it leaves the import root").arg(ref), DiagnosticLevel::Error);
            return {};
        }
        // (A file already loaded may have come from memory: loadRootBytes.)
        if (!m_byPath.contains(absolute) && !QFileInfo(absolute).isFile()) {
            warn(at, Tr::tr("$ref '%1': file not found").arg(ref), DiagnosticLevel::Error);
            return {};
        }
        target = load(absolute, at);
        if (!target)
            return {};
        if (target->document.root() == doc::InvalidNode) {
            warn(at, Tr::tr("$ref '%1': the referenced file is empty").arg(ref), DiagnosticLevel::Error);
            return {};
        }
    }
    const NodeRef found = walkPointer(target, percentDecode(fragment), at);
    if (!found.isValid())
        warn(at, Tr::tr("$ref '%1': target not found").arg(ref), DiagnosticLevel::Error);
    return found;
}

NodeRef RefResolver::walkPointer(const LoadedDocument *target, std::string_view pointer)
{
    // The same steps as the QString version: tokens split at '/', "~1" then "~0" unescaped.
    NodeRef current{target, target->document.root()};
    std::string unescaped;
    std::size_t start = 1;
    while (start <= pointer.size()) {
        std::size_t end = pointer.find('/', start);
        if (end == std::string_view::npos)
            end = pointer.size();
        std::string_view key = pointer.substr(start, end - start);
        start = end + 1;
        if (key.find('~') != std::string_view::npos) {
            unescaped.assign(key);
            for (const auto &[from, to] : {std::pair{"~1", "/"}, std::pair{"~0", "~"}}) {
                for (std::size_t at = unescaped.find(from); at != std::string::npos; at = unescaped.find(from, at + 1))
                    unescaped.replace(at, 2, to);
            }
            key = unescaped;
        }
        current = pointerStep(current, key);
        if (!current.isValid())
            return {};
    }
    return current;
}

NodeRef RefResolver::walkPointer(const LoadedDocument *target, const QString &pointer, NodeRef from)
{
    NodeRef current{target, target->document.root()};
    if (pointer.isEmpty())
        return current;
    if (!pointer.startsWith(QLatin1Char('/'))) {
        warn(from, Tr::tr("$ref fragment '%1' is not a JSON pointer (anchors are not supported)").arg(pointer));
        return {};
    }
    const QList<QStringView> tokens = QStringView(pointer).mid(1).split(QLatin1Char('/'));
    for (QStringView rawToken : tokens) {
        QString token = rawToken.toString();
        if (token.contains(QLatin1Char('~')))
            token.replace(QLatin1StringView("~1"), QLatin1StringView("/")).replace(QLatin1StringView("~0"), QLatin1StringView("~"));
        const QByteArray utf8 = token.toUtf8();
        const std::string_view key(utf8.constData(), std::size_t(utf8.size()));
        current = pointerStep(current, key);
        if (!current.isValid())
            return {};
    }
    return current;
}

NodeRef RefResolver::pointerStep(NodeRef current, std::string_view key)
{
    // A reference may pass through other references on its way (json-schema-ref-parser does).
    current = deref(current);
    if (current.isMapping())
        return get(current, key);
    if (current.isSequence()) {
        bool ok = false;
        const uint index = QString::fromUtf8(key.data(), qsizetype(key.size())).toUInt(&ok);
        if (!ok || index >= current.size())
            return {};
        return current.itemAt(index);
    }
    return {};
}

} // namespace tw::openapi
