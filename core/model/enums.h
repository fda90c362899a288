// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace tw {

/**
 * Stable names of the model's enums: these strings are stored in project files and printed in
 * JSON, so they never change once released ("datastore", "resolved-by-change", …).
 */
template<typename E>
QString enumName(E value);

/** The enum value for a stable name; nullopt for an unknown name. */
template<typename E>
std::optional<E> enumFromName(QStringView name);

/** All values of an enum in declaration order. */
template<typename E>
QList<E> enumValues();

/** A person-readable label for a status or severity, translated. */
QString displayName(ThreatStatus status);
QString displayName(Severity severity);
QString displayName(Stride stride);

/** Severity band of a 0..10 score. */
Severity severityForScore(double score);

} // namespace tw
