# Peakend: two commands for a newcomer.
#   make serve   install what is missing, build, serve on http://127.0.0.1:8080
#   make test    install what tests need and run every test
#   make single  one self-contained HTML file (dist-single/peakend.html)
#   make scorm   a SCORM 1.2 package of it (dist-single/peakend-scorm.zip)
# Everything is installed from package registries (crates.io, npm, Debian) only.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

TRUNK_VERSION := 0.21.14
# The wasm-bindgen-cli version must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p;}' Cargo.lock)
WASM_TARGET := wasm32-unknown-unknown
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PORT ?= 8080


.PHONY: help serve build one dist size test tools test-tools doctor lint unit web-test e2e bench bench-survey single scorm single-embed scorm-embed clean

help:
	@echo "make serve   build and serve the app on http://127.0.0.1:$(PORT)"
	@echo "make test    run every test (installs what tests need)"
	@echo "make doctor check that every program the tests call is installed"
	@echo "make dist    size-optimised build into dist/, with file sizes"
	@echo "make size    the sizes of dist/ and where the wasm's bytes go (twiggy)"
	@echo "make single  one self-contained HTML file: dist-single/peakend.html"
	@echo "make scorm   a SCORM 1.2 package for an LMS: dist-single/peakend-scorm.zip"
	@echo "make single-embed / scorm-embed  the same, of the course embed alone (far smaller)"
	@echo "make bench   analysis benchmarks"
	@echo "make bench-survey  survey import (100k respondents) natively, next to pandas on the same file"

# --- installs (each skipped when already right) -------------------------------------

tools: node_modules/.installed
	@rustup target list --installed | grep -qx '$(WASM_TARGET)' || rustup target add $(WASM_TARGET)
	@trunk --version 2>/dev/null | grep -q ' $(TRUNK_VERSION)$$' || { \
	  echo "Installing trunk $(TRUNK_VERSION) (about 6 minutes, once)"; \
	  cargo install --locked trunk --version $(TRUNK_VERSION); }
	@wasm-bindgen --version 2>/dev/null | grep -q ' $(WASM_BINDGEN_VERSION)$$' || { \
	  echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 2 minutes, once)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); }
	@grep -q 'wasm_bindgen = "$(WASM_BINDGEN_VERSION)"' Trunk.toml || { \
	  echo "Trunk.toml [tools] wasm_bindgen must be $(WASM_BINDGEN_VERSION) (Cargo.lock)"; exit 1; }
	@cargo fetch --locked -q

# npm packages: wasm-opt (binaryen) for the build, playwright-core for end-to-end tests.
# A node_modules that is a symlink (shared between git worktrees) is left alone: npm ci
# would empty the folder it points to, under everyone using it.
node_modules/.installed: package.json package-lock.json
	@if [ -L node_modules ]; then \
	  echo "node_modules is a symlink to a shared install: not running npm ci"; \
	else npm ci --no-audit --no-fund; fi
	@touch $@

# Debian's packages the tests call (Chromium, ChromeDriver, poppler's pdftotext/pdftoppm/
# pdfinfo, unzip): build/doctor.mjs holds the list and names what is still missing.
test-tools: tools
	@debs="$$(node build/doctor.mjs --missing-debs)"; [ -z "$$debs" ] || { \
	  echo "Installing Debian packages: $$debs"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$debs; }

# Every program the build and tests call is here; fails naming the missing one.
doctor: test-tools
	@node build/doctor.mjs

# --- build and serve ----------------------------------------------------------------

# The course embed first (embed.html, its own small wasm), into target/dist-embed, the
# receiver's page of a share link (shared.html, its own small wasm) into
# target/dist-shared, and the workspace's panels program (panels.html: stories, plan, interviews, group round,
# embed dialog, survey; fetched when first opened) into target/dist-panels; then the
# workspace, whose post-build hook copies them in (build/postbuild.mjs).
EMBED_DIST := target/dist-embed
SHARED_DIST := target/dist-shared
PANELS_DIST := target/dist-panels
build: tools
	trunk build embed.html --release --dist $(EMBED_DIST)
	trunk build shared.html --release --dist $(SHARED_DIST)
	trunk build panels.html --release --dist $(PANELS_DIST)
	PEAKEND_EMBED_DIST=$(EMBED_DIST) PEAKEND_SHARED_DIST=$(SHARED_DIST) PEAKEND_PANELS_DIST=$(PANELS_DIST) trunk build --release

dist: build
	@node build/sizes.mjs dist

# Where the bytes go: the brotli sizes of dist/, then twiggy on the main and the worker
# wasm as cargo built them (before wasm-bindgen and wasm-opt, so function names are kept;
# the shipped files are smaller, the proportions are what to read).
TWIGGY_VERSION := 0.8.0
MAIN_WASM := target/wasm32-unknown-unknown/release/peakend.wasm
EMBED_WASM := target/wasm32-unknown-unknown/release/embed.wasm
SHARED_WASM := target/wasm32-unknown-unknown/release/shared.wasm
PANELS_WASM := target/wasm32-unknown-unknown/release/panels.wasm
WORKER_WASM := target/wasm32-unknown-unknown/worker/survey_worker.wasm
size: build
	@twiggy --version 2>/dev/null | grep -q ' $(TWIGGY_VERSION)$$' || { \
	  echo "Installing twiggy $(TWIGGY_VERSION) (about 3 minutes, once)"; \
	  cargo install --locked twiggy --version $(TWIGGY_VERSION); }
	@node build/sizes.mjs dist
	@echo "--- main wasm: the 15 largest items"
	@twiggy top -n 15 $(MAIN_WASM)
	@echo "--- main wasm: what keeps the most bytes alive"
	@twiggy dominators -d 2 -r 20 $(MAIN_WASM)
	@echo "--- main wasm: generic functions copied most"
	@twiggy monos -m 10 -n 10 $(MAIN_WASM)
	@echo "--- panels wasm (fetched when a panel is first opened): the 15 largest items"
	@twiggy top -n 15 $(PANELS_WASM)
	@echo "--- course embed wasm (embed.html): the 15 largest items"
	@twiggy top -n 15 $(EMBED_WASM)
	@echo "--- share link page wasm (shared.html): the 10 largest items"
	@twiggy top -n 10 $(SHARED_WASM)
	@echo "--- survey worker wasm: the 10 largest items"
	@twiggy top -n 10 $(WORKER_WASM)

# The workspace as one program, its panels inside (--features one-program), into
# target/dist-one: what the single file and the SCORM package are made of, so that they
# carry yew once rather than in two programs.
ONE_DIST := target/dist-one
one: tools
	PEAKEND_ONE_PROGRAM=1 trunk build --release --features one-program --dist $(ONE_DIST)

# One HTML file with everything inline, for file://, e-mail and course platforms.
single: one
	node build/single.mjs $(ONE_DIST) dist-single/peakend.html
	@node build/sizes.mjs dist-single/peakend.html

# The single file as a SCORM 1.2 package an LMS imports.
scorm: one
	node build/scorm.mjs $(ONE_DIST) dist-single/peakend-scorm.zip
	@node build/sizes.mjs dist-single/peakend-scorm.zip

# The same two, of the course embed alone (embed.html: chart, scores, lanes, presets).
single-embed: build
	node build/single.mjs dist dist-single/peakend-embed.html --embed
	@node build/sizes.mjs dist-single/peakend-embed.html

scorm-embed: build
	node build/scorm.mjs dist dist-single/peakend-embed-scorm.zip --embed
	@node build/sizes.mjs dist-single/peakend-embed-scorm.zip

serve: build
	@echo "Peakend is running on http://127.0.0.1:$(PORT)  (Ctrl+C to stop)"
	node build/server.mjs dist $(PORT)

# --- tests --------------------------------------------------------------------------

lint: tools
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings
	cargo clippy --lib --target $(WASM_TARGET) --features one-program -- -D warnings

unit: tools
	cargo test

web-test: test-tools
	CHROMEDRIVER=$$(command -v chromedriver) cargo test --target $(WASM_TARGET) --test 'web_*'

e2e: test-tools build single scorm single-embed scorm-embed
	node --test --test-concurrency=1 tests/e2e/

test: doctor lint unit web-test e2e
	@echo "All tests passed."

bench:
	cargo bench --bench analysis
	cargo bench --bench survey_read

# The survey import of one generated file (100,000 respondents × 12 touchpoints), Peakend
# natively and pandas in-process, side by side, then Peakend in headless Chromium on the
# same file and on a million respondents (bench/survey-browser.mjs: time to results on
# screen, long tasks, progress, peak memory). pandas lives in a venv under target/.
BENCH_VENV := target/bench-venv
SURVEY_100K := target/bench/survey-100k.csv
SURVEY_1M := target/bench/survey-1m.csv
bench-survey: test-tools build
	@test -x $(BENCH_VENV)/bin/python || { python3 -m venv $(BENCH_VENV) && \
	  $(BENCH_VENV)/bin/pip install --quiet pandas numpy; }
	@mkdir -p $(dir $(SURVEY_100K))
	node build/gen-survey.mjs 100000 $(SURVEY_100K) --seed 1
	@echo "--- peakend"
	PEAKEND_SURVEY=$(SURVEY_100K) cargo bench --bench analysis
	@echo "--- pandas"
	$(BENCH_VENV)/bin/python bench/pandas_survey.py $(SURVEY_100K)
	@test -f $(SURVEY_1M) || node build/gen-survey.mjs 1000000 $(SURVEY_1M) --seed 1
	@echo "--- peakend in Chromium (file chosen → results on screen)"
	node bench/survey-browser.mjs $(SURVEY_100K) $(SURVEY_1M)

clean:
	rm -rf dist dist-single target node_modules

# --- fuzzing (not part of `make test`) ----------------------------------------------
# Each importer for FUZZ_SECONDS; cargo-fuzz needs nightly flags, RUSTC_BOOTSTRAP=1 lets
# the stable toolchain accept them. Crashes land in fuzz/artifacts/<target>/, each run's
# full output in fuzz/target/fuzz-<target>.log; the corpus in fuzz/corpus/<target>/ is
# kept between runs, so each run starts where the last one stopped. A crash stops make
# with an error naming the target. `make fuzz-long` runs each target FUZZ_LONG_SECONDS
# (10 minutes by default): the short run missed a crash that 150 s found.
CARGO_FUZZ_VERSION := 0.13.2
FUZZ_SECONDS ?= 60
FUZZ_LONG_SECONDS ?= 600
FUZZ_TARGETS := fuzz_csv fuzz_mermaid fuzz_link fuzz_json fuzz_survey

.PHONY: fuzz fuzz-long fuzz-tools
fuzz-tools:
	@cargo fuzz --version 2>/dev/null | grep -q ' $(CARGO_FUZZ_VERSION)$$' || \
	  cargo install --locked cargo-fuzz --version $(CARGO_FUZZ_VERSION)

fuzz: fuzz-tools
	@mkdir -p fuzz/target
	@cd fuzz && for t in $(FUZZ_TARGETS); do \
	  echo "== $$t ($(FUZZ_SECONDS) s)"; \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run $$t -- -max_total_time=$(FUZZ_SECONDS) \
	    >target/fuzz-$$t.log 2>&1; rc=$$?; \
	  grep -E '^Done|^SUMMARY|panicked|^Failing input' target/fuzz-$$t.log; \
	  [ $$rc -eq 0 ] || { echo "$$t failed (exit $$rc): see fuzz/artifacts/$$t/ and fuzz/target/fuzz-$$t.log"; exit 1; }; \
	done

fuzz-long:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(FUZZ_LONG_SECONDS)
