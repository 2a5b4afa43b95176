#!/usr/bin/env bash
# Measures the speed goals of docs/performance.md in one JMH run and prints them as a table: the two scenarios'
# events per second beside SSJ's bare M/M/c/c loop and stock DSOL's (the anchors), and the large farm's 10
# replications on 1 and 2 threads. Takes about 15 minutes; on a shared machine, read the load line under the table.
#   benchmarks/run.sh            # the goal table (2 forks per benchmark)
#   benchmarks/run.sh quick      # one fork, fewer iterations: a first look
#   benchmarks/run.sh jmh ARGS   # plain JMH with its own arguments, e.g. jmh ScenarioBench -p scenario=LARGE_FARM
#   benchmarks/run.sh cost [CASE] [REPLICATIONS]  # bytes allocated and CPU ns per model event, on the simulator's thread
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl benchmarks -am package
if [[ "${1:-}" == "jmh" ]]; then
  shift
  exec java -jar benchmarks/target/benchmarks.jar "$@"
fi
if [[ "${1:-}" == "cost" ]]; then
  shift
  exec java -cp benchmarks/target/benchmarks.jar forkcast.benchmarks.EventCost "$@"
fi
exec java -cp benchmarks/target/benchmarks.jar forkcast.benchmarks.GoalTable "$@"
