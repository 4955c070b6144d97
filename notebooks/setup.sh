#!/usr/bin/env bash
# Sets up the Java notebooks of labourcast:
#   1. Java 17, Maven and Jupyter (jupyter-nbconvert, jupyter-client) from Debian's packages, where missing;
#   2. the rapaio Java kernel (io.github.padreati:rapaio-jupyter-kernel, a self-contained jar) from Maven Central,
#      copied by Maven;
#   3. a kernel spec "labourcast-java" in a local Jupyter data dir, notebooks/.jupyter (or, with --user, the user's
#      Jupyter data dir, so any Jupyter finds it);
#   4. the project's jars: api/target/labourcast-api.jar and its dependencies in api/target/lib/, which each
#      notebook's first cell puts on the kernel's classpath with the %jar magic.
# Usage: bash notebooks/setup.sh [--user] [--no-build]
# Then:  JUPYTER_PATH=notebooks/.jupyter jupyter notebook notebooks/   (front end: apt-get install jupyter-notebook)
#        or bash notebooks/execute.sh to run them all headlessly
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
RJK_VERSION=3.0.1      # the newest on Maven Central when written; runs on Java 17
KERNEL=labourcast-java

user=false
build=true
for arg in "$@"; do
  case "$arg" in
    --user) user=true ;;
    --no-build) build=false ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown option $arg (use --user, --no-build)" >&2; exit 2 ;;
  esac
done

# 1. Debian packages, where missing.
need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jdk-headless)
command -v javac >/dev/null 2>&1 || need_apt+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
[ -x /usr/bin/jupyter-nbconvert ] || need_apt+=(jupyter-nbconvert python3-nbclient)
[ -x /usr/bin/jupyter-kernelspec ] || need_apt+=(jupyter-client)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup.sh: please install these Debian packages first (as root): apt-get install ${need_apt[*]}" >&2
    exit 1
  fi
  echo "setup.sh: installing ${need_apt[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${need_apt[@]}"
fi

# 2. The kernel jar, from Maven Central through Maven (-N: on the parent POM only, not every module).
if $user; then
  data="${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}"
else
  data="$here/.jupyter"
fi
kdir="$data/kernels/$KERNEL"
jar="$kdir/rapaio-jupyter-kernel-$RJK_VERSION.jar"
mkdir -p "$kdir"
if [ ! -s "$jar" ]; then
  (cd "$root" && mvn -N -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$RJK_VERSION" -DoutputDirectory="$kdir")
fi

# 3. The kernel spec. The JShell runs in the kernel's JVM; headless AWT for the charts; the dependency cache of
#    the kernel's %dependency magic kept in the data dir, not beside the notebooks.
java_bin="$(command -v java)"
cat > "$kdir/kernel.json" <<JSON
{
  "argv": ["$java_bin", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-jar", "$jar", "{connection_file}"],
  "display_name": "Java (labourcast, rapaio $RJK_VERSION)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {
    "RJK_CLASSPATH": "",
    "RJK_COMPILER_OPTIONS": "",
    "RJK_INIT_SCRIPT": "",
    "RJK_TIMEOUT_MILLIS": "-1",
    "RJK_MIMA_CACHE": "$data/mima_cache"
  }
}
JSON
echo "setup.sh: kernel $KERNEL registered in $data/kernels" >&2

# 4. The project's jars for the notebooks' classpath.
if $build; then
  echo "setup.sh: building api/target/labourcast-api.jar and api/target/lib/" >&2
  (cd "$root" && mvn -B -ntp -q -DskipTests -pl api -am package)
fi
test -s "$root/api/target/labourcast-api.jar" || { echo "setup.sh: api/target/labourcast-api.jar is missing" >&2; exit 1; }
if ! $user; then
  echo "setup.sh: ready; open the notebooks with JUPYTER_PATH=$data jupyter notebook $here (or: bash notebooks/execute.sh)" >&2
fi
