# Two commands for a newcomer:  `make run`  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install eval bench train export-models clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first, pinned: an unpinned resolve pulls a multi-GB CUDA build
	$(BIN)/pip install --quiet "torch==2.13.0"
	$(BIN)/pip install --quiet -e ".[dev,dask]"
	touch $(STAMP)

install: $(STAMP)

## run: set up, then extract the quotes of the seed articles
run: $(STAMP)
	$(BIN)/quotes extract seeds/*.txt --format table

## test: set up, then run the test suite
test: $(STAMP)
	$(BIN)/python -m pytest -q

## eval: score the extractor on gold/ (the seed articles) and eval/written/gold (articles written
## for the project), and refresh the committed scorecards in eval/
eval: $(STAMP)
	$(BIN)/quotes eval --format json > eval/scores.json
	$(BIN)/quotes eval --format markdown --errors > eval/REPORT.md
	$(BIN)/quotes eval --gold eval/written/gold --format json > eval/scores_written.json
	$(BIN)/quotes eval --gold eval/written/gold --format markdown --errors > eval/REPORT_written.md
	$(BIN)/quotes eval
	$(BIN)/quotes eval --gold eval/written/gold

## bench: speed and memory of the extractor (eval/benchmark.py); writes eval/benchmark.json and
## eval/BENCHMARK.md. Run it on an otherwise idle machine: other load distorts every figure
bench: $(STAMP)
	$(BIN)/python eval/benchmark.py

## train: retrain the embedded parser models (CPU hours; see quotes/models/en_ewt_small/README.md)
train: $(STAMP)
	$(BIN)/python -m quotes.training --ud ../shared/ud

export-models: $(STAMP)
	$(BIN)/python -m quotes.training --export

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
