# SPDX-License-Identifier: GPL-3.0-or-later
# Exchange with other threat-modelling tools: one file pair per format, plus what they share.
set(TW_INTEROP_SOURCES
    interop/interop.h interop/interop.cpp
    interop/mapping.h interop/mapping.cpp
    interop/otm.h interop/otm.cpp
    interop/threatdragon.h interop/threatdragon.cpp
    interop/threagile.h interop/threagile.cpp
    interop/tm7.h interop/tm7.cpp
    interop/threatcomposer.h interop/threatcomposer.cpp
)
