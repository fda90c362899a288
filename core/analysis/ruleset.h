// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/rule.h"
#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * A set of compiled rules from one or more packs. Loading validates everything (unknown keys,
 * STRIDE names, field paths, regular expressions, references) and refuses the whole pack with a
 * "file:line:col" location on the first problem: a half-loaded pack would silently miss threats.
 */
namespace tw::analysis {

class RuleSetBuilder;

class RuleSet
{
public:
    /** The packs compiled into the binary (the YAML files of resources/rules, as Qt resources). */
    static Result<RuleSet> loadBuiltin();
    /** One pack file from disk; `displayName` names it in errors (defaults to the path). */
    static Result<RuleSet> loadFile(const QString &path, const QString &displayName = {});
    /** One pack from memory. */
    static Result<RuleSet> loadBytes(const QByteArray &data, const QString &displayName);

    /**
     * Adds the rules of `other`. A rule whose id already exists replaces the existing one, so a
     * project pack can override a built-in rule; the order of first appearance is kept.
     */
    void merge(const RuleSet &other);

    const QList<Rule> &rules() const { return m_rules; }
    const Rule *find(const QString &id) const;
    QStringList packs() const { return m_packs; }
    qsizetype size() const { return m_rules.size(); }
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    friend class RuleSetBuilder;
    QList<Rule> m_rules;
    QStringList m_packs;
};

/** The resource paths of the built-in packs, in load order. */
QStringList builtinPackPaths();

} // namespace tw::analysis
