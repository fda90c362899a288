// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QUrl>

namespace tw::ui {

/**
 * The public page of a reference: its own URL when it has an http(s) one, otherwise the page
 * derived from its kind and id (CWE, CAPEC, ATT&CK, ATLAS, the OWASP Top 10 lists). Rule packs
 * give URLs; attack-path and manual threats often give only ids. Any other scheme (file:,
 * javascript: …) is refused: reference texts come from rule packs and models, which are data.
 * Returns an invalid QUrl when there is no page.
 */
QUrl referenceUrl(const Reference &reference);

/** How a reference reads in a list: "CWE-552", "ATT&CK T1530", "OWASP A05:2021". */
QString referenceLabel(const Reference &reference);

} // namespace tw::ui
