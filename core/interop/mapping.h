// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "import/common/document.h"
#include "interop/interop.h"
#include "model/model.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * What the interop importers and exporters share: reading positioned documents leniently (a
 * wrong type is a diagnostic, never a crash), mapping foreign kinds, STRIDE names and severities
 * onto the model, fingerprints for imported threats, the "threatwright" extension field that
 * lets our own exports come back identical, and a little plane geometry for diagrams whose
 * boundaries are drawn rather than declared.
 */
namespace tw::interop::detail {

// The interop files' user-visible text (lupdate files Tr::tr() strings under this context, the one
// they are looked up in at run time). Plural forms: Tr::tr("%n item(s)", nullptr, n).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Interop)
};

/** The key under which exports carry what the foreign format cannot say. */
inline constexpr char ExtensionKey[] = "threatwright";

/** Reads one positioned YAML/JSON document with diagnostics at file:line:col. */
class DocReader
{
public:
    DocReader(const doc::Document &document, QString file, Format format, ModelFragment *out)
        : m_doc(document), m_file(std::move(file)), m_format(format), m_out(out)
    {
    }

    const doc::Document &doc() const { return m_doc; }
    const QString &file() const { return m_file; }
    SourceRef ref(doc::NodeId node) const;

    void diagnose(DiagnosticLevel level, doc::NodeId node, const QString &message) const;
    void warn(doc::NodeId node, const QString &message) const { diagnose(DiagnosticLevel::Warning, node, message); }
    void info(doc::NodeId node, const QString &message) const { diagnose(DiagnosticLevel::Info, node, message); }

    /**
     * The value of `key`, honouring YAML merge keys (`<<: *anchor`, as Threagile models use):
     * an explicit key wins over a merged one.
     */
    doc::NodeId find(doc::NodeId map, std::string_view key) const;
    /** Scalar text of `key`; empty for null, a missing key or a container (which is reported). */
    QString string(doc::NodeId map, std::string_view key) const;
    QString scalar(doc::NodeId node) const;
    std::optional<bool> boolean(doc::NodeId map, std::string_view key) const;
    std::optional<double> number(doc::NodeId map, std::string_view key) const;
    /** A sequence of scalars (a lone scalar counts as one item); other shapes are reported. */
    QStringList strings(doc::NodeId map, std::string_view key) const;
    /** The mapping under `key`, or InvalidNode (reported when present but not a mapping). */
    doc::NodeId mapping(doc::NodeId map, std::string_view key) const;
    /** The sequence under `key`, or InvalidNode (reported when present but not a sequence). */
    doc::NodeId sequence(doc::NodeId map, std::string_view key) const;
    /** The subtree as JSON, for foreign fields kept as attributes. */
    QJsonValue toJson(doc::NodeId node, int depth = 0) const;

private:
    const doc::Document &m_doc;
    QString m_file;
    Format m_format;
    ModelFragment *m_out;
};

/** Parses a document for an importer; a syntax error becomes an Error diagnostic with its position. */
std::optional<doc::Document> parseDocument(const QString &path, const QString &relative, doc::Format format,
                                           Format interop, ModelFragment &out, bool allowEmpty = false);

/** "file:line:col" of an Error turned back into a SourceRef. */
SourceRef refFromLocation(const QString &location, const QString &fallbackFile, Format format);

/** Path of `path` relative to `rootDir` (or its file name when there is no root). */
QString relativePath(const QString &path, const QString &rootDir);

// Kinds ------------------------------------------------------------------------------------

/** A component kind from the words of a foreign type name ("CD-MICROSOFT-AZURE-DB-POSTGRESQL"). */
std::optional<ComponentKind> componentKindFromWords(const QString &text);
std::optional<BoundaryKind> boundaryKindFromWords(const QString &text);

/** Reports each foreign kind that has no Threatwright kind once per file, with its first position. */
class UnknownKinds
{
public:
    void note(ModelFragment &out, const QString &what, const QString &foreignKind, const SourceRef &where, const QString &keptAs);

private:
    QSet<QString> m_seen;
};

// Threats ----------------------------------------------------------------------------------

/** STRIDE from a name, a code letter or a hyphenated form; nullopt for anything else. */
std::optional<Stride> strideFromText(const QString &text);
/** "Spoofing", "Information disclosure" … as Threat Dragon writes them. */
QString strideText(Stride stride);
std::optional<Severity> severityFromText(const QString &text);
/**
 * A triage status from the status words of the supported tools (OTM states, Threat Dragon's
 * Open/Mitigated/NotApplicable, Threagile risk tracking, MTMT states, Threat Composer statuses).
 */
std::optional<ThreatStatus> statusFromText(const QString &text);
/** Likelihood or impact on 0..100 (OTM) onto the model's 1..5. */
int fromPercent(double value);
int toPercent(int oneToFive);
/** The score a severity stands for when a foreign tool gives no number (as for manual threats). */
double bandScore(Severity severity);
/** Fingerprint of an imported threat: format, sorted targets and the foreign instance id. */
QString importedFingerprint(Format format, const QStringList &targets, const QString &foreignId);
QString importedOrigin(Format format);

// The extension field -----------------------------------------------------------------------

/** The extension object of a foreign element: an object, or JSON text of one (OTM maps are strings). */
std::optional<QJsonObject> extension(const QJsonValue &value);
QString extensionText(const QJsonObject &object);
/** An element's JSON form without its sources (those describe the project's inputs, not the export). */
QJsonObject withoutSources(QJsonObject object);

/**
 * Indented JSON with the keys a reader looks for first ("otmVersion", "version", "summary",
 * "id", "name" …) at the top of each object and the rest in alphabetical order: QJsonDocument
 * sorts every key, which would put a file's format marker after megabytes of content.
 */
QByteArray prettyJson(const QJsonObject &root);

/** A name-based UUID (v5) for an exported id: stable across exports, looks native to UUID tools. */
QString uuidFor(const QString &id);

// Geometry ---------------------------------------------------------------------------------

/** Whether segment ab crosses segment cd (touching counts). */
bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d);
/** Whether a polyline crosses segment ab. */
bool polylineCrosses(const QList<QPointF> &line, QPointF a, QPointF b);

/** Drawn boxes: which one, innermost first, holds a point or another box. */
struct Box
{
    QString id;
    QRectF rect;
};
/** The smallest box that contains `rect` (and is not `self`); empty when none. */
QString innermostContaining(const QList<Box> &boxes, const QRectF &rect, const QString &self = {});

} // namespace tw::interop::detail
