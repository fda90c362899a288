// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/openapi/openapiimporter.h"

#include "common/helperthread.h"
#include "import/openapi/classifier.h"
#include "import/openapi/refresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

namespace tw::openapi {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::OpenApi)
};

// Below this many paths a second thread costs more than it saves.
constexpr std::uint32_t ParallelMinPaths = 64;

constexpr std::array<std::string_view, 8> Methods{"get", "put", "post", "delete", "options", "head", "patch", "trace"};

QString qs(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

bool isExtension(std::string_view key)
{
    return key.size() > 2 && key[0] == 'x' && key[1] == '-';
}

int methodIndex(const QString &upper)
{
    for (std::size_t i = 0; i < Methods.size(); ++i)
        if (upper.compare(qs(Methods[i]), Qt::CaseInsensitive) == 0)
            return int(i);
    return int(Methods.size());
}

/** Where a server lives, from its host name alone. */
enum class Exposure { Unknown, Internal, Public };

Exposure classifyHost(QString host)
{
    host = host.toLower();
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.indexOf(QLatin1Char(']')) - 1);
    if (host.isEmpty() || host.contains(QLatin1Char('{')))
        return Exposure::Unknown;
    static const char *const internalSuffixes[] = {".internal", ".local", ".localhost", ".lan", ".intranet", ".corp",
                                                   ".home.arpa", ".svc", ".cluster.local", ".localdomain"};
    if (host == QLatin1StringView("localhost") || host == QLatin1StringView("::1") || host == QLatin1StringView("0.0.0.0"))
        return Exposure::Internal;
    for (const char *suffix : internalSuffixes)
        if (host.endsWith(QLatin1StringView(suffix)))
            return Exposure::Internal;
    const QStringList octets = host.split(QLatin1Char('.'));
    bool numeric = octets.size() == 4;
    int o[4] = {0, 0, 0, 0};
    for (int i = 0; numeric && i < 4; ++i) {
        bool ok = false;
        o[i] = octets[i].toInt(&ok);
        numeric = ok && o[i] >= 0 && o[i] <= 255;
    }
    if (numeric) {
        if (o[0] == 10 || o[0] == 127 || (o[0] == 172 && o[1] >= 16 && o[1] <= 31) || (o[0] == 192 && o[1] == 168)
            || (o[0] == 169 && o[1] == 254) || (o[0] == 100 && o[1] >= 64 && o[1] <= 127))
            return Exposure::Internal;
        return Exposure::Public;
    }
    if (host.startsWith(QLatin1StringView("fc")) || host.startsWith(QLatin1StringView("fd"))
        || host.startsWith(QLatin1StringView("fe80:")))
        return host.contains(QLatin1Char(':')) ? Exposure::Internal : Exposure::Public;
    // A single-label name ("api", "orders") only resolves inside a private network.
    if (!host.contains(QLatin1Char('.')))
        return Exposure::Internal;
    return Exposure::Public;
}

struct Server
{
    QString url;
    QString scheme;
    QString host;
    QString basePath;
};

Server splitUrl(const QString &url)
{
    Server s;
    s.url = url;
    QString rest = url;
    const qsizetype sep = rest.indexOf(QLatin1StringView("://"));
    if (sep > 0) {
        s.scheme = rest.left(sep).toLower();
        rest = rest.mid(sep + 3);
    } else if (rest.startsWith(QLatin1StringView("//"))) {
        rest = rest.mid(2);
    } else {
        s.basePath = rest;
        return s;
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString authority = slash < 0 ? rest : rest.left(slash);
    s.basePath = slash < 0 ? QString() : rest.mid(slash);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        authority = authority.mid(at + 1);
    if (authority.startsWith(QLatin1Char('['))) {
        s.host = authority.left(authority.indexOf(QLatin1Char(']')) + 1);
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        s.host = colon >= 0 ? authority.left(colon) : authority;
    }
    return s;
}

/**
 * JSON text that becomes a QJsonObject/QJsonArray in one QJsonDocument::fromJson call. Qt's parser
 * fills its container in one pass; QJsonObject::insert and QJsonArray::append convert every value
 * into a fresh CBOR container and cost several times more per element (3,000 instructions per
 * string; building the attributes that way was the largest part of the mapping).
 */
class JsonText
{
public:
    std::string &text() { return m_out; }
    void raw(char c) { m_out.push_back(c); }
    void raw(std::string_view v) { m_out.append(v); }
    void string(std::string_view utf8)
    {
        m_out.push_back('"');
        std::size_t start = 0;
        for (std::size_t i = 0; i < utf8.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(utf8[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            m_out.append(utf8.substr(start, i - start));
            start = i + 1;
            if (c == '"' || c == '\\') {
                m_out.push_back('\\');
                m_out.push_back(char(c));
            } else {
                static const char hex[] = "0123456789abcdef";
                m_out.append("\\u00");
                m_out.push_back(hex[c >> 4]);
                m_out.push_back(hex[c & 15]);
            }
        }
        m_out.append(utf8.substr(start));
        m_out.push_back('"');
    }
    void string(const QString &s) { string(std::string_view(s.toUtf8())); }
    /** A number exactly as QJsonValue(double) holds it; false for values JSON text cannot carry. */
    bool number(double v)
    {
        if (!std::isfinite(v) || (v == 0 && std::signbit(v)))
            return false;
        char buffer[40];
        int n;
        if (std::fabs(v) <= 9007199254740992.0 && v == std::trunc(v))
            n = std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(v));
        else
            n = std::snprintf(buffer, sizeof buffer, "%.17g", v);
        m_out.append(buffer, std::size_t(n));
        return true;
    }
    void stringArray(const std::vector<std::string> &items)
    {
        m_out.push_back('[');
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i)
                m_out.push_back(',');
            string(items[i]);
        }
        m_out.push_back(']');
    }
    /** Parses the text as an object; nullopt when Qt's parser refuses it (callers then build slowly). */
    std::optional<QJsonObject> object() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(m_out.data(), qsizetype(m_out.size())), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        return document.object();
    }

private:
    std::string m_out;
};

struct SchemaWalk
{
    std::vector<std::string> writable;
    std::vector<std::string> readOnly;
    std::vector<std::string> writeOnly;
    std::vector<std::string> sensitive;
    std::vector<std::pair<std::string, std::uint8_t>> categoriesByProperty;
    std::uint8_t categories = 0;
    QSet<quint64> visited;
    QString discriminator;
    bool polymorphic = false;
    int count = 0;
};

QStringList categoryNames(std::uint8_t c)
{
    QStringList names;
    if (c & Credential)
        names << QStringLiteral("credential");
    if (c & Pii)
        names << QStringLiteral("pii");
    if (c & Payment)
        names << QStringLiteral("payment");
    if (c & Health)
        names << QStringLiteral("health");
    return names;
}

/** What a data asset is made of that depends only on the schema it describes. */
struct AssetBody
{
    bool empty = false;  ///< no property: no asset
    bool failed = false; ///< built by a speculative pass that met a failure (see RefResolver::failed)
    QStringList tags;
    Classification classification = Classification::Internal;
    Rating confidentiality = Rating::Medium;
    Rating integrity = Rating::Medium;
    QJsonObject attributes; ///< without the per-use "schema" and "inline"
};

/** Where a request/response schema leads: the schema an asset would describe. */
struct AssetTarget
{
    NodeRef raw;    ///< the schema as used (arrays followed to their items), maybe a $ref
    NodeRef target; ///< raw, dereferenced
};

enum class AssetList : std::uint8_t { Request, Response };

/** One assetFor() call a speculative pass deferred to the ordered merge. */
struct AssetUse
{
    AssetTarget at;
    const AssetBody *body = nullptr;
    QString inlineName;
    NodeRef anchor;
    AssetList list = AssetList::Request;
};

/** An operation mapped by a worker, waiting for its ids and sources in document order. */
struct PendingOperation
{
    EntryPoint ep;
    NodeRef opRaw;
    std::vector<AssetUse> uses;
};

/** The operations of one path, mapped by a worker; failed: redo the path in the ordered pass. */
struct PendingPath
{
    bool done = false;
    bool failed = false;
    std::vector<PendingOperation> operations;
};

/**
 * Hands out path indices to two threads: the ordered pass takes them from the front, the worker
 * from the back, never the same one twice. Afterwards [0, met()) was mapped in order and
 * [met(), count) ahead by the worker.
 */
class PathClaims
{
public:
    explicit PathClaims(std::uint32_t count) : m_range(std::uint64_t(count)) {}
    std::optional<std::uint32_t> fromFront() { return claim(true); }
    std::optional<std::uint32_t> fromBack() { return claim(false); }
    /** The first index claimed from the back (call when both threads are done). */
    std::uint32_t met() const { return std::uint32_t(m_range.load(std::memory_order_acquire)); }

private:
    /** Takes the next index at one end, unless the ends have met: one compare-and-swap. */
    std::optional<std::uint32_t> claim(bool front)
    {
        std::uint64_t v = m_range.load(std::memory_order_relaxed);
        for (;;) {
            const auto first = std::uint32_t(v >> 32), end = std::uint32_t(v);
            if (first >= end)
                return std::nullopt;
            const std::uint64_t next = front ? (std::uint64_t(first + 1) << 32) | end : (std::uint64_t(first) << 32) | (end - 1);
            if (m_range.compare_exchange_weak(v, next, std::memory_order_acq_rel))
                return front ? first : end - 1;
        }
    }

    std::atomic<std::uint64_t> m_range; ///< front << 32 | back
};

class Importer
{
public:
    Importer(const QString &path, const ImportOptions &options)
        : m_path(QDir::cleanPath(QFileInfo(path).absoluteFilePath()))
        , m_options(options)
        , m_rootDir(options.rootDir.isEmpty() ? QFileInfo(m_path).absolutePath()
                                              : QDir::cleanPath(QDir(options.rootDir).absolutePath()))
        , m_ownRefs(std::make_unique<RefResolver>(m_rootDir, QDir(m_rootDir).relativeFilePath(m_path), &m_out.diagnostics))
        , m_refs(*m_ownRefs)
    {
    }

    /**
     * A worker's importer: the main importer's settings, read after the root was read, and a
     * speculative resolver over its documents (see mapPathsAhead()).
     */
    explicit Importer(const Importer &main)
        : m_path(main.m_path)
        , m_options(main.m_options)
        , m_rootDir(main.m_rootDir)
        , m_ownRefs(main.m_refs.speculativeCopy())
        , m_refs(*m_ownRefs)
        , m_root(main.m_root)
        , m_swagger2(main.m_swagger2)
        , m_slug(main.m_slug)
        , m_apiId(main.m_apiId)
        , m_basePath(main.m_basePath)
        , m_flowProtocol(main.m_flowProtocol)
        , m_rootSecurity(main.m_rootSecurity)
        , m_schemes(main.m_schemes)
        , m_rootConsumes(main.m_rootConsumes)
        , m_rootProduces(main.m_rootProduces)
        , m_speculative(true)
    {
    }

    /** Reads the root from `bytes` instead of the file (importSpecBytes). */
    void useBytes(const QByteArray &bytes) { m_bytes = &bytes; }
    Result<ModelFragment> run();

private:
    bool step(int percent)
    {
        if (percent != m_lastPercent && m_options.progress) {
            m_lastPercent = percent;
            m_options.progress(percent);
        }
        return !(m_options.cancel && m_options.cancel->load(std::memory_order_relaxed));
    }

    QJsonValue toJson(NodeRef node, int depth, int &budget) const;
    bool writeJson(NodeRef node, int depth, int &budget, JsonText &out) const;
    std::uint8_t classify(std::string_view name, std::string_view format, std::string_view pattern);
    void readExposure(Component &api);
    void readSecuritySchemes();
    std::optional<QList<SecurityRequirement>> readSecurity(NodeRef raw, bool *present);
    void addOperation(const QString &path, NodeRef pathItem, std::string_view method, NodeRef op,
                      const QList<NodeRef> &pathParameters);
    void addOutbound(const QString &externalKind, const QString &label, NodeRef pathItem, const QString &context);
    QString assetFor(NodeRef rawSchema, const QString &inlineName, NodeRef anchor);
    std::optional<AssetTarget> assetTarget(NodeRef rawSchema);
    std::unique_ptr<AssetBody> makeAssetBody(const AssetTarget &at);
    QString commitAsset(const AssetTarget &at, const AssetBody *body, const QString &inlineName, NodeRef anchor);
    /// assetFor() whose id goes into `list` (once); a speculative pass records the use instead.
    void useAsset(NodeRef rawSchema, const QString &inlineName, NodeRef anchor, AssetList list, EntryPoint &ep);
    void mapPath(std::uint32_t index);
    void mapPathsAhead(NodeRef paths, PathClaims &claims, std::vector<PendingPath> &out);
    void commitPending(PendingOperation &pending);
    void insertEntryPoint(EntryPoint &&ep);
    void walkSchema(NodeRef raw, const std::string &prefix, int depth, SchemaWalk &walk);
    void copyExtensions(NodeRef map, QJsonObject &attributes) const;
    QString shared(NodeRef scalar);
    QString externalComponent(const QString &kind, NodeRef anchor);
    bool schemaHasBinary(NodeRef rawSchema);

    QString m_path;
    const QByteArray *m_bytes = nullptr;
    const ImportOptions &m_options;
    QString m_rootDir;
    ModelFragment m_out;
    std::unique_ptr<RefResolver> m_ownRefs;
    RefResolver &m_refs;
    NodeRef m_root;
    bool m_swagger2 = false;
    QString m_slug;
    QString m_apiId;
    QString m_basePath;
    QString m_flowProtocol = QStringLiteral("https");
    std::optional<QList<SecurityRequirement>> m_rootSecurity;
    QHash<QString, QJsonObject> m_schemes;
    QStringList m_rootConsumes;
    QStringList m_rootProduces;
    QHash<quint64, QString> m_assetBySchema;
    QHash<QString, int> m_assetIndex;
    QHash<QString, int> m_entryIndex;
    QHash<QString, int> m_flowIndex;
    int m_lastPercent = -1;
    /// shared(): one QString per repeated text (per importer, so per thread).
    std::unordered_map<std::string_view, QString> m_sharedTexts;
    /// copyExtensions: the object parsed from each extension text met (per importer, so per thread).
    mutable std::unordered_map<std::string, QJsonObject> m_extensionObjects;
    /// Property names repeat across schemas ("id", "created" …): classify each name once.
    std::unordered_map<std::string_view, std::uint8_t> m_nameCategories;
    /// A worker's importer: maps operations ahead, records asset uses, reports nothing.
    bool m_speculative = false;
    /// Speculative pass: the asset body of each schema met, and whether this path failed.
    std::unordered_map<quint64, std::unique_ptr<AssetBody>> m_bodies;
    std::vector<AssetUse> m_opUses;
    std::vector<PendingOperation> *m_pendingOps = nullptr;
    bool m_pathFailed = false;
    NodeRef m_paths;
};

QJsonValue Importer::toJson(NodeRef node, int depth, int &budget) const
{
    if (!node.isValid() || --budget < 0 || depth > 32)
        return QJsonValue(QStringLiteral("…"));
    const doc::Document &d = node.doc();
    if (node.isMapping()) {
        QJsonObject o;
        for (std::uint32_t i = 0; i < node.size() && budget >= 0; ++i)
            o.insert(node.keyAt(i).string(), toJson(node.valueAt(i), depth + 1, budget));
        return o;
    }
    if (node.isSequence()) {
        QJsonArray a;
        for (std::uint32_t i = 0; i < node.size() && budget >= 0; ++i)
            a.append(toJson(node.itemAt(i), depth + 1, budget));
        return a;
    }
    switch (d.scalarType(node.id)) {
    case doc::ScalarType::Null: return QJsonValue(QJsonValue::Null);
    case doc::ScalarType::Bool: return QJsonValue(*d.toBool(node.id));
    case doc::ScalarType::Int: {
        const auto v = d.toInt(node.id);
        return v ? QJsonValue(double(*v)) : QJsonValue(node.string());
    }
    case doc::ScalarType::Float: {
        bool ok = false;
        const double v = node.string().toDouble(&ok);
        return ok ? QJsonValue(v) : QJsonValue(node.string());
    }
    case doc::ScalarType::String: break;
    }
    return QJsonValue(node.string());
}

// The same value as toJson(), written as JSON text (same budget, same depth cut, same number
// conversion); false when a value has no exact JSON text form (inf, nan, -0).
bool Importer::writeJson(NodeRef node, int depth, int &budget, JsonText &out) const
{
    if (!node.isValid() || --budget < 0 || depth > 32) {
        out.string(std::string_view("\xe2\x80\xa6")); // "…", as toJson()
        return true;
    }
    const doc::Document &d = node.doc();
    if (node.isMapping()) {
        out.raw('{');
        for (std::uint32_t i = 0; i < node.size() && budget >= 0; ++i) {
            if (i)
                out.raw(',');
            out.string(node.keyAt(i).text());
            out.raw(':');
            if (!writeJson(node.valueAt(i), depth + 1, budget, out))
                return false;
        }
        out.raw('}');
        return true;
    }
    if (node.isSequence()) {
        out.raw('[');
        for (std::uint32_t i = 0; i < node.size() && budget >= 0; ++i) {
            if (i)
                out.raw(',');
            if (!writeJson(node.itemAt(i), depth + 1, budget, out))
                return false;
        }
        out.raw(']');
        return true;
    }
    switch (d.scalarType(node.id)) {
    case doc::ScalarType::Null: out.raw("null"); return true;
    case doc::ScalarType::Bool: out.raw(*d.toBool(node.id) ? "true" : "false"); return true;
    case doc::ScalarType::Int: {
        const auto v = d.toInt(node.id);
        if (!v)
            break;
        return out.number(double(*v));
    }
    case doc::ScalarType::Float: {
        bool ok = false;
        const double v = node.string().toDouble(&ok);
        if (!ok)
            break;
        return out.number(v);
    }
    case doc::ScalarType::String: break;
    }
    out.string(node.text());
    return true;
}

void Importer::copyExtensions(NodeRef map, QJsonObject &attributes) const
{
    if (!map.isMapping())
        return;
    JsonText text;
    text.raw('{');
    bool any = false, exact = true;
    for (std::uint32_t i = 0; i < map.size() && exact; ++i) {
        const std::string_view key = map.keyAt(i).text();
        if (!isExtension(key))
            continue;
        if (any)
            text.raw(',');
        any = true;
        text.string(key);
        text.raw(':');
        int budget = 2000; // extensions can be huge (vendor payloads); keep a bounded excerpt
        exact = writeJson(map.valueAt(i), 0, budget, text);
    }
    if (!any)
        return;
    text.raw('}');
    std::optional<QJsonObject> parsed;
    if (exact) {
        // Operations repeat the same extension objects (GitHub: 1,223 operations, 284 distinct
        // `x-github` texts): parse each text once; the objects are implicitly shared.
        const auto cached = m_extensionObjects.find(text.text());
        if (cached != m_extensionObjects.end()) {
            parsed = cached->second;
        } else {
            parsed = text.object();
            if (parsed)
                m_extensionObjects.emplace(std::move(text.text()), *parsed);
        }
    }
    if (parsed) {
        if (attributes.isEmpty()) {
            attributes = *parsed;
            return;
        }
        for (auto it = parsed->constBegin(); it != parsed->constEnd(); ++it)
            attributes.insert(it.key(), it.value());
        return;
    }
    // Values JSON text cannot carry (.inf, .nan, -0.0): build them one by one.
    for (std::uint32_t i = 0; i < map.size(); ++i) {
        const std::string_view key = map.keyAt(i).text();
        if (isExtension(key)) {
            int budget = 2000;
            attributes.insert(qs(key), toJson(map.valueAt(i), 0, budget));
        }
    }
}

QString Importer::shared(NodeRef scalar)
{
    // Views into the documents, which outlive the importer's work.
    const std::string_view text = scalar.text();
    if (text.empty())
        return QString();
    const auto [it, added] = m_sharedTexts.try_emplace(text);
    if (added)
        it->second = qs(text);
    return it->second;
}

std::uint8_t Importer::classify(std::string_view name, std::string_view format, std::string_view pattern)
{
    // The name part is cached; format and pattern are rare and cheap to test.
    std::uint8_t byName;
    const auto it = m_nameCategories.find(name);
    if (it != m_nameCategories.end()) {
        byName = it->second;
    } else {
        byName = classifyProperty(name, {}, {});
        m_nameCategories.emplace(name, byName);
    }
    if (format.empty() && pattern.empty())
        return byName;
    return byName | classifyProperty(name, format, pattern);
}

void Importer::readExposure(Component &api)
{
    QList<Server> servers;
    if (m_swagger2) {
        const QString host = m_refs.getDeref(m_root, "host").string();
        const QString basePath = m_refs.getDeref(m_root, "basePath").string();
        QStringList schemes;
        const NodeRef s = m_refs.getDeref(m_root, "schemes");
        for (std::uint32_t i = 0; s.isSequence() && i < s.size(); ++i)
            schemes << s.itemAt(i).string().toLower();
        if (schemes.isEmpty())
            schemes << QString();
        if (!host.isEmpty() || !basePath.isEmpty()) {
            for (const QString &scheme : std::as_const(schemes)) {
                const QString url = host.isEmpty() ? basePath
                                                   : (scheme.isEmpty() ? QStringLiteral("//") : scheme + QStringLiteral("://"))
                                                         + host + basePath;
                Server server = splitUrl(url);
                server.basePath = basePath;
                servers << server;
            }
        }
    } else {
        const NodeRef list = m_refs.getDeref(m_root, "servers");
        for (std::uint32_t i = 0; list.isSequence() && i < list.size(); ++i) {
            const NodeRef server = m_refs.deref(list.itemAt(i));
            QString url = m_refs.getDeref(server, "url").string();
            // Substitute server variables with their defaults, as a client would.
            const NodeRef vars = m_refs.getDeref(server, "variables");
            for (std::uint32_t v = 0; vars.isMapping() && v < vars.size(); ++v) {
                const QString def = m_refs.getDeref(m_refs.deref(vars.valueAt(v)), "default").string();
                url.replace(QLatin1Char('{') + vars.keyAt(v).string() + QLatin1Char('}'), def);
            }
            servers << splitUrl(url);
        }
    }
    QJsonArray serverList;
    bool anyPublic = false, anyInternal = false, plainHttp = false;
    for (const Server &s : std::as_const(servers)) {
        const Exposure e = classifyHost(s.host);
        anyPublic |= e == Exposure::Public;
        anyInternal |= e == Exposure::Internal;
        plainHttp |= s.scheme == QLatin1StringView("http") || s.scheme == QLatin1StringView("ws");
        QJsonObject o{{QStringLiteral("url"), s.url}};
        if (!s.host.isEmpty())
            o.insert(QStringLiteral("host"), s.host);
        if (e != Exposure::Unknown)
            o.insert(QStringLiteral("internal"), e == Exposure::Internal);
        serverList.append(o);
    }
    if (!servers.isEmpty()) {
        m_basePath = servers.front().basePath;
        if (m_basePath.endsWith(QLatin1Char('/')))
            m_basePath.chop(1);
        api.attributes.insert(QStringLiteral("servers"), serverList);
    }
    if (!m_basePath.isEmpty())
        api.attributes.insert(QStringLiteral("basePath"), m_basePath);
    if (anyPublic)
        api.attributes.insert(QLatin1StringView(attr::InternetFacing), true);
    else if (anyInternal)
        api.attributes.insert(QLatin1StringView(attr::InternetFacing), false);
    if (plainHttp) {
        api.attributes.insert(QLatin1StringView(attr::PlainHttp), true);
        m_flowProtocol = QStringLiteral("http");
    }
}

void Importer::readSecuritySchemes()
{
    const NodeRef schemes = m_swagger2 ? m_refs.getDeref(m_root, "securityDefinitions")
                                       : m_refs.getDeref(m_refs.getDeref(m_root, "components"), "securitySchemes");
    for (std::uint32_t i = 0; schemes.isMapping() && i < schemes.size(); ++i) {
        const NodeRef s = m_refs.deref(schemes.valueAt(i));
        if (!s.isMapping())
            continue;
        QJsonObject o;
        for (const char *field : {"type", "in", "name", "scheme", "bearerFormat", "flow", "authorizationUrl", "tokenUrl",
                                  "openIdConnectUrl"}) {
            const NodeRef v = m_refs.getDeref(s, field);
            if (v.isScalar())
                o.insert(QLatin1StringView(field) == QLatin1StringView("name") ? QStringLiteral("parameterName")
                                                                               : QLatin1StringView(field).toString(),
                         v.string());
        }
        auto scopesOf = [&](NodeRef scopes) {
            QJsonArray names;
            for (std::uint32_t k = 0; scopes.isMapping() && k < scopes.size(); ++k)
                names.append(scopes.keyAt(k).string());
            return names;
        };
        if (m_swagger2) {
            const NodeRef scopes = m_refs.getDeref(s, "scopes");
            if (scopes.isMapping())
                o.insert(QStringLiteral("scopes"), scopesOf(scopes));
        }
        const NodeRef flows = m_refs.getDeref(s, "flows");
        if (flows.isMapping()) {
            QJsonObject f;
            for (std::uint32_t k = 0; k < flows.size(); ++k) {
                const NodeRef flow = m_refs.deref(flows.valueAt(k));
                QJsonObject fo;
                for (const char *field : {"authorizationUrl", "tokenUrl", "refreshUrl"}) {
                    const NodeRef v = m_refs.getDeref(flow, field);
                    if (v.isScalar())
                        fo.insert(QLatin1StringView(field).toString(), v.string());
                }
                fo.insert(QStringLiteral("scopes"), scopesOf(m_refs.getDeref(flow, "scopes")));
                f.insert(flows.keyAt(k).string(), fo);
            }
            o.insert(QStringLiteral("flows"), f);
        }
        copyExtensions(s, o);
        m_schemes.insert(schemes.keyAt(i).string(), o);
    }
}

std::optional<QList<SecurityRequirement>> Importer::readSecurity(NodeRef raw, bool *present)
{
    const NodeRef s = m_refs.deref(raw);
    *present = s.isSequence();
    if (!s.isSequence())
        return std::nullopt;
    QList<SecurityRequirement> alternatives;
    alternatives.reserve(qsizetype(s.size()));
    for (std::uint32_t i = 0; i < s.size(); ++i) {
        const NodeRef req = m_refs.deref(s.itemAt(i));
        if (!req.isMapping())
            continue;
        SecurityRequirement names;
        for (std::uint32_t k = 0; k < req.size(); ++k)
            names << req.keyAt(k).string();
        names.sort();
        names.removeDuplicates();
        alternatives << names;
    }
    return alternatives;
}

bool isObjectReference(const QString &name, const QString &in)
{
    if (in == QLatin1StringView("path")) {
        static const QSet<QString> notObjects{QStringLiteral("version"), QStringLiteral("api-version"),
                                              QStringLiteral("apiversion"), QStringLiteral("format"),
                                              QStringLiteral("lang"), QStringLiteral("language"),
                                              QStringLiteral("locale"), QStringLiteral("ext"),
                                              QStringLiteral("extension"), QStringLiteral("v")};
        return !notObjects.contains(name.toLower());
    }
    if (in == QLatin1StringView("query") || in == QLatin1StringView("header") || in == QLatin1StringView("cookie")) {
        const QString lower = name.toLower();
        return name == QLatin1StringView("id") || name.endsWith(QLatin1StringView("Id")) || name.endsWith(QLatin1StringView("ID"))
            || lower.endsWith(QLatin1StringView("_id")) || lower.endsWith(QLatin1StringView("-id"))
            || lower.endsWith(QLatin1StringView("uuid")) || lower.endsWith(QLatin1StringView("guid"));
    }
    return false;
}

void Importer::walkSchema(NodeRef raw, const std::string &prefix, int depth, SchemaWalk &walk)
{
    const NodeRef s = m_refs.deref(raw);
    if (!s.isMapping() || walk.count > 500 || depth > 4)
        return;
    if (walk.visited.contains(s.key()))
        return;
    walk.visited.insert(s.key());
    const NodeRef props = m_refs.getDeref(s, "properties");
    for (std::uint32_t i = 0; props.isMapping() && i < props.size() && walk.count <= 500; ++i) {
        const std::string_view name = props.keyAt(i).text();
        const NodeRef p = m_refs.deref(props.valueAt(i));
        std::string full = prefix;
        full.append(name);
        ++walk.count;
        const std::uint8_t cats = classify(name, m_refs.getDeref(p, "format").text(), m_refs.getDeref(p, "pattern").text());
        const bool readOnly = p.isMapping() && p.doc().toBool(m_refs.getDeref(p, "readOnly").id).value_or(false);
        const bool writeOnly = p.isMapping() && p.doc().toBool(m_refs.getDeref(p, "writeOnly").id).value_or(false);
        (readOnly ? walk.readOnly : walk.writable).push_back(full);
        if (writeOnly)
            walk.writeOnly.push_back(full);
        if (cats) {
            walk.categories |= cats;
            walk.sensitive.push_back(full);
            walk.categoriesByProperty.emplace_back(full, cats);
        }
        // Nested inline objects belong to this asset; a named schema behind a $ref is an asset of
        // its own (listed here by its property name), which keeps the walk linear in the spec.
        if (p.isMapping() && depth < 3 && m_refs.refText(props.valueAt(i)).empty()) {
            const NodeRef items = m_refs.get(p, "items");
            if (m_refs.get(p, "properties").isValid() || m_refs.get(p, "allOf").isValid())
                walkSchema(props.valueAt(i), full + '.', depth + 1, walk);
            else if (items.isValid() && m_refs.refText(items).empty())
                walkSchema(items, full + "[].", depth + 1, walk);
        }
    }
    for (const char *combiner : {"allOf", "oneOf", "anyOf"}) {
        const NodeRef list = m_refs.getDeref(s, combiner);
        if (!list.isSequence())
            continue;
        if (combiner[0] != 'a' || combiner[1] != 'l')
            walk.polymorphic = true;
        for (std::uint32_t i = 0; i < list.size(); ++i)
            walkSchema(list.itemAt(i), prefix, depth, walk);
    }
    const NodeRef items = m_refs.get(s, "items");
    if (items.isValid() && depth == 0)
        walkSchema(items, prefix, depth + 1, walk);
    const NodeRef disc = m_refs.getDeref(s, "discriminator");
    if (walk.discriminator.isEmpty()) {
        if (disc.isScalar())
            walk.discriminator = disc.string();
        else if (disc.isMapping())
            walk.discriminator = m_refs.getDeref(disc, "propertyName").string();
    }
}

std::optional<AssetTarget> Importer::assetTarget(NodeRef rawSchema)
{
    NodeRef raw = rawSchema;
    // An array of X carries X: name the asset after the item schema.
    for (int guard = 0; guard < 8; ++guard) {
        const NodeRef d = m_refs.deref(raw);
        if (!d.isMapping())
            return std::nullopt;
        const NodeRef items = m_refs.get(d, "items");
        if (!items.isValid() || m_refs.get(d, "properties").isValid())
            break;
        raw = items;
    }
    const NodeRef target = m_refs.deref(raw);
    if (!target.isMapping())
        return std::nullopt;
    return AssetTarget{raw, target};
}

std::unique_ptr<AssetBody> Importer::makeAssetBody(const AssetTarget &at)
{
    auto body = std::make_unique<AssetBody>();
    SchemaWalk walk;
    walkSchema(at.raw, std::string(), 0, walk);
    if (walk.count == 0) {
        body->empty = true;
        return body;
    }
    body->tags = categoryNames(walk.categories);
    if (walk.categories & (Credential | Payment))
        body->classification = Classification::Restricted;
    else if (walk.categories & (Pii | Health))
        body->classification = Classification::Confidential;
    else
        body->classification = Classification::Internal;
    body->confidentiality = walk.categories ? Rating::High : Rating::Medium;
    body->integrity = (walk.categories & (Credential | Payment)) ? Rating::High : Rating::Medium;
    QJsonObject &attributes = body->attributes;
    JsonText text; // property names are UTF-8 text of a validated document: always valid JSON
    text.raw("{\"writableProperties\":");
    text.stringArray(walk.writable);
    text.raw(",\"readOnlyProperties\":");
    text.stringArray(walk.readOnly);
    if (!walk.writeOnly.empty()) {
        text.raw(",\"writeOnlyProperties\":");
        text.stringArray(walk.writeOnly);
    }
    text.raw(",\"sensitiveProperties\":");
    text.stringArray(walk.sensitive);
    if (!walk.categoriesByProperty.empty()) {
        text.raw(",\"propertyCategories\":{");
        bool first = true;
        for (const auto &[property, cats] : walk.categoriesByProperty) {
            if (!first)
                text.raw(',');
            first = false;
            text.string(property);
            text.raw(":[");
            bool firstName = true;
            for (const QString &category : categoryNames(cats)) {
                if (!firstName)
                    text.raw(',');
                firstName = false;
                text.string(category);
            }
            text.raw(']');
        }
        text.raw('}');
    }
    text.raw('}');
    if (std::optional<QJsonObject> lists = text.object()) {
        attributes = std::move(*lists);
    } else {
        // Only reachable with names Qt's parser refuses (decoded lone surrogates): build slowly.
        auto strings = [](const std::vector<std::string> &items) {
            QJsonArray array;
            for (const std::string &item : items)
                array.append(qs(item));
            return array;
        };
        attributes.insert(QStringLiteral("writableProperties"), strings(walk.writable));
        attributes.insert(QStringLiteral("readOnlyProperties"), strings(walk.readOnly));
        if (!walk.writeOnly.empty())
            attributes.insert(QStringLiteral("writeOnlyProperties"), strings(walk.writeOnly));
        attributes.insert(QStringLiteral("sensitiveProperties"), strings(walk.sensitive));
        QJsonObject categories;
        for (const auto &[property, cats] : walk.categoriesByProperty)
            categories.insert(qs(property), QJsonArray::fromStringList(categoryNames(cats)));
        if (!categories.isEmpty())
            attributes.insert(QStringLiteral("propertyCategories"), categories);
    }
    if (!walk.discriminator.isEmpty())
        attributes.insert(QStringLiteral("discriminator"), walk.discriminator);
    if (walk.polymorphic)
        attributes.insert(QStringLiteral("polymorphic"), true);
    // "schema" and "inline" depend on the use and are added by commitAsset(); no extension
    // key ("x-…") can collide with them or with the lists above.
    copyExtensions(at.target, attributes);
    return body;
}

QString Importer::commitAsset(const AssetTarget &at, const AssetBody *body, const QString &inlineName, NodeRef anchor)
{
    const NodeRef target = at.target;
    const auto known = m_assetBySchema.constFind(target.key());
    if (known != m_assetBySchema.constEnd())
        return known.value();

    QString name;
    const std::string_view ref = m_refs.refText(at.raw);
    if (!ref.empty()) {
        const QString r = qs(ref);
        const qsizetype hash = r.indexOf(QLatin1Char('#'));
        if (hash >= 0 && hash + 1 < r.size()) {
            name = r.mid(r.lastIndexOf(QLatin1Char('/')) + 1);
            name.replace(QLatin1StringView("~1"), QLatin1StringView("/")).replace(QLatin1StringView("~0"), QLatin1StringView("~"));
        } else {
            name = QFileInfo(hash >= 0 ? r.left(hash) : r).completeBaseName();
        }
    }
    const bool named = !name.isEmpty();
    if (!named)
        name = inlineName;

    std::unique_ptr<AssetBody> own;
    if (!body) {
        own = makeAssetBody(at);
        body = own.get();
    }
    if (body->empty) {
        m_assetBySchema.insert(target.key(), QString());
        return {};
    }
    QString id = QStringLiteral("asset:%1:%2").arg(m_slug, name);
    if (m_assetIndex.contains(id)) {
        // Same name, different schema (another file): disambiguate by where it is defined.
        const SourceRef where = m_refs.sourceOf(target);
        id += QStringLiteral("@%1:%2").arg(where.file).arg(where.line);
    }
    DataAsset asset;
    asset.id = id;
    asset.name = name;
    asset.tags = body->tags;
    asset.classification = body->classification;
    asset.confidentiality = body->confidentiality;
    asset.integrity = body->integrity;
    asset.availability = Rating::Medium;
    asset.attributes = body->attributes;
    if (!ref.empty())
        asset.attributes.insert(QStringLiteral("schema"), qs(ref));
    asset.attributes.insert(QStringLiteral("inline"), !named);
    asset.sources << m_refs.sourceOf(named ? target : anchor);
    m_assetIndex.insert(id, int(m_out.assets.size()));
    m_out.assets << asset;
    m_assetBySchema.insert(target.key(), id);
    return id;
}

QString Importer::assetFor(NodeRef rawSchema, const QString &inlineName, NodeRef anchor)
{
    const std::optional<AssetTarget> at = assetTarget(rawSchema);
    return at ? commitAsset(*at, nullptr, inlineName, anchor) : QString();
}

void Importer::useAsset(NodeRef rawSchema, const QString &inlineName, NodeRef anchor, AssetList list, EntryPoint &ep)
{
    QStringList &ids = list == AssetList::Request ? ep.requestAssetIds : ep.responseAssetIds;
    if (!m_speculative) {
        const QString asset = assetFor(rawSchema, inlineName, anchor);
        if (!asset.isEmpty() && !ids.contains(asset))
            ids << asset;
        return;
    }
    const std::optional<AssetTarget> at = assetTarget(rawSchema);
    if (!at)
        return;
    std::unique_ptr<AssetBody> &body = m_bodies[at->target.key()];
    if (!body) {
        // The body is shared by later uses: it carries its own failure, not the path's.
        m_pathFailed |= m_refs.failed();
        m_refs.clearFailed();
        body = makeAssetBody(*at);
        body->failed = m_refs.failed();
    }
    m_pathFailed |= body->failed;
    m_opUses.push_back(AssetUse{*at, body.get(), inlineName, anchor, list});
}

bool Importer::schemaHasBinary(NodeRef rawSchema)
{
    const NodeRef s = m_refs.deref(rawSchema);
    auto binary = [&](NodeRef p) {
        const std::string_view f = m_refs.getDeref(p, "format").text();
        const std::string_view t = m_refs.getDeref(p, "type").text();
        return f == "binary" || f == "base64" || t == "file"
            || !m_refs.getDeref(p, "contentMediaType").text().empty();
    };
    if (binary(s))
        return true;
    const NodeRef props = m_refs.getDeref(s, "properties");
    for (std::uint32_t i = 0; props.isMapping() && i < props.size(); ++i) {
        const NodeRef p = m_refs.deref(props.valueAt(i));
        if (binary(p) || binary(m_refs.getDeref(p, "items")))
            return true;
    }
    return false;
}

QString Importer::externalComponent(const QString &kind, NodeRef anchor)
{
    const QString id = QStringLiteral("ext:%1:%2").arg(m_slug, kind);
    for (const Component &c : std::as_const(m_out.components))
        if (c.id == id)
            return id;
    Component c;
    c.id = id;
    c.kind = ComponentKind::ExternalEntity;
    c.name = kind == QLatin1StringView("webhooks") ? Tr::tr("%1 webhook receivers").arg(m_out.components.front().name)
                                                   : Tr::tr("%1 callback receivers").arg(m_out.components.front().name);
    c.technology = QStringLiteral("HTTP");
    c.attributes.insert(QStringLiteral("receives"), kind);
    c.sources << m_refs.sourceOf(anchor);
    m_out.components << c;
    return id;
}

void Importer::addOutbound(const QString &externalKind, const QString &label, NodeRef pathItem, const QString &context)
{
    const NodeRef item = m_refs.deref(pathItem);
    if (!item.isMapping())
        return;
    for (std::string_view method : Methods) {
        const NodeRef opRaw = m_refs.get(pathItem, method);
        const NodeRef op = m_refs.deref(opRaw);
        if (!op.isMapping())
            continue;
        const QString ext = externalComponent(externalKind, opRaw.keyOfValue());
        const QString upper = qs(method).toUpper();
        DataFlow flow;
        flow.id = QStringLiteral("flow:%1->%2:%3 %4").arg(m_apiId, ext, context.isEmpty() ? label : context + label, upper);
        flow.sourceId = m_apiId;
        flow.targetId = ext;
        flow.protocol = m_flowProtocol;
        flow.encrypted = m_flowProtocol == QLatin1StringView("https");
        flow.label = label;
        flow.attributes.insert(QStringLiteral("method"), upper);
        flow.attributes.insert(QStringLiteral("kind"), externalKind == QLatin1StringView("webhooks")
                                                           ? QStringLiteral("webhook")
                                                           : QStringLiteral("callback"));
        const QString operationId = m_refs.getDeref(op, "operationId").string();
        if (!operationId.isEmpty())
            flow.attributes.insert(QStringLiteral("operationId"), operationId);
        const NodeRef body = m_refs.getDeref(op, "requestBody");
        const NodeRef content = m_refs.getDeref(body, "content");
        QStringList mediaTypes;
        for (std::uint32_t i = 0; content.isMapping() && i < content.size(); ++i) {
            mediaTypes << content.keyAt(i).string();
            const NodeRef schema = m_refs.get(m_refs.deref(content.valueAt(i)), "schema");
            const QString asset = assetFor(schema, QStringLiteral("%1 %2 payload").arg(context + label, upper), schema);
            if (!asset.isEmpty() && !flow.assetIds.contains(asset))
                flow.assetIds << asset;
        }
        if (!mediaTypes.isEmpty())
            flow.attributes.insert(QStringLiteral("mediaTypes"), QJsonArray::fromStringList(mediaTypes));
        copyExtensions(op, flow.attributes);
        flow.sources << m_refs.sourceOf(opRaw.keyOfValue());
        const auto existing = m_flowIndex.constFind(flow.id);
        if (existing != m_flowIndex.constEnd()) {
            m_out.flows[existing.value()] = flow;
        } else {
            m_flowIndex.insert(flow.id, int(m_out.flows.size()));
            m_out.flows << flow;
        }
    }
}

void Importer::addOperation(const QString &path, NodeRef pathItem, std::string_view method, NodeRef opRaw,
                            const QList<NodeRef> &pathParameters)
{
    const NodeRef op = m_refs.deref(opRaw);
    if (!op.isMapping())
        return;
    m_opUses.clear();
    EntryPoint ep;
    ep.method = qs(method).toUpper();
    ep.path = path;
    ep.componentId = m_apiId;
    ep.kind = EntryPointKind::HttpOperation;
    ep.id = QStringLiteral("ep:%1:%2 %3").arg(m_slug, ep.method, path);
    const NodeRef operationId = m_refs.getDeref(op, "operationId");
    if (operationId.isScalar() && !op.doc().isNull(operationId.id))
        ep.operationId = operationId.string();
    ep.name = ep.operationId.isEmpty() ? ep.method + QLatin1Char(' ') + path : ep.operationId;
    const NodeRef tags = m_refs.getDeref(op, "tags");
    for (std::uint32_t i = 0; tags.isSequence() && i < tags.size(); ++i)
        ep.tags << shared(m_refs.deref(tags.itemAt(i)));
    ep.deprecated = op.doc().toBool(m_refs.getDeref(op, "deprecated").id).value_or(false);
    // Extensions first: into the empty attributes they come as the shared object parsed for their
    // text (copyExtensions), which the inserts below then copy once instead of key by key.
    copyExtensions(op, ep.attributes);
    const QString summary = m_refs.getDeref(op, "summary").string();
    if (!summary.isEmpty())
        ep.attributes.insert(QStringLiteral("summary"), summary);
    if (!m_basePath.isEmpty())
        ep.attributes.insert(QStringLiteral("basePath"), m_basePath);
    if (!m_speculative) // positions are computed in the ordered pass (Document caches the last one)
        ep.sources << m_refs.sourceOf(opRaw.keyOfValue());

    // Effective security: the operation's own list wins, even when empty.
    bool present = false;
    ep.security = readSecurity(m_refs.get(op, "security"), &present);
    if (!present)
        ep.security = m_rootSecurity;
    if (ep.security) {
        bool authenticated = !ep.security->isEmpty();
        QJsonArray schemes;
        QSet<QString> seen;
        const NodeRef secList = m_refs.getDeref(present ? op : m_root, "security");
        for (std::uint32_t a = 0; secList.isSequence() && a < secList.size(); ++a) {
            const NodeRef req = m_refs.deref(secList.itemAt(a));
            if (!req.isMapping() || req.size() == 0) {
                authenticated = false; // an empty alternative lets anonymous callers in
                continue;
            }
            for (std::uint32_t k = 0; k < req.size(); ++k) {
                const QString name = shared(req.keyAt(k));
                if (seen.contains(name))
                    continue;
                seen.insert(name);
                QJsonObject s = m_schemes.value(name);
                s.insert(QStringLiteral("name"), name);
                if (!m_schemes.contains(name))
                    s.insert(QStringLiteral("undeclared"), true);
                const NodeRef scopes = m_refs.deref(req.valueAt(k));
                QJsonArray required;
                for (std::uint32_t i = 0; scopes.isSequence() && i < scopes.size(); ++i)
                    required.append(shared(scopes.itemAt(i)));
                if (!required.isEmpty())
                    s.insert(QStringLiteral("requiredScopes"), required);
                schemes.append(s);
            }
        }
        ep.attributes.insert(QLatin1StringView(attr::Authenticated), authenticated);
        if (!schemes.isEmpty())
            ep.attributes.insert(QStringLiteral("securitySchemes"), schemes);
    }

    // Parameters: operation-level ones override path-level ones with the same name and location.
    QList<NodeRef> params;
    std::unordered_map<std::string, int> paramIndex; // "in\nname": short, so no allocation
    auto collect = [&](NodeRef listRaw) {
        const NodeRef list = m_refs.deref(listRaw);
        for (std::uint32_t i = 0; list.isSequence() && i < list.size(); ++i) {
            const NodeRef p = m_refs.deref(list.itemAt(i));
            if (!p.isMapping())
                continue;
            std::string key(m_refs.getDeref(p, "in").text());
            key += '\n';
            key += m_refs.getDeref(p, "name").text();
            const auto [it, added] = paramIndex.try_emplace(std::move(key), int(params.size()));
            if (added)
                params << p;
            else
                params[it->second] = p;
        }
    };
    for (const NodeRef &list : pathParameters)
        collect(list);
    collect(m_refs.get(op, "parameters"));

    bool fileUpload = false;
    const QString opLabel = ep.operationId.isEmpty() ? ep.method + QLatin1Char(' ') + path : ep.operationId;
    bool hasBody = false;
    for (const NodeRef &p : std::as_const(params)) {
        Parameter parameter;
        parameter.name = shared(m_refs.getDeref(p, "name"));
        parameter.in = shared(m_refs.getDeref(p, "in"));
        parameter.required = parameter.in == QLatin1StringView("path")
            || p.doc().toBool(m_refs.getDeref(p, "required").id).value_or(false);
        parameter.objectReference = isObjectReference(parameter.name, parameter.in);
        const NodeRef schema = m_refs.getDeref(p, "schema");
        const NodeRef typed = schema.isMapping() ? schema : p;
        const NodeRef format = m_refs.getDeref(typed, "format");
        parameter.type = shared(format.text().empty() ? m_refs.getDeref(typed, "type") : format);
        if (parameter.in == QLatin1StringView("body")) {
            hasBody = true;
            useAsset(m_refs.get(p, "schema"), opLabel + QStringLiteral(" request"), p, AssetList::Request, ep);
        } else if (parameter.in == QLatin1StringView("formData")) {
            hasBody = true;
            if (parameter.type == QLatin1StringView("file"))
                fileUpload = true;
        }
        ep.parameters << parameter;
    }

    if (m_swagger2) {
        QStringList consumes, produces;
        const NodeRef c = m_refs.getDeref(op, "consumes");
        for (std::uint32_t i = 0; c.isSequence() && i < c.size(); ++i)
            consumes << shared(c.itemAt(i));
        const NodeRef pr = m_refs.getDeref(op, "produces");
        for (std::uint32_t i = 0; pr.isSequence() && i < pr.size(); ++i)
            produces << shared(pr.itemAt(i));
        if (!c.isSequence())
            consumes = m_rootConsumes;
        if (!pr.isSequence())
            produces = m_rootProduces;
        if (hasBody)
            ep.requestMediaTypes = consumes;
        ep.responseMediaTypes = produces;
    } else {
        const NodeRef body = m_refs.getDeref(op, "requestBody");
        const NodeRef content = m_refs.getDeref(body, "content");
        for (std::uint32_t i = 0; content.isMapping() && i < content.size(); ++i) {
            const QString mediaType = shared(content.keyAt(i));
            if (!ep.requestMediaTypes.contains(mediaType))
                ep.requestMediaTypes << mediaType;
            const NodeRef schema = m_refs.get(m_refs.deref(content.valueAt(i)), "schema");
            if (mediaType.startsWith(QLatin1StringView("application/octet-stream")) || mediaType.startsWith(QLatin1StringView("image/"))
                || mediaType.startsWith(QLatin1StringView("video/")) || mediaType.startsWith(QLatin1StringView("audio/"))
                || (mediaType.startsWith(QLatin1StringView("multipart/")) && schemaHasBinary(schema)))
                fileUpload = true;
            useAsset(schema, opLabel + QStringLiteral(" request"), schema, AssetList::Request, ep);
        }
        if (body.isMapping() && body.doc().toBool(m_refs.getDeref(body, "required").id).value_or(false))
            ep.attributes.insert(QStringLiteral("requestBodyRequired"), true);
    }

    const NodeRef responses = m_refs.getDeref(op, "responses");
    QJsonArray links;
    for (std::uint32_t i = 0; responses.isMapping() && i < responses.size(); ++i) {
        const QString code = shared(responses.keyAt(i));
        if (code.startsWith(QLatin1StringView("x-")))
            continue;
        const NodeRef response = m_refs.deref(responses.valueAt(i));
        if (!response.isMapping())
            continue;
        const QString inlineName = opLabel + QStringLiteral(" response ") + code;
        if (m_swagger2) {
            const NodeRef schema = m_refs.get(response, "schema");
            if (schema.isValid()) {
                useAsset(schema, inlineName, schema, AssetList::Response, ep);
            }
            continue;
        }
        const NodeRef content = m_refs.getDeref(response, "content");
        for (std::uint32_t k = 0; content.isMapping() && k < content.size(); ++k) {
            const QString mediaType = shared(content.keyAt(k));
            if (!ep.responseMediaTypes.contains(mediaType))
                ep.responseMediaTypes << mediaType;
            const NodeRef schema = m_refs.get(m_refs.deref(content.valueAt(k)), "schema");
            useAsset(schema, inlineName, schema, AssetList::Response, ep);
        }
        const NodeRef linkMap = m_refs.getDeref(response, "links");
        for (std::uint32_t k = 0; linkMap.isMapping() && k < linkMap.size(); ++k) {
            const NodeRef link = m_refs.deref(linkMap.valueAt(k));
            QJsonObject o{{QStringLiteral("name"), linkMap.keyAt(k).string()}, {QStringLiteral("response"), code}};
            const QString target = m_refs.getDeref(link, "operationId").string();
            const QString targetRef = m_refs.getDeref(link, "operationRef").string();
            if (!target.isEmpty())
                o.insert(QStringLiteral("operationId"), target);
            if (!targetRef.isEmpty())
                o.insert(QStringLiteral("operationRef"), targetRef);
            links.append(o);
        }
    }
    if (!links.isEmpty())
        ep.attributes.insert(QStringLiteral("links"), links);
    if (fileUpload)
        ep.attributes.insert(QStringLiteral("fileUpload"), true);

    const NodeRef callbacks = m_refs.getDeref(op, "callbacks");
    if (m_speculative && callbacks.isMapping() && callbacks.size() > 0) {
        m_pathFailed = true; // callbacks add flows and components: left to the ordered pass
        return;
    }
    QJsonArray callbackNames;
    for (std::uint32_t i = 0; callbacks.isMapping() && i < callbacks.size(); ++i) {
        const QString name = callbacks.keyAt(i).string();
        callbackNames.append(name);
        const NodeRef callback = m_refs.deref(callbacks.valueAt(i));
        for (std::uint32_t k = 0; callback.isMapping() && k < callback.size(); ++k) {
            const std::string_view expression = callback.keyAt(k).text();
            if (isExtension(expression))
                continue;
            addOutbound(QStringLiteral("callbacks"), name + QLatin1Char(' ') + qs(expression), callback.valueAt(k),
                        opLabel + QLatin1Char('/'));
        }
    }
    if (!callbackNames.isEmpty())
        ep.attributes.insert(QStringLiteral("callbacks"), callbackNames);
    Q_UNUSED(pathItem);
    if (m_speculative) {
        m_pendingOps->push_back(PendingOperation{std::move(ep), opRaw, std::move(m_opUses)});
        m_opUses.clear();
        return;
    }
    insertEntryPoint(std::move(ep));
}

void Importer::insertEntryPoint(EntryPoint &&ep)
{
    const auto existing = m_entryIndex.constFind(ep.id);
    if (existing != m_entryIndex.constEnd()) {
        m_out.entryPoints[existing.value()] = std::move(ep);
    } else {
        m_entryIndex.insert(ep.id, int(m_out.entryPoints.size()));
        m_out.entryPoints << std::move(ep);
    }
}

void Importer::mapPath(std::uint32_t index)
{
    const std::string_view key = m_paths.keyAt(index).text();
    if (isExtension(key))
        return;
    const NodeRef itemRaw = m_paths.valueAt(index);
    const NodeRef item = m_refs.deref(itemRaw);
    if (!item.isMapping())
        return;
    QList<NodeRef> pathParameters;
    const NodeRef own = m_refs.get(itemRaw, "parameters");
    if (own.isValid())
        pathParameters << own;
    const QString path = qs(key);
    for (std::string_view method : Methods) {
        const NodeRef op = m_refs.get(itemRaw, method);
        if (op.isValid())
            addOperation(path, itemRaw, method, op, pathParameters);
    }
}

// Runs on a worker thread with a speculative resolver: reads the documents and the settings
// fixed before the paths, writes only the entries of `out` it claims. A path whose mapping met any
// failure, or that needs what only the ordered pass may do (callbacks), is marked failed and
// redone there.
void Importer::mapPathsAhead(NodeRef paths, PathClaims &claims, std::vector<PendingPath> &out)
{
    m_paths = paths;
    for (std::optional<std::uint32_t> next; (next = claims.fromBack());) {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            return; // the claimed path stays not done: the ordered pass redoes it (or stops first)
        PendingPath &pending = out[*next];
        m_refs.clearFailed();
        m_pathFailed = false;
        m_pendingOps = &pending.operations;
        mapPath(*next);
        pending.failed = m_pathFailed || m_refs.failed();
        pending.done = true;
        if (pending.failed)
            pending.operations.clear();
    }
}

void Importer::commitPending(PendingOperation &pending)
{
    EntryPoint &ep = pending.ep;
    ep.sources << m_refs.sourceOf(pending.opRaw.keyOfValue());
    for (const AssetUse &use : pending.uses) {
        const QString asset = commitAsset(use.at, use.body, use.inlineName, use.anchor);
        QStringList &ids = use.list == AssetList::Request ? ep.requestAssetIds : ep.responseAssetIds;
        if (!asset.isEmpty() && !ids.contains(asset))
            ids << asset;
    }
    insertEntryPoint(std::move(ep));
}

Result<ModelFragment> Importer::run()
{
    if (!step(0))
        return makeError(Tr::tr("cancelled"));
    Result<NodeRef> root = m_bytes ? m_refs.loadRootBytes(m_path, *m_bytes) : m_refs.loadRoot(m_path);
    if (!root.ok())
        return root.error();
    m_root = root.value();
    const doc::Document &d = m_root.doc();
    if (!m_root.isMapping())
        return makeError(Tr::tr("not an OpenAPI or Swagger document: the top level is not a mapping"), d.location(m_root.id));
    const NodeRef openapi = m_refs.getDeref(m_root, "openapi");
    const NodeRef swagger = m_refs.getDeref(m_root, "swagger");
    if (!openapi.isScalar() && !swagger.isScalar())
        return makeError(Tr::tr("not an OpenAPI or Swagger document: neither 'openapi' nor 'swagger' is set"),
                         d.location(m_root.id));
    m_swagger2 = !openapi.isScalar();
    const QString version = m_swagger2 ? swagger.string() : openapi.string();
    if (m_swagger2 ? !version.startsWith(QLatin1StringView("2.")) : !version.startsWith(QLatin1StringView("3.")))
        m_refs.warn(m_swagger2 ? swagger : openapi, Tr::tr("unsupported specification version '%1'; importing anyway").arg(version));
    if (!step(15))
        return makeError(Tr::tr("cancelled"));

    const NodeRef info = m_refs.getDeref(m_root, "info");
    QString title = m_refs.getDeref(info, "title").string().trimmed();
    if (title.isEmpty())
        title = QFileInfo(m_path).completeBaseName();
    m_slug = slugify(title);
    if (m_slug.isEmpty())
        m_slug = slugify(QFileInfo(m_path).completeBaseName());
    m_apiId = QStringLiteral("api:") + m_slug;

    Component api;
    api.id = m_apiId;
    api.name = title;
    api.kind = ComponentKind::Service;
    api.technology = (m_swagger2 ? QStringLiteral("Swagger ") : QStringLiteral("OpenAPI ")) + version;
    api.attributes.insert(QStringLiteral("specVersion"), version);
    const QString apiVersion = m_refs.getDeref(info, "version").string();
    if (!apiVersion.isEmpty())
        api.attributes.insert(QStringLiteral("apiVersion"), apiVersion);
    api.sources << m_refs.sourceOf(info.isValid() ? m_refs.get(m_root, "info").keyOfValue() : m_root);
    const NodeRef tagList = m_refs.getDeref(m_root, "tags");
    for (std::uint32_t i = 0; tagList.isSequence() && i < tagList.size(); ++i) {
        const QString name = m_refs.getDeref(m_refs.deref(tagList.itemAt(i)), "name").string();
        if (!name.isEmpty())
            api.tags << name;
    }
    readExposure(api);
    readSecuritySchemes();
    if (!m_schemes.isEmpty()) {
        QJsonObject schemes;
        for (auto it = m_schemes.cbegin(); it != m_schemes.cend(); ++it)
            schemes.insert(it.key(), it.value());
        api.attributes.insert(QStringLiteral("securitySchemes"), schemes);
    }
    bool rootPresent = false;
    m_rootSecurity = readSecurity(m_refs.get(m_root, "security"), &rootPresent);
    if (m_swagger2) {
        for (const auto &[key, list] : {std::pair{"consumes", &m_rootConsumes}, std::pair{"produces", &m_rootProduces}}) {
            const NodeRef s = m_refs.getDeref(m_root, key);
            for (std::uint32_t i = 0; s.isSequence() && i < s.size(); ++i)
                *list << s.itemAt(i).string();
        }
    }
    m_out.components << api;

    const NodeRef paths = m_refs.getDeref(m_root, "paths");
    const std::uint32_t pathCount = paths.isMapping() ? paths.size() : 0;
    m_paths = paths;
    // Room for every operation from the start (a path item's keys bound its operations, but for
    // a $ref): a growing list moves each entry point into fresh memory again, page faults that
    // were a quarter of GitHub's import on the project's VM.
    qsizetype room = 0;
    for (std::uint32_t p = 0; p < pathCount; ++p) {
        const NodeRef item = paths.valueAt(p);
        room += item.isMapping() ? item.size() : 1;
    }
    m_out.entryPoints.reserve(room);
    m_entryIndex.reserve(room);
    // Large documents: this thread maps the paths from the first on, in order, while a worker
    // maps them from the last one backwards, ahead of time; they meet where the work is halved,
    // whatever its distribution, and the worker's results are then merged in document order.
    PathClaims claims(pathCount);
    std::vector<PendingPath> ahead;
    std::unique_ptr<Importer> worker;
    HelperTask thread;
    if (m_options.parallel && pathCount >= ParallelMinPaths && std::thread::hardware_concurrency() > 1) {
        worker = std::make_unique<Importer>(*this);
        ahead.resize(pathCount);
        // No thread to be had: everything in order, on this one.
        thread.start([&worker, &ahead, &claims, paths] { worker->mapPathsAhead(paths, claims, ahead); });
    }
    // Root extensions can be large (GitHub's x-webhooks: 600 KB, 3 ms to copy an excerpt of):
    // copied once the worker is on its way.
    copyExtensions(m_root, m_out.components.front().attributes);
    copyExtensions(info, m_out.components.front().attributes);
    bool cancelled = false;
    std::uint32_t i = 0;
    for (std::optional<std::uint32_t> next; !cancelled && (next = claims.fromFront());) {
        i = *next;
        if (!step(20 + int(70.0 * i / std::max<std::uint32_t>(1, pathCount))))
            cancelled = true;
        else
            mapPath(i);
    }
    thread.join();
    for (i = claims.met(); i < pathCount && !cancelled; ++i) {
        if (!step(20 + int(70.0 * i / std::max<std::uint32_t>(1, pathCount)))) {
            cancelled = true;
            break;
        }
        PendingPath &pending = ahead[i];
        if (!pending.done || pending.failed) {
            mapPath(i);
            continue;
        }
        for (PendingOperation &operation : pending.operations)
            commitPending(operation);
    }
    if (cancelled)
        return makeError(Tr::tr("cancelled"));
    if (!step(90))
        return makeError(Tr::tr("cancelled"));

    // Webhooks (3.1) are requests the API sends: outbound flows to whoever subscribed.
    const NodeRef webhooks = m_refs.getDeref(m_root, "webhooks");
    for (std::uint32_t i = 0; webhooks.isMapping() && i < webhooks.size(); ++i) {
        const std::string_view name = webhooks.keyAt(i).text();
        if (!isExtension(name))
            addOutbound(QStringLiteral("webhooks"), qs(name), webhooks.valueAt(i), QString());
    }

    // Stable order, whatever the order of the input.
    // Sorted through an index: moving whole EntryPoints around in std::sort and recomputing the
    // method rank in every comparison cost more than the rest of the ordering.
    {
        std::vector<std::pair<int, qsizetype>> order; // (method rank, index)
        order.reserve(std::size_t(m_out.entryPoints.size()));
        for (qsizetype i = 0; i < m_out.entryPoints.size(); ++i)
            order.emplace_back(methodIndex(m_out.entryPoints[i].method), i);
        const QList<EntryPoint> &eps = m_out.entryPoints;
        std::sort(order.begin(), order.end(), [&eps](const auto &a, const auto &b) {
            // One comparison of the (long, mostly shared) path texts, not an equality test and then
            // an ordering one.
            const int byPath = eps[a.second].path.compare(eps[b.second].path);
            return byPath != 0 ? byPath < 0 : a.first < b.first;
        });
        // In place, one cycle of the permutation after the other: a sorted copy moved every entry
        // point into fresh memory once more, and fresh memory is page faults (~30 µs each on
        // the project's VM).
        EntryPoint *entries = m_out.entryPoints.data();
        std::vector<bool> placed(order.size(), false);
        for (std::size_t start = 0; start < order.size(); ++start) {
            if (placed[start] || std::size_t(order[start].second) == start) {
                placed[start] = true;
                continue;
            }
            EntryPoint held = std::move(entries[start]);
            std::size_t at = start;
            for (;;) {
                placed[at] = true;
                const auto from = std::size_t(order[at].second);
                if (from == start) {
                    entries[at] = std::move(held);
                    break;
                }
                entries[at] = std::move(entries[from]);
                at = from;
            }
        }
    }
    std::sort(m_out.assets.begin(), m_out.assets.end(), [](const DataAsset &a, const DataAsset &b) { return a.id < b.id; });
    std::sort(m_out.flows.begin(), m_out.flows.end(), [](const DataFlow &a, const DataFlow &b) { return a.id < b.id; });
    std::sort(m_out.components.begin() + 1, m_out.components.end(),
              [](const Component &a, const Component &b) { return a.id < b.id; });
    if (!step(100))
        return makeError(Tr::tr("cancelled"));
    return std::move(m_out);
}

} // namespace

QString slugify(const QString &text)
{
    QString slug;
    slug.reserve(text.size());
    bool dash = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += c.toLower();
            dash = false;
        } else {
            dash = true;
        }
    }
    return slug;
}

Result<ModelFragment> importSpec(const QString &path, const ImportOptions &options)
{
    Importer importer(path, options);
    return importer.run();
}

Result<ModelFragment> importSpecBytes(const QByteArray &bytes, const QString &path, const ImportOptions &options)
{
    Importer importer(path, options);
    importer.useBytes(bytes);
    return importer.run();
}

} // namespace tw::openapi
