// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "report/reportdata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/** One entry point for every report format, shared by the CLI and the workbench's export. */
namespace tw::report {

/** The format names `write()` takes, in the order menus list them: html, pdf, json, sarif, md, csv. */
const QStringList &formats();

/** A format's file-name suffix without the dot ("html", "sarif", "md" …). */
QString suffix(const QString &format);

/** A format's name for people ("PDF report", "SARIF 2.1.0" …), translated. */
QString formatTitle(const QString &format);

/**
 * The report of `data` in `format`. PDF needs a QGuiApplication (it lays text out with Qt's
 * fonts); any thread will do.
 */
Result<QByteArray> write(const QString &format, const ReportData &data);

/** Writes `bytes` beside `path` and renames it into place: a crash never leaves half a report. */
Result<void> saveFile(const QString &path, const QByteArray &bytes);

} // namespace tw::report
