# SPDX-License-Identifier: GPL-3.0-or-later
# The positioned YAML/JSON document layer (reused by other importers) and the OpenAPI importer.
set(TW_OPENAPI_SOURCES
    import/common/document.h import/common/document.cpp
    import/common/jsonreader.h import/common/jsonreader.cpp
    import/common/yamlreader.h import/common/yamlreader.cpp
    import/openapi/classifier.h import/openapi/classifier.cpp
    import/openapi/refresolver.h import/openapi/refresolver.cpp
    import/openapi/openapiimporter.h import/openapi/openapiimporter.cpp
)
