# The two set-up commands of the README: `make` builds the gallery, `make test` runs every test.
# Each installs what it needs first (scripts/install-deps.sh is a no-op when all is there).
SWIFT ?= swift
OUTPUT ?= output

.PHONY: all gallery test test-swift test-js test-browser test-phoenix bench bench-reload bench-load bench-hub clean

all: gallery

gallery:
	bash scripts/install-deps.sh build
	$(SWIFT) build -c release --product rtux
	.build/release/rtux build --output $(OUTPUT)

test:
	bash scripts/install-deps.sh test
	$(MAKE) test-swift test-js test-browser test-phoenix

# The tests' scratch folders (and Foundation's empty TemporaryDirectory.* of atomic writes) go
# in one folder made for the run and removed after it, whatever the result: /tmp stays clean.
test-swift:
	$(SWIFT) build --build-tests
	@scratch=$$(mktemp -d /tmp/rtux-swift-test.XXXXXX) && { TMPDIR=$$scratch $(SWIFT) test; rc=$$?; rm -rf "$$scratch"; exit $$rc; }

test-js:
	@if ls Tests/js/*.test.js >/dev/null 2>&1; then node --test Tests/js/; else echo "no JS tests yet"; fi

# The browser tests read a gallery built by the debug binary that test-swift made.
test-browser:
	$(SWIFT) build --product rtux
	.build/debug/rtux build --output $(OUTPUT)
	RTUX_OUTPUT=$(OUTPUT) python3 -m pytest -q Tests/browser

# Issue 8: the printed components compile and render under the real Phoenix LiveView 1.2
# (offline sources in ../shared/phoenix; its build.sh installs elixir/erlang-dev/cmake if missing).
test-phoenix:
	$(SWIFT) build --product rtux
	RTUX=.build/debug/rtux bash Tests/phoenix/run.sh

bench:
	bash scripts/install-deps.sh bench
	$(SWIFT) build -c release --product rtux
	bash bench/run.sh

# Live-reload latency of rtux serve against a full build of the same corpus (issue 14).
bench-reload:
	$(SWIFT) build -c release --product rtux
	python3 bench/reload.py --pages 1000 --edits 20

# rtux serve under many page clients and open reload channels, against a static file server (issue 14).
bench-load:
	$(SWIFT) build -c release --product rtux
	python3 bench/load.py --pages 1000 --clients 50 --seconds 20 --channels 200

# The multi-tab hub under 200 sender tabs and 10 observers, 10 broadcasts/s each, twice on one server (issue 14).
bench-hub:
	bash scripts/install-deps.sh bench
	$(SWIFT) build -c release --product rtux
	python3 bench/hub_load.py --senders 200 --observers 10 --seconds 60 --rounds 2

clean:
	rm -rf .build
