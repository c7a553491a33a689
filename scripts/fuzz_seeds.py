#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets in Fuzz/ (called by scripts/fuzz.sh).

    fuzz_seeds.py OUT_DIR [--data ../shared/data] [--reference ../shared/reference] [--images N]

OUT_DIR/<Target>/ gets small, valid (and a few deliberately odd) inputs for each target:

- FuzzPNG, FuzzJPEG: a sample of the shared chest X-rays, downscaled (to keep every execution
  fast) and saved in every mode the decoders handle (gray, gray+alpha, RGB, RGBA, palette with
  transparency, 16-bit, 1/2/4-bit gray; baseline, progressive, gray, 4:4:4, CMYK JPEG), the
  smallest originals as they are, and the test fixtures in Tests/CXRDataFixtures.
- FuzzDICOM: the same X-rays as DICOM: `img2dcm` (dcmtk) for JPEG baseline encapsulated
  files, `dcmdjpeg`/`dcmconv` for explicit and implicit VR uncompressed ones, and files written
  here (16-bit with rescale, signed 12-bit MONOCHROME1 with a window, planar RGB, nested
  undefined-length sequences, multi-frame). Without dcmtk only the files written here.
- FuzzSafeTensors: every dtype, metadata, scalars, empty tensors; the test fixture.
- FuzzTorchZip, FuzzTorchPickle, FuzzZip: `torch.save` files (new zip layout and
  `_use_new_zipfile_serialization=False` legacy) when PyTorch is installed, the checkpoint test
  fixtures, `data.pkl` of the zip files, plain pickles of protocols 0-5, and zipfile archives
  (stored, deflated, commented, ZIP64).
- FuzzCSV, FuzzFoldTable: the heads of the shared metadata files and fold tables, plus quoting,
  CRLF and BOM variants.
- FuzzConfigJSON: training configurations (the defaults and variations of every field).
- FuzzMultipart: upload bodies (Content-Type line, then the body) carrying seed images.

Only the Python standard library is required; Pillow, PyTorch and dcmtk add seeds when present.
"""
import argparse
import glob
import io
import json
import os
import pickle
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections import OrderedDict

try:
    from PIL import Image
except ImportError:  # pragma: no cover - seeds without Pillow are fewer, not wrong
    Image = None

try:
    import torch
except ImportError:
    torch = None

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(out, target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def sample(folder, exts, n):
    files = sorted(f for f in glob.glob(os.path.join(folder, "*")) if f.lower().rsplit(".", 1)[-1] in exts)
    if not files or n <= 0:
        return []
    step = max(1, len(files) // n)
    return files[::step][:n]


# ---------------------------------------------------------------------------------------------
# PNG: a minimal encoder for the variants Pillow cannot write (16-bit RGB/RGBA/LA, 1/2/4-bit).

def png_chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)


def png_encode(width, height, bit_depth, color_type, rows, extra=b""):
    """rows: list of raw scanline bytes (already packed), filter type 0 is prepended."""
    raw = b"".join(b"\x00" + r for r in rows)
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + extra
            + png_chunk(b"IDAT", zlib.compress(raw, 9)) + png_chunk(b"IEND", b""))


def gray_rows(img, w, h):
    px = list(img.convert("L").resize((w, h)).getdata())
    return [px[y * w:(y + 1) * w] for y in range(h)]


def png_variants(img):
    """Yields (suffix, bytes) for the modes the PNG decoder handles."""
    small = img.copy()
    small.thumbnail((40, 40))
    w, h = small.size
    for mode in ["L", "LA", "RGB", "RGBA", "P"]:
        im = small.convert(mode)
        buf = io.BytesIO()
        if mode == "P":
            im.save(buf, "PNG", transparency=0)
        else:
            im.save(buf, "PNG")
        yield mode.lower(), buf.getvalue()
    buf = io.BytesIO()
    small.convert("I").point(lambda v: v * 257).convert("I;16").save(buf, "PNG")
    yield "gray16", buf.getvalue()
    g = gray_rows(small, w, h)
    # 16-bit RGB and RGBA, 16-bit gray+alpha.
    yield "rgb16", png_encode(w, h, 16, 2, [b"".join(struct.pack(">HHH", v * 257, v * 200, v * 100) for v in r) for r in g])
    yield "rgba16", png_encode(w, h, 16, 6, [b"".join(struct.pack(">HHHH", v * 257, v * 257, v * 257, 65535 - v) for v in r) for r in g])
    yield "la16", png_encode(w, h, 16, 4, [b"".join(struct.pack(">HH", v * 257, 40000) for v in r) for r in g])
    # 1-, 2- and 4-bit gray.
    for depth in (1, 2, 4):
        rows = []
        for r in g:
            bits = "".join(format(v >> (8 - depth), "0%db" % depth) for v in r)
            bits += "0" * (-len(bits) % 8)
            rows.append(bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)))
        yield "gray%d" % depth, png_encode(w, h, depth, 0, rows)
    # 8-bit gray with gAMA and tRNS chunks.
    yield "gray_trns", png_encode(w, h, 8, 0, [bytes(r) for r in g],
                                  extra=png_chunk(b"gAMA", struct.pack(">I", 45455)) + png_chunk(b"tRNS", b"\x00\x00"))


def jpeg_variants(img):
    small = img.copy()
    small.thumbnail((48, 48))
    for name, mode, kw in [
        ("gray", "L", {}), ("rgb420", "RGB", {"subsampling": 2}), ("rgb444", "RGB", {"subsampling": 0}),
        ("progressive", "RGB", {"progressive": True}), ("optimized", "L", {"optimize": True, "quality": 50}),
        ("cmyk", "CMYK", {}),
    ]:
        buf = io.BytesIO()
        small.convert(mode).save(buf, "JPEG", quality=kw.pop("quality", 85), **kw)
        yield name, buf.getvalue()


# ---------------------------------------------------------------------------------------------
# DICOM, written here (as Tests/CXRDataTests/DICOMTests.swift's DICOMWriter does).

LONG_VRS = {b"OB", b"OW", b"OF", b"SQ", b"UT", b"UN"}


def dcm_element(group, element, vr, value, explicit=True, undefined=False):
    vr = vr.encode()
    if len(value) % 2:
        value += b"\x00" if vr in (b"UI", b"OB", b"OW", b"US", b"SS") else b" "
    length = 0xFFFFFFFF if undefined else len(value)
    out = struct.pack("<HH", group, element)
    if explicit:
        out += vr + (b"\x00\x00" + struct.pack("<I", length) if vr in LONG_VRS else struct.pack("<H", length))
    else:
        out += struct.pack("<I", length)
    return out + value


def dcm_file(syntax, body):
    meta = dcm_element(0x0002, 0x0001, "OB", b"\x00\x01") + dcm_element(0x0002, 0x0010, "UI", syntax.encode())
    return b"\x00" * 128 + b"DICM" + meta + body


def dcm_us(g, e, v, explicit=True):
    return dcm_element(g, e, "US", struct.pack("<H", v), explicit)


def dcm_text(g, e, vr, s, explicit=True):
    return dcm_element(g, e, vr, s.encode(), explicit)


def dicom_written(img):
    """Yields (name, bytes): uncompressed DICOM variants built from a (downscaled) real image."""
    small = img.convert("L").copy()
    small.thumbnail((24, 24))
    w, h = small.size
    px = list(small.getdata())
    # 16-bit unsigned, explicit VR, rescale, and an undefined-length sequence to skip.
    body = dcm_element(0x0008, 0x1140, "SQ", b"", undefined=True)
    body += struct.pack("<HHI", 0xFFFE, 0xE000, 0xFFFFFFFF) + dcm_text(0x0008, 0x1150, "UI", "1.2.3")
    body += struct.pack("<HHI", 0xFFFE, 0xE00D, 0) + struct.pack("<HHI", 0xFFFE, 0xE0DD, 0)
    body += dcm_us(0x0028, 0x0002, 1) + dcm_text(0x0028, 0x0004, "CS", "MONOCHROME2")
    body += dcm_us(0x0028, 0x0010, h) + dcm_us(0x0028, 0x0011, w)
    body += dcm_us(0x0028, 0x0100, 16) + dcm_us(0x0028, 0x0101, 16) + dcm_us(0x0028, 0x0102, 15) + dcm_us(0x0028, 0x0103, 0)
    body += dcm_text(0x0028, 0x1052, "DS", "-1024") + dcm_text(0x0028, 0x1053, "DS", "2.5")
    body += dcm_element(0x7FE0, 0x0010, "OW", b"".join(struct.pack("<H", v * 257) for v in px))
    yield "explicit16_rescale", dcm_file("1.2.840.10008.1.2.1", body)
    # Signed 12-bit, implicit VR, MONOCHROME1, window with two values, rows as IS.
    ex = False
    body = dcm_us(0x0028, 0x0002, 1, ex) + dcm_text(0x0028, 0x0004, "CS", "MONOCHROME1", ex)
    body += dcm_us(0x0028, 0x0010, h, ex) + dcm_us(0x0028, 0x0011, w, ex)
    body += dcm_us(0x0028, 0x0100, 16, ex) + dcm_us(0x0028, 0x0101, 12, ex) + dcm_us(0x0028, 0x0103, 1, ex)
    body += dcm_text(0x0028, 0x1050, "DS", "0\\100", ex) + dcm_text(0x0028, 0x1051, "DS", "2000\\50", ex)
    body += dcm_element(0x7FE0, 0x0010, "OW", b"".join(struct.pack("<h", v * 16 - 2048) for v in px), ex)
    yield "implicit_signed12_mono1", dcm_file("1.2.840.10008.1.2", body)
    # 8-bit, Rows and Columns as IS strings (explicit VR).
    body = dcm_text(0x0028, 0x0010, "IS", str(h)) + dcm_text(0x0028, 0x0011, "IS", str(w))
    body += dcm_us(0x0028, 0x0100, 8) + dcm_us(0x0028, 0x0101, 8)
    body += dcm_element(0x7FE0, 0x0010, "OB", bytes(px))
    yield "explicit8_is_dims", dcm_file("1.2.840.10008.1.2.1", body)
    # The same with wide IS/DS fields (space padded, as DICOM allows up to 12 and 16 characters
    # and files do pad), so that a mutation can put any number there without fixing lengths.
    body = dcm_text(0x0028, 0x0010, "IS", str(h).ljust(20)) + dcm_text(0x0028, 0x0011, "IS", str(w).rjust(20))
    body += dcm_text(0x0028, 0x0100, "IS", "8".ljust(20)) + dcm_text(0x0028, 0x0101, "IS", "8".ljust(20))
    body += dcm_text(0x0028, 0x1050, "DS", "128".ljust(24)) + dcm_text(0x0028, 0x1051, "DS", "256".ljust(24))
    body += dcm_text(0x0028, 0x1052, "DS", "0".ljust(24)) + dcm_text(0x0028, 0x1053, "DS", "1".ljust(24))
    body += dcm_element(0x7FE0, 0x0010, "OB", bytes(px))
    yield "explicit8_wide_numbers", dcm_file("1.2.840.10008.1.2.1", body)
    # RGB, planar configuration 1, 8-bit.
    rgb = list(img.convert("RGB").resize((w, h)).getdata())
    planes = bytes(p[c] for c in range(3) for p in rgb)
    body = dcm_us(0x0028, 0x0002, 3) + dcm_text(0x0028, 0x0004, "CS", "RGB") + dcm_us(0x0028, 0x0006, 1)
    body += dcm_us(0x0028, 0x0010, h) + dcm_us(0x0028, 0x0011, w) + dcm_us(0x0028, 0x0100, 8)
    body += dcm_element(0x7FE0, 0x0010, "OB", planes)
    yield "rgb_planar", dcm_file("1.2.840.10008.1.2.1", body)
    # Multi-frame (2 frames), 16-bit, UL dims? (US as the standard says) with Number of Frames.
    body = dcm_us(0x0028, 0x0010, h) + dcm_us(0x0028, 0x0011, w) + dcm_text(0x0028, 0x0008, "IS", "2")
    body += dcm_us(0x0028, 0x0100, 16) + dcm_us(0x0028, 0x0101, 10)
    body += dcm_element(0x7FE0, 0x0010, "OW", b"".join(struct.pack("<H", v * 4) for v in px) * 2)
    yield "multiframe16", dcm_file("1.2.840.10008.1.2.1", body)
    # An unsupported transfer syntax (big endian), which must be named in the error.
    yield "big_endian", dcm_file("1.2.840.10008.1.2.2", b"")


def dicom_from_dcmtk(jpegs, tmp):
    """Yields (name, bytes) made with img2dcm (JPEG baseline), dcmdjpeg and dcmconv."""
    if not shutil.which("img2dcm"):
        print("fuzz_seeds: img2dcm (dcmtk) not installed: DICOM seeds only from this script", file=sys.stderr)
        return
    for i, jpeg in enumerate(jpegs):
        src = os.path.join(tmp, "in%d.jpg" % i)
        with open(src, "wb") as f:
            f.write(jpeg)
        enc = os.path.join(tmp, "enc%d.dcm" % i)
        if subprocess.run(["img2dcm", "-q", src, enc]).returncode != 0:
            continue
        yield "img2dcm_jpeg%d" % i, open(enc, "rb").read()
        raw = os.path.join(tmp, "raw%d.dcm" % i)
        if shutil.which("dcmdjpeg") and subprocess.run(["dcmdjpeg", "-q", enc, raw]).returncode == 0:
            yield "dcmdjpeg_explicit%d" % i, open(raw, "rb").read()
            imp = os.path.join(tmp, "imp%d.dcm" % i)
            if shutil.which("dcmconv") and subprocess.run(["dcmconv", "-q", "+ti", raw, imp]).returncode == 0:
                yield "dcmconv_implicit%d" % i, open(imp, "rb").read()


# ---------------------------------------------------------------------------------------------
# safetensors, written by hand (the format is a length, a JSON header and raw bytes).

def safetensors(tensors, metadata=None):
    header, data = {}, b""
    if metadata:
        header["__metadata__"] = metadata
    for name, (dtype, shape, raw) in tensors.items():
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * (-(8 + len(h)) % 8)
    return struct.pack("<Q", len(h)) + h + data


def safetensors_seeds():
    yield "all_dtypes", safetensors(OrderedDict([
        ("f32", ("F32", [2, 3], struct.pack("<6f", 0, 1, -2.5, 3e38, float("inf"), float("nan")))),
        ("f64", ("F64", [2], struct.pack("<2d", 1e300, -0.5))),
        ("f16", ("F16", [3], struct.pack("<3H", 0x3C00, 0x7C00, 0x0001))),
        ("bf16", ("BF16", [2], struct.pack("<2H", 0x3F80, 0xFF80))),
        ("i64", ("I64", [2], struct.pack("<2q", -(2 ** 63), 2 ** 40))),
        ("i32", ("I32", [1], struct.pack("<i", -7))),
        ("i16", ("I16", [1], struct.pack("<h", 300))),
        ("i8", ("I8", [2], struct.pack("<2b", -128, 127))),
        ("u64", ("U64", [1], struct.pack("<Q", 2 ** 64 - 1))),
        ("u32", ("U32", [1], struct.pack("<I", 2 ** 32 - 1))),
        ("u16", ("U16", [1], struct.pack("<H", 65535))),
        ("u8", ("U8", [4], bytes([0, 1, 128, 255]))),
        ("bool", ("BOOL", [3], bytes([0, 1, 2]))),
    ]), {"format": "pt", "note": "fuzz seed"})
    yield "scalar_and_empty", safetensors(OrderedDict([
        ("scalar", ("F32", [], struct.pack("<f", 42))), ("empty", ("F32", [0, 5], b"")), ("one", ("U8", [1, 1, 1], b"\x07")),
    ]))
    yield "conv_like", safetensors(OrderedDict([
        ("features.0.weight", ("F32", [2, 1, 3, 3], struct.pack("<18f", *[i / 7 for i in range(18)]))),
        ("features.0.bias", ("F32", [2], struct.pack("<2f", 0.1, -0.1))),
        ("bn.num_batches_tracked", ("I64", [], struct.pack("<q", 12))),
    ]))
    yield "empty_header", struct.pack("<Q", 8) + b"{}      "


# ---------------------------------------------------------------------------------------------
# torch.save files and pickles.

def torch_state_dicts():
    g = torch.Generator().manual_seed(0)
    lin = torch.nn.Sequential(torch.nn.Conv2d(1, 2, 3), torch.nn.BatchNorm2d(2), torch.nn.Linear(4, 3))
    yield "small_model", lin.state_dict()
    t = torch.arange(12, dtype=torch.float32).reshape(3, 4)
    base = torch.arange(10, dtype=torch.float32)
    yield "views_strides", OrderedDict([
        ("transposed", t.t()), ("sliced", t[:, 1:3]), ("view_a", base[2:6]), ("view_b", base[5:]),
        ("expanded", torch.tensor([1.5]).expand(4)), ("scalar", torch.tensor(3.0)),
    ])
    yield "dtypes", OrderedDict([
        ("f16", torch.randn(3, generator=g).half()), ("bf16", torch.randn(2, generator=g).bfloat16()),
        ("f64", torch.randn(2, generator=g).double()), ("i32", torch.tensor([1, -2], dtype=torch.int32)),
        ("i16", torch.tensor([5], dtype=torch.int16)), ("i8", torch.tensor([-3], dtype=torch.int8)),
        ("u8", torch.tensor([250], dtype=torch.uint8)), ("b", torch.tensor([True, False])),
        ("i64", torch.tensor([2 ** 40])),
    ])
    yield "wrapped", {"epoch": 3, "state_dict": OrderedDict([("w", torch.ones(2, 2))]), "optimizer": {"lr": 0.1}, "names": ["a", "b"]}
    yield "empty", OrderedDict()


def torch_seeds():
    """Yields (name, zip_bytes, legacy_bytes)."""
    for name, obj in torch_state_dicts():
        z, l = io.BytesIO(), io.BytesIO()
        torch.save(obj, z)
        torch.save(obj, l, _use_new_zipfile_serialization=False)
        yield name, z.getvalue(), l.getvalue()


def plain_pickles():
    objs = {
        "dict": {"a": 1, "b": [1.5, None, True], "c": (1, 2, 3), "d": b"\x00\x01", "e": "text"},
        "ordered": OrderedDict([("x", 1), ("y", [2, 3])]),
        "nested": [[[[1]]], {"k": {"k": {"k": ()}}}],
        "bigint": [2 ** 70, -(2 ** 65), 2 ** 31, -1],
        "set": {1, 2, 3},
        "frozenset": frozenset(["a"]),
        "bytearray": bytearray(b"abc"),
    }
    for name, obj in objs.items():
        for proto in range(0, 6):
            yield "%s_p%d" % (name, proto), pickle.dumps(obj, protocol=proto)
    shared = [1, 2]
    yield "memo_shared", pickle.dumps({"a": shared, "b": shared}, protocol=2)


def zip_seeds():
    for name, method, kw in [("stored", zipfile.ZIP_STORED, {}), ("deflated", zipfile.ZIP_DEFLATED, {})]:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", method, **kw) as z:
            z.writestr("archive/data.pkl", pickle.dumps({"a": 1}, protocol=2))
            z.writestr("archive/byteorder", "little")
            z.writestr("archive/data/0", struct.pack("<4f", 1, 2, 3, 4))
            z.writestr("archive/version", "3\n")
        yield name, buf.getvalue()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.comment = b"a comment after the central directory"
        z.writestr("a.txt", "hello")
    yield "comment", buf.getvalue()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        with z.open("big/data/0", "w", force_zip64=True) as f:
            f.write(b"\x00" * 64)
        z.writestr("big/data.pkl", pickle.dumps([1], protocol=2))
    yield "zip64", buf.getvalue()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w"):
        pass
    yield "empty", buf.getvalue()


# ---------------------------------------------------------------------------------------------
# Text formats.

def head(path, lines):
    try:
        with open(path, "rb") as f:
            return b"".join(f.readline() for _ in range(lines))
    except OSError:
        return None


def config_seeds():
    default = {
        "data": {"kind": "covid", "root": "../shared/data/covid-19-image-collection", "allowMissing": False,
                 "testFold": 0, "validationFraction": 0.1, "testFraction": 0.2},
        "model": {"architecture": "densenet121", "imageSize": 224, "initialization": "scratch"},
        "optimization": {"optimizer": "adam", "learningRate": 0.0001, "weightDecay": 1e-05, "momentum": 0.9,
                         "schedule": "plateau", "plateauFactor": 0.1, "plateauPatience": 2, "stepSize": 5, "stepGamma": 0.1},
        "objective": {"loss": "bce", "classWeights": False, "sampling": "shuffle", "augmentation": "reference"},
        "epochs": 10, "batchSize": 16, "freezeBackboneEpochs": 0, "seed": 0,
    }
    yield "default", json.dumps(default, indent=2, sort_keys=True)
    v = json.loads(json.dumps(default))
    v["data"].update(kind="nih", root="../shared/data/nih-chestxray14", foldTable="../shared/reference/nih_folds.csv", testFold=3)
    v["model"].update(architecture="resnet50", imageSize=32, initialization="imagenet")
    v["optimization"].update(optimizer="sgd", schedule="cosine", learningRate=0.01)
    v["objective"].update(loss="crossEntropy", classWeights=True, sampling="balanced", augmentation="strong")
    v.update(earlyStoppingPatience=3, loaderThreads=2, maximumBatchesPerEpoch=5, seed=18446744073709551615)
    yield "variant", json.dumps(v, sort_keys=True)
    v["data"].update(kind="fifteen", secondaryRoot="../shared/data/nih-chestxray14", allowMissing=True)
    v["optimization"].update(optimizer="adamw", schedule="step")
    v["objective"].update(sampling="oversample", augmentation="none")
    v.update(earlyStoppingPatience=None, loaderThreads=None)
    yield "nulls", json.dumps(v)
    v["data"]["kind"] = "folder"
    v["optimization"]["schedule"] = "constant"
    yield "folder_constant", json.dumps(v, indent=1)
    yield "csv_kind", json.dumps(dict(default, data=dict(default["data"], kind="csv", root="labels.csv")))


def multipart(boundary, parts, preamble=b"", quoted=False, close=True):
    ct = "multipart/form-data; boundary=" + ('"%s"' % boundary if quoted else boundary)
    body = preamble
    for headers, content in parts:
        body += b"--" + boundary.encode() + b"\r\n" + headers + b"\r\n\r\n" + content + b"\r\n"
    if close:
        body += b"--" + boundary.encode() + b"--\r\n"
    return ct.encode() + b"\n" + body


def multipart_seeds(image_bytes):
    img = image_bytes or b"\x89PNG\r\n\x1a\n"
    yield "file_part", multipart("cxr-test-boundary-42", [(b'Content-Disposition: form-data; name="file"; filename="x.png"\r\nContent-Type: image/png', img)])
    yield "two_parts", multipart("XyZ", [(b'Content-Disposition: form-data; name="a"', b"first"),
                                         (b'Content-Disposition: form-data; name="upload"; filename="x.png"', img[:64] + b"\r\n--\r\n")],
                                 preamble=b"preamble\r\n", quoted=True)
    yield "image_name", multipart("----WebKitFormBoundary7MA4YWxkTrZu0gW",
                                  [(b'Content-Disposition: form-data; name="note"', b"hello"),
                                   (b'content-disposition: form-data; name=image', img[:200])])
    yield "padding_unclosed", multipart("b", [(b"Content-Disposition: form-data", b"x")], close=False)[:-2]
    yield "not_multipart", b"application/octet-stream\n" + img[:100]


# ---------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data"))
    ap.add_argument("--reference", default=os.path.join(REPO, "..", "shared", "reference"))
    ap.add_argument("--images", type=int, default=6, help="shared images sampled per dataset and format")
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    fixtures = os.path.join(REPO, "Tests", "CXRDataFixtures")
    ckpt = os.path.join(REPO, "Tests", "CXRCheckpointTests", "Fixtures")

    # Images.
    nih = os.path.join(args.data, "nih-chestxray14", "images")
    covid = os.path.join(args.data, "covid-19-image-collection", "images")
    pngs = sample(nih, {"png"}, args.images) + sample(covid, {"png"}, args.images)
    jpgs = sample(covid, {"jpg", "jpeg"}, args.images)
    if not pngs and not jpgs:
        print("fuzz_seeds: no shared images under %s: image seeds from the test fixtures only" % args.data, file=sys.stderr)
    for f in glob.glob(os.path.join(fixtures, "*.png")):
        write(out, "FuzzPNG", "fixture_" + os.path.basename(f), open(f, "rb").read())
    for f in glob.glob(os.path.join(fixtures, "*.jpg")):
        write(out, "FuzzJPEG", "fixture_" + os.path.basename(f), open(f, "rb").read())
    # The smallest originals as they are (larger ones only downscaled, to keep executions fast).
    for f in sorted(pngs + jpgs, key=os.path.getsize)[:3]:
        target = "FuzzPNG" if f.lower().endswith(".png") else "FuzzJPEG"
        write(out, target, "original_" + os.path.basename(f), open(f, "rb").read())
    small_jpegs, first_png = [], None
    if Image is not None:
        for i, f in enumerate(pngs + jpgs):
            try:
                img = Image.open(f)
                img.load()
            except Exception as e:  # a shared file Pillow cannot read is not a seed
                print("fuzz_seeds: skipping %s: %s" % (f, e), file=sys.stderr)
                continue
            for suffix, data in png_variants(img):
                write(out, "FuzzPNG", "%02d_%s.png" % (i, suffix), data)
                first_png = first_png or data
            for suffix, data in jpeg_variants(img):
                write(out, "FuzzJPEG", "%02d_%s.jpg" % (i, suffix), data)
            if i % 3 == 0:
                for suffix, data in dicom_written(img):
                    write(out, "FuzzDICOM", "%02d_%s.dcm" % (i, suffix), data)
                for mode in ("L", "RGB"):
                    buf = io.BytesIO()
                    t = img.convert(mode)
                    t.thumbnail((32, 32))
                    t.save(buf, "JPEG", quality=80)
                    small_jpegs.append(buf.getvalue())
        with tempfile.TemporaryDirectory() as tmp:
            for name, data in dicom_from_dcmtk(small_jpegs[:6], tmp):
                write(out, "FuzzDICOM", name + ".dcm", data)
    else:
        print("fuzz_seeds: Pillow not installed: image and DICOM seeds from the fixtures only", file=sys.stderr)
        if Image is None:
            pass
    # A minimal DICOM even without Pillow.
    body = dcm_us(0x0028, 0x0010, 2) + dcm_us(0x0028, 0x0011, 2) + dcm_us(0x0028, 0x0100, 8) + dcm_element(0x7FE0, 0x0010, "OB", b"\x00\x40\x80\xff")
    write(out, "FuzzDICOM", "minimal.dcm", dcm_file("1.2.840.10008.1.2.1", body))

    # Checkpoints.
    for name, data in safetensors_seeds():
        write(out, "FuzzSafeTensors", name + ".safetensors", data)
    for f in glob.glob(os.path.join(ckpt, "*.safetensors")):
        write(out, "FuzzSafeTensors", "fixture_" + os.path.basename(f), open(f, "rb").read())
    for f in sorted(glob.glob(os.path.join(ckpt, "*.pt"))):
        data = open(f, "rb").read()
        base = "fixture_" + os.path.basename(f)
        if data[:4] == b"PK\x03\x04":
            write(out, "FuzzTorchZip", base, data)
            write(out, "FuzzZip", base, data)
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for n in z.namelist():
                    if n.endswith("data.pkl"):
                        write(out, "FuzzTorchPickle", base + ".data.pkl", z.read(n))
        else:
            write(out, "FuzzTorchPickle", base, data)
    if torch is not None:
        for name, z, legacy in torch_seeds():
            write(out, "FuzzTorchZip", name + ".pt", z)
            write(out, "FuzzZip", name + ".pt", z)
            write(out, "FuzzTorchPickle", name + "_legacy.pt", legacy)
            with zipfile.ZipFile(io.BytesIO(z)) as zf:
                for n in zf.namelist():
                    if n.endswith("data.pkl"):
                        write(out, "FuzzTorchPickle", name + ".data.pkl", zf.read(n))
    else:
        print("fuzz_seeds: PyTorch not installed: checkpoint seeds from the test fixtures only", file=sys.stderr)
    for name, data in plain_pickles():
        write(out, "FuzzTorchPickle", name + ".pkl", data)
    for name, data in zip_seeds():
        write(out, "FuzzZip", name + ".zip", data)
        write(out, "FuzzTorchZip", name + ".zip", data)

    # Tables.
    for rel in ["covid-19-image-collection/metadata.csv", "covid-19-image-collection/covid-severity-scores.csv",
                "nih-chestxray14/Data_Entry_2017_v2020.csv", "nih-chestxray14/BBox_List_2017.csv"]:
        data = head(os.path.join(args.data, rel), 12)
        if data:
            write(out, "FuzzCSV", rel.replace("/", "_"), data)
    write(out, "FuzzCSV", "quoting.csv", b'\xef\xbb\xbfa,"b ""quoted""",c\r\n1,"multi\nline",3\r\n"",,\r\n4,5\n"unterminated')
    write(out, "FuzzCSV", "cr_only.csv", b"x,y\r1,2\r3,4\r")
    for name in ["covid_folds.csv", "nih_folds.csv"]:
        data = head(os.path.join(args.reference, name), 16)
        if data:
            write(out, "FuzzFoldTable", name, data)
            write(out, "FuzzCSV", name, data)
    write(out, "FuzzFoldTable", "written.csv",
          "image,group,labels,test_fold,val_in_folds\r\na.png,1,010,0,1;2\r\nb.png,1,001,1,\r\n\"c,d.png\",2,100,2,0;1\r\n")
    write(out, "FuzzFoldTable", "reordered.csv", "val_in_folds,test_fold,labels,group,image,extra\n3,4,11,p9,x.jpg,z\n,0,00,p9,y.jpg\n")

    # Configuration and uploads.
    for name, text in config_seeds():
        write(out, "FuzzConfigJSON", name + ".json", text)
    for name, data in multipart_seeds(first_png):
        write(out, "FuzzMultipart", name + ".txt", data)

    for target in sorted(os.listdir(out)):
        n = len(os.listdir(os.path.join(out, target)))
        size = sum(os.path.getsize(os.path.join(out, target, f)) for f in os.listdir(os.path.join(out, target)))
        print("fuzz_seeds: %-16s %4d seeds, %8d bytes" % (target, n, size))


if __name__ == "__main__":
    main()
