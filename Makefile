# One task runner for people and CI alike: CI runs the README's test command, which is `make test`'s body.
PY ?= .venv/bin/python

.PHONY: install test lint bench demo
install:
	python3 -m venv .venv && .venv/bin/pip install -e ".[test]"
test:
	$(PY) -m pytest
lint:
	$(PY) -m ruff check src tests bench && $(PY) -m ruff format --check src tests bench && $(PY) -m mypy
bench:
	$(PY) bench/discovery.py && $(PY) bench/review_speed.py && $(PY) bench/accuracy.py && $(PY) bench/web_load.py
demo:
	.venv/bin/fitfirst check examples/playbooks/crm.yaml --answers examples/answers/crm-business.yaml
