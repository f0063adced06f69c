#!/usr/bin/env bash
# The Debian packages the suite needs, installed where missing. Called by `make demo`
# (run), `make test` (test) and `.ci/run` (through `make test`); safe to run again: when
# everything is there it only asks dpkg and prints nothing.
#
#   tools/system-deps.sh run|test [PYTHON]   install what is missing (apt-get; sudo when not root)
#   tools/system-deps.sh --check run|test    list what is missing, install nothing (exit 1 if any)
#   tools/system-deps.sh --list run|test     print the package names
#
# On a machine without apt-get/dpkg it prints the list (Debian names) and exits 1.
set -euo pipefail

# What the apps load at run time: Qt's xcb/offscreen platforms and Qt Multimedia (libpulse0,
# libasound2), a font, espeak-ng for the menu prompts of topics without a recording, and
# libxss1 for the expert tray's idle time on X11 (auto-away).
RUN_PACKAGES=(
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libpulse0 libasound2
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libx11-xcb1
  fonts-dejavu-core espeak-ng libxss1
)
# What the tests drive besides: the citizen page in Chromium, SIP load with sipp, real
# windows under Xvfb for screenshots, and XTest input on Xvfb for the idle-time test.
TEST_PACKAGES=(chromium xvfb sip-tester libxtst6 openssl)

check_only=0
list_only=0
case "${1:-}" in
  --check) check_only=1; shift ;;
  --list) list_only=1; shift ;;
esac
what="${1:-test}"
python="${2:-}"
case "$what" in
  run) packages=("${RUN_PACKAGES[@]}") ;;
  test) packages=("${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}") ;;
  *) echo "usage: $0 [--check|--list] run|test [PYTHON]" >&2; exit 2 ;;
esac

# No Python 3.11/3.12 found by the Makefile: Debian's (3.11 on bookworm) with its venv.
if [ "$#" -ge 2 ] && [ -z "$python" ]; then
  packages+=(python3 python3-venv)
fi
# Debian's own Python needs its venv package before `python -m venv` works.
if [ -n "$python" ] && ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
  real="$("$python" -c 'import sys; print(sys.executable)' 2>/dev/null || true)"
  case "$real" in
    /usr/bin/python3*) packages+=("python3-venv" "$(basename "$real")-venv") ;;
  esac
fi

if [ "$list_only" -eq 1 ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "This is not a Debian-like system (no dpkg/apt-get). Install the equivalents of these" >&2
  echo "Debian packages with your package manager, then run make again:" >&2
  printf '  %s\n' "${packages[@]}" >&2
  exit 1
fi

missing=()
for pkg in "${packages[@]}"; do
  status="$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)"
  [ "${status:0:2}" = "ii" ] || missing+=("$pkg")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$check_only" -eq 1 ]; then
  printf 'missing Debian packages:'; printf ' %s' "${missing[@]}"; echo
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "These Debian packages are missing and this user is not root (and has no sudo):" >&2
    printf '  %s\n' "${missing[@]}" >&2
    echo "Ask an administrator: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq -o Acquire::Retries=3
"${sudo[@]}" apt-get install -y -qq --no-install-recommends -o Acquire::Retries=3 \
  "${missing[@]}" >/dev/null
