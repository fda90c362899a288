// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Repository trees built file by file in a temporary folder (importer and re-scan tests).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace tw::test {

/** Writes `content` to `root`/`relative`, creating the folders on the way; fails the test if it cannot. */
inline void write(const QString &root, const QString &relative, const QByteArray &content)
{
    const QString path = root + QLatin1Char('/') + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

} // namespace tw::test
