#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Threatwright's one helper script (see README.md):
#   ./setup.sh demo   install what is missing, build, and open the bundled demo project
#   ./setup.sh test   install what is missing, build, run every test, fuzz each target for 30 s
#                     (docs/security.md), then build the packages, install the .deb and check
#                     the installed files (docs/packaging.md)
#   ./setup.sh package  install what is missing, build, and write the .deb and .tar.gz
# Works as root on a fresh Debian 12 machine; needs nothing but Debian's package registry.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${TW_BUILD_DIR:-$here/build}"
jobs="${TW_JOBS:-$(nproc)}"

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n python3
    libgl-dev libxkbcommon-dev
    libgraphviz-dev graphviz
    libsqlite3-dev sqlite3
    libssl-dev libyaml-dev libsimdjson-dev libgit2-dev zlib1g-dev libjemalloc-dev
    libqscintilla2-qt6-dev qtkeychain-qt6-dev
    poppler-utils fonts-dejavu-core python3-jsonschema
    dpkg-dev file desktop-file-utils appstream shared-mime-info man-db
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "==> Installing ${missing[*]}"
        local sudo=""
        [[ $(id -u) -eq 0 ]] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

build_all() {
    echo "==> Building in $build"
    # Paths relative to the checkout in ccache's keys: a fresh clone reuses an earlier build's objects.
    export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" -j "$jobs"
}

run_demo() {
    local cli="$build/app/cli/threatwright-cli" gui="$build/app/gui/threatwright"
    local out="$build/demo" project="$build/demo/harbor-shop.twdb"
    mkdir -p "$out"
    rm -f "$project" "$project-wal" "$project-shm"
    echo "==> Importing the demo system (resources/demo/shop) into $project"
    "$cli" init "$project" --name "Harbor Shop"
    "$cli" import "$project" "$here/resources/demo/shop" --message "Demo: Harbor Shop API, AWS Terraform and compose stack"
    "$cli" versions "$project"
    "$cli" audit "$project" --verify
    "$cli" report "$project" --format html -o "$out/report.html"
    "$cli" report "$project" --format pdf -o "$out/report.pdf"
    # The project lives in the build folder, its inputs in resources/: the Source panel is told
    # where they are, as the workbench remembers the folders it imported from itself.
    local sources="$here/resources/demo/shop"
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
        echo "==> Opening the workbench"
        exec "$gui" "$project" --sources "$sources"
    fi
    echo "==> No display: rendering the workbench offscreen"
    QT_QPA_PLATFORM=offscreen "$gui" "$project" --sources "$sources" --screenshot "$out/workbench.png"
    echo
    echo "Project:    $project"
    echo "Screenshot: $out/workbench.png"
    echo "Reports:    $out/report.html, $out/report.pdf"
    echo "Explore:    $cli threats $project"
}

run_tests() {
    echo "==> Running the tests"
    cd "$build"
    ctest --output-on-failure -j "$jobs"
}

build_packages() {
    echo "==> Building the packages"
    rm -f "$build"/packages/threatwright[_-]*
    (cd "$build" && cpack -G DEB >/dev/null && cpack -G TGZ >/dev/null)
    ls -1 "$build"/packages/threatwright_*.deb "$build"/packages/threatwright-*.tar.gz
}

# Installs the .deb with apt (so its computed dependencies resolve), then uses only the installed
# files: --version, a real scan of the demo, reports whose diagram needs Graphviz's layout
# plugins, the workbench offscreen, and the validators on the installed desktop files. Removes the
# package afterwards unless it was installed before.
check_installed_package() {
    local sudo="" deb version
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    deb=$(ls "$build"/packages/threatwright_*.deb)
    version=$(dpkg-deb -f "$deb" Version)
    local was_installed=0
    dpkg-query -W -f='${Status}' threatwright 2>/dev/null | grep -q "ok installed" && was_installed=1
    echo "==> Installing $(basename "$deb") with apt"
    echo "    Depends: $(dpkg-deb -f "$deb" Depends)"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends --reinstall "$deb" >/dev/null
    if ((!was_installed)); then
        trap 'echo "==> Removing the package"; DEBIAN_FRONTEND=noninteractive '"$sudo"' apt-get purge -y -qq threatwright >/dev/null' EXIT
    fi

    local tmp
    tmp=$(mktemp -d)
    echo "==> Checking the installed files (in $tmp)"
    # A clean environment outside the checkout: nothing from the build tree can be picked up.
    mkdir -m 700 "$tmp/run"
    env -i PATH=/usr/bin:/bin HOME="$tmp" XDG_RUNTIME_DIR="$tmp/run" LC_ALL=C.UTF-8 TMPDIR=/tmp \
        DEMO="$here/resources/demo/shop" VERSION="$version" OUT="$tmp" \
        bash -euo pipefail -c '
        cd "$OUT"
        fail() { echo "package check FAILED: $*" >&2; exit 1; }
        [[ "$(/usr/bin/threatwright-cli --version)" == "threatwright-cli $VERSION" ]] || fail "threatwright-cli --version"
        QT_QPA_PLATFORM=offscreen /usr/bin/threatwright --version | grep -q "$VERSION" || fail "threatwright --version"
        /usr/bin/threatwright-cli scan "$DEMO" --project shop.twdb --sarif shop.sarif --markdown summary.md \
            --message "package check" >scan.log 2>&1 || { cat scan.log; fail "scan"; }
        grep -q "\"version\": \"2.1.0\"" shop.sarif || fail "no SARIF 2.1.0 written"
        [[ -s summary.md ]] || fail "no Markdown summary written"
        # The HTML and PDF reports lay the system diagram out with Graphviz; without its layout
        # plugins (libgvc6) the report says so instead of drawing it.
        /usr/bin/threatwright-cli report shop.twdb --format html -o report.html >/dev/null
        grep -q "<div class=\"diagram\"><svg" report.html || fail "the HTML report has no diagram (Graphviz layout plugins missing?)"
        ! grep -q "could not be laid out" report.html || fail "Graphviz could not lay out the diagram"
        /usr/bin/threatwright-cli report shop.twdb --format pdf -o report.pdf >/dev/null
        [[ "$(head -c 5 report.pdf)" == "%PDF-" ]] || fail "no PDF written"
        ! pdftotext report.pdf - | grep -q "could not be laid out" || fail "Graphviz could not lay out the PDF diagram"
        # The check above can fail: with no plugins to load, the same report has no diagram.
        mkdir -p no-plugins
        GVBINDIR="$OUT/no-plugins" /usr/bin/threatwright-cli report shop.twdb --format html -o broken.html >/dev/null 2>&1 || true
        ! grep -q "<div class=\"diagram\"><svg" broken.html || fail "the diagram check cannot tell a missing layout plugin"
        QT_QPA_PLATFORM=offscreen /usr/bin/threatwright shop.twdb --screenshot workbench.png 2>/dev/null
        [[ "$(head -c 8 workbench.png | od -An -tx1 | tr -d " \n")" == "89504e470d0a1a0a" ]] || fail "the workbench wrote no screenshot"
        /usr/bin/threatwright-cli audit shop.twdb --verify >/dev/null
        desktop-file-validate /usr/share/applications/org.threatwright.Threatwright.desktop
        appstreamcli validate --no-net /usr/share/metainfo/org.threatwright.Threatwright.metainfo.xml >/dev/null \
            || fail "appstreamcli validate"
        [[ -f /usr/share/mime/application/x-threatwright-project.xml ]] || fail "the MIME type is not registered"
        # What a file manager asks when a .twdb is double-clicked (update-desktop-database trigger).
        grep -q "^application/x-threatwright-project=.*org.threatwright.Threatwright.desktop" \
            /usr/share/applications/mimeinfo.cache || fail "no application opens .twdb files"
        man -w threatwright-cli >/dev/null && man -w threatwright >/dev/null || fail "manual pages not found"
        # The German user interface from the installed catalogues (share/threatwright/translations).
        [[ -f /usr/share/threatwright/translations/threatwright_de.qm ]] || fail "no German translation installed"
        LC_ALL=de_DE.UTF-8 /usr/bin/threatwright-cli --help | grep -q "^Befehle:" || fail "threatwright-cli speaks no German"
        LC_ALL=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen /usr/bin/threatwright --help | grep -q "Werkbank für Bedrohungsmodelle" \
            || fail "the workbench speaks no German"
        bash -c "source /usr/share/bash-completion/completions/threatwright-cli && complete -p threatwright-cli" >/dev/null \
            || fail "bash completion"
        echo "package check passed: installed files run the demo scan, reports and workbench"'
    rm -rf "$tmp"
}

# CI's short fuzzing run (docs/security.md): every libFuzzer target for TW_FUZZ_SECONDS
# (default 30) seconds under ASan+UBSan, built with clang in build-fuzz/.
fuzz_smoke() {
    echo "==> Fuzzing each target for ${TW_FUZZ_SECONDS:-30} s"
    TW_FUZZ_SECONDS="${TW_FUZZ_SECONDS:-30}" TW_JOBS="$jobs" "$here/.ci/fuzz-smoke"
}

case "${1:-}" in
    demo) install_missing; build_all; run_demo ;;
    test) install_missing; build_all; run_tests; fuzz_smoke; build_packages; check_installed_package ;;
    package) install_missing; build_all; build_packages ;;
    *) echo "usage: $0 demo|test|package" >&2; exit 2 ;;
esac
