#!/usr/bin/env bash
# Times `warta tokenize FILE > /dev/null` as a whole process (start-up, reading, JIT warm-up and
# all) against the baseline program BreakIteratorTokenize, which prints the same CSV from the
# JDK's BreakIterator: RUNS rounds, the three commands in turn each round, then the median, least
# and most wall-clock seconds of each. The machine's noise moves single runs by a third; medians
# over many rounds do not move that much.
#
#   python3 ../shared/bench/indosum_text.py /tmp/indosum
#   mvn -q -B test-compile && bash src/test/bench/whole-process.sh /tmp/indosum/all.txt 21
set -euo pipefail

file=${1:?usage: whole-process.sh FILE [RUNS]}
runs=${2:-11}
home=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
"$home/bin/warta" --version >/dev/null # builds the jar and its archive first, outside the timing

labels=("warta --threads 1" "warta (all threads)" "BreakIterator")
commands=("$home/bin/warta tokenize --threads 1 $file"
          "$home/bin/warta tokenize $file"
          "java -XX:+UseParallelGC -Xmx256m -cp $home/target/warta.jar:$home/target/test-classes org.warta.bench.BreakIteratorTokenize $file")

for ((round = 0; round < runs; round++)); do
  for i in "${!commands[@]}"; do
    start=$(date +%s.%N)
    ${commands[$i]} >/dev/null
    end=$(date +%s.%N)
    echo "$i $start $end"
  done
done | python3 -c '
import statistics, sys
labels = sys.argv[1:]
seconds = {}
for line in sys.stdin:
    i, start, end = line.split()
    seconds.setdefault(int(i), []).append(float(end) - float(start))
print("command,runs,median_s,min_s,max_s")
for i, times in sorted(seconds.items()):
    print(f"{labels[i]},{len(times)},{statistics.median(times):.3f},{min(times):.3f},{max(times):.3f}")
' "${labels[@]}"
