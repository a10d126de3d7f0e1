#!/usr/bin/env bash
# Compare start-up of the bundle with a pip-installed venv: `search sepsis --json` (hyperfine)
# and the window, from launch until its title appears on an Xvfb display (median of N runs).
# Usage: packaging/startup-timing.sh BUNDLE_EXE VENV_EXE [RUNS]. Needs hyperfine, Xvfb, xdotool.
set -euo pipefail
bundle=$1 venv=$2 runs=${3:-7}
scratch=$(mktemp -d)
trap 'kill "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT

hyperfine -N --warmup 3 --runs 30 \
  "env HEALTHREF_HOME=$scratch/h1 $bundle search sepsis --json" \
  "env HEALTHREF_HOME=$scratch/h2 $venv search sepsis --json"

display=:$((300 + RANDOM % 600))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
window_ms() {
  local exe=$1 start pid
  start=$(date +%s%N)
  HEALTHREF_HOME=$scratch/w DISPLAY=$display "$exe" >"$scratch/app.log" 2>&1 &
  pid=$!
  until DISPLAY=$display xdotool search --name "offline health answers" >/dev/null 2>&1; do
    [ $(( $(date +%s%N) - start )) -lt 30000000000 ] || { echo "no window after 30 s:" >&2; cat "$scratch/app.log" >&2; exit 1; }
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}
for exe in "$bundle" "$venv"; do
  window_ms "$exe" >/dev/null  # warm the page cache
  times=$(for _ in $(seq "$runs"); do window_ms "$exe"; done | sort -n | tr '\n' ' ')
  echo "window shown: $exe: ms $times(median $(echo "$times" | tr ' ' '\n' | sed -n "$(( (runs + 1) / 2 ))p"))"
done
