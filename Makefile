.PHONY: install test
install:
	python3.11 -m venv .venv
	.venv/bin/pip install -e '.[dev]'
test:
	.venv/bin/python -m pytest -q
