// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw {

/**
 * The public page of a reference given by kind and id — CWE ("CWE-79" or "79"), CAPEC,
 * ATT&CK ("T1530", "T1530.001"), ATLAS ("AML.T0051"), OWASP-2021 ("A01:2021"),
 * OWASP-API-2023 ("API1:2023"), OWASP-LLM-*. One place for both the rule packs, which store
 * the URL, and the workbench, which links references that arrive with an id only.
 * Empty when the kind is not one of these or the id does not fit it.
 */
QString referencePage(const QString &kind, const QString &id);

} // namespace tw
