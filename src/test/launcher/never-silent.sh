#!/usr/bin/env bash
# bin/warta never fails silently and never writes anything but the report to standard output:
# folders its size estimate cannot read to the end (a dangling link, an unreadable folder, a tree
# deeper than PATH_MAX, a folder given to --aliases), the JVM's own warnings, WARTA_JAVA_OPTS, a heap
# too small for the run.
# Usage: bash src/test/launcher/never-silent.sh [PROJECT]   (run by .ci/run)
set -euo pipefail
home=$(cd "${1:-$(dirname "$0")/../../..}" && pwd)
warta="$home/bin/warta"
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT

fail() {
  echo "never-silent: FAIL ($case): $*" >&2
  exit 1
}

# Runs warta with the arguments given; sets $rc, and $out and $err to what it wrote.
run() {
  rc=0
  "$warta" "$@" > "$work/out" 2> "$work/err" || rc=$?
  out=$(cat "$work/out")
  err=$(cat "$work/err")
}

# The run failed (exit $1), and said why on standard error, every line "warta: ...".
said_why() {
  [ "$rc" = "$1" ] || fail "exit $rc, not $1; standard error: $err"
  [ -n "$err" ] || fail "exit $rc with nothing on standard error"
  if grep -v '^warta: ' "$work/err" >&2; then
    fail "standard error has lines that are not warta's"
  fi
}

# A folder with a good file and something that cannot be read: the good file's rows, an error line with the reason.
reads_the_rest() {
  local folder=$1 good=$2 reason=$3
  run tokenize --sentences "$folder"
  said_why 1
  [[ "$out" == *"$good"* ]] || fail "no rows of $good: $out"
  [[ "$err" == *"$reason"* ]] || fail "no '$reason' in: $err"
  echo "never-silent: ok ($case)"
}

mkdir -p "$work/links"
echo "Presiden Joko Widodo tiba." > "$work/links/a.txt"
ln -s "$work/nowhere" "$work/links/b.txt"
case="a dangling link in a folder"
reads_the_rest "$work/links" "$work/links/a.txt" "warta: $work/links/b.txt: no such file"

case="a folder deeper than PATH_MAX"
mkdir -p "$work/deep"
echo "Menteri tiba." > "$work/deep/a.txt"
# 2,100 folders, 500 at a time: every path the shell is given stays short
steps=$(printf 'dd/%.0s' $(seq 500))
(cd -P "$work/deep" && for _ in 1 2 3 4; do mkdir -p "$steps" && cd -P "$steps"; done \
  && mkdir -p "${steps:0:300}" && cd -P "${steps:0:300}" && echo "Budi pergi." > b.txt)
reads_the_rest "$work/deep" "$work/deep/a.txt" "File name too long"

case="a folder given to --aliases"
run count --aliases "$work" "$home/seeds/000_68c9ffe21a1da729.txt"
[ "$rc" != 0 ] || fail "exit 0"
said_why "$rc"
echo "never-silent: ok ($case)"

if [ "$(id -u)" != 0 ]; then
  case="an unreadable folder"
  mkdir -p "$work/closed/inside"
  echo "Warga menunggu." > "$work/closed/a.txt"
  chmod 000 "$work/closed/inside"
  reads_the_rest "$work/closed" "$work/closed/a.txt" "permission denied"
fi

case="the JVM's warnings"
run tokenize "$home/seeds"
expected=$out
WARTA_JAVA_OPTS=-XX:+UseLargePages run tokenize "$home/seeds"
[ "$rc" = 0 ] || fail "exit $rc: $err"
[ "$out" = "$expected" ] || fail "standard output is not the report: $(diff <(echo "$expected") <(echo "$out") | head -3)"
echo "never-silent: ok ($case)"

case="WARTA_JAVA_OPTS adds to the launcher's options"
WARTA_JAVA_OPTS="-XX:+PrintCommandLineFlags -Dwarta.test=1" run tokenize "$home/seeds"
[ "$rc" = 0 ] && [ "$out" = "$expected" ] || fail "exit $rc: $err"
[[ "$err" == *"-XX:MaxHeapSize=150994944"* && "$err" == *"-XX:+UseParallelGC"* ]] || fail "the launcher's options are gone: $err"
WARTA_JAVA_OPTS="-XX:+UseSerialGC -Xmx200m" run tokenize "$home/seeds"
[ "$rc" = 0 ] && [ "$out" = "$expected" ] || fail "a collector of one's own: exit $rc: $err"
echo "never-silent: ok ($case)"

case="a java that does not know -XX:TrimNativeHeapInterval"
mkdir -p "$work/older-java"
real_java=$(command -v java)
printf '%s\n' '#!/usr/bin/env bash' \
  'for option in "$@"; do' \
  '  case "$option" in -XX:TrimNativeHeapInterval*)' \
  '    echo "Unrecognized VM option ${option#-XX:}" >&2; echo "Error: Could not create the Java Virtual Machine." >&2; exit 1 ;;' \
  '  esac' \
  'done' \
  "exec $real_java \"\$@\"" > "$work/older-java/java"
chmod +x "$work/older-java/java"
PATH="$work/older-java:$PATH" run tokenize "$home/seeds"
[ "$rc" = 0 ] && [ "$out" = "$expected" ] && [ -z "$err" ] || fail "exit $rc: $err"
run tokenize "$home/seeds"
[ "$rc" = 0 ] && [ "$out" = "$expected" ] && [ -z "$err" ] || fail "back on the first java: exit $rc: $err"
echo "never-silent: ok ($case)"

case="--threads 100000"
run tokenize --threads 100000 "$home/seeds"
[ "$rc" = 0 ] && [ "$out" = "$expected" ] && [ -z "$err" ] || fail "exit $rc: $err"
echo "never-silent: ok ($case)"

case="a heap too small for the run"
WARTA_JAVA_OPTS=-Xmx16m run count "$home/seeds"
said_why 3
[ -z "$out" ] || fail "a report from a run that ran out of memory: $out"
[[ "$err" == *"out of memory"*"WARTA_JAVA_OPTS=-Xmx"* ]] || fail "not told how to give it more: $err"
echo "never-silent: ok ($case)"
