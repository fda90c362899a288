// SPDX-License-Identifier: GPL-3.0-or-later
// Attack paths: from internet-facing components along flows to what an attacker wants, each a
// threat explained hop by hop, stable, bounded.

#include "analysis/attackpaths.h"
#include "analysis/engine.h"
#include "analysis/ruleset.h"
#include "model/synthetic.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tw;
using namespace tw::analysis;

namespace {

Component component(const char *id, ComponentKind kind, bool internetFacing = false)
{
    Component c;
    c.id = QString::fromLatin1(id);
    c.name = c.id.section(QLatin1Char(':'), 1);
    c.kind = kind;
    if (internetFacing)
        c.attributes.insert(QStringLiteral("internet-facing"), true);
    c.sources.append(SourceRef{{}, QStringLiteral("deploy.yaml"), 3, 1});
    return c;
}

DataFlow flow(const char *from, const char *to, std::optional<bool> encrypted = std::nullopt)
{
    DataFlow f;
    f.sourceId = QString::fromLatin1(from);
    f.targetId = QString::fromLatin1(to);
    f.id = QStringLiteral("flow:%1->%2").arg(f.sourceId, f.targetId);
    f.protocol = QStringLiteral("http");
    f.encrypted = encrypted;
    return f;
}

SystemModel shop()
{
    SystemModel m;
    m.components = {component("svc:gateway", ComponentKind::Gateway, true), component("svc:orders", ComponentKind::Service),
                    component("svc:db", ComponentKind::Datastore), component("svc:vault", ComponentKind::SecretStore),
                    component("svc:reports", ComponentKind::Service)};
    m.flows = {flow("svc:gateway", "svc:orders"), flow("svc:orders", "svc:db", false), flow("svc:orders", "svc:reports"),
               flow("svc:reports", "svc:vault")};
    return m;
}

} // namespace

class TestAttackPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathsToEveryGoal()
    {
        const QList<Threat> paths = attackPaths(shop());
        QCOMPARE(paths.size(), 2); // gateway → orders → db, gateway → orders → reports → vault
        QMap<QString, Threat> byGoal;
        for (const Threat &t : paths)
            byGoal.insert(t.attackPath.last(), t);
        const Threat db = byGoal.value(QStringLiteral("svc:db"));
        QCOMPARE(db.attackPath, (QStringList{QStringLiteral("svc:gateway"), QStringLiteral("svc:orders"), QStringLiteral("svc:db")}));
        QCOMPARE(db.origin, QStringLiteral("path"));
        QCOMPARE(db.targets, (QStringList{QStringLiteral("svc:gateway"), QStringLiteral("svc:db")}));
        QVERIFY(db.rationale.contains(QStringLiteral("orders → db (http), unencrypted")));
        QVERIFY(db.title.contains(QStringLiteral("2 hops")));
        QCOMPARE(db.factors.size(), 4);
        for (const RiskFactor &f : db.factors)
            QVERIFY(!f.explanation.isEmpty());
        const Threat vault = byGoal.value(QStringLiteral("svc:vault"));
        QCOMPARE(vault.attackPath.size(), 4);
        QCOMPARE(vault.impact, 5);
        QCOMPARE(vault.stride, Stride::ElevationOfPrivilege);
        QVERIFY(!vault.sources.isEmpty());
    }

    void oneHopIsNotAPathAndNoEntryNoPath()
    {
        SystemModel m = shop();
        m.flows.append(flow("svc:gateway", "svc:db"));
        // The direct flow makes db one hop away: the flow rules cover that; only vault remains.
        QCOMPARE(attackPaths(m).size(), 1);
        for (Component &c : m.components)
            c.attributes.remove(QStringLiteral("internet-facing"));
        QVERIFY(attackPaths(m).isEmpty());
    }

    void stableAndBounded()
    {
        SystemModel m = shop();
        const QList<Threat> before = attackPaths(m);
        std::reverse(m.flows.begin(), m.flows.end());
        std::reverse(m.components.begin(), m.components.end());
        m.components.append(component("svc:unrelated", ComponentKind::Service));
        const QList<Threat> after = attackPaths(m);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after[i].fingerprint, before[i].fingerprint);

        PathOptions shortOnly;
        shortOnly.maxHops = 2;
        QCOMPARE(attackPaths(shop(), shortOnly).size(), 1);

        // A large random system: the search stays within its bounds.
        const SystemModel big = syntheticModel({5000, 4, 0, 1});
        QElapsedTimer timer;
        timer.start();
        const QList<Threat> many = attackPaths(big);
        qInfo("attack paths over 5,000 components / 20,000 flows: %lld paths in %lld ms", qint64(many.size()), timer.elapsed());
        QCOMPARE(many.size(), PathOptions{}.maxPaths);
        for (const Threat &t : many)
            QVERIFY(t.attackPath.size() <= PathOptions{}.maxHops + 1);
    }

    void partOfTheAnalysis()
    {
        auto rules = RuleSet::loadBuiltin();
        QVERIFY(rules.ok());
        auto threats = analyse(shop(), *rules);
        QVERIFY(threats.ok());
        const auto paths = std::count_if(threats->cbegin(), threats->cend(), [](const Threat &t) { return t.origin == QLatin1StringView("path"); });
        QCOMPARE(paths, 2);
        Options without;
        without.attackPaths = false;
        auto none = analyse(shop(), *rules, without);
        QVERIFY(std::none_of(none->cbegin(), none->cend(), [](const Threat &t) { return t.origin == QLatin1StringView("path"); }));
    }
};

QTEST_GUILESS_MAIN(TestAttackPaths)
#include "tst_attackpaths.moc"
