# Two commands on a fresh machine:
#   make run    set up .venv and start a call with the demo school on the embedded defaults
#   make test   set up .venv and run lint, type checks and the whole test suite
VENV   ?= .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TENANT ?= school
# Tests also run against PostgreSQL when one answers locally (trust auth, database `test`).
PG_TEST_URL ?= $(shell command -v pg_isready >/dev/null 2>&1 && pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && echo postgresql+psycopg://postgres@127.0.0.1:5432/test)

.PHONY: run test lint typecheck pytest bench serve clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/receptionist console --tenant $(TENANT)

serve: $(STAMP)
	$(BIN)/receptionist serve

lint: $(STAMP)
	$(BIN)/ruff check receptionist integrations tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	RECEPTIONIST_TEST_POSTGRES_URL=$(PG_TEST_URL) $(BIN)/pytest

test: lint typecheck pytest

bench: $(STAMP)
	$(PY) -m pip install -q -e '.[dev,bench]'
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache
