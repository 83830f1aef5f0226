# The README's commands. Everything runs from the project's own virtualenv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: install serve test openapi lint clean

install: $(STAMP)

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

# Creates the tables and loads the curated fixtures when the database is empty,
# then serves with gunicorn (DATABASE_URL and PORT are honoured).
serve: install
	$(BIN)/flask --app api init-db
	PORT=$(PORT) $(BIN)/gunicorn --config gunicorn.conf.py 'api:create_app()'

test: install
	$(BIN)/pytest

openapi: install
	$(BIN)/flask --app api openapi write --format yaml openapi.yaml

lint: install
	$(BIN)/ruff check api schemas tests

clean:
	rm -rf $(VENV) instance .pytest_cache .coverage
