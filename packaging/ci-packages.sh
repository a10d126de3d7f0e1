#!/usr/bin/env bash
# Build the Linux bundle, its .tar.gz and the .deb, validate the desktop metadata, and use each
# artefact as a new user would: from another folder, with no Python on the PATH and a fresh HOME.
# Slow (a few minutes), so .ci/run calls it only with HEALTHREF_CI_PACKAGES=1. Needs root for
# apt-get (validators, Xvfb, installing the .deb).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
step() { printf '\n== %s\n' "$*"; }
fail() { echo "ci-packages: $*" >&2; exit 1; }

need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
if [ ${#need[@]} -gt 0 ]; then
  step "tools: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

step "desktop-file-validate and appstreamcli validate"
desktop-file-validate packaging/linux/org.healthref.healthref.desktop
appstreamcli validate --no-net packaging/linux/org.healthref.healthref.metainfo.xml

step "build the bundle and the .tar.gz"
packaging/build-linux.sh
step "build the .deb"
packaging/build-deb.sh

scratch=$(mktemp -d)
trap 'kill "${window_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
mkdir -p "$scratch/unpacked" "$scratch/elsewhere" "$scratch/no-python-here"
tarball=$(ls dist/healthref-*-linux-*.tar.gz)
tar -xzf "$tarball" -C "$scratch/unpacked"
app=$scratch/unpacked/healthref/healthref

# A clean environment: no Python or venv on the PATH (an empty folder), a HOME never used.
# It replaces the shell it runs in: call it in a subshell, or with & so that $! is the app.
clean() {
  local home=$1
  shift
  exec env -i PATH="$scratch/no-python-here" HOME="$home" "$@"
}
first_slug() {
  python3 -c 'import json,sys; hits=json.load(sys.stdin); print(hits[0]["slug"])'
}

step "the unpacked .tar.gz: doctor and search, from another folder, under env -i"
cd "$scratch/elsewhere"
(clean "$scratch/home-doctor" "$app" doctor)
slug=$( (clean "$scratch/home-search" "$app" search sepsis --json) | first_slug)
[ "$slug" = what-causes-sepsis ] || fail "bundle search sepsis: first hit $slug"
echo "search sepsis --json: first hit $slug"

step "the bundle's window starts offscreen and stays up"
clean "$scratch/home-window" QT_QPA_PLATFORM=offscreen "$app" >"$scratch/window.log" 2>&1 &
window_pid=$!
sleep 5
kill -0 "$window_pid" 2>/dev/null || { cat "$scratch/window.log"; fail "window exited early"; }
kill "$window_pid"
wait "$window_pid" 2>/dev/null || true
! grep -q Traceback "$scratch/window.log" || { cat "$scratch/window.log"; fail "traceback"; }
echo "window was up after 5 s"

step "the bundle's window on a real X server (Xvfb, Qt's xcb plugin)"
display=:$((300 + RANDOM % 600))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1
clean "$scratch/home-x11" DISPLAY=$display "$app" >"$scratch/x11.log" 2>&1 &
window_pid=$!
shown=
for _ in $(seq 1 30); do
  if DISPLAY=$display xdotool search --name "offline health answers" >/dev/null 2>&1; then
    shown=yes
    break
  fi
  sleep 0.5
done
[ -n "$shown" ] || { cat "$scratch/x11.log"; fail "no window appeared on X11"; }
kill -0 "$window_pid" || fail "window exited"
kill "$window_pid" "$xvfb_pid"
echo "window shown on X11"
cd "$root"

step "apt-get install ./dist/healthref_*.deb"
deb=$(ls dist/healthref_*.deb)
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null || {
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
}
trap 'kill "${window_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$scratch"; apt-get remove -y -qq healthref >/dev/null 2>&1 || true' EXIT
cd "$scratch/elsewhere"
[ "$(command -v healthref)" = /usr/bin/healthref ] || fail "healthref is not /usr/bin/healthref"
slug=$(env -i PATH=/usr/bin:/bin HOME="$scratch/home-deb" healthref search sepsis --json | first_slug)
[ "$slug" = what-causes-sepsis ] || fail ".deb search sepsis: first hit $slug"
env -i PATH=/usr/bin:/bin HOME="$scratch/home-deb" healthref doctor | tail -n 2
desktop-file-validate /usr/share/applications/org.healthref.healthref.desktop
test -f /usr/share/icons/hicolor/48x48/apps/org.healthref.healthref.png
echo ".deb installed: healthref search sepsis --json: first hit $slug"
cd "$root"

step "sizes"
du -sh dist/healthref "$tarball" "$deb"
