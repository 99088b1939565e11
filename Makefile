.PHONY: install test
install:
	python3.11 -m venv .venv
	.venv/bin/pip install -e '.[dev]'
	cd web && npm ci --no-audit --no-fund --loglevel=error
test:
	.venv/bin/python -m pytest -q
