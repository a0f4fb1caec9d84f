# Two commands on a fresh machine: `make site` and `make test` (see README).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Material 9.7+ prints a notice about MkDocs 2 on every command; this project pins MkDocs 1.x.
export NO_MKDOCS_2_WARNING := 1
# Reproducible output: the same corpus builds to a byte-identical site/ (dates in the sitemap).
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: site test test-browser node_modules serve lint lock clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (Python 3.11 is required; set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test,pagefind]'
	@touch $(STAMP)

# The browser tests' tools from npm (axe-core, Lighthouse 12, the Nu HTML checker), exactly as
# package-lock.json pins them. No install scripts: nothing is downloaded besides the packages.
NODE_STAMP := node_modules/.installed-stamp
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "error: npm not found (Node.js 18.16+ runs the browser tests' tools)"; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $(NODE_STAMP)

node_modules: $(NODE_STAMP)

site: $(STAMP)
	$(BIN)/mkdocs build --strict
	@echo "The site is in $(CURDIR)/site/ (open site/index.html, or run 'make serve' for a live preview)."

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/ruff check plugins tests bench
	$(BIN)/python -m pytest

# Only the readers' checks in headless Chromium (layout, axe, keyboard, print, Nu checker,
# Lighthouse); `make test` runs them too.
test-browser: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest tests/browser

serve: $(STAMP)
	$(BIN)/mkdocs serve

lint: $(STAMP)
	$(BIN)/ruff check plugins tests bench

# Refresh the pinned versions from the ranges in pyproject.toml.
lock:
	rm -rf /tmp/explainer-lock && $(PYTHON) -m venv /tmp/explainer-lock
	/tmp/explainer-lock/bin/pip install --quiet -e '.[test,pagefind]'
	{ echo '# Exact versions for a reproducible install: pip install -c constraints.txt -e ".[test,pagefind]".'; \
	  echo '# Regenerate: make lock'; \
	  /tmp/explainer-lock/bin/pip freeze --exclude-editable | grep -vi '^explainer'; } > constraints.txt

clean:
	rm -rf site $(VENV) node_modules
