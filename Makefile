# Flowdesk: `make run` and `make test` are all a fresh Debian 12 machine needs.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=
JOBS ?= $(shell nproc)
# ccache hits across clones and build folders: paths relative to the checkout, and no working
# directory in the hash of files built with debug info.
export CCACHE_BASEDIR ?= $(CURDIR)
export CCACHE_NOHASHDIR ?= 1

.PHONY: all deps configure build run test bench fuzz format translations clean

all: build

deps:
	@bash packaging/install-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	    $(shell command -v ccache >/dev/null 2>&1 && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) \
	    $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/app/flowdesk

test: build
	bash tests/run-headless.sh ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS) \
	    -LE benchmark

bench: build
	bash tests/benchmarks/run-benchmarks.sh $(BUILD_DIR)

fuzz: deps
	bash tests/fuzz/run-fuzz.sh $(or $(FUZZ_SECONDS),60)

translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
