// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportwriter.h"

#include "report/htmlreport.h"
#include "report/machineformats.h"
#include "report/pdfreport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace tw::report {
namespace {
// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::report)
};
} // namespace

const QStringList &formats()
{
    static const QStringList list = {QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("json"),
                                     QStringLiteral("sarif"), QStringLiteral("md"), QStringLiteral("csv")};
    return list;
}

QString suffix(const QString &format)
{
    return format;
}

QString formatTitle(const QString &format)
{
    if (format == QLatin1StringView("html"))
        return Tr::tr("HTML report");
    if (format == QLatin1StringView("pdf"))
        return Tr::tr("PDF report");
    if (format == QLatin1StringView("json"))
        return Tr::tr("JSON (full model and threats)");
    if (format == QLatin1StringView("sarif"))
        return Tr::tr("SARIF 2.1.0");
    if (format == QLatin1StringView("md"))
        return Tr::tr("Markdown summary");
    if (format == QLatin1StringView("csv"))
        return Tr::tr("CSV for issue trackers");
    return format;
}

Result<QByteArray> write(const QString &format, const ReportData &data)
{
    if (format == QLatin1StringView("html"))
        return writeHtml(data);
    if (format == QLatin1StringView("pdf"))
        return writePdf(data);
    if (format == QLatin1StringView("json"))
        return writeJson(data);
    if (format == QLatin1StringView("sarif"))
        return writeSarif(data);
    if (format == QLatin1StringView("md"))
        return writeMarkdown(data);
    if (format == QLatin1StringView("csv"))
        return writeCsv(data);
    return makeError(Tr::tr("Unknown report format \"%1\"; use one of %2").arg(format, formats().join(QStringLiteral(", "))));
}

Result<void> saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Tr::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace tw::report
