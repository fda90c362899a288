// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace tw::cli {

/** stdout, UTF-8. */
QTextStream &out();

/**
 * Prints text that is UTF-8 already (JSON the writers made) and a newline, straight to stdout:
 * through out() it would be decoded to UTF-16 and encoded again, megabytes for a large spec.
 */
void printUtf8(QByteArrayView text);

/** Prints a JSON document (object or array) indented, followed by a newline. */
void printJson(const QJsonValue &value);

/**
 * Prints rows as aligned columns under a header. Cells are single-line: control characters
 * from inputs are shown as spaces so a hostile name cannot forge extra lines.
 */
void printTable(const QStringList &header, const QList<QStringList> &rows);

/** Makes text from inputs safe to print on one terminal line. */
QString singleLine(const QString &text, int maxLength = -1);

} // namespace tw::cli
