// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A parsed document as text, for tests that prove two ways of parsing give the same Document
// (YAML in pieces, JSON built by two threads): every node's kind, line:column, style, tag and
// text, nested, then the diagnostics.

#include "import/common/document.h"

#include <QString>

namespace tw::test {

enum class NodeIds { Left, Shown }; ///< node ids are equal only when the nodes were built in one order

inline QString describe(const doc::Document &d, doc::NodeId id, NodeIds ids, int depth = 0)
{
    const doc::Position p = d.position(id);
    QString out = QStringLiteral("%1@%2:%3/%4/%5")
                      .arg(int(d.kind(id)))
                      .arg(p.line)
                      .arg(p.column)
                      .arg(int(d.style(id)))
                      .arg(QString::fromUtf8(d.tag(id).data(), qsizetype(d.tag(id).size())));
    if (ids == NodeIds::Shown)
        out += QStringLiteral("#%1").arg(id);
    if (d.isScalar(id))
        return out + QLatin1Char('=') + d.string(id);
    if (depth > 600)
        return out + QStringLiteral("…");
    out += QLatin1Char('{');
    const std::uint32_t n = d.isMapping(id) ? 2 * d.size(id) : d.size(id);
    for (std::uint32_t i = 0; i < n; ++i)
        out += describe(d, d.isMapping(id) ? (i % 2 ? d.valueAt(id, i / 2) : d.keyAt(id, i / 2)) : d.itemAt(id, i), ids, depth + 1)
            + QLatin1Char(',');
    return out + QLatin1Char('}');
}

inline QString describe(const Result<doc::Document> &r, NodeIds ids)
{
    if (!r.ok())
        return QStringLiteral("error ") + r.errorString();
    QString out;
    for (doc::NodeId root : r->roots())
        out += describe(*r, root, ids) + QLatin1Char('\n');
    for (const Diagnostic &d : r->diagnostics())
        out += QStringLiteral("%1:%2:%3 %4\n").arg(d.source.file).arg(d.source.line).arg(d.source.column).arg(d.message);
    return out;
}

} // namespace tw::test
