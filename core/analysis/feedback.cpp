// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/feedback.h"

#include "model/enums.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tw::analysis {

namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Feedback)
};

QString similarityKey(const QString &ruleId, Stride stride, const QString &kindKey)
{
    return ruleId + QChar(0x1f) + enumName(stride) + QChar(0x1f) + kindKey;
}

/** "http-operation entry points", "datastore components" … for explanations. */
QString kindPhrase(const QString &kindKey)
{
    const QString type = kindKey.section(QLatin1Char(':'), 0, 0);
    const QString kind = kindKey.section(QLatin1Char(':'), 1);
    const QString plural = type == QLatin1StringView("entry-point") ? QStringLiteral("entry points")
                                                                    : type + QStringLiteral("s");
    return kind.isEmpty() ? plural : kind + QLatin1Char(' ') + plural;
}

} // namespace

Glob::Glob(const QString &pattern) : m_pattern(pattern)
{
    m_literal = !pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?'));
    if (m_literal)
        return;
    // Qt's wildcard conversion treats '/' as a path separator that '*' does not cross; element
    // ids are not paths ("ep:orders:GET /orders/{id}"), so the two wildcards are translated here.
    QString re = QStringLiteral("\\A(?:");
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            re += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            re += QLatin1Char('.');
        else
            re += QRegularExpression::escape(QString(c));
    }
    re += QStringLiteral(")\\z");
    m_re = QRegularExpression(re, QRegularExpression::DotMatchesEverythingOption);
}

bool Glob::matches(QStringView text) const
{
    if (m_literal)
        return text == m_pattern;
    return m_re.match(text.toString()).hasMatch();
}

bool Suppression::isActiveAt(const QDateTime &when) const
{
    if (revokedAt.isValid() && revokedAt <= when)
        return false;
    return !expiresAt.isValid() || expiresAt > when;
}

QString Suppression::stateAt(const QDateTime &when) const
{
    if (revokedAt.isValid() && revokedAt <= when)
        return QStringLiteral("revoked");
    if (expiresAt.isValid() && expiresAt <= when)
        return QStringLiteral("expired");
    return QStringLiteral("active");
}

ElementKinds::ElementKinds(const SystemModel &model)
{
    m_kind.reserve(model.components.size() + model.entryPoints.size() + model.flows.size() + model.assets.size()
                   + model.boundaries.size());
    for (const Component &c : model.components) {
        m_kind.insert(c.id, QStringLiteral("component:") + enumName(c.kind));
        m_name.insert(c.id, c.name);
    }
    for (const TrustBoundary &b : model.boundaries) {
        m_kind.insert(b.id, QStringLiteral("boundary:") + enumName(b.kind));
        m_name.insert(b.id, b.name);
    }
    for (const EntryPoint &e : model.entryPoints) {
        m_kind.insert(e.id, QStringLiteral("entry-point:") + enumName(e.kind));
        m_name.insert(e.id, e.name);
    }
    for (const DataFlow &f : model.flows) {
        m_kind.insert(f.id, QStringLiteral("flow"));
        m_name.insert(f.id, f.label);
    }
    for (const DataAsset &a : model.assets) {
        m_kind.insert(a.id, QStringLiteral("asset"));
        m_name.insert(a.id, a.name);
    }
}

SuppressionMatcher::SuppressionMatcher(const QList<Suppression> &suppressions, const QDateTime &when)
{
    QList<Suppression> sorted = suppressions;
    std::sort(sorted.begin(), sorted.end(), [](const Suppression &a, const Suppression &b) { return a.id < b.id; });
    for (const Suppression &s : std::as_const(sorted)) {
        if (s.isActiveAt(when))
            m_active.push_back(Compiled{s.id, Glob(s.rulePattern), Glob(s.elementPattern)});
    }
}

qint64 SuppressionMatcher::match(const Threat &threat, const ElementKinds &elements) const
{
    for (const Compiled &s : m_active) {
        if (!s.rule.matches(threat.ruleId))
            continue;
        auto hit = [&](const QString &id) {
            if (s.element.matches(id))
                return true;
            const QString name = elements.nameOf(id);
            return !name.isEmpty() && s.element.matches(name);
        };
        if (std::any_of(threat.targets.cbegin(), threat.targets.cend(), hit)
            || std::any_of(threat.attackPath.cbegin(), threat.attackPath.cend(), hit))
            return s.id;
    }
    return 0;
}

int applyTriageHistory(QList<Threat> &threats, const ElementKinds &elements, const QList<DismissedFinding> &history,
                       const QSet<QString> &decided)
{
    if (history.isEmpty())
        return 0;
    struct Similar
    {
        QSet<QString> fingerprints;
        QString reason; ///< of one of them, for the explanation
    };
    QHash<QString, Similar> byKey;
    for (const DismissedFinding &d : history) {
        if (d.kindKey.isEmpty())
            continue;
        Similar &s = byKey[similarityKey(d.ruleId, d.stride, d.kindKey)];
        s.fingerprints.insert(d.fingerprint);
        if (s.reason.isEmpty())
            s.reason = d.reason.simplified();
    }
    if (byKey.isEmpty())
        return 0;
    int adjusted = 0;
    for (Threat &t : threats) {
        if (decided.contains(t.fingerprint))
            continue;
        const QString kind = elements.kindOf(t);
        if (kind.isEmpty())
            continue;
        const auto it = byKey.constFind(similarityKey(t.ruleId, t.stride, kind));
        if (it == byKey.constEnd())
            continue;
        const int n = int(it->fingerprints.size() - (it->fingerprints.contains(t.fingerprint) ? 1 : 0));
        if (n <= 0)
            continue;
        const double value = -0.5 * std::min(n, 3);
        QString reason = it->reason;
        if (reason.size() > 80)
            reason = reason.left(79) + QChar(0x2026);
        QString text = Tr::tr("%1: %n similar finding(s) (rule %2 on %3) dismissed in this project", nullptr, n)
                           .arg(QString::number(value, 'f', 2), t.ruleId, kindPhrase(kind));
        if (!reason.isEmpty())
            text += Tr::tr(", e.g. \"%1\"").arg(reason);
        text += Tr::tr("; ranked lower, severity unchanged");
        t.factors.append(RiskFactor{QString::fromLatin1(TriageHistoryFactor), value, text});
        t.score = std::round(std::clamp(t.score + value, 0.0, 10.0) * 10.0) / 10.0;
        t.priority = std::min(4, t.priority + 1);
        ++adjusted;
    }
    return adjusted;
}

} // namespace tw::analysis
