// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencelinks.h"

#include "model/referencepages.h"

namespace tw::ui {
namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1StringView("https") || url.scheme() == QLatin1StringView("http"))
        && !url.host().isEmpty();
}

} // namespace

QUrl referenceUrl(const Reference &reference)
{
    const QUrl own(reference.url, QUrl::StrictMode);
    if (isWebUrl(own))
        return own;
    if (reference.kind.compare(QLatin1StringView("URL"), Qt::CaseInsensitive) == 0) {
        const QUrl url(reference.id.trimmed(), QUrl::StrictMode);
        return isWebUrl(url) ? url : QUrl();
    }
    const QString page = referencePage(reference.kind, reference.id);
    return page.isEmpty() ? QUrl() : QUrl(page);
}

QString referenceLabel(const Reference &reference)
{
    const QString kind = reference.kind;
    const QString id = reference.id;
    if (kind == QLatin1StringView("CWE") || kind == QLatin1StringView("CAPEC") || kind == QLatin1StringView("URL")
        || id.startsWith(kind))
        return id;
    if (kind.startsWith(QLatin1StringView("OWASP")))
        return QStringLiteral("OWASP %1").arg(id);
    return QStringLiteral("%1 %2").arg(kind, id);
}

} // namespace tw::ui
