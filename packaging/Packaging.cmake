# SPDX-License-Identifier: GPL-3.0-or-later
# The installed layout and the packages (.deb and .tar.gz), included from the root
# CMakeLists.txt after the targets exist. docs/packaging.md explains the choices.
#
#   cmake --build build && (cd build && cpack -G DEB && cpack -G TGZ)
#
# Layout under the prefix (/usr for the .deb, the archive's top folder for the .tar.gz):
#   bin/threatwright, bin/threatwright-cli                  (install() in app/*/CMakeLists.txt)
#   libexec/threatwright-cli-full                           report and suggest (docs/cli.md)
#   share/applications/org.threatwright.Threatwright.desktop
#   share/metainfo/org.threatwright.Threatwright.metainfo.xml
#   share/mime/packages/threatwright.xml                    application/x-threatwright-project
#   share/icons/hicolor/{scalable,NxN}/{apps,mimetypes}/…
#   share/man/man1/threatwright.1.gz, threatwright-cli.1.gz
#   share/bash-completion/completions/threatwright, threatwright-cli
#   share/threatwright/rules/*.yaml                         copies of the compiled-in packs
#   share/threatwright/translations/threatwright_{de,fr}.qm (translations/CMakeLists.txt)
#   share/doc/threatwright/copyright, README.md

include(GNUInstallDirs)

set(TW_APP_ID org.threatwright.Threatwright)
# The release date printed in the manual pages; keep it with the metainfo's <release>.
set(TW_RELEASE_DATE 2026-11-25)
set(TW_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(TW_ICON_DIR ${PROJECT_SOURCE_DIR}/resources/icons)
set(TW_ICON_SIZES 16 22 24 32 48 64 128 256)

# Desktop integration ------------------------------------------------------------------------
install(FILES ${TW_PACKAGING_DIR}/${TW_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${TW_PACKAGING_DIR}/${TW_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${TW_PACKAGING_DIR}/mime/threatwright.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
install(FILES ${TW_ICON_DIR}/${TW_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${TW_ICON_DIR}/application-x-threatwright-project.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes)
foreach(size IN LISTS TW_ICON_SIZES)
    install(FILES ${TW_ICON_DIR}/png/${size}/${TW_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    install(FILES ${TW_ICON_DIR}/png/${size}/application-x-threatwright-project.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/mimetypes)
endforeach()

# Manual pages: the version and date filled in, compressed as Debian expects ------------------
find_program(TW_GZIP gzip REQUIRED)
set(TW_MAN_DATE ${TW_RELEASE_DATE})
set(tw_manpages)
foreach(page threatwright.1 threatwright-cli.1)
    configure_file(${TW_PACKAGING_DIR}/man/${page}.in ${PROJECT_BINARY_DIR}/packaging/man/${page} @ONLY)
    add_custom_command(
        OUTPUT ${PROJECT_BINARY_DIR}/packaging/man/${page}.gz
        COMMAND ${TW_GZIP} -9 -n -c ${page} > ${page}.gz
        DEPENDS ${PROJECT_BINARY_DIR}/packaging/man/${page}
        WORKING_DIRECTORY ${PROJECT_BINARY_DIR}/packaging/man
        COMMENT "Compressing the manual page ${page}"
        VERBATIM)
    list(APPEND tw_manpages ${PROJECT_BINARY_DIR}/packaging/man/${page}.gz)
endforeach()
add_custom_target(tw_manpages ALL DEPENDS ${tw_manpages})
install(FILES ${tw_manpages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Shell completion -----------------------------------------------------------------------------
install(FILES ${TW_PACKAGING_DIR}/completion/threatwright-cli ${TW_PACKAGING_DIR}/completion/threatwright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# Data -------------------------------------------------------------------------------------------
# The rule packs are compiled into the binaries (core/analysis/resources.cmake); these copies
# are for reading and as templates for 'scan/import --rules'.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/threatwright/rules
        FILES_MATCHING PATTERN "*.yaml")
# Both binaries look for threatwright_<lang>.qm here first (TW_TRANSLATIONS_RELDIR in app/gui,
# tw::i18n::installedFolder), then in the copies compiled into twcore; translations/CMakeLists.txt
# installs the .qm files into this folder.
set(TW_INSTALL_TRANSLATIONSDIR ${CMAKE_INSTALL_DATADIR}/threatwright/translations)
install(FILES ${TW_PACKAGING_DIR}/copyright ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/threatwright) # DOCDIR would use the project name's capital T

# CPack ------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME threatwright)
set(CPACK_PACKAGE_VENDOR "The Threatwright developers")
set(CPACK_PACKAGE_CONTACT "The Threatwright developers <dev@threatwright.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_PACKAGE_FILE_NAME threatwright-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR})

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Threatwright imports OpenAPI specs, Terraform and source repositories into one SQLite
project file, draws the system graph, suggests threats and records every triage decision
in a tamper-evident audit trail. The package holds the desktop workbench (threatwright)
and the headless CLI for CI pipelines (threatwright-cli), which writes SARIF, Markdown,
HTML and PDF reports.")
# The shared libraries the binaries link come from dpkg-shlibdeps. What it cannot see:
# Graphviz loads its layout engines (dot, osage, neato) as plugins at run time — on Debian 12
# libgvc6 ships them (/usr/lib/*/graphviz/libgvplugin_{dot,neato}_layout.so.6) and writes
# their config6a in its postinst; the reports name DejaVu Sans.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libgvc6 (>= 2.42), fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
include(CPack)
