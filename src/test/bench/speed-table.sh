#!/usr/bin/env bash
# The figures of README's "Speed and memory" table for issue 17, for this build and, given a jar
# built from an earlier commit (BEFORE_JAR), for that one too, the two run alternately in each
# round so that the machine's noise falls on both alike. Prints CSV: what, jar, runs, median,
# least, most. The JVM options are bin/warta's; the heap is WARTA_HEAP (default 144m).
#
#   python3 ../shared/bench/indosum_text.py /tmp/indosum
#   git worktree add /tmp/before main && (cd /tmp/before && mvn -q -B -DskipTests package)
#   BEFORE_JAR=/tmp/before/target/warta.jar bash src/test/bench/speed-table.sh /tmp/indosum 5
#
# Peak RSS over big files: python3 ../shared/bench/indosum_text.py /tmp/big --repeat-mb 100, then
#   /usr/bin/time -f '%e s %M KB' bin/warta count /tmp/big/big.txt > /dev/null
set -euo pipefail

indosum=${1:?usage: speed-table.sh INDOSUM_DIR [RUNS]}
runs=${2:-5}
home=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
"$home/bin/warta" --version >/dev/null # builds the jar first, outside the timing
jars=("$home/target/warta.jar")
[ -n "${BEFORE_JAR:-}" ] && jars+=("$BEFORE_JAR")
java_options="-XX:+UseParallelGC -Xmx${WARTA_HEAP:-144m}"
short="$java_options -XX:TieredStopAtLevel=1" # what bin/warta gives a run over less than 32 MB

seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

for ((round = 0; round < runs; round++)); do
  for jar in "${jars[@]}"; do
    echo "count MB/s in the JVM (1 thread),$jar,$(java $java_options -jar "$jar" bench --stage count --threads 1 \
      "$indosum/articles" 2>/dev/null | tail -1 | cut -d, -f3)"
    echo "count seeds whole process (s),$jar,$(cd "$home" && seconds java $short -jar "$jar" count seeds)"
    echo "--version whole process (s),$jar,$(seconds java $short -jar "$jar" --version)"
    echo "count --by document articles whole process (s),$jar,$(seconds java $short -jar "$jar" count --by document \
      "$indosum/articles")"
  done
done | python3 -c '
import statistics, sys
values = {}
for line in sys.stdin:
    what, jar, value = line.rstrip("\n").rsplit(",", 2)
    values.setdefault((what, jar), []).append(float(value))
print("what,jar,runs,median,least,most")
for (what, jar), v in values.items():
    print(f"{what},{jar},{len(v)},{statistics.median(v):.3f},{min(v):.3f},{max(v):.3f}")
'
