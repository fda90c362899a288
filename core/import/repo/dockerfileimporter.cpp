// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/repo/dockerfileimporter.h"

#include "import/repo/images.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace tw::dockerfile {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Dockerfile)
};

struct Instruction
{
    QString keyword; ///< upper case
    QString arguments;
    int line = 0;
};

/** Instructions with continuation lines joined and comments dropped. */
QList<Instruction> instructions(const QString &text)
{
    QList<Instruction> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString pending;
    int startLine = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (pending.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))))
            continue;
        if (!pending.isEmpty() && trimmed.startsWith(QLatin1Char('#')))
            continue; // comments inside a continued instruction
        if (pending.isEmpty())
            startLine = i + 1;
        if (trimmed.endsWith(QLatin1Char('\\'))) {
            pending += trimmed.chopped(1) + QLatin1Char(' ');
            continue;
        }
        pending += trimmed;
        const qsizetype space = pending.indexOf(QRegularExpression(QStringLiteral("\\s")));
        out.append(Instruction{(space < 0 ? pending : pending.left(space)).toUpper(), space < 0 ? QString() : pending.mid(space + 1).trimmed(),
                               startLine});
        pending.clear();
    }
    return out;
}

/** KEY=VALUE pairs of ENV/ARG (also the old "ENV KEY VALUE" form). */
QList<std::pair<QString, QString>> assignments(const Instruction &in)
{
    QList<std::pair<QString, QString>> out;
    if (in.keyword == QLatin1StringView("ENV") && !in.arguments.section(QLatin1Char(' '), 0, 0).contains(QLatin1Char('='))) {
        out.append({in.arguments.section(QLatin1Char(' '), 0, 0), in.arguments.section(QLatin1Char(' '), 1).trimmed()});
        return out;
    }
    static const QRegularExpression pair(QStringLiteral("([A-Za-z_][A-Za-z0-9_]*)(?:=(\"[^\"]*\"|'[^']*'|\\S*))?"));
    auto it = pair.globalMatch(in.arguments);
    while (it.hasNext()) {
        const auto m = it.next();
        QString value = m.captured(2);
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        out.append({m.captured(1), value});
    }
    return out;
}

} // namespace

bool looksLikeDockerfile(const QString &fileName)
{
    const QString name = fileName.toLower();
    return name == QLatin1StringView("dockerfile") || name.startsWith(QLatin1StringView("dockerfile."))
        || name.endsWith(QLatin1StringView(".dockerfile"));
}

Result<ModelFragment> importDockerfile(const QString &path, const QString &rootDir)
{
    const QString relative = rootDir.isEmpty() ? QFileInfo(path).fileName() : QDir(rootDir).relativeFilePath(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("cannot read %1: %2").arg(relative, file.errorString()), relative);
    const QString folder = images::componentNameOf(QDir(rootDir).relativeFilePath(QFileInfo(path).absolutePath()), QDir(rootDir).dirName());
    return importDockerfileBytes(file.read(4 * 1024 * 1024), relative, folder);
}

Result<ModelFragment> importDockerfileBytes(const QByteArray &bytes, const QString &relative, const QString &folder)
{
    const QString text = QString::fromUtf8(bytes);
    const QList<Instruction> all = instructions(text);

    // Only the final stage is what runs; earlier stages only build.
    qsizetype finalFrom = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].keyword == QLatin1StringView("FROM"))
            finalFrom = i;
    }
    ModelFragment m;
    if (finalFrom < 0) {
        m.diagnostics.append(Diagnostic{DiagnosticLevel::Warning, Tr::tr("no FROM instruction: not a Dockerfile"),
                                        SourceRef{QStringLiteral("dockerfile"), relative, 1, 1}});
        return m;
    }
    Component c;
    c.id = QStringLiteral("svc:") + folder;
    c.name = folder;
    c.kind = ComponentKind::Service;
    c.sources.append(SourceRef{QStringLiteral("dockerfile"), relative, all[finalFrom].line, 1});
    c.attributes.insert(QStringLiteral("dockerfile"), relative);

    // FROM [--platform=…] image [AS name]
    // FROM may name an earlier stage ("FROM builder AS runtime"): follow it to a real image.
    QHash<QString, QString> stageImages;
    QString image;
    for (qsizetype i = 0; i <= finalFrom; ++i) {
        if (all[i].keyword != QLatin1StringView("FROM"))
            continue;
        QStringList parts = all[i].arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        while (!parts.isEmpty() && parts.first().startsWith(QLatin1StringView("--")))
            parts.removeFirst();
        QString from = parts.value(0);
        from = stageImages.value(from.toLower(), from);
        if (parts.size() >= 3 && parts.at(1).compare(QLatin1StringView("AS"), Qt::CaseInsensitive) == 0)
            stageImages.insert(parts.at(2).toLower(), from);
        image = from;
    }
    c.attributes.insert(QStringLiteral("base-image"), image);
    const bool pinned = image.contains(QStringLiteral("@sha256:"));
    c.attributes.insert(QStringLiteral("base-image-pinned"), pinned);
    const QString tag = image.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('/'), -1).section(QLatin1Char(':'), 1);
    if (!pinned && (tag.isEmpty() || tag == QLatin1StringView("latest")))
        c.attributes.insert(QStringLiteral("image-tag-floating"), true);

    QString user;
    QStringList exposed;
    QStringList secretNames;
    QJsonArray redacted;
    bool remoteScript = false;
    static const QRegularExpression pipeToShell(QStringLiteral("(curl|wget)[^|;&]*\\|\\s*(sudo\\s+)?(ba|z|da)?sh\\b"));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Instruction &in = all[i];
        const bool finalStage = i >= finalFrom;
        if (in.keyword == QLatin1StringView("USER") && finalStage)
            user = in.arguments.section(QLatin1Char(' '), 0, 0);
        else if (in.keyword == QLatin1StringView("EXPOSE") && finalStage)
            exposed += in.arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (in.keyword == QLatin1StringView("RUN") && pipeToShell.match(in.arguments).hasMatch())
            remoteScript = true;
        else if (in.keyword == QLatin1StringView("ENV") || in.keyword == QLatin1StringView("ARG")) {
            // Secrets in ENV stay in the image; in ARG they stay in its history.
            for (const auto &[name, value] : assignments(in)) {
                if (!images::isSecretName(name) || value.isEmpty() || value.startsWith(QLatin1Char('$')))
                    continue;
                secretNames.append(name);
                redacted.append(QJsonObject{{QStringLiteral("name"), name},
                                            {QStringLiteral("fingerprint"), images::redact(value)},
                                            {QStringLiteral("line"), in.line}});
            }
        }
    }
    const bool root = user.isEmpty() || user == QLatin1StringView("root") || user == QLatin1StringView("0") || user.startsWith(QLatin1StringView("0:"))
        || user.startsWith(QLatin1StringView("root:"));
    c.attributes.insert(QStringLiteral("runs-as-root"), root);
    if (user.isEmpty())
        c.attributes.insert(QStringLiteral("user"), QStringLiteral("root (no USER instruction)"));
    else
        c.attributes.insert(QStringLiteral("user"), user);
    if (!exposed.isEmpty())
        c.attributes.insert(QStringLiteral("exposed-ports"), QJsonArray::fromStringList(exposed));
    if (!secretNames.isEmpty()) {
        c.attributes.insert(QStringLiteral("secrets-in-env"), QJsonArray::fromStringList(secretNames));
        c.attributes.insert(QStringLiteral("hardcoded-secrets"), redacted);
    }
    if (remoteScript)
        c.attributes.insert(QStringLiteral("remote-script-execution"), true);
    m.components.append(c);
    return m;
}

} // namespace tw::dockerfile
