# SPDX-License-Identifier: GPL-3.0-or-later
# The built-in rule packs, compiled into twcore as Qt resources under ":/rules/". Included after
# add_library(twcore ...) because qt_add_resources attaches to an existing target.
qt_add_resources(twcore twrules
    PREFIX "/"
    BASE ${CMAKE_SOURCE_DIR}/resources
    FILES
        ${CMAKE_SOURCE_DIR}/resources/rules/ai.yaml
        ${CMAKE_SOURCE_DIR}/resources/rules/api.yaml
        ${CMAKE_SOURCE_DIR}/resources/rules/baseline.yaml
        ${CMAKE_SOURCE_DIR}/resources/rules/cloud.yaml
        ${CMAKE_SOURCE_DIR}/resources/rules/containers.yaml
        ${CMAKE_SOURCE_DIR}/resources/rules/flows.yaml
)
