// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/diagramstyle.h"

namespace tw::layout {

KindStyle kindStyle(ComponentKind kind)
{
    const auto style = [](const char *fill, const char *stroke, const char *shape) {
        return KindStyle{QColor(QLatin1StringView(fill)), QColor(QLatin1StringView(stroke)), QString::fromLatin1(shape)};
    };
    switch (kind) {
    case ComponentKind::Datastore: return style("#e8f1fb", "#2f6db5", "cylinder");
    case ComponentKind::Queue: return style("#f3ecfa", "#7a4bb0", "box");
    case ComponentKind::Gateway: return style("#fff4e0", "#c77700", "box");
    case ComponentKind::ExternalEntity: return style("#f2f2f2", "#555555", "box");
    case ComponentKind::Client: return style("#f2f2f2", "#555555", "box");
    case ComponentKind::SecretStore: return style("#fdecec", "#b53030", "box");
    case ComponentKind::IdentityProvider: return style("#eef8ee", "#2e7d32", "box");
    case ComponentKind::AiService: return style("#fcefff", "#9c27b0", "box");
    case ComponentKind::Function: return style("#eaf7f6", "#00796b", "box");
    case ComponentKind::Service:
    case ComponentKind::Process:
    case ComponentKind::Generic:
        break;
    }
    return style("#ffffff", "#37474f", "box");
}

QColor severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QColor(0x8e, 0x00, 0x00);
    case Severity::High: return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Medium: return QColor(0xef, 0x8f, 0x00);
    case Severity::Low: return QColor(0x2e, 0x7d, 0x32);
    case Severity::Info: break;
    }
    return QColor(0x60, 0x7d, 0x8b);
}

} // namespace tw::layout
