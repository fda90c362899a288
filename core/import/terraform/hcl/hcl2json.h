// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/terraform/hcl/ast.h"

#include <QByteArray>

namespace tw::hcl {

/**
 * The whole file as JSON in the well-known "hcl2json" shape (@cdktf/hcl2json, tmccombs/hcl2json):
 * block types and labels become nested object keys, each block body an object appended to an
 * array; literals become JSON values, tuple/object constructors JSON arrays/objects, templates
 * their text (interpolations as "${source}"), and every other expression "${exact source}".
 */
QByteArray toHcl2Json(const File &file, bool indented = true);

} // namespace tw::hcl
