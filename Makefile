# One task surface. `make generate` sets everything up from nothing; `make test` runs the suite.
# (The generator is installed editable by hatchling: a plain path entry, where an import-hook finder
# would cost every Python start in the venv ~20 ms.)
# The first interpreter that runs and is 3.11+ (a pyenv shim can exist for a version that is not installed).
PYTHON ?= $(shell for p in python3.11 python3.12 python3.13 python3; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { command -v $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SDKS = $(patsubst %/pyproject.toml,%,$(wildcard generated/*/pyproject.toml))

.PHONY: generate test lint typecheck bench check docs install-sdks clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	rm -rf did_sdk_generator.egg-info  # left by the setuptools install this one replaces
	rm -f $(VENV)/.installed-* && touch $(STAMP)

# Generated SDKs are installed in editable mode so `import iovox_sdk` works from the venv.
install-sdks: $(STAMP)
	@for sdk in $(SDKS); do \
		name=$$(basename $$sdk); \
		$(PY) -c "import $$name" 2>/dev/null || \
		$(PY) -m pip install --quiet --no-deps --no-build-isolation -e $$sdk || exit 1; \
	done

generate: $(STAMP)
	$(PY) -m generator generate
	@$(MAKE) --no-print-directory install-sdks

# The suite starts hundreds of interpreters (the generator, the SDKs, mypy, other Pythons): they share one bytecode
# cache outside the tree, even where the environment turns bytecode off, instead of each compiling every module anew.
TEST_ENV := env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=$(CURDIR)/.cache/pycache

test: $(STAMP) install-sdks
	$(PY) -m generator generate --check
	$(TEST_ENV) $(PY) -m pytest

# Generated code is linted as users' tools would see it, with the rules it promises (no config of ours).
GENERATED_RULES := --isolated --select F,E,W,I,B,UP,SIM --line-length 120 --target-version py311

lint: $(STAMP)
	$(PY) -m ruff check generator tests bench
	$(PY) -m ruff format --check generator tests bench
	$(PY) -m ruff check $(GENERATED_RULES) generated tests/golden/expected

typecheck: $(STAMP) install-sdks
	$(PY) -m mypy generator
	@for sdk in $(SDKS); do (cd $$sdk && ../../$(PY) -m mypy --strict $$(basename $$sdk)) || exit 1; done

bench: $(STAMP) install-sdks
	$(PY) bench/run.py

check: lint typecheck test

# The documentation site: Markdown in build/docs-src/, HTML in site/ (open site/index.html).
docs: $(STAMP)
	$(PY) -m generator docs

clean:
	rm -rf $(VENV) .cache did_sdk_generator.egg-info
