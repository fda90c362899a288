// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

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

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

QString singleLine(const QString &text, int maxLength)
{
    QString s = text;
    for (QChar &c : s) {
        // Control characters (including ESC, so no terminal escape sequences) become spaces.
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
        // Bidirectional overrides and isolates would let a name reorder what follows it on the
        // line ("Trojan Source"); they are shown as the replacement character.
        else if (c.unicode() == 0x061C || c.unicode() == 0x200E || c.unicode() == 0x200F
                 || (c.unicode() >= 0x202A && c.unicode() <= 0x202E) || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069))
            c = QChar(QChar::ReplacementCharacter);
    }
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
