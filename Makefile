# The README's commands. Everything runs from the project's own virtualenv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed
# serving installs the package's dependencies alone, plus PostgreSQL's driver when DATABASE_URL points there
POSTGRES := $(filter postgres%,$(DATABASE_URL))
SERVE_STAMP := $(VENV)/.installed-serve$(if $(POSTGRES),-postgres,)
# the pip that runs make installs into the venv when it can (pip >= 22.3: --python), so the venv
# is made without a pip of its own: ensurepip was a third of the first start
OUTER_PIP = $(shell $(PYTHON) -m pip --python "$$(command -v $(PYTHON))" --version >/dev/null 2>&1 && echo yes)
SERVE_PIP = $(if $(OUTER_PIP),$(PYTHON) -m pip --python $(BIN)/python,$(BIN)/pip)
# setup.cfg's install_requires (and the extras named): the one list of dependencies
REQUIREMENTS := import configparser, sys; c = configparser.ConfigParser(); c.read("setup.cfg"); \
	print(c["options"]["install_requires"], *(c["options.extras_require"][e] for e in sys.argv[1:]))

.PHONY: install serve test openapi lint clean fuzz load faults attack bench client lint-spec clients clients-install clients-check conformance scaleout exports

install: $(STAMP)

# everything: the test, lint and browser stacks (make test, make lint...)
$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/pip || $(BIN)/python -m ensurepip --default-pip  # a venv made by make serve
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@ $(VENV)/.installed-serve $(VENV)/.installed-serve-postgres

# only what serving needs: the dependencies, and the checkout on the venv's path as an editable
# install puts it (so commands work from any directory), without building the package: the
# isolated build environment and the editable wheel were another third of the first start
$(SERVE_STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(if $(OUTER_PIP),--without-pip) $(VENV)
	$(PYTHON) -c '$(REQUIREMENTS)' $(if $(POSTGRES),postgres) > $(VENV)/requirements-serve.txt
	$(SERVE_PIP) install --quiet --disable-pip-version-check -r $(VENV)/requirements-serve.txt
	echo "$(CURDIR)" > "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/tradepromo-api-checkout.pth"
	touch $@

# Applies pending migrations (creating the tables) and loads the curated fixtures
# when the database is empty, then serves with gunicorn (DATABASE_URL and PORT are honoured).
serve: $(SERVE_STAMP)
	$(BIN)/flask --app api init-db
	PORT=$(PORT) $(BIN)/gunicorn --config gunicorn.conf.py 'api:create_app()'

test: install
	$(BIN)/pytest

openapi: install
	$(BIN)/flask --app api openapi write --format yaml openapi.yaml

lint: install
	$(BIN)/ruff check api schemas tests bench

# the typed TypeScript client (src/schema.ts as committed) type-checked with strict tsc, then built
client:
	cd clients/typescript && npm ci --no-audit --no-fund && npm run check

# regenerates both client packages from openapi.yaml (commit the result: tests/test_clients.py
# fails when either is stale), then installs them
clients: install
	$(BIN)/python clients/generate_python.py
	cd clients/typescript && npm ci --no-audit --no-fund && npm run generate
	$(MAKE) clients-install

# installs both clients as they are committed: the Python one into .venv (editable), the
# TypeScript one's pinned toolchain and its build (dist/)
clients-install: install
	$(BIN)/pip install --quiet --disable-pip-version-check -e clients/python
	cd clients/typescript && npm ci --no-audit --no-fund && npm run build

# both clients against live gunicorns, and their drift from openapi.yaml
clients-check: clients-install
	$(BIN)/pytest -q tests/test_clients.py tests/test_python_client.py

# the outsider's Schemathesis: a live gunicorn (production settings) on a fresh database,
# `st run <base>/api/v1/openapi.json --checks all` with st's defaults, no hooks, no token
conformance: install
	$(BIN)/python -m bench.conformance $(CONFORMANCE_ARGS)

# openapi.yaml through Redocly CLI (pinned in clients/typescript): zero errors required
lint-spec:
	cd clients/typescript && npm ci --no-audit --no-fund && npm run lint:spec

# Schemathesis over the OpenAPI document, in process, alone and with more examples than `make test`
fuzz: install
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-20} $(BIN)/pytest -q tests/test_fuzz.py -s

# a real gunicorn under 90% reads / 10% writes; every acknowledged write checked afterwards
load: install
	$(BIN)/python -m bench.load --duration $${DURATION:-20} --clients $${CLIENTS:-8} --write-ratio $${WRITE_RATIO:-0.1}

# workers SIGKILLed and the master HUPed while writes go on; nothing lost or half-written
faults: install
	$(BIN)/python -m bench.faults --duration $${DURATION:-15} --clients $${CLIENTS:-6}

# the attacker's slow suite on a real gunicorn (SQLite, or DATABASE_URL): hostile requests, 50 slow
# clients, 10 full exports, races, restarts; 0 5xx / non-problem errors / violations / probe failures
attack: install
	$(BIN)/python -m bench.attack --duration $${DURATION:-60} $(ATTACK_ARGS)

# 10 concurrent full exports (CSV and NDJSON, every page) of the synthetic million deals (generated
# once under bench/data/) from gunicorn.conf.py's workers, /healthz and a small list probed every 0.5 s
# with a 1 s timeout; prints the figures (worker RSS peak too), fails on a missed probe or a cut export.
# PAGES=n follows only the first n pages (EXPORT_MAX_ROWS each) of every export
exports: install
	$(BIN)/python -m bench.exports --deals $${DEALS:-1000000} --exports $${EXPORTS:-10} $(if $(PAGES),--pages $(PAGES))

# two hosts behind nginx (deploy/nginx/two-hosts.conf), PostgreSQL and Redis; one host SIGKILLed
# under writes and restarted; exits non-zero on any figure off. The database given is emptied.
scaleout: install
	command -v nginx >/dev/null || (apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null)
	$(BIN)/python -m bench.scaleout --duration $${DURATION:-20} --clients $${CLIENTS:-8} \
		--database-url "$${SCALEOUT_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/test}" \
		--redis-url "$${SCALEOUT_REDIS_URL:-redis://127.0.0.1:6379/15}"

# the API on varied traffic (a synthetic million deals) beside the bare-Flask ceiling and Datasette
# (installs Debian's wrk if missing; Datasette in its own virtualenv under bench/)
bench: install
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) instance .pytest_cache .coverage
