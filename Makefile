# Two commands matter: `make demo` and `make test`. Both create .venv on first use.
# Python 3.12 first (PySide6 6.12 slips references to None/True, harmless only where
# they are immortal, i.e. 3.12+; softphone/qt_refcounts.py covers 3.11), then 3.11.
# pyenv shims answer `command -v` even when they cannot run, so try each one for real.
PYTHON ?= $(shell for p in python3.12 $$(pyenv root 2>/dev/null)/versions/3.12*/bin/python3.12 \
	python3.11 python3; do $$p -c 'import sys; assert (3, 11) <= sys.version_info[:2] <= (3, 12)' \
	2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test lint format docs bench clean system-run system-test translations

# Debian packages first (installed where missing; sudo when not root): see tools/system-deps.sh.
system-run:
	@tools/system-deps.sh run "$(PYTHON)"

system-test:
	@tools/system-deps.sh test "$(PYTHON)"

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or 3.12 is needed (python3.12 or python3.11 on PATH)" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

# `make demo DEMO_LANG=pl` (or da, ru, en): the apps in that language.
demo: system-run $(STAMP)
	$(BIN)/cc-demo $(if $(DEMO_LANG),--lang $(DEMO_LANG))

test: system-test $(STAMP)
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check .

format: $(STAMP)
	$(BIN)/ruff format .

docs: $(STAMP)
	$(BIN)/python -m shared.protocol_docs --write

bench: $(STAMP)
	$(BIN)/python bench/chat_load.py

clean:
	rm -rf $(VENV) cc-data .pytest_cache .ruff_cache

# Refresh the Qt Linguist sources from the code and compile them (docs/languages.md).
translations: $(STAMP)
	BIN=$(BIN) tools/translations.sh
