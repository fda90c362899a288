#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Whole-process import time of our benchmark against the reference dereferencing parser
# (issue #3: "at least ten times faster, whole process"), run alternately so that both see the
# same machine. Needs node and npm; installs @apidevtools/swagger-parser into $REF_DIR once.
#
#   bench/reference/compare.sh [ROUNDS] [SPEC...]     (from the checkout, after a build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bench=${BENCH:-$root/build/bench/bench_openapi}
corpus=${CORPUS:-$root/../shared/corpus}
ref_dir=${REF_DIR:-/tmp/threatwright-reference}
rounds=${1:-5}
shift || true
specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then
  specs=("$corpus/octokit-openapi/generated/api.github.com.json"
         "$corpus/stripe-openapi/openapi/spec3.json"
         "$corpus/stripe-openapi/openapi/spec3.yaml"
         "$corpus/kubernetes-client-python/kubernetes/swagger.json.unprocessed")
fi
if [ ! -d "$ref_dir/node_modules/@apidevtools/swagger-parser" ]; then
  mkdir -p "$ref_dir"
  (cd "$ref_dir" && npm install --silent @apidevtools/swagger-parser >/dev/null)
fi
cp "$here/deref.js" "$ref_dir/deref.js"

ms() { # wall time of one run of "$@", in microseconds
  local s e
  s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
  echo $(((e - s) / 1000))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-28s %12s %12s %8s\n' spec reference ours ratio
for spec in "${specs[@]}"; do
  ref=(); ours=()
  for ((r = 0; r < rounds; r++)); do
    ref+=("$(ms node "$ref_dir/deref.js" "$spec")")
    for k in 1 2; do ours+=("$(ms "$bench" --runs 1 --import-only "$spec")"); done
  done
  rm=$(printf '%s\n' "${ref[@]}" | median)
  om=$(printf '%s\n' "${ours[@]}" | median)
  awk -v s="$(basename "$spec")" -v r="$rm" -v o="$om" \
    'BEGIN { printf "%-28s %9.1f ms %9.1f ms %7.1fx\n", s, r / 1000, o / 1000, r / o }'
done
