# Two commands on a fresh machine:  `make demo`  and  `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install -q --disable-pip-version-check

.PHONY: demo test lint bench clean

$(VENV)/.runtime: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) -e '.[corpus,web]'
	touch $@

$(VENV)/.dev: pyproject.toml $(VENV)/.runtime
	$(PIP) torch==2.13.0
	$(PIP) -e '.[dev]'
	touch $@

## demo: install newssift (library, CLI, corpus store, web app; no torch) and analyse the example article
demo: $(VENV)/.runtime
	$(VENV)/bin/newssift analyze examples/volunteers-syria.txt --format markdown

## test: install everything the tests need (Chromium, PostgreSQL running) and run the suite
test: $(VENV)/.dev
	scripts/test-services.sh
	$(PY) -m ruff check .
	$(PY) -m pytest

lint: $(VENV)/.dev
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
