# DPO Desk - two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# The French interface, compiled from the Qt Linguist file by PySide6's own tool.
QM     := resources/translations/dpo_desk_fr.qm

.PHONY: run test test-headless test-dates lint licences format screenshots bench package translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "DPO Desk needs Python 3.11 or newer (found %d.%d)." % sys.version_info[:2])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

## Open the workbench on the built-in demo case file (created on first run).
run: $(STAMP) $(QM)
	@bash packaging/system-libraries.sh
	$(BIN)/dpo-desk --demo

## Run the whole test suite (offscreen Qt).
test: $(STAMP) $(QM)
	@bash packaging/system-libraries.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## The tests that need no Qt, in a second virtual environment where PySide6 is not installed.
HEADLESS := .venv-headless
HEADLESS_STAMP := $(HEADLESS)/.installed-stamp
$(HEADLESS_STAMP): pyproject.toml packaging/headless_requirements.py
	$(PYTHON) -m venv $(HEADLESS)
	$(HEADLESS)/bin/python -m pip install --quiet --upgrade pip
	$(HEADLESS)/bin/python packaging/headless_requirements.py > $(HEADLESS)/requirements.txt
	$(HEADLESS)/bin/python -m pip install --quiet -r $(HEADLESS)/requirements.txt
	$(HEADLESS)/bin/python -m pip install --quiet --no-deps -e .
	@touch $(HEADLESS_STAMP)

test-headless: $(HEADLESS_STAMP)
	@$(HEADLESS)/bin/python -c 'import importlib.util as u, sys; sys.exit("PySide6 is installed in $(HEADLESS): the run would prove nothing." if u.find_spec("PySide6") or u.find_spec("pytestqt") else 0)'
	$(HEADLESS)/bin/python -m pytest $(HEADLESS_ARGS)

## The suite again on the days that break date code (the 1st of a month, 29 February, 31 December).
TEST_DAYS := 2027-03-01 2028-02-29 2026-12-31
test-dates: $(STAMP) $(QM)
	@for day in $(TEST_DAYS); do \
	  echo "Tests as if today were $$day"; \
	  DPO_DESK_TEST_TODAY=$$day QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not clock_free" || exit 1; \
	done

## Render the main windows offscreen into docs/screenshots/ (shown in the README).
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m dpo_desk.ui.screenshots docs/screenshots

## Measure at 100,000 cases against raw baselines (bench/out/results.md); about 5 minutes.
bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run $(BENCH_ARGS)

## Build the Linux bundle (dist/dpo-desk/ and a .tar.gz), then run it: --version and --self-test.
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
BUNDLE  := dist/dpo-desk
package: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/dpo-desk.spec
	mkdir -p $(BUNDLE)/share
	cp packaging/linux/eu.dpodesk.DPODesk.desktop packaging/linux/eu.dpodesk.DPODesk.metainfo.xml \
	   packaging/linux/eu.dpodesk.DPODesk.mime.xml packaging/linux/dpo-desk-256.png $(BUNDLE)/share/
	cp packaging/linux/install.sh $(BUNDLE)/
	$(BUNDLE)/dpo-desk --version
	env -u DISPLAY -u WAYLAND_DISPLAY $(BUNDLE)/dpo-desk --self-test
	tar -C dist -czf dist/dpo-desk-$(VERSION)-linux-$(shell uname -m).tar.gz dpo-desk
	@echo "Bundle: $(BUNDLE)/ and dist/dpo-desk-$(VERSION)-linux-$(shell uname -m).tar.gz"

$(QM): resources/translations/dpo_desk_fr.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

## After changing interface strings: new ones go into the .ts (translate them in Qt Linguist), then the .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(sort $(shell find dpo_desk -name "*.py")) -ts resources/translations/dpo_desk_fr.ts
	$(BIN)/pyside6-lrelease -silent resources/translations/dpo_desk_fr.ts -qm $(QM)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

## Every runtime dependency's licence: nothing GPL or AGPL ships in the bundle.
licences: $(STAMP)
	$(BIN)/python packaging/check_licences.py

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) $(HEADLESS) build dist *.egg-info .pytest_cache .ruff_cache
