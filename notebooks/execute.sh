#!/usr/bin/env bash
# Executes every notebook headlessly, as CI does: jupyter nbconvert --execute with the labourcast-java kernel that
# setup.sh registered. Fails (exit 1) when a cell fails. The executed copies, with their outputs, go to
# notebooks/out/executed/; the notebooks themselves are not changed. Files the notebooks write go to notebooks/out/.
# Usage: bash notebooks/execute.sh [NOTEBOOK.ipynb…]   (default: notebooks/[0-9]*.ipynb)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export JUPYTER_PATH="$here/.jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
nbconvert=/usr/bin/jupyter-nbconvert
[ -x "$nbconvert" ] || nbconvert="$(command -v jupyter-nbconvert)" \
  || { echo "execute.sh: jupyter-nbconvert is missing; run notebooks/setup.sh" >&2; exit 1; }
if [ $# -gt 0 ]; then notebooks=("$@"); else notebooks=("$here"/[0-9]*.ipynb); fi
mkdir -p "$here/out/executed"
# The kernel sometimes (about one start in ten here) does not answer Jupyter's first kernel_info request; such a
# start is retried, up to 4 times. A failing cell is never retried.
failed=0
for nb in "${notebooks[@]}"; do
  name="$(basename "$nb" .ipynb)"
  log="$here/out/executed/$name.log"
  start=$(date +%s)
  for attempt in 1 2 3 4; do
    if "$nbconvert" --to notebook --execute --ExecutePreprocessor.timeout=900 \
        --ExecutePreprocessor.startup_timeout=30 --output-dir "$here/out/executed" "$nb" > "$log" 2>&1; then
      echo "notebook ok: $name.ipynb ($(( $(date +%s) - start )) s)"
      continue 2
    fi
    grep -q "Kernel didn't respond\|Kernel died before replying" "$log" || break
    echo "execute.sh: the kernel did not start for $name.ipynb (attempt $attempt); starting it again" >&2
  done
  echo "notebook FAILED: $name.ipynb; the end of its log ($log):" >&2
  sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -v '^\[20[0-9-]* [0-9:]*\] \[INFO' | tail -40 >&2
  failed=$((failed + 1))
done
[ "$failed" -eq 0 ] || { echo "execute.sh: $failed notebook(s) failed" >&2; exit 1; }
