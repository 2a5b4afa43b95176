#!/usr/bin/env bash
# Kill test: 20 runs interrupted at spread-out moments by SIGTERM (and every fourth by SIGKILL). After each, the
# output folder must hold complete outputs (the previous run's, or the new run's if it finished first): every file
# present and summary.json readable. SIGTERM must exit 143 (or 0 if the run had finished). Staging folders that a
# SIGKILL leaves behind must be gone after the next run starts.
#   benchmarks/kill-test.sh
set -u
cd "$(dirname "$0")/.."
./forkcast --version >/dev/null
jar=reports/target/forkcast.jar
base=$(mktemp -d)
out="$base/out"
java -jar "$jar" run scenarios/examples/contact-centre.yaml --out "$out" --quiet --replications 2 || exit 1
failures=0
for i in $(seq 1 20); do
  signal=TERM; [ $((i % 4)) -eq 0 ] && signal=KILL
  delay=$(awk "BEGIN { print 0.3 + $i * 0.12 }")
  java -jar "$jar" run scenarios/examples/contact-centre.yaml --out "$out" --quiet --replications 4 \
      --set run.duration=24h --seed "$i" &
  pid=$!
  sleep "$delay"
  kill -s "$signal" "$pid" 2>/dev/null
  wait "$pid"; code=$?
  complete=yes
  for f in summary.json timeseries.csv run.json report.html charts/bhcc.png; do [ -s "$out/$f" ] || complete=no; done
  python3 -c "import json; json.load(open('$out/summary.json'))" 2>/dev/null || complete=no
  expected="143 or 0"; [ "$signal" = KILL ] && expected="137 or 0"
  codeok=no
  { [ "$signal" = TERM ] && { [ "$code" = 143 ] || [ "$code" = 0 ]; }; } && codeok=yes
  { [ "$signal" = KILL ] && { [ "$code" = 137 ] || [ "$code" = 0 ]; }; } && codeok=yes
  leftovers=$(find "$base" -maxdepth 1 -name '.out.forkcast-*' | wc -l)
  printf 'point %2d  SIG%-4s after %.2fs  exit %3s (%s)  outputs complete: %s  staging left: %s\n' \
      "$i" "$signal" "$delay" "$code" "$expected" "$complete" "$leftovers"
  { [ "$complete" = yes ] && [ "$codeok" = yes ]; } || failures=$((failures + 1))
  if [ "$signal" = TERM ] && [ "$leftovers" -ne 0 ]; then failures=$((failures + 1)); fi
done
java -jar "$jar" run scenarios/examples/quickstart.yaml --out "$out" --quiet --replications 1 || failures=$((failures + 1))
left=$(find "$base" -maxdepth 1 -name '.out.forkcast-*' | wc -l)
echo "staging folders after the next start: $left"
[ "$left" -eq 0 ] || failures=$((failures + 1))
rm -rf "$base"
echo "kill test: $((20 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
