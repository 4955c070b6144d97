#!/usr/bin/env bash
# Submits a labourcast sweep to Apache Spark.
#
#   spark/submit.sh [spark-submit options] -- SWEEP_FILE [labourcast-spark options]
#
# e.g. spark/submit.sh --master yarn --num-executors 50 --executor-cores 2 -- scenarios/leshan/sweep.yaml --out DIR
#
# With SPARK_HOME set, it runs that installation's bin/spark-submit. Without it, it runs the same submitter
# (org.apache.spark.deploy.SparkSubmit) from the Spark jars Maven put in spark/target/spark-jars: enough for
# --master local[N] on one machine, which is how CI runs it. The job's own jars go with --jars.
# Builds the module with Maven on first use or when sources changed. docs/sweeps.md has the details.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/spark/target/labourcast-spark.jar"

submit_args=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  submit_args+=("$1")
  shift
done
if [ $# -eq 0 ]; then
  echo "usage: spark/submit.sh [spark-submit options] -- SWEEP_FILE [labourcast-spark options]" >&2
  echo "       spark/submit.sh -- --help    lists the labourcast-spark options" >&2
  exit 2
fi
shift # the --

needs_build() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$here/pom.xml" "$here/model" "$here/charts" "$here/api" "$here/spark" -newer "$jar" \
      \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -print -quit 2>/dev/null)" ]
}
if needs_build; then
  command -v mvn >/dev/null || { echo "submit.sh: Maven (mvn) is needed to build; install it (apt-get install maven)" >&2; exit 1; }
  echo "submit.sh: building the Spark module (first use or sources changed)..." >&2
  log="$(mktemp)"
  if ! (cd "$here" && mvn -B -ntp -q -DskipTests -pl spark -am package) >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "submit.sh: build failed" >&2
    exit 1
  fi
  rm -f "$log"
fi

# The job's dependencies (labourcast's model, API and their libraries), comma-separated for --jars.
jars="$(find "$here/spark/target/lib" -name '*.jar' | sort | paste -sd, -)"

if [ -n "${SPARK_HOME:-}" ]; then
  exec "$SPARK_HOME/bin/spark-submit" --class org.labourcast.spark.SparkSweep --jars "$jars" \
    ${submit_args[@]+"${submit_args[@]}"} "$jar" "$@"
fi

# No installation: the submitter from Maven's Spark jars, with the options Spark's launcher adds on Java 17
# (org.apache.spark.launcher.JavaModuleOptions). Libraries Spark shares with the job (commons-io, Jackson…) were
# resolved once, into lib/, so lib/ follows spark-jars/ on the classpath as a Spark installation's jars/ would.
opens=(-XX:+IgnoreUnrecognizedVMOptions)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} "${opens[@]}" -Djdk.reflect.useDirectMethodHandle=false \
  -Dio.netty.tryReflectionSetAccessible=true -Djava.awt.headless=true \
  -Dlog4j.configurationFile="$here/spark/conf/log4j2.properties" \
  -cp "$here/spark/target/spark-jars/*:$here/spark/target/lib/*" org.apache.spark.deploy.SparkSubmit \
  --class org.labourcast.spark.SparkSweep --jars "$jars" ${submit_args[@]+"${submit_args[@]}"} "$jar" "$@"
