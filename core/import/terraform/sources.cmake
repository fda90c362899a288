# SPDX-License-Identifier: GPL-3.0-or-later
# HCL native-syntax parser and hcl2json converter (namespace tw::hcl). Paths relative to core/.
set(TW_HCL_SOURCES
    import/terraform/hcl/arena.h
    import/terraform/hcl/ast.h
    import/terraform/hcl/lexer.h import/terraform/hcl/lexer.cpp
    import/terraform/hcl/parser.h import/terraform/hcl/parser.cpp
    import/terraform/hcl/hcl2json.h import/terraform/hcl/hcl2json.cpp
)
