// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

/**
 * What a project learns from its people's triage (docs/rules.md, "Suppressions" and "Triage
 * history"): scoped suppressions that dismiss a rule's findings on the elements a pattern names,
 * and the ranking of new suggestions that resemble findings already dismissed. Plain functions
 * over plain data: the project store feeds them and stores what they decide.
 */
namespace tw::analysis {

/**
 * A glob over element ids and names, and over rule ids: `*` is any run of characters (also
 * `/` and `:`, which element ids contain), `?` is one character, everything else is literal.
 * Case-sensitive, and anchored: the pattern must match the whole id or name.
 */
class Glob
{
public:
    Glob() = default;
    explicit Glob(const QString &pattern);
    bool matches(QStringView text) const;
    QString pattern() const { return m_pattern; }
    bool isLiteral() const { return m_literal; }

private:
    QString m_pattern;
    QRegularExpression m_re;
    bool m_literal = true;
};

/** A scoped suppression: rule × element pattern, with reason and optional expiry. */
struct Suppression
{
    qint64 id = 0;
    QString rulePattern;    ///< a rule id, or a glob over rule ids ("TW-K8S-*")
    QString elementPattern; ///< a glob over the ids and names of a threat's targets
    QString reason;
    QString actor;
    QDateTime createdAt;
    QDateTime expiresAt;     ///< invalid: never expires
    QString fromFingerprint; ///< the dismissed threat it was made from, if any
    QDateTime revokedAt;     ///< invalid: not revoked
    QString revokedBy;
    QString revokeReason;

    /** Applies at `when`: not revoked by then and not yet expired. */
    bool isActiveAt(const QDateTime &when) const;
    /** "active", "expired" or "revoked" at `when`. */
    QString stateAt(const QDateTime &when) const;
};

/** The element-kind part of "similar": "component:datastore", "entry-point:http-operation", "flow" … */
class ElementKinds
{
public:
    ElementKinds() = default;
    explicit ElementKinds(const SystemModel &model);
    void add(const QString &id, const QString &kindKey, const QString &name)
    {
        m_kind.insert(id, kindKey);
        m_name.insert(id, name);
    }
    bool contains(const QString &id) const { return m_kind.contains(id); }
    /** The kind key of an element id; empty when the model has no such element. */
    QString kindOf(const QString &id) const { return m_kind.value(id); }
    QString nameOf(const QString &id) const { return m_name.value(id); }
    /** The kind key of a threat: its first target's. */
    QString kindOf(const Threat &t) const { return t.targets.isEmpty() ? QString() : kindOf(t.targets.first()); }

private:
    QHash<QString, QString> m_kind;
    QHash<QString, QString> m_name;
};

/** Matches threats against the suppressions that are active at one moment. */
class SuppressionMatcher
{
public:
    SuppressionMatcher(const QList<Suppression> &suppressions, const QDateTime &when);
    bool isEmpty() const { return m_active.empty(); }
    /**
     * The id of the first (oldest) active suppression whose rule pattern matches the threat's
     * rule id and whose element pattern matches the id or the name of one of its targets; 0 when
     * none does. Attack-path threats match on any element of the path.
     */
    qint64 match(const Threat &threat, const ElementKinds &elements) const;

private:
    struct Compiled
    {
        qint64 id;
        Glob rule;
        Glob element;
    };
    std::vector<Compiled> m_active;
};

/** A finding a person dismissed, as the ranking compares it. */
struct DismissedFinding
{
    QString fingerprint;
    QString ruleId;
    Stride stride = Stride::Tampering;
    QString kindKey; ///< ElementKinds::kindOf of its first target
    QString reason;
};

/**
 * Triage history: every threat in `threats` that nobody decided on (`decided` holds the
 * fingerprints with a decision or a suppression) and that is similar to dismissed findings —
 * same rule, same STRIDE category, first target of the same element kind, another fingerprint —
 * is ranked lower: a `triage-history` risk factor of −0.5 per similar dismissal (at most −1.5)
 * lowers its score, and its computed priority becomes one step less urgent. Its severity stays
 * what the rules made it: the risk of the finding has not changed, only how likely this project's
 * reviewers are to care. Returns how many threats were ranked lower.
 */
int applyTriageHistory(QList<Threat> &threats, const ElementKinds &elements, const QList<DismissedFinding> &history,
                       const QSet<QString> &decided);

/** The name of the risk factor applyTriageHistory() adds. */
inline constexpr char TriageHistoryFactor[] = "triage-history";

} // namespace tw::analysis
