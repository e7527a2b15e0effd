#!/usr/bin/env bash
# bin/warta gives a report the quick compiler alone (-XX:TieredStopAtLevel=1) below the size at
# which the optimising one pays for itself: 32 MB for the commands that only tokenize, 128 MB for
# those that find names; never with --threads, standard input or --files-from; and a size past
# 2 GiB is compared without a word on standard error. The files are sparse, so that the sizes
# cost no disk; a java on the PATH before the real one notes the report run's options instead of
# running it, and runs every other java command (the class archive, the probe of the JVM's
# options) as it is.
# Usage: bash src/test/launcher/compilers.sh [PROJECT]   (run by .ci/run)
set -euo pipefail
home=$(cd "${1:-$(dirname "$0")/../../..}" && pwd)
warta="$home/bin/warta"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset WARTA_JAVA_OPTS # options of the user's own would be the run's

real_java=$(command -v java)
mkdir -p "$work/bin"
cat > "$work/bin/java" <<EOF
#!/usr/bin/env bash
case " \$* " in
  *" -Xshare:dump "* | *" -XX:DumpLoadedClassList="*) ;;
  *" -jar "*) printf '%s\n' "\$@" > "$work/options"; exit 0 ;;
esac
exec "$real_java" "\$@"
EOF
chmod +x "$work/bin/java"

fail() {
  echo "compilers: FAIL ($case): $*" >&2
  exit 1
}

# A folder holding one sparse file of $1 MB.
folder_of_mb() {
  mkdir -p "$work/mb$1"
  truncate -s "${1}M" "$work/mb$1/text.txt"
  echo "$work/mb$1"
}

# Runs warta with the java above; $quick says whether the report ran with the quick compiler alone.
run() {
  rm -f "$work/options"
  PATH="$work/bin:$PATH" "$warta" "$@" > /dev/null 2> "$work/err" < /dev/null
  [ -f "$work/options" ] || fail "warta did not start the JVM"
  if grep -v '^warta: ' "$work/err" >&2; then
    fail "standard error has lines that are not warta's"
  fi
  quick=no
  grep -qx -- '-XX:TieredStopAtLevel=1' "$work/options" && quick=yes
  return 0
}

expect() {
  local want=$1
  shift
  case="$*"
  run "$@"
  [ "$quick" = "$want" ] || fail "quick compiler alone: $quick, not $want"
  echo "compilers: ok (quick compiler alone: $want for $case)"
}

small=$(folder_of_mb 1)
mid=$(folder_of_mb 100)
large=$(folder_of_mb 200)
huge=$(folder_of_mb 3000)
echo "$small/text.txt" > "$work/list"
expect yes count "$small"
for command in count mentions cooccur quotes summary; do
  expect yes "$command" "$mid"
done
expect no count "$large"
expect no count --by document "$huge"
expect yes tokenize "$small"
expect yes freq "$small"
expect no tokenize "$mid"
expect no freq "$mid"
expect no count --threads 1 "$small"
expect no count -j 2 "$small"
expect no count - "$small"
expect no count --files-from "$work/list"
