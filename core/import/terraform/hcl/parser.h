// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "import/terraform/hcl/ast.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace tw::hcl {

/** Deepest nesting of blocks/expressions accepted, so hostile input cannot overflow the stack. */
inline constexpr int kMaxNestingDepth = 1000;

/**
 * Parses HCL native syntax (HashiCorp's hclsyntax spec). On failure returns the FIRST error, with
 * the same position and wording HashiCorp's parser gives: `location` is "file:line:col",
 * `message` is "Summary: detail". Never throws.
 */
tw::Result<std::shared_ptr<const File>> parse(QByteArrayView utf8Source, const QString &fileName);

/** Same, but hands back the structured diagnostic (range, summary, detail) on failure. */
std::shared_ptr<const File> parse(QByteArrayView utf8Source, const QString &fileName,
                                  Diagnostic *error);

} // namespace tw::hcl
