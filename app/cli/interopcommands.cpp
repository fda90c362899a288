// SPDX-License-Identifier: GPL-3.0-or-later
// `export`: a version of the model in the format of another threat-modelling tool.

#include "cli.h"
#include "output.h"

#include "interop/interop.h"
#include "interop/otm.h"
#include "interop/threatdragon.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QSaveFile>

#include <cstdio>

namespace tw::cli {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::Cli)
};

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Writes a version of the model for another tool: Open Threat Model (OTM 0.2.0 JSON, "
                                        "IriusRisk/StartLeft) or an OWASP Threat Dragon v2 model."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), Tr::tr("The project file."));
    parser.addOption(QCommandLineOption(QStringLiteral("format"), Tr::tr("otm or threat-dragon."), QStringLiteral("format")));
    parser.addOption(QCommandLineOption(QStringLiteral("o"), Tr::tr("The file to write ('-' for standard output)."), QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("version"), Tr::tr("The version to export (default: the newest)."), QStringLiteral("v")));
    // Parsed by hand: a bad option is a usage error (2), not QCommandLineParser's exit 1.
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return Ok;
    }
    const QString syntax = Tr::tr("usage: threatwright-cli export PROJECT.twdb --format otm|threat-dragon -o FILE [--version V]");
    if (parser.positionalArguments().size() != 1)
        return fail(syntax);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1StringView("otm") && format != QLatin1StringView("threat-dragon"))
        return fail(Tr::tr("--format must be otm or threat-dragon"));
    if (!parser.isSet(QStringLiteral("o")))
        return fail(Tr::tr("-o FILE is required"));

    auto project = Project::open(parser.positionalArguments().at(0), Project::OpenMode::ReadOnly);
    if (!project)
        return fail(project.errorString());
    qint64 versionId = 0;
    if (parser.isSet(QStringLiteral("version"))) {
        bool ok = false;
        versionId = parser.value(QStringLiteral("version")).toLongLong(&ok);
        if (!ok || versionId <= 0)
            return fail(Tr::tr("--version needs a version number"));
        if (auto v = (*project)->version(versionId); !v)
            return fail(v.errorString());
    } else {
        auto latest = (*project)->latestVersionId();
        if (!latest)
            return fail(latest.errorString());
        if (*latest == 0)
            return fail(Tr::tr("the project has no version yet: import something first"));
        versionId = *latest;
    }
    auto model = (*project)->loadModel(versionId);
    if (!model)
        return fail(model.errorString());

    interop::ExportInfo info;
    info.projectName = (*project)->name();
    info.versionId = versionId;
    interop::ExportNotes notes;
    const Result<QByteArray> bytes = format == QLatin1StringView("otm") ? interop::otm::exportModel(*model, info, &notes)
                                                                         : interop::threatdragon::exportModel(*model, info, &notes);
    if (!bytes)
        return fail(bytes.errorString());
    const QString target = parser.value(QStringLiteral("o"));
    if (target == QLatin1StringView("-")) {
        out().flush();
        std::fwrite(bytes->constData(), 1, size_t(bytes->size()), stdout);
        std::fflush(stdout);
    } else {
        // Written beside the target and renamed into place: never half a file.
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
            return fail(Tr::tr("%1 cannot be written: %2").arg(target, file.errorString()));
        out() << Tr::tr("Wrote %1: version %2, %3 components, %4 boundaries, %5 flows, %6 threats\n")
                     .arg(target)
                     .arg(versionId)
                     .arg(model->components.size())
                     .arg(model->boundaries.size())
                     .arg(model->flows.size())
                     .arg(model->threats.size());
        out().flush();
    }
    // What the format cannot say natively goes to stderr, so `-o -` output stays clean.
    for (const QString &note : std::as_const(notes.notes))
        std::fprintf(stderr, "note: %s\n", note.toLocal8Bit().constData());
    return Ok;
}

} // namespace tw::cli
