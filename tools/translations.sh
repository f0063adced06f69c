#!/usr/bin/env bash
# `make translations`: refresh the Qt Linguist sources (resources/translations/cc_*.ts)
# from the code of both apps and the softphone, then compile them to the .qm files the
# apps load at start. Translations already made are kept; new strings come in as
# unfinished, strings gone from the code are dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
LANGS=${LANGS:-"pl da ru"}
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find agent_app supervisor_app softphone -name '*.py' | LC_ALL=C sort >"$list"
for lang in $LANGS; do
  "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -target-language "$lang" \
    @"$list" -ts "resources/translations/cc_$lang.ts"
  "$BIN/pyside6-lrelease" -silent -nounfinished "resources/translations/cc_$lang.ts" \
    -qm "resources/translations/cc_$lang.qm"
done
