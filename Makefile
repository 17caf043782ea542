# The README's commands. Every target installs what is missing first, so each
# works on a fresh Debian machine as root.

BUILD_DIR ?= build
JOBS ?= 2
BLUEPRINT := $(BUILD_DIR)/blueprint
DEMO := examples/coffee-bar.blueprint

.PHONY: all deps build demo test format check-format clean

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

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j$(JOBS)

format:
	find compiler grammar tests -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

check-format:
	find compiler grammar tests -name '*.cpp' -o -name '*.hpp' | xargs clang-format --dry-run -Werror

clean:
	rm -rf $(BUILD_DIR)
