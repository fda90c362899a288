// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

/**
 * One rule of a rule pack, compiled: field paths are resolved to enum steps and regular
 * expressions are built once when the pack is loaded, so evaluating a rule on an element never
 * parses a string (docs/rules.md describes the YAML form).
 */
namespace tw::analysis {

/** What a field path or a rule talks about. Items of `for-each`/`some` have their own types. */
enum class SubjectType : std::uint8_t { Component, Boundary, EntryPoint, Flow, Asset, Parameter, Property, Callback };

/** A step from one subject to related subjects ("source", "request-assets" …). */
enum class Relation : std::uint8_t {
    Item,           ///< the current `for-each` item
    Boundary,       ///< component → its boundary
    Inbound,        ///< component → flows ending at it
    Outbound,       ///< component → flows leaving it
    EntryPoints,    ///< component → its entry points
    Parent,         ///< boundary → enclosing boundary
    Components,     ///< boundary → components directly inside
    Component,      ///< entry point → owning component
    Parameters,     ///< entry point → parameters
    RequestAssets,  ///< entry point → request assets
    ResponseAssets, ///< entry point → response assets
    RequestProperties, ///< entry point → writable properties of its request assets
    Callbacks,      ///< entry point → callback names
    Source,         ///< flow → source component
    Target,         ///< flow → target component
    Assets,         ///< flow → carried assets
    WrittenBy,      ///< asset → entry points that accept it
    ReturnedBy,     ///< asset → entry points that return it
    CarriedBy,      ///< asset → flows that carry it
};

/** Built-in (non-attribute) fields; which ones exist depends on the subject type. */
enum class Field : std::uint8_t {
    Id,
    Name,
    Kind,
    Technology,
    Tags,
    BoundaryId,
    Untrusted,
    Exposed,
    InboundCount,
    OutboundCount,
    EntryPointCount,
    ParentId,
    ComponentCount,
    Method,
    Path,
    OperationId,
    Deprecated,
    Auth,
    SecuritySchemes,
    RequestMediaTypes,
    ResponseMediaTypes,
    Protocol,
    Port,
    Encrypted,
    Authenticated,
    Label,
    CrossesBoundary,
    Classification,
    Confidentiality,
    Integrity,
    Availability,
    UserOverride,
    In,
    Required,
    ObjectReference,
    Type,
    Sensitive,
    Categories,
    AssetName,
    Attributes, ///< followed by a JSON path into `attributes`
};

/** A compiled field path: relations, then a field, then (for attributes) JSON keys. */
struct FieldPath
{
    std::vector<Relation> relations;
    Field field = Field::Id;
    QStringList jsonPath; ///< keys below `attributes`; "*" walks every value
    SubjectType subject = SubjectType::Component; ///< type the field is read from
    QString text;                                 ///< the path as written, for messages
};

/** A relation path (for `some` and `for-each`) ending at a subject type. */
struct RelationPath
{
    std::vector<Relation> relations;
    SubjectType subject = SubjectType::Component; ///< type of the subjects reached
    QString text;
};

/** A literal of a predicate. */
struct Literal
{
    enum class Type : std::uint8_t { Null, Bool, Number, String };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    QString string;
};

struct Condition
{
    enum class Op : std::uint8_t { True, All, Any, Not, Some, Exists, Equals, In, Matches, Gt, Gte, Lt, Lte };
    Op op = Op::True;
    std::vector<Condition> children; ///< All/Any/Not; Some: one child (`where`)
    FieldPath field;                 ///< predicates
    RelationPath relation;           ///< Some
    bool expected = true;            ///< Exists: exists: true|false
    std::vector<Literal> literals;   ///< Equals (one) and In (many)
    double number = 0;               ///< numeric comparisons
    std::shared_ptr<const QRegularExpression> regex; ///< Matches (shared: Conditions are copied)
};

/** A title/rationale/mitigation text with `{path}` placeholders split out. */
struct Template
{
    struct Part
    {
        QString literal;
        std::optional<FieldPath> field;
    };
    std::vector<Part> parts;
    QString source; ///< as written
};

struct Rule
{
    QString id;
    QString pack;       ///< pack name it came from
    QString packFile;   ///< display name of the file
    Template title;
    Stride stride = Stride::Tampering;
    SubjectType appliesTo = SubjectType::Component;
    std::optional<RelationPath> forEach;
    Condition when;
    /// Kind names (stable enum names) the element must have, taken from a top-level kind
    /// predicate so the engine visits only those elements; empty = every element.
    QStringList kindFilter;
    int likelihood = 3;
    int impact = 3;
    QList<Reference> references;
    Template rationale;
    Template mitigation;
    QStringList tags;
    int line = 0; ///< where the rule starts, for messages only (never for identity)
};

/** Stable name of a subject type as written in packs ("entry-point" …). */
QString subjectTypeName(SubjectType type);

} // namespace tw::analysis
