// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/**
 * Terraform's JSON configuration syntax (`*.tf.json`), rewritten into the native syntax so that the
 * one evaluator and mapper serve both. Each block and attribute is placed on the line and column
 * its key has in the JSON file, so SourceRefs point into the original file. Strings keep their
 * `${…}` interpolations, which is exactly how Terraform reads JSON strings.
 */
namespace tw::terraform {

/** The native-syntax equivalent; on failure returns empty and sets error/line/column. */
QByteArray tfJsonToHcl(const QByteArray &json, QString *error, int *line, int *column);

/** Whether a JSON document is `terraform show -json` output (plan or state) rather than config. */
bool isPlanJson(const QByteArray &json);

/**
 * A plan/state document rewritten as native syntax: one resource block per instance with its
 * resolved values as literals (they win over expressions), and the configuration's references.
 * The instance address is kept in a `__address` attribute.
 */
QByteArray planJsonToHcl(const QByteArray &json, QString *error);

} // namespace tw::terraform
