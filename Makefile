# The project's vocabulary: `make run` serves the site, `make test` checks it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format migrate demo system-tools bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.requirements: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.requirements-dev: requirements-dev.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.requirements $@

# The Nu Html Checker (a Java program shipped in an npm package) validates pages.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# Browser tests drive Debian's Chromium (Playwright cannot download its own here);
# the HTML checker runs on Java. Both come from Debian's packages when missing.
system-tools:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	[ -z "$$missing" ] || { \
		echo "Installing$$missing from Debian's packages for the tests."; \
		apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	} || { echo "Install$$missing with apt-get to run the tests."; exit 1; }

migrate: $(VENV)/.requirements
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo_content

run: demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: $(VENV)/.requirements-dev node_modules/.package-lock.json
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	DJANGO_SETTINGS_MODULE=gutskin.settings.test \
		$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/lint-imports --no-cache --no-logo
	npx --no-install stylelint "static/css/**/*.css"
	npx --no-install eslint
	npx --no-install prettier --check .

format: $(VENV)/.requirements-dev node_modules/.package-lock.json
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates
	npx --no-install stylelint --fix "static/css/**/*.css"
	npx --no-install eslint --fix
	npx --no-install prettier --write .

# Two workers (pytest-xdist) on the 2-core machine; each class or module stays on
# one worker, so data it builds once is built once. The slowest tests are listed.
PYTEST_ARGS ?= --numprocesses=auto --dist=loadscope --durations=15

test: lint node_modules/.package-lock.json system-tools
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The load benchmark (docs/benchmarks.md), on a fresh database of its own: SQLite,
# or PostgreSQL when DATABASE_URL is set. Not part of `make test`: it takes about
# 20 minutes. wrk comes from Debian's packages when missing.
BENCH_ARGS ?=

bench: $(VENV)/.requirements-dev
	@command -v wrk >/dev/null || { \
		echo "Installing wrk from Debian's packages for the benchmark."; \
		apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	} || { echo "Install wrk with apt-get to run the benchmark."; exit 1; }
	$(BIN)/python -m gutskin.bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) node_modules .test-media staticfiles
