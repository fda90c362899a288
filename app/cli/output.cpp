// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"
#include "common/text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace tw::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printUtf8(QByteArrayView text)
{
    out().flush(); // what went through the stream comes first
    std::fwrite(text.data(), 1, std::size_t(text.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QByteArray text = doc.toJson(QJsonDocument::Indented);
    if (text.endsWith('\n'))
        text.chop(1); // printUtf8() ends the line
    printUtf8(text);
}

QString singleLine(const QString &text, int maxLength)
{
    QString s = text::printable(text);
    if (maxLength > 1 && s.size() > maxLength)
        s = s.left(maxLength - 1) + QChar(0x2026);
    return s;
}

void printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&widths](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    auto print = [&widths](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i + 1 == row.size();
            line += last ? row[i] : row[i].leftJustified(widths[i]) + QStringLiteral("  ");
        }
        out() << line << '\n';
    };
    print(header);
    for (const QStringList &row : rows)
        print(row);
    out().flush();
}

} // namespace tw::cli
