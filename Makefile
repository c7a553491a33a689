# CXRKit: the two set-up commands of the README, and their parts.
#   make demo   installs what is needed, builds, and runs the built-in demo (no data needed)
#   make test   installs what is needed (PyTorch for the reference fixtures, Chromium and selenium for
#               the browser test of `cxr serve`) and runs the tests
#   make fuzz   fuzzes every parser with libFuzzer + AddressSanitizer (docs/FUZZING.md), 60 s each
#   make fuzz-smoke   the same, 15 s each (for CI)
SWIFT_FLAGS = -c release
APT_PACKAGES = libdnnl-dev libpng-dev libjpeg62-turbo-dev libturbojpeg0-dev libopenjp2-7-dev libcharls-dev zlib1g-dev
APT_REFERENCE = python3-torch python3-torchvision python3-sklearn python3-pil python3-numpy unzip dcmtk libgdcm-tools python3-gdcm python3-pydicom
APT_BROWSER = chromium chromium-driver

.PHONY: demo test deps deps-reference deps-latent-reference deps-browser weights build build-tests bench bench-latent fuzz fuzz-smoke deps-fuzz

demo: deps build
	.build/release/cxr demo

test: deps deps-reference deps-browser weights build-tests
	swift test $(SWIFT_FLAGS) -Xswiftc -enable-testing --skip-build

deps:
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); fi

deps-reference:
	@if ! dpkg -s $(APT_REFERENCE) >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_REFERENCE); fi

# MiniSom (and openTSNE) only for `cxr bench-latent` and scripts/make_latent_fixtures.py; the
# tests read the committed fixtures and do not need them.
deps-latent-reference: deps-reference
	@/usr/bin/python3 -c "import minisom" 2>/dev/null || /usr/bin/python3 -m pip install -q --break-system-packages minisom==2.3.6
	@/usr/bin/python3 -c "import openTSNE" 2>/dev/null || /usr/bin/python3 -m pip install -q --break-system-packages openTSNE || true

deps-browser:
	@if ! dpkg -s $(APT_BROWSER) >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_BROWSER); fi
	@/usr/bin/python3 -c "import selenium" 2>/dev/null || /usr/bin/python3 -m pip install -q --break-system-packages selenium

weights:
	bash scripts/fetch_weights.sh

build:
	swift build $(SWIFT_FLAGS)

build-tests:
	swift build $(SWIFT_FLAGS) -Xswiftc -enable-testing --build-tests

bench: deps deps-reference build
	.build/release/cxr bench --json bench.json

bench-latent: deps deps-latent-reference build
	.build/release/cxr bench-latent

# Fuzzing (scripts/fuzz.sh, docs/FUZZING.md): builds Fuzz/ into .build-fuzz (debug,
# -sanitize=fuzzer,address), seeds from ../shared/data, keeps crashing inputs in Fuzz/Crashes/.
# dcmtk (img2dcm) makes DICOM seeds from the shared images; PyTorch and Pillow more seeds.
APT_FUZZ = dcmtk python3-torch python3-pil

deps-fuzz:
	@if ! dpkg -s $(APT_FUZZ) >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_FUZZ); fi

fuzz: deps deps-fuzz
	bash scripts/fuzz.sh run

fuzz-smoke: deps deps-fuzz
	bash scripts/fuzz.sh smoke
