#!/usr/bin/env bash
# Runs the JMH benchmarks and prints events per second ("events" rows, ops/s = events/s).
#   benchmarks/run.sh                      # both benchmarks, default settings (about 2 minutes)
#   benchmarks/run.sh ScenarioBench -p set='run.duration=24h'
# Extra arguments go to JMH (see: java -jar benchmarks/target/benchmarks.jar -h).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl benchmarks -am package
exec java -jar benchmarks/target/benchmarks.jar "$@"
