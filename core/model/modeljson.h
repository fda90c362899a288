// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QJsonArray>
#include <QJsonObject>

/**
 * The model's JSON form: used by `inspect --json`, the JSON report and the project file's
 * per-element payloads. Keys are camelCase; enums use their stable names (model/enums.h).
 * Reading is strict about types and enum names, so a damaged or hostile payload is refused with
 * a message instead of being half-read.
 */
namespace tw {

class JsonWriter;

/** Streaming forms, for bulk writing (project file, reports); the same JSON as toJson(). */
void writeJson(JsonWriter &w, const Component &c);
void writeJson(JsonWriter &w, const TrustBoundary &b);
void writeJson(JsonWriter &w, const EntryPoint &e);
void writeJson(JsonWriter &w, const DataFlow &f);
void writeJson(JsonWriter &w, const DataAsset &a);
void writeJson(JsonWriter &w, const Threat &t);
/** Which parts of a threat to write: the project file stores the parts in different places. */
namespace ThreatJson {
enum Part {
    Triage = 1,      ///< status, override, owner, justification, expiry, isNew
    Texts = 2,       ///< rationale, mitigation, references (shared by many threats of a rule)
    Identity = 4,    ///< fingerprint and title
    FirstSource = 8, ///< "source": the first of "sources", for readers that want one location
    Full = 15,
    /**
     * The project file's compact row form: leaves out rule, origin, stride, score and severity
     * (the threats table keeps them as columns) and an empty attackPath. Not part of Full.
     */
    Stored = 16,
};
}
void writeJson(JsonWriter &w, const Threat &t, int parts);
/** {"rationale", "mitigation", "references"} of a threat. */
QByteArray threatTextsJson(const Threat &t);
void writeJson(JsonWriter &w, const Diagnostic &d);
void writeJson(JsonWriter &w, const SystemModel &m);

QJsonObject toJson(const SourceRef &ref);
QJsonArray toJson(const QList<SourceRef> &refs);
QJsonObject toJson(const Component &c);
QJsonObject toJson(const TrustBoundary &b);
QJsonObject toJson(const EntryPoint &e);
QJsonObject toJson(const DataFlow &f);
QJsonObject toJson(const DataAsset &a);
QJsonObject toJson(const Threat &t);
QJsonObject toJson(const Diagnostic &d);
QJsonObject toJson(const SystemModel &m);

/** Effective security in the inspect shape: null, [] or [["a","b"],["c"]] (each set sorted). */
QJsonValue securityToJson(const std::optional<QList<SecurityRequirement>> &security);

Result<SourceRef> sourceRefFromJson(const QJsonValue &v);
Result<QList<SourceRef>> sourceRefsFromJson(const QJsonValue &v);
Result<Component> componentFromJson(const QJsonObject &o);
Result<TrustBoundary> boundaryFromJson(const QJsonObject &o);
Result<EntryPoint> entryPointFromJson(const QJsonObject &o);
Result<DataFlow> flowFromJson(const QJsonObject &o);
Result<DataAsset> assetFromJson(const QJsonObject &o);
Result<Threat> threatFromJson(const QJsonObject &o);
Result<Diagnostic> diagnosticFromJson(const QJsonObject &o);
Result<SystemModel> modelFromJson(const QJsonObject &o);

/** ISO 8601 UTC with milliseconds ("2026-11-25T10:56:08.123Z"), the project's one time format. */
QString toIsoUtc(const QDateTime &time);
QDateTime fromIsoUtc(const QString &text);

} // namespace tw
