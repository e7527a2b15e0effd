#!/usr/bin/env bash
# The Spark job on a real standalone cluster on 127.0.0.1: a master and two workers, each its own
# JVM, whose executors are JVMs of their own, so every task, closure and result crosses a process
# boundary and the models load from target/warta.jar on executors the driver did not start. The
# jar is submitted as spark-submit submits it (SparkSubmit, client mode) for count --by document,
# count --by corpus --aliases, mentions, cooccur and quotes, over the seeds, the first 300 IndoSum
# articles (when ../shared is there) and a PNG named as a file; every report must equal the CLI's
# row for row, in order, and the PNG must be the one row of the errors. The cluster is stopped
# whatever happens, and no process of it may be left.
# With --bench FOLDER [RUNS], it times count --by document over FOLDER instead, on the cluster,
# on local[2] and by the CLI (bin/warta), in turn, RUNS times (3), and prints the medians.
# Usage: bash src/test/spark/cluster.sh [--bench FOLDER [RUNS]]   (after mvn package; run by .ci/run)
set -euo pipefail
bench=${2:-}
[ "${1:-}" = --bench ] && [ -d "$bench" ] && bench=$(cd "$bench" && pwd)
runs=${3:-3}
cd "$(dirname "$0")/../../.."
jar=target/warta.jar
[ -f "$jar" ] || { echo "cluster: $jar is missing: run mvn package first" >&2; exit 1; }
articles=300
work=$(mktemp -d "${TMPDIR:-/tmp}/warta-cluster.XXXXXX")
groups=() # each daemon and the driver lead a process group of their own; executors join their worker's

fail() {
  echo "cluster: FAIL: $*" >&2
  exit 1
}

stop_cluster() {
  local status=$? pid left
  for pid in "${groups[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for _ in $(seq 40); do
    left=$(for pid in "${groups[@]}"; do pgrep -g "$pid" || true; done; pgrep -f -- "$work/" || true)
    [ -z "$left" ] && break
    sleep 0.5
  done
  for pid in "${groups[@]}"; do
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  sleep 0.5
  left=$(for pid in "${groups[@]}"; do pgrep -g "$pid" || true; done; pgrep -f -- "$work/" || true)
  echo "cluster stopped: pgrep -g ${groups[*]:-(none)}; pgrep -f $work/: ${left:-no process left}"
  if [ "$status" != 0 ]; then
    cp -r "$work/logs" "$work.logs" && echo "cluster: the logs are kept in $work.logs" >&2
  fi
  rm -rf "$work"
  if [ -n "$left" ]; then
    echo "cluster: FAIL: processes left behind: $left" >&2
    exit 1
  fi
  exit "$status"
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

# The cluster holds Spark and its libraries as Maven resolves them, as a Spark distribution's jars/
# folder does (the workers build their executors' class path from SPARK_HOME/jars), and none of
# warta's own: its classes, models and libraries reach the executors in the submitted jar.
spark_home="$work/spark-home"
mkdir -p "$spark_home/jars" "$work/logs"
mvn -B -ntp -q dependency:build-classpath -DincludeScope=test -Dmdep.outputFile="$work/classpath.txt" > "$work/logs/mvn.log" 2>&1 \
  || { cat "$work/logs/mvn.log" >&2; fail "cannot resolve Spark's class path"; }
tr ':' '\n' < "$work/classpath.txt" \
  | grep -v -E '/(slf4j-nop|opennlp-tools|picocli|picocli-codegen|commons-csv|jackson-jr-objects|fastexcel|opczip|junit-[a-z-]+|jqwik[a-z-]*|opentest4j|apiguardian-api)-[0-9][^/]*\.jar$' \
  | while read -r path; do ln -s "$path" "$spark_home/jars/"; done
# the launcher code the workers use asks for the Scala version where a distribution has no build folders
export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=127.0.0.1
read -r -a java17 <<< "$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' pom.xml)"
spark_java=(java "${java17[@]}" -Xmx512m -cp "$spark_home/jars/*")

read -r master_port master_ui worker_ui_1 worker_ui_2 < <(python3 -c '
import socket
held = [socket.socket() for _ in range(4)]
for s in held:
    s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in held])')
master="spark://127.0.0.1:$master_port"

# Starts a command as the leader of a process group of its own, its output to a log.
start() {
  local log=$1
  shift
  setsid "$@" > "$work/logs/$log" 2>&1 < /dev/null &
  groups+=("$!")
}

# Waits for a line in a log, or fails with the log.
await() {
  local log=$1 pattern=$2 count=${3:-1}
  for _ in $(seq 240); do
    [ "$(grep -c -E "$pattern" "$work/logs/$log" || true)" -ge "$count" ] && return 0
    sleep 0.5
  done
  cat "$work/logs/$log" >&2
  fail "no '$pattern' in $log after 120 s"
}

start master.log "${spark_java[@]}" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$master_port" --webui-port "$master_ui"
await master.log 'Starting Spark master at'
for i in 1 2; do
  ui=worker_ui_$i
  mkdir "$work/worker-$i"
  start "worker-$i.log" "${spark_java[@]}" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 \
    --memory 1g --webui-port "${!ui}" --work-dir "$work/worker-$i" "$master"
done
await master.log 'Registering worker' 2
await worker-1.log 'Successfully registered with master'
await worker-2.log 'Successfully registered with master'
grep -h -E 'Starting Spark master at|Registering worker' "$work/logs/master.log" | sed 's/^/master: /'
for i in 1 2; do
  grep -h -E 'Starting Spark worker|Successfully registered with master' "$work/logs/worker-$i.log" | sed "s/^/worker $i (pid ${groups[$i]}): /"
done

# Submits the job to the cluster as spark-submit does, in client mode, as a process group of its own.
submit() {
  local log=$1
  shift
  start "$log" timeout -k 10 900 "${spark_java[@]}" org.apache.spark.deploy.SparkSubmit \
    --master "$master" --deploy-mode client --conf spark.driver.host=127.0.0.1 --conf spark.ui.enabled=false \
    --conf "spark.executor.extraJavaOptions=${java17[*]}" --conf spark.executor.memory=768m \
    --class org.warta.spark.WartaSparkJob "$jar" "$@"
  local status=0
  wait "${groups[-1]}" || status=$?
  [ "$status" = 0 ] || { grep -m 20 -E 'ERROR|Exception|Caused by' "$work/logs/$log" >&2; fail "$log: the submitted job exited $status"; }
}

if [ -n "$bench" ]; then
  articles=$(find "$bench" -type f | wc -l)
  echo "what,run,seconds,articles_per_second" | tee "$work/bench.csv"
  for run in $(seq "$runs"); do
    for what in cluster local CLI; do
      begin=$(date +%s.%N)
      case $what in
        cluster) submit "bench-$run.log" count --by document --input "$bench" --output "$work/bench-cluster-$run" ;;
        local) java "${java17[@]}" -Xmx2g -cp "$jar:$spark_home/jars/*" org.warta.spark.WartaSparkJob --master 'local[2]' \
                 count --by document --input "$bench" --output "$work/bench-local-$run" > "$work/logs/bench-local-$run.log" 2>&1 ;;
        CLI) bin/warta count --by document "$bench" > /dev/null ;;
      esac
      python3 -c "import sys; s = float(sys.argv[2]) - float(sys.argv[1]); print(f'$what,$run,{s:.1f},{$articles / s:.1f}')" \
        "$begin" "$(date +%s.%N)" >> "$work/bench.csv"
      tail -n 1 "$work/bench.csv"
    done
  done
  python3 -c '
import csv, statistics, sys
runs = list(csv.DictReader(open(sys.argv[1])))
for what in ("cluster", "local", "CLI"):
    seconds = statistics.median(float(r["seconds"]) for r in runs if r["what"] == what)
    print(f"median {what}: {seconds:.1f} s, {int(sys.argv[2]) / seconds:.1f} articles/s")' "$work/bench.csv" "$articles"
  exit 0
fi

# The input: the seeds, the first IndoSum articles, an old report and a PNG inside the folder
# (left out of it by extension), and a PNG named as a file (read, refused: one errors row).
input="$work/input"
mkdir "$input"
cp seeds/* "$input/"
indosum_script=${WARTA_SHARED:-../shared}/bench/indosum_text.py
if [ -f "$indosum_script" ]; then
  python3 "$indosum_script" "$work/indosum" > /dev/null
  mapfile -t found < <(find "$work/indosum/articles" -type f | sort)
  cp -t "$input/" "${found[@]:0:$articles}"
  rm -rf "$work/indosum"
else
  echo "cluster: $indosum_script is absent: the seeds only, without the IndoSum articles"
fi
png=$'\x89PNG\r\n\x1a\n'
printf '%s\0\0\0\rIHDR' "$png" > "$input/foto.png"
printf 'entity,type,mentions,documents\r\nPresiden,PERSON,3,1\r\n' > "$input/laporan.csv"
printf '%s\0\0\0\rIHDR' "$png" > "$work/sampul.png"
printf 'alias,entity,type\r\nPutin,Vladimir Putin,PERSON\r\nAS,Amerika Serikat,LOCATION\r\n' > "$work/aliases.csv"
echo "input: $(find "$input" -type f | wc -l) files in $input, and $work/sampul.png"

# Runs one report on the cluster and by the CLI, and checks that they are equal.
check() {
  local name=$1 layout=$2
  shift 2
  local out="$work/out/$name" log="driver-$name.log"
  mkdir -p "$work/out"
  local single=()
  [ "$layout" = single ] && single=(--single-file)
  submit "$log" "$@" --input "$input" --input "$work/sampul.png" --output "$out" "${single[@]}"
  grep -h -o -E 'Connected to Spark cluster with app ID .*' "$work/logs/$log" | sed "s/^/$name: /"
  grep -h -o -E "Launching executor $(grep -o -E 'app-[0-9-]+' "$work/logs/$log" | head -1)/[0-9]+ on worker .*" \
    "$work/logs/master.log" | sed "s/^/$name: /"
  java -jar "$jar" "$@" "$input" "$work/sampul.png" > "$work/out/$name.cli.csv" 2> "$work/out/$name.cli.err" || true
  python3 - "$name" "$layout" "$out" "$work/out/$name.cli.csv" "$work/out/$name.cli.err" <<'EOF'
import csv, glob, io, os, sys
name, layout, out, cli_csv, cli_err = sys.argv[1:]

def rows(text):
    return [[cell[len("file:"):] if i == 0 and cell.startswith("file:") else cell for i, cell in enumerate(row)]
            for row in csv.reader(io.StringIO(text, newline=""))]

def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()

def parts(folder):
    return "".join(read(p) for p in sorted(glob.glob(os.path.join(out, folder, "part-*"))))

if layout == "single":
    report, errors = rows(read(os.path.join(out, "report.csv"))), rows(read(os.path.join(out, "errors.csv")))
else:
    report, errors = rows(parts("header") + parts("rows")), [["document", "reason"]] + rows(parts("errors"))
cli = rows(read(cli_csv))
if report != cli:
    for i, (a, b) in enumerate(zip(report, cli)):
        if a != b:
            sys.exit(f"cluster: FAIL: {name}: row {i} differs: job {a}, CLI {b}")
    sys.exit(f"cluster: FAIL: {name}: {len(report) - 1} rows, the CLI {len(cli) - 1}")
expected = [["document", "reason"]] + [line[len("warta: "):].rstrip("\n").split(": ", 1)
                                        for line in read(cli_err).splitlines() if line.startswith("warta: ")]
if errors != expected or len(errors) != 2 or not errors[1][0].endswith("sampul.png"):
    sys.exit(f"cluster: FAIL: {name}: errors {errors[1:]}, the CLI's {expected[1:]}")
print(f"{name}: {len(report) - 1} rows equal to the CLI's, in its order ({layout} output); "
      f"errors equal too: {errors[1]}")
EOF
}

check count-by-document parts count --by document
check count-by-corpus single count --by corpus --aliases "$work/aliases.csv"
check mentions parts mentions
check cooccur single cooccur
check quotes single quotes
echo "cluster: all reports equal to the CLI's"
