// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportwriter.h"

#include "report/htmlreport.h"
#include "report/machineformats.h"
#include "report/pdfreport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace tw::report {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tw::report", text);
}
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
        return tr("HTML report");
    if (format == QLatin1StringView("pdf"))
        return tr("PDF report");
    if (format == QLatin1StringView("json"))
        return tr("JSON (full model and threats)");
    if (format == QLatin1StringView("sarif"))
        return tr("SARIF 2.1.0");
    if (format == QLatin1StringView("md"))
        return tr("Markdown summary");
    if (format == QLatin1StringView("csv"))
        return tr("CSV for issue trackers");
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
    return makeError(tr("Unknown report format \"%1\"; use one of %2").arg(format, formats().join(QStringLiteral(", "))));
}

Result<void> saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace tw::report
