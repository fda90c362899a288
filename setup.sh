#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Threatwright's one helper script (see README.md):
#   ./setup.sh demo   install what is missing, build, and open the bundled demo project
#   ./setup.sh test   install what is missing, build, and run every test
# Works as root on a fresh Debian 12 machine; needs nothing but Debian's package registry.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${TW_BUILD_DIR:-$here/build}"
jobs="${TW_JOBS:-$(nproc)}"

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libxkbcommon-dev
    libgraphviz-dev graphviz
    libsqlite3-dev sqlite3
    libssl-dev libyaml-dev libsimdjson-dev libgit2-dev
    libqscintilla2-qt6-dev qtkeychain-qt6-dev
    poppler-utils fonts-dejavu-core python3-jsonschema
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
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
        echo "==> Opening the workbench"
        exec "$gui" "$project"
    fi
    echo "==> No display: rendering the workbench offscreen"
    QT_QPA_PLATFORM=offscreen "$gui" "$project" --screenshot "$out/workbench.png"
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

case "${1:-}" in
    demo) install_missing; build_all; run_demo ;;
    test) install_missing; build_all; run_tests ;;
    *) echo "usage: $0 demo|test" >&2; exit 2 ;;
esac
