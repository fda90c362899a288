# SPDX-License-Identifier: GPL-3.0-or-later
# HCL native-syntax parser and hcl2json converter (namespace tw::hcl). Paths relative to core/.
set(TW_HCL_SOURCES
    import/terraform/hcl/arena.h
    import/terraform/hcl/ast.h
    import/terraform/hcl/lexer.h import/terraform/hcl/lexer.cpp
    import/terraform/hcl/parser.h import/terraform/hcl/parser.cpp
    import/terraform/hcl/hcl2json.h import/terraform/hcl/hcl2json.cpp
    # The Terraform importer (namespace tw::terraform).
    import/terraform/value.h import/terraform/value.cpp
    import/terraform/evaluator.h import/terraform/evaluator.cpp
    import/terraform/resourcetypes.h import/terraform/resourcetypes.cpp
    import/terraform/facts.h import/terraform/facts.cpp
    import/terraform/tfjson.h import/terraform/tfjson.cpp
    import/terraform/terraformimporter.h import/terraform/terraformimporter.cpp
)
