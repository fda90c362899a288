// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/manifestimporter.h"

#include "import/repo/images.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace tw::manifests {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Manifests)
};

struct Dependency
{
    QString name;
    QString version; ///< as written; empty when none
    bool dev = false;
    int line = 0;
};

/** Exact versions and lock-like pins; ranges (^1.2, ~1, >=, *, latest, "") are not pinned. */
bool isPinned(const QString &ecosystem, const QString &version)
{
    const QString v = version.trimmed();
    if (v.isEmpty() || v == QLatin1StringView("*") || v == QLatin1StringView("latest"))
        return false;
    if (ecosystem == QLatin1StringView("pypi"))
        return v.startsWith(QLatin1StringView("=="));
    if (ecosystem == QLatin1StringView("npm") || ecosystem == QLatin1StringView("packagist"))
        return QRegularExpression(QStringLiteral("^v?\\d+(\\.\\d+)*([-+][\\w.]+)?$")).match(v).hasMatch();
    if (ecosystem == QLatin1StringView("cargo"))
        return v.startsWith(QLatin1Char('='));
    if (ecosystem == QLatin1StringView("rubygems"))
        return QRegularExpression(QStringLiteral("^=?\\s*\\d+(\\.\\d+)*$")).match(v).hasMatch();
    // go.mod, Maven, NuGet: versions are exact unless they are ranges or properties.
    return !v.contains(QLatin1Char('[')) && !v.contains(QLatin1Char('(')) && !v.contains(QLatin1Char('$')) && !v.contains(QLatin1Char('*'));
}

int lineOf(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

QList<Dependency> npm(const QByteArray &text, const char *sections[2])
{
    QList<Dependency> out;
    const QJsonObject root = QJsonDocument::fromJson(text).object();
    for (int s = 0; s < 2; ++s) {
        const QJsonObject deps = root.value(QLatin1StringView(sections[s])).toObject();
        for (auto it = deps.begin(); it != deps.end(); ++it) {
            const qsizetype at = text.indexOf(QByteArray("\"") + it.key().toUtf8() + "\"");
            out.append(Dependency{it.key(), it.value().toString(), s == 1, at < 0 ? 0 : lineOf(text, at)});
        }
    }
    return out;
}

QList<Dependency> requirements(const QByteArray &text)
{
    QList<Dependency> out;
    static const QRegularExpression re(QStringLiteral("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)(\\[[^\\]]*\\])?\\s*((?:[=<>!~]=?|===)[^;#\\s]*(?:\\s*,\\s*[=<>!~]=?[^;#\\s,]*)*)?"));
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('-')))
            continue;
        const auto m = re.match(line);
        if (m.hasMatch())
            out.append(Dependency{m.captured(1), m.captured(3), false, i + 1});
    }
    return out;
}

QList<Dependency> goMod(const QByteArray &text)
{
    QList<Dependency> out;
    const QList<QByteArray> lines = text.split('\n');
    bool inRequire = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines[i]).section(QStringLiteral("//"), 0, 0).trimmed();
        if (line.startsWith(QLatin1StringView("require ("))) {
            inRequire = true;
            continue;
        }
        if (inRequire && line == QLatin1StringView(")")) {
            inRequire = false;
            continue;
        }
        if (line.startsWith(QLatin1StringView("require ")))
            line = line.mid(8).trimmed();
        else if (!inRequire)
            continue;
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() >= 2)
            out.append(Dependency{parts[0], parts[1], lines[i].contains("// indirect"), i + 1});
    }
    return out;
}

QList<Dependency> xmlPackages(const QByteArray &text, bool maven)
{
    QList<Dependency> out;
    QXmlStreamReader xml(text);
    QString group, artifact, version, scope;
    bool inDependency = false;
    int line = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (maven && name == QLatin1StringView("dependency")) {
                inDependency = true;
                group.clear();
                artifact.clear();
                version.clear();
                scope.clear();
                line = int(xml.lineNumber());
            } else if (maven && inDependency && name == QLatin1StringView("groupId")) {
                group = xml.readElementText();
            } else if (maven && inDependency && name == QLatin1StringView("artifactId")) {
                artifact = xml.readElementText();
            } else if (maven && inDependency && name == QLatin1StringView("version")) {
                version = xml.readElementText();
            } else if (maven && inDependency && name == QLatin1StringView("scope")) {
                scope = xml.readElementText();
            } else if (!maven && name == QLatin1StringView("PackageReference")) {
                const auto attrs = xml.attributes();
                out.append(Dependency{attrs.value(QStringLiteral("Include")).toString(), attrs.value(QStringLiteral("Version")).toString(), false,
                                      int(xml.lineNumber())});
            }
        } else if (xml.isEndElement() && maven && xml.name() == QLatin1StringView("dependency")) {
            inDependency = false;
            out.append(Dependency{group + QLatin1Char(':') + artifact, version, scope == QLatin1StringView("test"), line});
        }
    }
    return out;
}

/** [dependencies]-style TOML tables (Cargo.toml, pyproject.toml's poetry tables). */
QList<Dependency> tomlTables(const QByteArray &text, const QStringList &tables, const QStringList &devTables)
{
    QList<Dependency> out;
    const QList<QByteArray> lines = text.split('\n');
    QString table;
    static const QRegularExpression entry(QStringLiteral("^([A-Za-z0-9_.-]+)\\s*=\\s*(\"([^\"]*)\"|\\{.*version\\s*=\\s*\"([^\"]*)\".*\\}|.*)$"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            table = line.mid(1, line.indexOf(QLatin1Char(']')) - 1).trimmed();
            continue;
        }
        if (!tables.contains(table) && !devTables.contains(table))
            continue;
        const auto m = entry.match(line);
        if (!m.hasMatch() || m.captured(1) == QLatin1StringView("python"))
            continue;
        out.append(Dependency{m.captured(1), m.captured(3).isEmpty() ? m.captured(4) : m.captured(3), devTables.contains(table), i + 1});
    }
    // PEP 621: dependencies = ["name>=1", …]
    const qsizetype start = text.indexOf("\ndependencies = [");
    if (start >= 0) {
        const qsizetype end = text.indexOf(']', start);
        static const QRegularExpression item(QStringLiteral("\"([A-Za-z0-9][A-Za-z0-9._-]*)(\\[[^\\]]*\\])?\\s*([^\";]*)"));
        auto it = item.globalMatch(QString::fromUtf8(text.mid(start, end - start)));
        while (it.hasNext()) {
            const auto m = it.next();
            out.append(Dependency{m.captured(1), m.captured(3).trimmed(), false, lineOf(text, start + 1)});
        }
    }
    return out;
}

QList<Dependency> gemfile(const QByteArray &text)
{
    QList<Dependency> out;
    static const QRegularExpression re(QStringLiteral("^\\s*gem\\s+['\"]([^'\"]+)['\"](?:\\s*,\\s*['\"]([^'\"]+)['\"])?"));
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const auto m = re.match(QString::fromUtf8(lines[i]));
        if (m.hasMatch())
            out.append(Dependency{m.captured(1), m.captured(2), false, i + 1});
    }
    return out;
}

} // namespace

bool looksLikeManifest(const QString &fileName)
{
    const QString n = fileName.toLower();
    static const QStringList names = {QStringLiteral("package.json"), QStringLiteral("pyproject.toml"), QStringLiteral("go.mod"),
                                      QStringLiteral("pom.xml"), QStringLiteral("cargo.toml"), QStringLiteral("gemfile"),
                                      QStringLiteral("composer.json")};
    return names.contains(n) || (n.startsWith(QLatin1StringView("requirements")) && (n.endsWith(QLatin1StringView(".txt")) || n.endsWith(QLatin1StringView(".in"))))
        || n.endsWith(QLatin1StringView(".csproj"));
}

Result<ModelFragment> importManifest(const QString &path, const QString &rootDir)
{
    const QString relative = rootDir.isEmpty() ? QFileInfo(path).fileName() : QDir(rootDir).relativeFilePath(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("cannot read %1: %2").arg(relative, file.errorString()), relative);
    const QByteArray text = file.read(8 * 1024 * 1024);
    const QString name = QFileInfo(path).fileName().toLower();
    QString ecosystem;
    QList<Dependency> deps;
    if (name == QLatin1StringView("package.json") || name == QLatin1StringView("composer.json")) {
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            return makeError(Tr::tr("%1 is not valid JSON: %2").arg(relative, error.errorString()),
                             QStringLiteral("%1:%2").arg(relative).arg(lineOf(text, error.offset)));
        }
        const bool npmFile = name == QLatin1StringView("package.json");
        ecosystem = npmFile ? QStringLiteral("npm") : QStringLiteral("packagist");
        const char *sections[2] = {npmFile ? "dependencies" : "require", npmFile ? "devDependencies" : "require-dev"};
        deps = npm(text, sections);
    } else if (name.startsWith(QLatin1StringView("requirements"))) {
        ecosystem = QStringLiteral("pypi");
        deps = requirements(text);
        const bool dev = name.contains(QStringLiteral("dev")) || name.contains(QStringLiteral("test"));
        for (Dependency &d : deps)
            d.dev = dev;
    } else if (name == QLatin1StringView("pyproject.toml")) {
        ecosystem = QStringLiteral("pypi");
        deps = tomlTables(text, {QStringLiteral("tool.poetry.dependencies")}, {QStringLiteral("tool.poetry.dev-dependencies"), QStringLiteral("tool.poetry.group.dev.dependencies")});
    } else if (name == QLatin1StringView("go.mod")) {
        ecosystem = QStringLiteral("go");
        deps = goMod(text);
    } else if (name == QLatin1StringView("pom.xml")) {
        ecosystem = QStringLiteral("maven");
        deps = xmlPackages(text, true);
    } else if (name.endsWith(QLatin1StringView(".csproj"))) {
        ecosystem = QStringLiteral("nuget");
        deps = xmlPackages(text, false);
    } else if (name == QLatin1StringView("cargo.toml")) {
        ecosystem = QStringLiteral("cargo");
        deps = tomlTables(text, {QStringLiteral("dependencies")}, {QStringLiteral("dev-dependencies")});
    } else if (name == QLatin1StringView("gemfile")) {
        ecosystem = QStringLiteral("rubygems");
        deps = gemfile(text);
    }
    ModelFragment m;
    const QString folder = images::componentNameOf(QDir(rootDir).relativeFilePath(QFileInfo(path).absolutePath()), QDir(rootDir).dirName());
    Component c;
    c.id = QStringLiteral("svc:") + folder;
    c.name = folder;
    c.kind = ComponentKind::Service;
    c.sources.append(SourceRef{QStringLiteral("manifest"), relative, 1, 1});
    QJsonArray list;
    QStringList unpinned;
    std::sort(deps.begin(), deps.end(), [](const Dependency &a, const Dependency &b) { return a.name < b.name; });
    for (const Dependency &d : deps) {
        const bool pinned = isPinned(ecosystem, d.version);
        QJsonObject o{{QStringLiteral("name"), d.name},
                      {QStringLiteral("version"), d.version},
                      {QStringLiteral("ecosystem"), ecosystem},
                      {QStringLiteral("manifest"), relative},
                      {QStringLiteral("line"), d.line},
                      {QStringLiteral("pinned"), pinned}};
        if (d.dev)
            o.insert(QStringLiteral("dev"), true);
        list.append(o);
        if (!pinned && !d.dev)
            unpinned.append(d.name);
    }
    // Several manifests of one component (package.json and requirements.txt) add up.
    c.attributes.insert(QStringLiteral("dependencies"), list);
    if (!unpinned.isEmpty())
        c.attributes.insert(QStringLiteral("unpinned-dependencies"), QJsonArray::fromStringList(unpinned));
    m.components.append(c);
    return m;
}

} // namespace tw::manifests
