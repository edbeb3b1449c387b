# Two commands on a fresh machine:
#   make demo   set up .venv (torch 2.13.0 CPU first) and compare the example reports
#   make test   set up .venv if needed and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup demo test lint bench clean docs

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)
	@# Debian's chromium for the browser tests (tests/test_browser.py), only where it is
	@# missing and we are root with apt-get; elsewhere those tests skip and say why.
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian chromium for the browser tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| echo "warning: chromium could not be installed; the browser tests will be skipped"; \
	fi

demo: setup
	$(VENV)/bin/newsdiff compare examples/caracas-raid/ --format text --cache .newsdiff-cache

test: setup
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check newsdiff tests benchmarks
	$(VENV)/bin/mypy newsdiff

docs: setup  # refresh the generated pages (CLI reference, JSON schema), build site/
	$(VENV)/bin/cog -r docs/cli.md docs/json.md
	$(VENV)/bin/mkdocs build --strict

bench: setup
	$(PY) -m pip install --quiet -c constraints.txt -e ".[bench]"
	$(PY) -m benchmarks.alignment --sweep

clean:
	rm -rf $(VENV) .newsdiff-cache .pytest_cache .mypy_cache .ruff_cache .hypothesis
