#!/usr/bin/python3
"""Writes the CXRCheckpoint test fixtures into Tests/CXRCheckpointTests/Fixtures/.

Run with the Debian python that has torch: /usr/bin/python3 scripts/make_checkpoint_fixtures.py

Files written (all small):
  tiny_zip.pt / tiny_legacy.pt      state dict of a tiny conv+bn+linear model (zip / legacy format)
  tiny_zip64.pt                      tiny_zip.pt repacked as a ZIP64 archive (hand-written zip)
  tiny_deflated.pt                   tiny_zip.pt repacked with deflate (must be rejected clearly)
  wrapped_module.pt                  {'epoch', 'optimizer', 'state_dict': {'module.'+k: ...}} (zip)
  wrapped_model_legacy.pt            {'model': state dict, 'best_acc': ...} (legacy)
  noncontig_zip.pt / _legacy.pt      transposed / sliced / offset views saved as is
  dtypes_zip.pt / _legacy.pt         float16, bfloat16, float64, int64, int32, int16, int8, uint8, bool
  densenet_old.pt                    DenseNet-style old keys (norm.1, conv.2, ...)
  mixed.pt                           a state dict with non-tensor entries (skipped)
  whole_module.pt                    torch.save(nn.Linear) (must be rejected clearly)
  python.safetensors                 safetensors written by hand with struct + json
  expected.json                      names, shapes, source dtypes and exact float32 values;
                                     plus MobileNetV2 reference data if the weights are present
"""
import collections
import io
import json
import os
import struct
import zipfile

import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "CXRCheckpointTests", "Fixtures")
WEIGHTS = os.path.join(os.environ.get("CXR_WEIGHTS_DIR", os.path.expanduser("~/.cache/cxrkit/weights")),
                       "mobilenet_v2-b0353104.pth")

DTYPE_NAMES = {
    torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.float64: "F64",
    torch.int64: "I64", torch.int32: "I32", torch.int16: "I16", torch.int8: "I8",
    torch.uint8: "U8", torch.bool: "BOOL",
}


def json_float(x):
    """A float32 value for JSON; non-finite values become the strings "inf", "-inf", "nan"."""
    x = float(x)
    if x != x:
        return "nan"
    if x in (float("inf"), float("-inf")):
        return "inf" if x > 0 else "-inf"
    return x


def describe(sd, skipped=()):
    """Expected data for a state dict: ordered keys, shapes, dtypes, float32 values."""
    tensors = {}
    for k, v in sd.items():
        if not torch.is_tensor(v):
            continue
        tensors[k] = {
            "shape": list(v.shape),
            "dtype": DTYPE_NAMES[v.dtype],
            # Exact float32 values (a float32 printed as a python float round-trips exactly).
            "values": [json_float(x) for x in v.detach().to(torch.float32).reshape(-1).tolist()],
        }
    return {"keys": [k for k, v in sd.items() if torch.is_tensor(v)], "tensors": tensors,
            "skipped": list(skipped)}


def save(obj, name, legacy=False):
    path = os.path.join(OUT, name)
    torch.save(obj, path, _use_new_zipfile_serialization=not legacy)
    return path


def tiny_model():
    torch.manual_seed(0)
    m = torch.nn.Sequential(
        torch.nn.Conv2d(3, 4, 3, bias=False), torch.nn.BatchNorm2d(4), torch.nn.ReLU(),
        torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(), torch.nn.Linear(4, 2))
    # Give BN buffers non-trivial values.
    m.train()
    m(torch.randn(2, 3, 6, 6))
    m(torch.randn(2, 3, 6, 6))
    return m.state_dict()


def repack_zip64(src, dst):
    """Rewrites a stored zip as ZIP64: every central directory entry carries the ZIP64
    extra field (sizes and offset saturated to 0xFFFFFFFF) and the ZIP64 end records are used."""
    zin = zipfile.ZipFile(src)
    out = bytearray()
    central = bytearray()
    for info in zin.infolist():
        data = zin.read(info.filename)
        name = info.filename.encode()
        crc = zipfile.crc32(data) & 0xFFFFFFFF
        offset = len(out)
        local_extra = struct.pack("<HHQQ", 1, 16, len(data), len(data))
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 0, 0, 0, crc,
                           0xFFFFFFFF, 0xFFFFFFFF, len(name), len(local_extra))
        out += name + local_extra + data
        extra = struct.pack("<HHQQQ", 1, 24, len(data), len(data), offset)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 0, 0, 0, crc,
                               0xFFFFFFFF, 0xFFFFFFFF, len(name), len(extra), 0, 0, 0, 0, 0xFFFFFFFF)
        central += name + extra
    cd_offset = len(out)
    out += central
    n = len(zin.infolist())
    z64_offset = len(out)
    out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, n, n, len(central), cd_offset)
    out += struct.pack("<IIQI", 0x07064B50, 0, z64_offset, 1)
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    with open(dst, "wb") as f:
        f.write(out)


def repack_deflated(src, dst):
    zin = zipfile.ZipFile(src)
    with zipfile.ZipFile(dst, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))


def write_safetensors(path):
    """Hand-written safetensors file: tensors listed out of offset order, with metadata."""
    torch.manual_seed(1)
    tensors = collections.OrderedDict([
        ("weight", torch.randn(2, 3)),
        ("half", torch.tensor([1.0, -2.5, 65504.0, 6e-8], dtype=torch.float16)),
        ("bf16", torch.tensor([[1.0, -3.140625], [1e30, -0.0]], dtype=torch.bfloat16)),
        ("double", torch.tensor([0.1, -1e40], dtype=torch.float64)),
        ("steps", torch.tensor([0, 17, -5], dtype=torch.int64)),
        ("int32", torch.tensor([123456, -7], dtype=torch.int32)),
        ("bytes", torch.tensor([0, 7, 255], dtype=torch.uint8)),
        ("mask", torch.tensor([True, False], dtype=torch.bool)),
        ("scalar", torch.tensor(2.5)),
        ("empty", torch.zeros(0, 3)),
    ])
    header = {"__metadata__": {"format": "pt", "note": "written by make_checkpoint_fixtures.py"}}
    blobs = []
    offset = 0
    for name, t in tensors.items():
        if t.dtype == torch.bfloat16:
            raw = t.view(torch.int16).numpy().tobytes()
        else:
            raw = t.numpy().tobytes()
        header[name] = {"dtype": DTYPE_NAMES[t.dtype], "shape": list(t.shape),
                        "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    # Shuffle header key order relative to data order (readers must sort by offset).
    items = list(header.items())
    items = [items[0]] + items[1:][::-1]
    text = json.dumps(collections.OrderedDict(items)).encode()
    text += b" " * ((8 - (len(text) + 8) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)
    d = describe(tensors)
    d["metadata"] = header["__metadata__"]
    return d


def mobilenet_reference():
    if not os.path.exists(WEIGHTS):
        print("note: %s not found; run scripts/fetch_weights.sh to include MobileNetV2 reference data" % WEIGHTS)
        return None
    sd = torch.load(WEIGHTS, map_location="cpu")
    picks = ["features.0.0.weight", "features.1.conv.0.0.weight", "features.1.conv.0.1.running_var",
             "features.18.0.weight", "classifier.1.weight", "classifier.1.bias"]
    return {
        "file": os.path.basename(WEIGHTS),
        "count": len(sd),
        "keys": list(sd.keys()),
        "shapes": {k: list(v.shape) for k, v in sd.items()},
        "dtypes": {k: DTYPE_NAMES[v.dtype] for k, v in sd.items()},
        "abs_sums": {k: float(sd[k].double().abs().sum()) for k in picks},
        "first_values": {k: [float(x) for x in sd[k].reshape(-1)[:5].tolist()] for k in picks},
        "num_batches_tracked": {"features.0.1.num_batches_tracked": int(sd["features.0.1.num_batches_tracked"])},
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {}

    sd = tiny_model()
    save(sd, "tiny_zip.pt")
    save(sd, "tiny_legacy.pt", legacy=True)
    repack_zip64(os.path.join(OUT, "tiny_zip.pt"), os.path.join(OUT, "tiny_zip64.pt"))
    repack_deflated(os.path.join(OUT, "tiny_zip.pt"), os.path.join(OUT, "tiny_deflated.pt"))
    # Check the ZIP64 repack is still loadable by torch itself.
    sd64 = torch.load(os.path.join(OUT, "tiny_zip64.pt"))
    assert all(torch.equal(sd64[k], sd[k]) for k in sd)
    for name in ["tiny_zip.pt", "tiny_legacy.pt", "tiny_zip64.pt"]:
        expected[name] = describe(sd)

    wrapped = {"epoch": 3, "optimizer": {"lr": 0.1, "momentum": 0.9},
               "state_dict": collections.OrderedDict(("module." + k, v) for k, v in sd.items())}
    save(wrapped, "wrapped_module.pt")
    expected["wrapped_module.pt"] = describe(wrapped["state_dict"])
    save({"model": sd, "best_acc": 0.5}, "wrapped_model_legacy.pt", legacy=True)
    expected["wrapped_model_legacy.pt"] = describe(sd)

    torch.manual_seed(2)
    base = torch.arange(24, dtype=torch.float32).reshape(4, 6) / 8
    cube = torch.randn(2, 3, 4)
    noncontig = collections.OrderedDict([
        ("transposed", base.t()),                      # stride (1, 6)
        ("sliced", base[:, 1::2]),                     # stride (6, 2), offset 1
        ("offset_rows", base[2:]),                     # contiguous, storage offset 12
        ("permuted", cube.permute(2, 0, 1)),           # 3-d permutation
        ("expanded", torch.tensor([1.0, 2.0]).expand(3, 2)),  # stride (0, 1)
        ("column", base[:, 3]),                        # 1-d, stride 6
    ])
    for t in noncontig.values():
        assert t._base is not None or not t.is_contiguous() or t.storage_offset() > 0
    for name, legacy in [("noncontig_zip.pt", False), ("noncontig_legacy.pt", True)]:
        save(noncontig, name, legacy=legacy)
        expected[name] = describe(noncontig)

    dtypes = collections.OrderedDict([
        ("half", torch.tensor([[0.5, -1.25], [65504.0, 5.960464477539063e-08]], dtype=torch.float16)),
        ("bf16", torch.tensor([1.0, -3.140625, 3.0e38], dtype=torch.bfloat16)),
        ("double", torch.tensor([0.1, -2.0 / 3.0, 1e300], dtype=torch.float64)),
        ("long", torch.tensor([0, 1, -3, 2 ** 40], dtype=torch.int64)),
        ("int", torch.tensor([7, -8], dtype=torch.int32)),
        ("short", torch.tensor([-300, 300], dtype=torch.int16)),
        ("char", torch.tensor([-128, 127], dtype=torch.int8)),
        ("byte", torch.tensor([0, 200, 255], dtype=torch.uint8)),
        ("bool", torch.tensor([True, False, True])),
        ("half_t", torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=torch.float16).t()),
        ("scalar_long", torch.tensor(42)),
    ])
    for name, legacy in [("dtypes_zip.pt", False), ("dtypes_legacy.pt", True)]:
        save(dtypes, name, legacy=legacy)
        expected[name] = describe(dtypes)

    torch.manual_seed(3)
    dense = collections.OrderedDict([
        ("features.conv0.weight", torch.randn(2, 1, 1, 1)),
        ("features.denseblock1.denselayer1.norm.1.weight", torch.randn(2)),
        ("features.denseblock1.denselayer1.norm.1.running_mean", torch.randn(2)),
        ("features.denseblock1.denselayer1.conv.1.weight", torch.randn(3, 2, 1, 1)),
        ("features.denseblock1.denselayer12.norm.2.bias", torch.randn(3)),
        ("features.denseblock1.denselayer12.conv.2.weight", torch.randn(1, 3, 3, 3)),
        ("features.norm5.weight", torch.randn(4)),
    ])
    save(dense, "densenet_old.pt")
    expected["densenet_old.pt"] = describe(dense)

    mixed = collections.OrderedDict([("w", torch.ones(2)), ("note", "hello"), ("count", 5), ("b", torch.zeros(1))])
    save(mixed, "mixed.pt")
    expected["mixed.pt"] = describe(mixed, skipped=["note", "count"])

    torch.manual_seed(4)
    save(torch.nn.Linear(2, 2), "whole_module.pt")

    expected["python.safetensors"] = write_safetensors(os.path.join(OUT, "python.safetensors"))

    mb = mobilenet_reference()
    if mb is not None:
        expected["mobilenet_v2"] = mb

    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)
    print("wrote fixtures to", OUT)


if __name__ == "__main__":
    main()
