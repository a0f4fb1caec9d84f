# Two commands on a fresh machine: `make site` and `make test` (see README).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Material 9.7+ prints a notice about MkDocs 2 on every command; this project pins MkDocs 1.x.
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve lint lock clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (Python 3.11 is required; set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	@touch $(STAMP)

site: $(STAMP)
	$(BIN)/mkdocs build --strict
	@echo "The site is in $(CURDIR)/site/ (open site/index.html, or run 'make serve' for a live preview)."

test: $(STAMP)
	$(BIN)/ruff check plugins tests bench
	$(BIN)/python -m pytest

serve: $(STAMP)
	$(BIN)/mkdocs serve

lint: $(STAMP)
	$(BIN)/ruff check plugins tests bench

# Refresh the pinned versions from the ranges in pyproject.toml.
lock:
	rm -rf /tmp/explainer-lock && $(PYTHON) -m venv /tmp/explainer-lock
	/tmp/explainer-lock/bin/pip install --quiet -e '.[test,pagefind]'
	{ echo '# Exact versions for a reproducible install: pip install -c constraints.txt -e ".[test]".'; \
	  echo '# Regenerate: make lock'; \
	  /tmp/explainer-lock/bin/pip freeze --exclude-editable | grep -vi '^explainer'; } > constraints.txt

clean:
	rm -rf site $(VENV)
