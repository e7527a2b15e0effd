#!/usr/bin/env bash
# bin/warta started several times at once (xargs -P, as batches are run) on a fresh copy of the
# project, again after a source change, and again when only the class-data archive is stale:
# one run builds while the others wait, and every run succeeds with the same rows.
# Usage: bash src/test/launcher/concurrent-first-use.sh [PROJECT]   (run by .ci/run)
set -euo pipefail
home=$(cd "${1:-$(dirname "$0")/../../..}" && pwd)
runs=4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy="$work/warta"
mkdir "$copy"
tar -C "$home" --exclude=./target --exclude=./.git -cf - . | tar -C "$copy" -xf -

fail() {
  echo "concurrent-first-use: FAIL ($case): $*" >&2
  exit 1
}

# Starts $runs launchers at once; checks that all succeed, alike, and that $1 of them built the jar.
run_together() {
  local builders=$1
  rm -rf "$work/out"
  mkdir "$work/out"
  seq "$runs" | xargs -P "$runs" -I{} bash -c \
    'cd "$1" && bin/warta tokenize --sentences seeds > "$2/{}.csv" 2> "$2/{}.err"; echo $? > "$2/{}.rc"' \
    _ "$copy" "$work/out"
  for i in $(seq "$runs"); do
    [ "$(cat "$work/out/$i.rc")" = 0 ] || fail "run $i exited $(cat "$work/out/$i.rc"): $(cat "$work/out/$i.err")"
    if grep -v '^warta: building ' "$work/out/$i.err" >&2; then
      fail "run $i wrote more than the build notice to standard error"
    fi
    cmp -s "$work/out/1.csv" "$work/out/$i.csv" || fail "runs 1 and $i wrote different rows"
  done
  [ "$(wc -l < "$work/out/1.csv")" -gt 100 ] || fail "too few rows: $(head -3 "$work/out/1.csv")"
  local built
  built=$(cat "$work/out/"*.err | grep -c '^warta: building ' || true)
  [ "$built" = "$builders" ] || fail "$built runs built the jar, not $builders"
  echo "concurrent-first-use: ok ($case): $runs runs at once, $built built"
}

case="a fresh copy"
run_together 1
expected=$(cat "$work/out/1.csv")

case="after a source change"
sleep 1
touch "$copy/src/main/java/org/warta/cli/Warta.java"
run_together 1
[ "$(cat "$work/out/1.csv")" = "$expected" ] || fail "the rows changed"

case="a stale class-data archive"
touch "$copy/target/warta.jar"
run_together 0
[ -f "$copy/target/warta.jsa" ] || fail "no class-data archive was made"
