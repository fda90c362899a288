// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "import/common/document.h"
#include "model/model.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tw::openapi {

/** One parsed file of a (possibly multi-file) specification. */
struct LoadedDocument
{
    doc::Document document;
    QString absolutePath;
    QString relativePath; ///< relative to the import root, used in SourceRefs
    QString directory;    ///< where relative $refs of this file start
    int index = 0;
};

/** A node in one of the loaded files. */
struct NodeRef
{
    const LoadedDocument *src = nullptr;
    doc::NodeId id = doc::InvalidNode;

    bool isValid() const { return src && id != doc::InvalidNode; }
    explicit operator bool() const { return isValid(); }
    const doc::Document &doc() const { return src->document; }
    bool isMapping() const { return isValid() && doc().isMapping(id); }
    bool isSequence() const { return isValid() && doc().isSequence(id); }
    bool isScalar() const { return isValid() && doc().isScalar(id); }
    std::string_view text() const { return isScalar() ? doc().text(id) : std::string_view(); }
    QString string() const { return isScalar() ? doc().string(id) : QString(); }
    std::uint32_t size() const { return isValid() ? doc().size(id) : 0; }
    NodeRef keyAt(std::uint32_t i) const { return {src, doc().keyAt(id, i)}; }
    NodeRef valueAt(std::uint32_t i) const { return {src, doc().valueAt(id, i)}; }
    NodeRef itemAt(std::uint32_t i) const { return {src, doc().itemAt(id, i)}; }
    /** The key node of a value found in a mapping (keys and values are adjacent). */
    NodeRef keyOfValue() const { return {src, id - 1}; }
    quint64 key() const { return (quint64(quint32(src->index)) << 32) | id; }
    friend bool operator==(const NodeRef &a, const NodeRef &b) { return a.src == b.src && a.id == b.id; }
};

/**
 * Loads the files of a specification and resolves `$ref`s lazily, one reference at a time, with
 * a cache: a cyclic schema is never expanded, so memory stays proportional to the input.
 * References are local paths only: http(s) and other URI schemes are refused, and no file
 * outside the import root is ever opened (checked on the cleaned path and on the symlink-resolved
 * canonical path). Every problem becomes one Diagnostic at the `$ref` that caused it.
 */
class RefResolver
{
public:
    RefResolver(const QString &rootDir, const QString &artifact, QList<Diagnostic> *diagnostics);

    /** Loads the root file; an error when it cannot be read or parsed. */
    Result<NodeRef> loadRoot(const QString &absolutePath);
    /**
     * Parses `bytes` as the root file that would be at `absolutePath` (inside the root) without
     * reading it from disk: for specifications held in memory and for the fuzz targets. `$ref`s
     * to other files are resolved on disk as for loadRoot().
     */
    Result<NodeRef> loadRootBytes(const QString &absolutePath, const QByteArray &bytes);

    /** Follows a chain of `$ref`s to the node it ends at; invalid when it cannot be resolved. */
    NodeRef deref(NodeRef node);
    /** A member of a (dereferenced) mapping; siblings of a `$ref` win over the target's members. */
    NodeRef get(NodeRef map, std::string_view key);
    NodeRef getDeref(NodeRef map, std::string_view key) { return deref(get(map, key)); }

    /** The `$ref` text of a node, empty when it is not a reference object. */
    std::string_view refText(NodeRef node) const;

    SourceRef sourceOf(NodeRef node) const;

    /**
     * A resolver for a worker thread that maps part of the document ahead of the merge. It reads
     * the documents this one has loaded (they must not be unloaded while it lives) and keeps its
     * own caches, but it never loads a file and never reports: any failure it meets (a warning, an
     * unresolvable or cyclic `$ref`, a file still to load) only sets failed(), so the caller can
     * throw that work away and redo it in document order on this resolver, where the diagnostics
     * come out exactly as in a sequential import.
     */
    std::unique_ptr<RefResolver> speculativeCopy() const;
    bool failed() const { return m_failed; }
    void clearFailed() { m_failed = false; }
    const std::vector<std::unique_ptr<LoadedDocument>> &documents() const { return m_documents; }
    void warn(NodeRef at, const QString &message, DiagnosticLevel level = DiagnosticLevel::Warning);

private:
    NodeRef derefChain(NodeRef node);
    NodeRef resolveOne(NodeRef refObject);
    const LoadedDocument *load(const QString &absolutePath, NodeRef from, const QByteArray *bytes = nullptr);
    Result<NodeRef> rootOf(const QString &absolutePath, const QByteArray *bytes);
    NodeRef walkPointer(const LoadedDocument *target, const QString &pointer, NodeRef from);
    /** walkPointer() for a pointer ("/a/b") that needs no percent-decoding, on its UTF-8 text. */
    NodeRef walkPointer(const LoadedDocument *target, std::string_view pointer);
    /** One token of a pointer: through a reference, then the key of a mapping or index of a sequence. */
    NodeRef pointerStep(NodeRef current, std::string_view key);
    bool insideRoot(const QString &absolutePath) const;

    QString m_rootDir;
    QString m_canonicalRoot;
    QString m_artifact;
    QList<Diagnostic> *m_diagnostics;
    std::vector<std::unique_ptr<LoadedDocument>> m_documents;
    QHash<QString, const LoadedDocument *> m_byPath; ///< nullptr: tried and failed
    QHash<quint64, NodeRef> m_cache;                 ///< `$ref` object → final target
    QSet<quint64> m_inProgress;                      ///< references being resolved (cycle check)
    /// A "#/…" pointer of a document → its target, once found. Thousands of `$ref` objects share
    /// a few hundred pointers, and each walk scanned the keys of components/schemas (~900 in
    /// GitHub's description): 9 % of importing it.
    struct PointerKey
    {
        const LoadedDocument *document;
        std::string_view pointer; ///< in the document's buffer, which lives as long as the resolver
        bool operator==(const PointerKey &) const = default;
    };
    struct PointerKeyHash
    {
        std::size_t operator()(const PointerKey &k) const noexcept
        {
            return std::hash<std::string_view>{}(k.pointer) ^ (std::hash<const void *>{}(k.document) << 1);
        }
    };
    std::unordered_map<PointerKey, NodeRef, PointerKeyHash> m_byPointer;
    Error m_rootError;
    int m_depth = 0;
    bool m_speculative = false;
    bool m_failed = false;
    QList<Diagnostic> m_discarded; ///< a speculative copy's sink; never read
};

} // namespace tw::openapi
