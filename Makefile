# The README's commands. Every target installs what is missing first, so each
# works on a fresh Debian machine as root.

BUILD_DIR ?= build
JOBS ?= 2
BLUEPRINT := $(BUILD_DIR)/blueprint
DEMO := examples/coffee-bar.blueprint

FUZZ_DIR ?= build-fuzz
ASAN_DIR ?= build-asan
FUZZ_SECONDS ?= 3600
FUZZ_ROUND ?= 300
FUZZ_WORKERS ?= 2
FUZZ_PLATEAU_PERMILLE ?= 1
FUZZ_SMOKE_SECONDS ?= 15

.PHONY: all deps build demo test test-asan bench vsix fuzz fuzz-build format check-format clean

all: build

deps:
	scripts/install-deps

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -DBLUEPRINT_WERROR=ON

build: deps $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j$(JOBS)

DEMO_OUT := $(BUILD_DIR)/demo

demo: build
	@mkdir -p $(DEMO_OUT)
	@echo
	@echo "== blueprint check $(DEMO)"
	@$(BLUEPRINT) check $(DEMO) || true
	@echo
	@echo "== blueprint render $(DEMO)"
	@$(BLUEPRINT) render $(DEMO) -o $(DEMO_OUT)/coffee-bar.svg
	@$(BLUEPRINT) render $(DEMO) -o $(DEMO_OUT)/coffee-bar.png
	@echo
	@echo "The diagram is in $(abspath $(DEMO_OUT))/coffee-bar.svg and $(abspath $(DEMO_OUT))/coffee-bar.png"

test: build fuzz-build
	cd $(BUILD_DIR) && ctest --output-on-failure -j$(JOBS)
	scripts/run-fuzzers $(FUZZ_SMOKE_SECONDS) $(FUZZ_DIR)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	cmake -S . -B $(ASAN_DIR) -DBLUEPRINT_SANITIZE=ON -DBLUEPRINT_WERROR=ON
	cmake --build $(ASAN_DIR) -j$(JOBS)
	cd $(ASAN_DIR) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp:print_suppressions=0 ctest --output-on-failure -j$(JOBS)

# Every stage timed at 100 to 100,000 steps, the command line next to Graphviz
# alone, instruction counts; prints the tables and writes docs/performance.md.
bench: build
	python3 bench/run_bench.py $(BUILD_DIR)

# The VS Code extension as a .vsix, offline once its npm packages are installed.
VSIX := $(BUILD_DIR)/blueprint-0.1.0.vsix

vsix: build
	cd vscode-extension && npm ci --no-audit --no-fund && npm run package
	cp vscode-extension/blueprint-0.1.0.vsix $(VSIX)
	@echo "The extension is $(abspath $(VSIX)); install it with: code --install-extension $(abspath $(VSIX))"

fuzz-build: deps
	cmake -S . -B $(FUZZ_DIR) -DBLUEPRINT_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
	cmake --build $(FUZZ_DIR) -j$(JOBS)

# A campaign: every fuzz target in rounds of FUZZ_ROUND seconds until a round adds under
# FUZZ_PLATEAU_PERMILLE per mille new coverage edges (the plateau; default 1) or FUZZ_SECONDS have passed, FUZZ_WORKERS targets at a time;
# then each corpus minimised into fuzz/corpus/ (commit it) and the figures in
# build-fuzz/fuzz-figures.md.
fuzz: fuzz-build
	FUZZ_ROUND=$(FUZZ_ROUND) FUZZ_WORKERS=$(FUZZ_WORKERS) FUZZ_PLATEAU_PERMILLE=$(FUZZ_PLATEAU_PERMILLE) scripts/run-fuzzers $(FUZZ_SECONDS) $(FUZZ_DIR) --keep

format:
	find compiler grammar tests bench fuzz -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

check-format:
	find compiler grammar tests bench fuzz -name '*.cpp' -o -name '*.hpp' | xargs clang-format --dry-run -Werror

clean:
	rm -rf $(BUILD_DIR) $(FUZZ_DIR) $(ASAN_DIR)
