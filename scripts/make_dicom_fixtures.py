#!/usr/bin/python3
"""Build a DICOM conformance corpus for CXRKit from REAL chest X-rays.

Usage:  python3 make_dicom_fixtures.py OUTDIR [--data DIR] [--quiet]

Provenance
----------
* Pixels: real radiographs from the project's shared data folder (``--data``,
  default ``../shared/data`` relative to the repository root, i.e. two levels
  above this script when it lives in ``scripts/``; falls back to the current
  directory's ``../shared/data``).  Image picks are fixed file names or the
  first suitable file by sorted name.  If the folder is absent the script prints
  a skip reason, writes an empty manifest and exits 0.
    - 8-bit gray  : NIH ChestX-ray14 ``images/`` (512 px PNG)
    - 12-bit and 16-bit signed : NIH ``images-1024/`` (1024 px) resampled in
      floating point with Pillow and scaled to 0..4095 resp. -2000..3000, so
      the high bits carry genuine intermediate values
    - colour      : COVID-19 image collection ``000005-5-a.jpg`` (a tinted
      radiograph, CC BY-NC-SA 4.0), falling back to the first clearly
      coloured image of that collection
* "Source" data sets (uncompressed, explicit VR little endian) are written
  by pydicom; every transfer-syntax case is then produced from them by the
  real tools: DCMTK (dcmconv, dcmcjpeg, dcmcjpls, dcmcrle) and GDCM
  (gdcmconv).  The exact command line of each case is in the manifest.
* Reference pixels: GDCM (python3-gdcm ``gdcm.ImageReader`` / ``GetBuffer``)
  decodes every file, compressed or not.  The script masks the bits above
  High Bit and sign-extends signed data in numpy (a no-op with GDCM 3.0.21,
  which already does both - recorded per case), converts YBR to RGB with pydicom's ``convert_color_space``
  where GDCM leaves the data in YBR, and expands palettes with pydicom's
  ``apply_color_lut``.  For lossless cases GDCM's decode is checked to equal
  the source pixels exactly (the script fails otherwise); for lossy cases
  the max/mean abs difference from the source is recorded.  Uncompressed and
  RLE/deflated files are cross-checked against pydicom's own decoder.
* Modality stage: pydicom ``apply_modality_lut`` (rescale or Modality LUT
  Sequence).  VOI stage (``voi01``): computed in numpy straight from PS3.3
  C.11.2.1.2 (LINEAR) and C.11.2.1.3 (LINEAR_EXACT, SIGMOID) with
  ymin = 0, ymax = 1; VOI LUT Sequence output is divided by
  2^(LUT Descriptor[2]) - 1.  Cross-checked against pydicom
  ``apply_voi_lut`` (whose output range is the input range, normalised
  back to 0..1 here) and against DCMTK ``dcm2pnm +on2`` 16-bit PNG output
  divided by 65535; both differences are recorded.
* JPEG 2000 colour with a component transform (YBR_RCT lossless, YBR_ICT
  irreversible) is not something gdcmconv 3.0.21 writes (it stores RGB with
  MCT off), so those two code streams come from OpenJPEG through Pillow
  (``mct=1``) and are encapsulated by pydicom.  GDCM still decodes them.
* Known tool limits handled here: GDCM 3.0.21 aborts the whole process
  (assertion in gdcmLookupTable.cxx) on a palette whose first mapped value is
  not 0, so that one case takes its stored values from pydicom; DCMTK 3.6.7
  has no LINEAR_EXACT (applies LINEAR), quantises rescaled values to integers
  before windowing, and scales a 12-bit VOI LUT by 16 (value/4096) - the
  cross-check differences in the manifest show this.
* pydicom 2.3's apply_windowing implements LINEAR, LINEAR_EXACT and SIGMOID
  with the standard's formulas, but with ymin/ymax = the input (stored or
  rescaled) range instead of a display range; normalised back to 0..1 it
  agrees with the numpy reference to ~1e-16.
* Lossless cases get tolerance 0.  Lossy cases record GDCM's error against
  the source; DCT/wavelet cases allow that error + 2 steps (8-bit scale)
  because those decoders need not be bit-exact, while JPEG-LS near-lossless
  and JPEG lossless with a point transform decode exactly (tolerance 0 vs
  GDCM, plus ``tolerance_vs_source`` = the codec bound).  8-bit lossy JPEG is
  also decoded by Pillow's libjpeg as a second decoder.
* Everything is deterministic (byte-identical output on reruns): UIDs are
  derived from case names (gdcmconv's random UIDs on lossy output are reset),
  dates are fixed, image choices are fixed file names.  It runs in about
  5-10 s on two cores.

Reference files are raw float32 little endian, shape rows x columns x
samples, first frame only.  ``manifest.json`` in OUTDIR describes every case.
"""

import argparse
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings

warnings.filterwarnings("ignore")

# The Debian packages live in the system interpreter; a pyenv/venv python3 on
# PATH usually cannot see them.  Re-execute under /usr/bin/python3 if needed.
try:
    import numpy as np
    import pydicom
    import gdcm
    from PIL import Image, features
except ImportError as _err:  # pragma: no cover - environment dependent
    _sys_py = "/usr/bin/python3"
    if os.path.realpath(sys.executable) != os.path.realpath(_sys_py) and os.path.exists(_sys_py) \
            and not os.environ.get("MAKE_DICOM_FIXTURES_REEXEC"):
        os.environ["MAKE_DICOM_FIXTURES_REEXEC"] = "1"
        os.execv(_sys_py, [_sys_py] + sys.argv)
    sys.exit("make_dicom_fixtures.py: missing Python module (%s). Install the Debian packages: "
             "apt-get install python3-pydicom python3-gdcm python3-numpy python3-pil" % _err)

from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate, generate_pixel_data_frame
from pydicom.sequence import Sequence
from pydicom.pixel_data_handlers.util import (apply_color_lut, apply_modality_lut,
                                              apply_voi_lut, convert_color_space)

GENERATOR = "make_dicom_fixtures.py (CXRKit DICOM corpus) v1"

gdcm.Trace.WarningOff()  # GDCM prints harmless warnings (e.g. its 16-bit JPEG try before 12-bit)

# Transfer syntax UIDs
IMPLICIT_LE = "1.2.840.10008.1.2"
EXPLICIT_LE = "1.2.840.10008.1.2.1"
DEFLATED_LE = "1.2.840.10008.1.2.1.99"
EXPLICIT_BE = "1.2.840.10008.1.2.2"
LOSSY_SYNTAXES = {
    "1.2.840.10008.1.2.4.50",  # JPEG baseline
    "1.2.840.10008.1.2.4.51",  # JPEG extended
    "1.2.840.10008.1.2.4.81",  # JPEG-LS near-lossless
    "1.2.840.10008.1.2.4.91",  # JPEG 2000 (lossy allowed)
}

CR_IMAGE = "1.2.840.10008.5.1.4.1.1.1"
SC_IMAGE = "1.2.840.10008.5.1.4.1.1.7"
SR_BASIC_TEXT = "1.2.840.10008.5.1.4.1.1.88.11"
RT_PLAN = "1.2.840.10008.5.1.4.1.1.481.5"
ECG_12_LEAD = "1.2.840.10008.5.1.4.1.1.9.1.1"

REQUIRED_TOOLS = {
    "dcmconv": "dcmtk", "dcmcjpeg": "dcmtk", "dcmcjpls": "dcmtk", "dcmcrle": "dcmtk",
    "dcm2pnm": "dcmtk", "dcmdump": "dcmtk", "dsrdump": "dcmtk", "gdcmconv": "libgdcm-tools",
}

QUIET = False


def log(msg):
    if not QUIET:
        print(msg, flush=True)


# --------------------------------------------------------------------------
# tools
# --------------------------------------------------------------------------

class FixtureError(RuntimeError):
    pass


def require_tools():
    missing = [t for t in REQUIRED_TOOLS if shutil.which(t) is None]
    if missing:
        pkgs = sorted({REQUIRED_TOOLS[t] for t in missing})
        raise FixtureError("required tool(s) not found on PATH: %s (apt-get install %s)"
                           % (", ".join(missing), " ".join(pkgs)))


def run(args, cwd):
    """Run a tool; fail loudly with its output.  Returns the command string."""
    p = subprocess.run(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    cmd = " ".join(args)
    if p.returncode != 0:
        raise FixtureError("command failed (exit %d): %s\n%s"
                           % (p.returncode, cmd, p.stdout.decode(errors="replace")))
    return cmd


def tool_versions():
    def first_line(args, key):
        p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        for line in p.stdout.decode(errors="replace").splitlines():
            if key in line:
                return line.strip()
        return "unknown"
    return {
        "dcmtk": first_line(["dcmconv", "--version"], "dcmtk"),
        "dcmtk_ijg": first_line(["dcmcjpeg", "--version"], "IJG"),
        "gdcmconv": first_line(["gdcmconv", "--version"], "gdcm"),
        "python3-gdcm": gdcm.Version.GetVersion(),
        "pydicom": pydicom.__version__,
        "numpy": np.__version__,
        "pillow": Image.__version__,
        "python": sys.version.split()[0],
    }


# --------------------------------------------------------------------------
# source images
# --------------------------------------------------------------------------

def load_gray(path):
    im = Image.open(path)
    if im.mode not in ("L",):
        im = im.convert("L")
    return im


def resize_long(im, long_side, even=False):
    w, h = im.size
    s = long_side / max(w, h)
    nw, nh = max(1, round(w * s)), max(1, round(h * s))
    if even:
        nw += nw % 2
        nh += nh % 2
    return im.resize((nw, nh), Image.BILINEAR, reducing_gap=None)


def float_gray(path, size):
    """Gray image resampled in float to size x size (values 0..255 float)."""
    im = load_gray(path).convert("F")
    return np.asarray(im.resize((size, size), Image.BILINEAR, reducing_gap=None), dtype=np.float64)


def pick_sources(data):
    nih = os.path.join(data, "nih-chestxray14", "images")
    nih1024 = os.path.join(data, "nih-chestxray14", "images-1024")
    covid = os.path.join(data, "covid-19-image-collection", "images")
    for d in (nih, nih1024, covid):
        if not os.path.isdir(d):
            return None, "data folder %s is missing" % d
    nih_files = sorted(f for f in os.listdir(nih) if f.endswith(".png"))
    hi_files = sorted(f for f in os.listdir(nih1024) if f.endswith(".png"))
    if len(nih_files) < 4 or not hi_files:
        return None, "too few NIH images in %s" % data
    gray = [f for f in nih_files if Image.open(os.path.join(nih, f)).mode == "L"]
    rgb_name = "000005-5-a.jpg"
    if not os.path.exists(os.path.join(covid, rgb_name)):
        rgb_name = None
        for f in sorted(os.listdir(covid)):
            im = Image.open(os.path.join(covid, f))
            if im.mode != "RGB":
                continue
            a = np.asarray(im.resize((64, 64))).astype(int)
            if np.abs(a[..., 0] - a[..., 2]).mean() > 20:
                rgb_name = f
                break
    if rgb_name is None:
        return None, "no colour image found in %s" % covid
    return {
        "gray8": ("nih-chestxray14/images/" + gray[0], os.path.join(nih, gray[0])),
        "hi": ("nih-chestxray14/images-1024/" + hi_files[0], os.path.join(nih1024, hi_files[0])),
        "frames": [("nih-chestxray14/images/" + f, os.path.join(nih, f)) for f in gray[1:4]],
        "rgb": ("covid-19-image-collection/images/" + rgb_name, os.path.join(covid, rgb_name)),
    }, None


# --------------------------------------------------------------------------
# pydicom data set construction
# --------------------------------------------------------------------------

def uid(*parts):
    """Deterministic 2.25.<128-bit integer> UID from the given names (pydicom 2.3's generate_uid
    ignores entropy_srcs when prefix is None, so it is not used)."""
    h = hashlib.sha256("/".join(("CXRKit-dicom-corpus",) + parts).encode()).digest()[:16]
    return "2.25.%d" % int.from_bytes(h, "big")


def new_dataset(name, sop_class, modality):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = uid(name, "sop")
    meta.TransferSyntaxUID = EXPLICIT_LE
    meta.ImplementationClassUID = uid("implementation")
    meta.ImplementationVersionName = "CXRKIT_CORPUS"
    ds = Dataset()
    ds.file_meta = meta
    ds.is_little_endian = True
    ds.is_implicit_VR = False
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyDate = ds.SeriesDate = ds.ContentDate = "20200101"
    ds.StudyTime = ds.SeriesTime = ds.ContentTime = "120000"
    ds.AccessionNumber = ""
    ds.Modality = modality
    ds.Manufacturer = "CXRKit corpus generator"
    ds.ReferringPhysicianName = ""
    ds.PatientName = "CORPUS^" + name.upper()[:40]
    ds.PatientID = "CXR-" + hashlib.sha1(name.encode()).hexdigest()[:8]
    ds.PatientBirthDate = ""
    ds.PatientSex = "O"
    ds.StudyInstanceUID = uid("study")
    ds.SeriesInstanceUID = uid(name, "series")
    ds.StudyID = "1"
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    return ds


def image_dataset(name, frames, photometric, bits_stored, signed, sop_class=CR_IMAGE,
                  planar=0, pixel_bytes=None, **extra):
    """frames: array (F, rows, cols, samples) of stored values (already in final form)."""
    frames = np.asarray(frames)
    nf, rows, cols, spp = frames.shape
    ds = new_dataset(name, sop_class, "CR" if sop_class == CR_IMAGE else "OT")
    if sop_class == SC_IMAGE:
        ds.ConversionType = "WSD"
    ds.PatientOrientation = ""
    ds.SamplesPerPixel = spp
    ds.PhotometricInterpretation = photometric
    if spp > 1:
        ds.PlanarConfiguration = planar
    if nf > 1:
        ds.NumberOfFrames = nf
        ds.FrameIncrementPointer = 0x00181063  # Frame Time
        ds.FrameTime = "100"
    ds.Rows, ds.Columns = rows, cols
    ba = 8 if bits_stored <= 8 else 16
    ds.BitsAllocated = ba
    ds.BitsStored = bits_stored
    ds.HighBit = bits_stored - 1
    ds.PixelRepresentation = 1 if signed else 0
    for k, v in extra.items():
        setattr(ds, k, v)
    if pixel_bytes is None:
        if planar == 1:
            frames = frames.transpose(0, 3, 1, 2)
        dt = {(8, False): "u1", (8, True): "i1", (16, False): "<u2", (16, True): "<i2"}[(ba, signed)]
        pixel_bytes = np.ascontiguousarray(frames).astype(dt).tobytes()
    if len(pixel_bytes) % 2:
        pixel_bytes += b"\0"
    ds.add_new(0x7FE00010, "OB" if ba == 8 else "OW", pixel_bytes)
    return ds


def pin_uids(path, name):
    """Tools that assign a random SOP Instance UID on lossy compression (gdcmconv) make the corpus
    non-deterministic; put back a UID derived from the case name.  Pixel data bytes are untouched."""
    ds = pydicom.dcmread(path, force=True)
    want = uid(name, "sop")
    src_like = ds.SOPInstanceUID.startswith("2.25.")
    if src_like:
        return False
    ds.SOPInstanceUID = want
    ds.file_meta.MediaStorageSOPInstanceUID = want
    ds.save_as(path, write_like_original=True)
    return True


def save(ds, path):
    ds.save_as(path, write_like_original=False)


# --------------------------------------------------------------------------
# decoding references
# --------------------------------------------------------------------------

class CapturedStderr:
    """Capture C-level stderr (GDCM's bundled libjpeg prints 'Unsupported JPEG data precision 12'
    when it tries its 16-bit decoder before the 12-bit one); replayed only on failure."""
    def __enter__(self):
        sys.stderr.flush()
        self.tmp = tempfile.TemporaryFile()
        self.saved = os.dup(2)
        os.dup2(self.tmp.fileno(), 2)
        return self

    def __exit__(self, *exc):
        os.dup2(self.saved, 2)
        os.close(self.saved)
        self.tmp.seek(0)
        self.text = self.tmp.read().decode(errors="replace")
        self.tmp.close()
        return False


def gdcm_decode(path):
    """Decode every frame with GDCM.  Returns (array F x R x C x S, info)."""
    r = gdcm.ImageReader()
    r.SetFileName(path)
    with CapturedStderr() as cap:
        ok = r.Read()
        img = r.GetImage()
        buf = img.GetBuffer().encode("utf-8", "surrogateescape") if ok else b""
    if not ok or not buf:
        raise FixtureError("GDCM could not read/decode %s\n%s" % (path, cap.text))
    dims = img.GetDimensions()
    cols, rows = dims[0], dims[1]
    nf = dims[2] if len(dims) > 2 else 1
    pf = img.GetPixelFormat()
    spp, ba, pr = pf.GetSamplesPerPixel(), pf.GetBitsAllocated(), pf.GetPixelRepresentation()
    pi = gdcm.PhotometricInterpretation.GetPIString(img.GetPhotometricInterpretation().GetType())
    planar = img.GetPlanarConfiguration()
    dt = {(8, 0): "u1", (8, 1): "i1", (16, 0): "<u2", (16, 1): "<i2"}[(ba, pr)]
    a = np.frombuffer(buf, dtype=dt)
    expected = nf * rows * cols * spp
    if a.size != expected:
        raise FixtureError("GDCM buffer of %s has %d samples, expected %d" % (path, a.size, expected))
    if spp > 1 and planar == 1:
        a = a.reshape(nf, spp, rows, cols).transpose(0, 2, 3, 1)
    else:
        a = a.reshape(nf, rows, cols, spp)
    return a, {"photometric": pi.strip(), "planar": planar, "bits_allocated": ba,
               "bits_stored": pf.GetBitsStored(), "signed": bool(pr)}


def fix_bits(a, bits_stored, signed):
    """Mask bits above High Bit; sign-extend signed data (High Bit = BitsStored-1)."""
    a = a.astype(np.int64)
    mask = (1 << bits_stored) - 1
    a = a & mask
    if signed:
        a = np.where(a >= (1 << (bits_stored - 1)), a - (1 << bits_stored), a)
    return a


def pydicom_stored(path):
    """pydicom's own decode (uncompressed/RLE/deflate), first frame, masked/sign-extended."""
    ds = pydicom.dcmread(path, force=True)
    if "TransferSyntaxUID" not in ds.file_meta:  # bare data set: implicit VR LE
        ds.file_meta.TransferSyntaxUID = IMPLICIT_LE
    a = ds.pixel_array
    nf = int(getattr(ds, "NumberOfFrames", 1) or 1)
    if nf > 1:
        a = a[0]
    if ds.SamplesPerPixel == 1:
        a = a[..., None]
    return fix_bits(a, ds.BitsStored, ds.PixelRepresentation == 1), ds


def voi_window(x, center, width, function):
    """PS3.3 C.11.2.1.2 / C.11.2.1.3 with ymin = 0, ymax = 1."""
    x = x.astype(np.float64)
    if function == "LINEAR":
        c, w = center - 0.5, width - 1.0
        y = ((x - c) / w + 0.5)
        y = np.where(x <= c - w / 2, 0.0, np.where(x > c + w / 2, 1.0, y))
    elif function == "LINEAR_EXACT":
        y = (x - center) / width + 0.5
        y = np.where(x <= center - width / 2, 0.0, np.where(x > center + width / 2, 1.0, y))
    elif function == "SIGMOID":
        y = 1.0 / (1.0 + np.exp(-4.0 * (x - center) / width))
    else:
        raise FixtureError("unknown VOI LUT function " + function)
    return y


def voi_lut(x, descriptor, data):
    n = descriptor[0] or 65536
    first = descriptor[1]
    idx = np.clip(x.astype(np.int64) - first, 0, n - 1)
    return np.asarray(data, dtype=np.float64)[idx] / float((1 << descriptor[2]) - 1)


def dcmtk_voi(path, opt, workdir):
    """DCMTK dcm2pnm VOI output as 0..1 (16-bit PNG / 65535)."""
    out = os.path.join(workdir, "dcm2pnm_tmp.png")
    args = ["dcm2pnm"] + opt + ["+on2", path, out]
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0:
        return None, "dcm2pnm failed: " + p.stdout.decode(errors="replace").strip()[:200]
    a = np.asarray(Image.open(out)).astype(np.float64) / 65535.0
    os.remove(out)
    return a, " ".join(["dcm2pnm"] + opt + ["+on2"])


def write_f32(path, arr):
    a = np.ascontiguousarray(np.asarray(arr, dtype="<f4"))
    with open(path, "wb") as f:
        f.write(a.tobytes())


# --------------------------------------------------------------------------
# the corpus
# --------------------------------------------------------------------------

class Corpus:
    def __init__(self, out, data):
        self.out = out
        self.data = data
        self.cases = []
        self.src_dir = os.path.join(out, "src")
        self.ref_dir = os.path.join(out, "ref")
        self.tmp = os.path.join(out, "tmp")
        for d in (self.src_dir, self.ref_dir, self.tmp):
            os.makedirs(d, exist_ok=True)
        self.sources = {}

    # -- sources ---------------------------------------------------------
    def add_source(self, key, ds, pixels, desc):
        """pixels: F x R x C x S stored values (int) that `ds` holds."""
        path = os.path.join(self.src_dir, key + ".dcm")
        save(ds, path)
        self.sources[key] = {"path": path, "pixels": np.asarray(pixels).astype(np.int64),
                             "desc": desc, "ds": ds}

    # -- cases -------------------------------------------------------------
    def tool_case(self, name, src, args, **kw):
        """Produce file NAME.dcm from source SRC with tool ARGS (list, output last)."""
        s = self.sources[src]
        out = name + ".dcm"
        cmd = run(args + [os.path.relpath(s["path"], self.out), out], self.out)
        if pin_uids(os.path.join(self.out, out), name):
            cmd += "; SOP Instance UID (new random one from the tool) reset to a fixed one by pydicom"
        self.image_case(name, out, "%s  [source %s: %s]" % (cmd, os.path.relpath(s["path"], self.out), s["desc"]),
                        s["pixels"], **kw)

    def pillow_j2k_case(self, name, src, options, photometric, ts, **kw):
        """JPEG 2000 code stream made by OpenJPEG (through Pillow) with the multiple component
        transform on, encapsulated into a copy of the source data set by pydicom."""
        s = self.sources[src]
        px = s["pixels"][0].astype(np.uint8)
        buf = io.BytesIO()
        Image.fromarray(px, "RGB").save(buf, "JPEG2000", no_jp2=True, mct=1, **options)
        cs = buf.getvalue()
        cod = cs.find(b"\xff\x52")
        if cod < 0 or cs[cod + 8] != 1:
            raise FixtureError("%s: Pillow/OpenJPEG did not set the MCT flag" % name)
        ds = pydicom.dcmread(s["path"])
        ds.file_meta.TransferSyntaxUID = ts
        ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = uid(name, "sop")
        ds.PhotometricInterpretation = photometric
        ds.PlanarConfiguration = 0
        if ts.endswith(".91"):
            ds.LossyImageCompression = "01"
            ds.LossyImageCompressionMethod = "ISO_15444_1"
        ds.PixelData = encapsulate([cs])
        ds["PixelData"].VR = "OB"
        ds["PixelData"].is_undefined_length = True
        out = name + ".dcm"
        ds.save_as(os.path.join(self.out, out), write_like_original=False)
        made = ("Pillow %s (OpenJPEG %s) Image.save(format='JPEG2000', no_jp2=True, mct=1%s) code stream, "
                "encapsulated by pydicom %s with PhotometricInterpretation %s  [source %s: %s]"
                % (Image.__version__, features.version("jpg_2000"),
                   "".join(", %s=%r" % kv for kv in sorted(options.items())), pydicom.__version__,
                   photometric, os.path.relpath(s["path"], self.out), s["desc"]))
        self.image_case(name, out, made, s["pixels"], **kw)

    def pydicom_case(self, name, ds, pixels, desc, **kw):
        out = name + ".dcm"
        save(ds, os.path.join(self.out, out))
        self.image_case(name, out, "pydicom %s save_as (explicit VR LE)  [%s]" % (pydicom.__version__, desc),
                        pixels, **kw)

    def image_case(self, name, rel, made_by, original, color_from=None, voi=None,
                   reference_stored=None, note=None, lossless=None, tol_note=None,
                   dataset_only=False,
                   stored_by_pydicom=None):
        path = os.path.join(self.out, rel)
        meta = pydicom.dcmread(path, stop_before_pixels=True, force=True)
        ts = str(meta.file_meta.TransferSyntaxUID) if "TransferSyntaxUID" in getattr(meta, "file_meta", {}) \
            else IMPLICIT_LE
        if dataset_only:
            ts = IMPLICIT_LE
        photometric = str(meta.PhotometricInterpretation)
        bs, signed = int(meta.BitsStored), int(meta.PixelRepresentation) == 1
        nf = int(getattr(meta, "NumberOfFrames", 1) or 1)
        spp = int(meta.SamplesPerPixel)
        if lossless is None:
            lossless = ts not in LOSSY_SYNTAXES
        rec = {"name": name, "file": rel, "transfer_syntax": ts, "photometric": photometric,
               "rows": int(meta.Rows), "columns": int(meta.Columns), "samples": spp,
               "bits_allocated": int(meta.BitsAllocated), "bits_stored": bs, "signed": signed,
               "frames": nf, "file_meta": not dataset_only, "made_by": made_by}
        if spp == 1 and photometric.startswith("MONOCHROME"):
            rec["display_inverted"] = photometric == "MONOCHROME1"
        checks = {}
        # ---- stored values: GDCM
        if reference_stored is None and not stored_by_pydicom:
            raw, info = gdcm_decode(path)
            stored = fix_bits(raw[0], bs, signed)
            if bs < info["bits_allocated"]:
                checks["gdcm_buffer_already_masked_and_sign_extended"] = bool(
                    np.array_equal(raw[0].astype(np.int64), stored))
            by = "GDCM %s gdcm.ImageReader GetBuffer (first frame), bits above HighBit masked%s" % (
                gdcm.Version.GetVersion(), ", sign-extended" if signed else "")
            checks["gdcm_photometric_after_decode"] = info["photometric"]
            if info["photometric"] in ("YBR_RCT", "YBR_ICT"):
                # the JPEG 2000 decoder (OpenJPEG inside GDCM) already inverted the component transform
                info["photometric"] = "RGB"
                by += "; JPEG 2000 inverse RCT/ICT applied by the codec"
            if spp == 3 and info["photometric"] not in ("RGB",):
                # GDCM left the samples in YBR; convert with pydicom.
                stored = convert_color_space(stored.astype(np.uint8), info["photometric"], "RGB").astype(np.int64)
                by += "; %s->RGB by pydicom convert_color_space" % info["photometric"]
            # all frames must decode; compare to the original
            allf = fix_bits(raw, bs, signed)
            if spp == 3 and info["photometric"] != "RGB":
                allf = np.stack([convert_color_space(f.astype(np.uint8), info["photometric"], "RGB")
                                 for f in allf]).astype(np.int64)
        elif stored_by_pydicom:
            stored, _ = pydicom_stored(path)
            by = "pydicom %s pixel_array (GDCM not used: %s)" % (pydicom.__version__, stored_by_pydicom)
            allf = stored[None]
            checks["gdcm_not_used"] = stored_by_pydicom
        else:
            stored, by = reference_stored
            allf = None
        # ---- compare to original
        if original is not None and allf is not None:
            orig = np.asarray(original)
            if color_from is not None:
                orig = np.stack([convert_color_space(f.astype(np.uint8), color_from, "RGB")
                                 for f in orig]).astype(np.int64)
            diff = np.abs(allf - orig)
            checks["gdcm_vs_original_max_abs"] = int(diff.max())
            checks["gdcm_vs_original_mean_abs"] = round(float(diff.mean()), 4)
            if lossless and diff.max() != 0:
                raise FixtureError("%s: lossless file, but GDCM decode differs from the source (max %d)"
                                   % (name, diff.max()))
            checks["lossless_verified"] = bool(lossless and diff.max() == 0)
        # ---- pydicom cross-check of stored values (where pydicom decodes natively)
        if reference_stored is None and not stored_by_pydicom and \
                ts in (IMPLICIT_LE, EXPLICIT_LE, EXPLICIT_BE, DEFLATED_LE, "1.2.840.10008.1.2.5"):
            try:
                pst, _ = pydicom_stored(path)
                if spp == 3 and photometric.startswith("YBR"):
                    pst = convert_color_space(pst.astype(np.uint8), photometric, "RGB").astype(np.int64)
                checks["pydicom_equal"] = bool(np.array_equal(pst, stored))
                if not checks["pydicom_equal"]:
                    checks["pydicom_max_abs_diff"] = int(np.abs(pst - stored).max())
            except Exception as e:  # record, do not fail
                checks["pydicom_equal"] = "pydicom could not decode: %s" % e
        # ---- second JPEG decoder (Pillow's libjpeg) for 8-bit lossy JPEG
        if ts == "1.2.840.10008.1.2.4.50" and reference_stored is None:
            frame = next(generate_pixel_data_frame(pydicom.dcmread(path).PixelData))
            pim = Image.open(io.BytesIO(frame))
            pa = np.asarray(pim.convert("RGB") if spp == 3 else pim.convert("L")).astype(np.int64)
            pa = pa.reshape(stored.shape)
            checks["pillow_libjpeg_vs_reference_max_abs"] = int(np.abs(pa - stored).max())
        # ---- modality stage
        full = pydicom.dcmread(path, force=True, stop_before_pixels=True)
        if spp == 1:
            mod = apply_modality_lut(stored[..., 0].astype(np.int64), full).astype(np.float64)[..., None]
            if "ModalityLUTSequence" in full:
                by += "; modality: pydicom apply_modality_lut (Modality LUT Sequence)"
            elif "RescaleSlope" in full:
                by += "; modality: pydicom apply_modality_lut (rescale)"
        else:
            mod = stored.astype(np.float64)
        if photometric == "PALETTE COLOR":
            mod = apply_color_lut(stored[..., 0].astype(np.uint16), full).astype(np.float64)
            by += "; palette: pydicom apply_color_lut"
            # GDCM cross-check (GDCM 3.0.21 asserts on a first mapped value != 0, so only for 0)
            if int(full.RedPaletteColorLookupTableDescriptor[1]) != 0:
                checks["gdcm_ImageApplyLookupTable"] = "not run: GDCM aborts on first mapped value != 0"
                r = None
            else:
                r = gdcm.ImageReader()
            if r is not None:
                r.SetFileName(path); r.Read()
                lut = gdcm.ImageApplyLookupTable(); lut.SetInput(r.GetImage())
                if lut.Apply():
                    o = lut.GetOutput()
                    ba8 = o.GetPixelFormat().GetBitsAllocated() == 8
                    g = np.frombuffer(o.GetBuffer().encode("utf-8", "surrogateescape"),
                                      dtype="u1" if ba8 else "<u2")
                    g = g.reshape(nf, rec["rows"], rec["columns"], 3)[0].astype(np.int64)
                    ref = mod.astype(np.int64) >> 8 if ba8 and mod.max() > 255 else mod
                    checks["gdcm_ImageApplyLookupTable_max_abs_diff"] = int(np.abs(g - ref).max())
                    if ba8 and mod.max() > 255:
                        checks["gdcm_ImageApplyLookupTable_note"] = "GDCM outputs 8-bit RGB (LUT >> 8); compared to reference >> 8"
        rec["samples_out"] = int(mod.shape[-1])
        refs = {"modality": "ref/%s.modality.f32" % name}
        write_f32(os.path.join(self.out, refs["modality"]), mod)
        rec["reference"] = refs
        rec["reference_by"] = by
        rec["reference_shape"] = [rec["rows"], rec["columns"], int(mod.shape[-1])]
        # ---- VOI stage
        if voi is not None:
            x = mod[..., 0]
            if voi["kind"] == "window":
                y = voi_window(x, voi["center"], voi["width"], voi["function"])
                rec["voi"] = {"kind": "window", "center": voi["center"], "width": voi["width"],
                              "function": voi["function"],
                              "output_range": "PS3.3 C.11.2.1.2/C.11.2.1.3 formulas with ymin=0, ymax=1"}
            else:
                y = voi_lut(x, voi["descriptor"], voi["data"])
                rec["voi"] = {"kind": "lut", "descriptor": list(voi["descriptor"]),
                              "output_range": "LUT value / (2^LUTDescriptor[2] - 1)"}
            # pydicom cross-check (normalised from pydicom's output range to 0..1)
            try:
                pv = apply_voi_lut(mod[..., 0], full, prefer_lut=True).astype(np.float64)
                if voi["kind"] == "window":
                    lo, hi = pydicom_window_range(full)
                    pv = (pv - lo) / (hi - lo)
                else:
                    pv = pv / float((1 << voi["descriptor"][2]) - 1)
                checks["pydicom_voi_max_abs_diff"] = float("%.3g" % np.abs(pv - y).max())
            except Exception as e:
                checks["pydicom_voi_max_abs_diff"] = "pydicom failed: %s" % e
            # DCMTK cross-check
            opt = ["+Wi", "1"] if voi["kind"] == "window" else ["+Wl", "1"]
            d, how = dcmtk_voi(path, opt, self.tmp)
            if d is None:
                checks["dcmtk_voi"] = how
            else:
                dd = 1.0 - d if photometric == "MONOCHROME1" else d
                checks["dcmtk_voi_max_abs_diff"] = float("%.3g" % np.abs(dd - y).max())
                checks["dcmtk_voi_command"] = how + (" (output inverted back for MONOCHROME1)"
                                                     if photometric == "MONOCHROME1" else "")
                if voi.get("dcmtk_note"):
                    checks["dcmtk_voi_note"] = voi["dcmtk_note"]
            refs["voi01"] = "ref/%s.voi01.f32" % name
            write_f32(os.path.join(self.out, refs["voi01"]), y[..., None])
            rec["voi_tolerance"] = voi.get("tolerance", 1e-4)
        # ---- tolerance
        if isinstance(tol_note, tuple):
            rec["tolerance"], rec["tolerance_note"] = tol_note[0], tol_note[1]
            if len(tol_note) > 2:
                rec["tolerance_vs_source"] = tol_note[2]
        elif lossless:
            rec["tolerance"] = 0
            rec["tolerance_note"] = tol_note or "lossless: exact"
        else:
            rec["tolerance"], rec["tolerance_note"] = lossy_tolerance(checks, rec)
        if note:
            rec["note"] = note
        rec["checks"] = checks
        self.cases.append(rec)
        log("%-34s %-24s %-14s %3dx%-3d s%d %2db%s f%d tol=%-6s %s" % (
            name, ts, photometric, rec["rows"], rec["columns"], spp, bs, "s" if signed else "u", nf,
            rec["tolerance"], made_by.split("  [")[0][:60]))


    # -- non-image -----------------------------------------------------------
    def non_image_case(self, name, ds, expect, what, verify_cmd):
        rel = name + ".dcm"
        save(ds, os.path.join(self.out, rel))
        vcmd = run(verify_cmd + [rel], self.out)
        rec = {"name": name, "file": rel, "transfer_syntax": EXPLICIT_LE, "photometric": None,
               "rows": None, "columns": None, "samples": None, "bits_allocated": None,
               "bits_stored": None, "signed": None, "frames": None,
               "sop_class": ds.SOPClassUID,
               "made_by": "pydicom %s (%s); parsed without error by `%s`" % (pydicom.__version__, what, vcmd),
               "reference": None, "reference_by": None, "tolerance": None, "expect_error": expect}
        self.cases.append(rec)
        log("%-34s %-24s %-14s expect_error=%r" % (name, EXPLICIT_LE, "-", expect))


def lossy_tolerance(checks, rec):
    """DCT / wavelet decoders are not bit-exact: allow GDCM's own error against the source plus
    two 8-bit steps (scaled to the stored bit depth)."""
    err = checks.get("gdcm_vs_original_max_abs", 0)
    margin = 2 * (1 << max(0, rec["bits_stored"] - 8))
    return err + margin, ("lossy: GDCM decode differs from the source by at most %d (mean %s); "
                          "tolerance = that + %d (2 steps at 8-bit scale) because DCT/wavelet "
                          "decoders (IDCT precision, chroma upsampling, YCbCr->RGB rounding) "
                          "need not be bit-exact" % (err, checks.get("gdcm_vs_original_mean_abs"), margin))


def pydicom_window_range(ds):
    """The (ymin, ymax) pydicom 2.3 apply_windowing uses as its output range."""
    if ds.get("ModalityLUTSequence"):
        return 0.0, 2.0 ** ds.ModalityLUTSequence[0].LUTDescriptor[2] - 1
    if ds.PixelRepresentation == 0:
        lo, hi = 0.0, 2.0 ** ds.BitsStored - 1
    else:
        lo, hi = -2.0 ** (ds.BitsStored - 1), 2.0 ** (ds.BitsStored - 1) - 1
    if "RescaleSlope" in ds and "RescaleIntercept" in ds:
        lo = lo * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
        hi = hi * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
    return lo, hi


# --------------------------------------------------------------------------
# case definitions
# --------------------------------------------------------------------------

def build(c, src):
    d8name, d8path = src["gray8"]
    hiname, hipath = src["hi"]
    rgbname, rgbpath = src["rgb"]

    # ---- pixel sources -----------------------------------------------------
    g8_512 = np.asarray(load_gray(d8path), dtype=np.int64)
    if g8_512.shape != (512, 512):
        g8_512 = np.asarray(resize_long(load_gray(d8path), 512), dtype=np.int64)
    g8 = np.asarray(resize_long(load_gray(d8path), 256), dtype=np.int64)
    f256 = float_gray(hipath, 256)
    f512 = float_gray(hipath, 512)
    g12 = np.clip(np.rint(f256 * 4095.0 / 255.0), 0, 4095).astype(np.int64)
    g12_512 = np.clip(np.rint(f512 * 4095.0 / 255.0), 0, 4095).astype(np.int64)
    s16 = np.clip(np.rint(f256 * 5000.0 / 255.0 - 2000.0), -2000, 3000).astype(np.int64)
    rgb_im = Image.open(rgbpath).convert("RGB")
    rgb = np.asarray(resize_long(rgb_im, 256, even=True), dtype=np.int64)
    mf = np.stack([np.clip(np.rint(float_gray(p, 256) * 4095.0 / 255.0), 0, 4095)
                   for _, p in src["frames"]]).astype(np.int64)

    def fr(a):  # single frame, add frame and sample axes
        return a[None, ..., None] if a.ndim == 2 else a[None]

    d8 = "%s, %dx%d 8-bit" % (d8name, g8.shape[1], g8.shape[0])
    d8f = "%s, 512x512 8-bit (full size)" % d8name
    d12 = "%s resampled in float to 256 px, scaled to 0..4095 (12 of 16 bits)" % hiname
    d12f = "%s resampled in float to 512 px, scaled to 0..4095 (12 of 16 bits)" % hiname
    ds16 = "%s resampled to 256 px, scaled to -2000..3000 (signed, 16 of 16 bits)" % hiname
    drgb = "%s (colour), %dx%d RGB 8-bit" % (rgbname, rgb.shape[1], rgb.shape[0])
    dmf = "3 frames: %s, each resampled to 256 px, 0..4095" % ", ".join(n for n, _ in src["frames"])

    c.add_source("g8", image_dataset("src_g8", fr(g8), "MONOCHROME2", 8, False), fr(g8), d8)
    c.add_source("g8_512", image_dataset("src_g8_512", fr(g8_512), "MONOCHROME2", 8, False), fr(g8_512), d8f)
    c.add_source("g12", image_dataset("src_g12", fr(g12), "MONOCHROME2", 12, False), fr(g12), d12)
    c.add_source("g12_512", image_dataset("src_g12_512", fr(g12_512), "MONOCHROME2", 12, False),
                 fr(g12_512), d12f)
    c.add_source("s16", image_dataset("src_s16", fr(s16), "MONOCHROME2", 16, True), fr(s16), ds16)
    c.add_source("rgb", image_dataset("src_rgb", fr(rgb), "RGB", 8, False, sop_class=SC_IMAGE),
                 fr(rgb), drgb)
    c.add_source("mf", image_dataset("src_mf", mf[..., None], "MONOCHROME2", 12, False), mf[..., None], dmf)

    # ---- transfer syntaxes: uncompressed / deflated ------------------------
    for key in ("g8", "g12", "s16", "rgb"):
        c.tool_case("ts_implicit_le_" + key, key, ["dcmconv", "+ti"])
        c.tool_case("ts_explicit_le_" + key, key, ["dcmconv", "+te"])
        c.tool_case("ts_explicit_be_" + key, key, ["dcmconv", "+tb"])
        c.tool_case("ts_deflated_le_" + key, key, ["dcmconv", "+td"])
    c.tool_case("ts_explicit_le_g8_512", "g8_512", ["dcmconv", "+te"])

    # ---- JPEG (DCMTK) --------------------------------------------------------
    c.tool_case("jpeg_baseline_g8", "g8", ["dcmcjpeg", "+eb", "+un"])
    c.tool_case("jpeg_baseline_rgb_ybr422", "rgb", ["dcmcjpeg", "+eb", "+un"])
    c.tool_case("jpeg_baseline_rgb_ybr444", "rgb", ["dcmcjpeg", "+eb", "+s4", "+un"])
    c.tool_case("jpeg_extended_g12", "g12", ["dcmcjpeg", "+ee", "+un"])
    for sv in range(1, 8):
        c.tool_case("jpeg_lossless_p14_sv%d_g12" % sv, "g12", ["dcmcjpeg", "+el", "+sv", str(sv), "+un"])
    c.tool_case("jpeg_lossless_p14_sv1_pt2_g12", "g12", ["dcmcjpeg", "+el", "+sv", "1", "+pt", "2", "+un"],
                lossless=False,
                tol_note=(0, "JPEG lossless process with point transform 2: the low 2 bits are dropped "
                             "(so it differs from the source by up to 3), but decoding is exact integer "
                             "arithmetic, so any conforming decoder must equal GDCM's output", 3))
    for key in ("g8", "g12", "s16", "rgb"):
        c.tool_case("jpeg_lossless_sv1_" + key, key, ["dcmcjpeg", "+e1", "+un"])
    c.tool_case("jpeg_lossless_sv1_g12_512", "g12_512", ["dcmcjpeg", "+e1", "+un"])

    # ---- JPEG-LS (DCMTK) -----------------------------------------------------
    for key in ("g8", "g12", "s16", "rgb"):
        c.tool_case("jpegls_lossless_" + key, key, ["dcmcjpls", "+el", "+un"])
    for key in ("g12", "rgb"):
        c.tool_case("jpegls_near2_" + key, key, ["dcmcjpls", "+en", "+md", "2", "+un"],
                    tol_note=(0, "JPEG-LS near-lossless NEAR=2: the codec bounds |decoded - source| <= 2 "
                                 "(checks.gdcm_vs_original_max_abs), and JPEG-LS decoding is exact integer "
                                 "arithmetic, so a conforming decoder must equal GDCM's output "
                                 "(use 2 against the source)", 2))

    # ---- JPEG 2000 (GDCM) ----------------------------------------------------
    for key in ("g8", "g12", "s16", "rgb"):
        c.tool_case("j2k_lossless_" + key, key, ["gdcmconv", "--j2k"])
    for key in ("g12", "rgb"):
        c.tool_case("j2k_lossy_97_" + key, key, ["gdcmconv", "--j2k", "--lossy", "--irreversible", "-r", "10"])
    c.tool_case("j2k_lossy_53_rate_g12", "g12", ["gdcmconv", "--j2k", "--lossy", "-r", "10"],
                note="reversible 5/3 wavelet, but the code stream is truncated to rate 10: lossy")
    # GDCM writes colour J2K as RGB without a component transform; the YBR_RCT / YBR_ICT forms
    # come from OpenJPEG through Pillow (MCT on) and are encapsulated by pydicom.
    c.pillow_j2k_case("j2k_ybr_rct_lossless_rgb", "rgb", {}, "YBR_RCT", "1.2.840.10008.1.2.4.90")
    c.pillow_j2k_case("j2k_ybr_ict_lossy_rgb", "rgb", {"irreversible": True, "quality_mode": "rates",
                                                       "quality_layers": [10]},
                      "YBR_ICT", "1.2.840.10008.1.2.4.91")

    # ---- RLE ---------------------------------------------------------------------
    for key in ("g8", "g12", "s16", "rgb"):
        c.tool_case("rle_dcmtk_" + key, key, ["dcmcrle"])
    for key in ("g12", "rgb"):
        c.tool_case("rle_gdcm_" + key, key, ["gdcmconv", "--rle"])

    # ---- GDCM JPEG / JPEG-LS -------------------------------------------------
    for key in ("g12", "rgb"):
        c.tool_case("gdcm_jpeg_lossless_" + key, key, ["gdcmconv", "--jpeg"])
        c.tool_case("gdcm_jpegls_lossless_" + key, key, ["gdcmconv", "--jpegls"])
    c.tool_case("gdcm_jpeg_lossy_g8", "g8", ["gdcmconv", "--jpeg", "--lossy", "-q", "90"])
    c.tool_case("gdcm_jpegls_near2_g12", "g12", ["gdcmconv", "--jpegls", "--lossy", "-e", "2"],
                tol_note=(0, "JPEG-LS near-lossless (allowed error 2): exact decoder, must equal GDCM", 2))

    # ---- structure -------------------------------------------------------------
    c.tool_case("dataset_only_implicit_le_g12", "g12", ["dcmconv", "-F", "+ti"], dataset_only=True,
                note="no 128-byte preamble, no DICM prefix, no (0002,xxxx) group: implicit VR LE data set")
    c.tool_case("multiframe3_explicit_le_g12", "mf", ["dcmconv", "+te"],
                note="3 frames; reference is frame 1; all frames checked lossless")
    c.tool_case("multiframe3_rle_g12", "mf", ["dcmcrle"],
                note="3 frames, one RLE fragment per frame; reference is frame 1")
    c.tool_case("multiframe3_jpeg_lossless_sv1_g12", "mf", ["dcmcjpeg", "+e1", "+un"],
                note="3 frames, one JPEG fragment per frame, basic offset table; reference is frame 1")

    # ---- photometric -------------------------------------------------------------
    mono1 = 4095 - g12
    wc, ww = auto_window(mono1)
    ds = image_dataset("mono1_g12", fr(mono1), "MONOCHROME1", 12, False,
                       WindowCenter="%g" % wc, WindowWidth="%g" % ww)
    c.pydicom_case("photometric_monochrome1_g12", ds, fr(mono1),
                   d12 + ", stored as 4095 - value", voi={"kind": "window", "center": wc, "width": ww,
                                                          "function": "LINEAR"},
                   note="MONOCHROME1: references are the stored values / VOI output WITHOUT inversion; "
                        "the displayed image is 1 - voi01 (dark = high values)")
    ds = image_dataset("rgb_planar1", fr(rgb), "RGB", 8, False, sop_class=SC_IMAGE, planar=1)
    c.pydicom_case("photometric_rgb_planar1", ds, fr(rgb), drgb + ", PlanarConfiguration 1 (RRR..GGG..BBB..)")
    ybr = convert_color_space(rgb.astype(np.uint8), "RGB", "YBR_FULL").astype(np.int64)
    ds = image_dataset("ybr_full", fr(ybr), "YBR_FULL", 8, False, sop_class=SC_IMAGE)
    c.pydicom_case("photometric_ybr_full", ds, fr(ybr), drgb + ", converted to YBR_FULL by pydicom "
                   "convert_color_space", color_from="YBR_FULL",
                   lossless=True, tol_note=(1, "reference = pydicom convert_color_space (PS3.3 C.7.6.3.1.2 "
                                                "coefficients, rounded to uint8); 1 allows other rounding"))
    # YBR_FULL_422 uncompressed: Y0 Y1 Cb Cr per horizontal pixel pair (PS3.3 C.7.6.3.1.2)
    yb = ybr.reshape(ybr.shape[0], ybr.shape[1] // 2, 2, 3)
    cb = np.rint((yb[..., 0, 1] + yb[..., 1, 1]) / 2.0)
    cr = np.rint((yb[..., 0, 2] + yb[..., 1, 2]) / 2.0)
    packed = np.stack([yb[..., 0, 0], yb[..., 1, 0], cb, cr], axis=-1).astype(np.uint8)
    ds = image_dataset("ybr_full_422", fr(ybr), "YBR_FULL_422", 8, False, sop_class=SC_IMAGE,
                       pixel_bytes=packed.tobytes())
    rel = "photometric_ybr_full_422.dcm"
    save(ds, os.path.join(c.out, rel))
    pds = pydicom.dcmread(os.path.join(c.out, rel))
    ref422 = convert_color_space(pds.pixel_array, "YBR_FULL_422", "RGB").astype(np.int64)
    exp422 = np.stack([yb[..., 0, 0], cb, cr], -1), np.stack([yb[..., 1, 0], cb, cr], -1)
    exp422 = np.stack(exp422, axis=2).reshape(ybr.shape)
    if not np.array_equal(pds.pixel_array.astype(np.int64), exp422):
        raise FixtureError("pydicom's YBR_FULL_422 expansion is not sample replication")
    try:
        graw, ginfo = gdcm_decode(os.path.join(c.out, rel))
        g422 = graw[0].astype(np.int64)
        if ginfo["photometric"] != "RGB":
            g422 = convert_color_space(graw[0], ginfo["photometric"], "RGB").astype(np.int64)
        gdcm422 = "GDCM decodes it as %s; max abs diff vs reference %d" % (
            ginfo["photometric"], np.abs(g422 - ref422).max())
    except Exception as e:
        gdcm422 = "GDCM cannot decode it: %s" % e
    c.image_case("photometric_ybr_full_422", rel,
                 "pydicom %s save_as with hand-packed Y0 Y1 Cb Cr bytes (Cb, Cr = rounded mean of the pair)  [%s]"
                 % (pydicom.__version__, drgb), None,
                 reference_stored=(ref422, "pydicom pixel_array (chroma replicated to both pixels of a pair) "
                                           "then convert_color_space(YBR_FULL_422 -> RGB)"),
                 lossless=True,
                 tol_note=(1, "reference = pydicom convert_color_space (rounded to uint8) of the "
                              "replicated chroma; 1 allows other rounding"),
                 note="GDCM cross-check: " + gdcm422)
    pal_r, pal_g, pal_b = palette_16bit()
    ds = image_dataset("palette", fr(g8), "PALETTE COLOR", 8, False, sop_class=SC_IMAGE,
                       **palette_attrs([256, 0, 16], pal_r, pal_g, pal_b))
    c.pydicom_case("photometric_palette_8bit_lut16", ds, fr(g8), d8 + " as indices; 256-entry 16-bit "
                   "'hot iron'-like LUT", note="reference is RGB in LUT units (0..65535)")
    ds = image_dataset("palette_offset", fr(g8), "PALETTE COLOR", 8, False, sop_class=SC_IMAGE,
                       **palette_attrs([200, 30, 16], pal_r[:200], pal_g[:200], pal_b[:200]))
    c.pydicom_case("photometric_palette_first_mapped_30", ds, fr(g8), d8 + " as indices; LUT descriptor "
                   "[200, 30, 16]: indices < 30 map to entry 0, > 229 to entry 199",
                   stored_by_pydicom="GDCM 3.0.21 aborts the process (assertion 'subscript == 0' in "
                                     "gdcmLookupTable.cxx) reading a palette whose first mapped value is not 0",
                   note="reference is RGB in LUT units (0..65535)")
    garbage = (np.arange(g12.size, dtype=np.int64).reshape(g12.shape) * 7 + g12 // 3) % 16
    words = (g12 | (garbage << 12)).astype("<u2")
    ds = image_dataset("bits12_garbage", fr(g12), "MONOCHROME2", 12, False, pixel_bytes=words.tobytes())
    c.pydicom_case("bits_stored12_high_bits_garbage", ds, fr(g12), d12 + "; bits 12..15 of every word "
                   "filled with a non-zero pattern", note="decoder must mask bits above HighBit 11")
    s12 = np.clip(np.rint(f256 * 4095.0 / 255.0 - 2048.0), -2048, 2047).astype(np.int64)
    words = (s12 & 0x0FFF).astype("<u2")
    sc, sw = auto_window(s12)
    ds = image_dataset("signed12", fr(s12), "MONOCHROME2", 12, True, pixel_bytes=words.tobytes(),
                       WindowCenter="%g" % sc, WindowWidth="%g" % sw)
    c.pydicom_case("bits_stored12_signed", ds, fr(s12), hiname + " resampled to 256 px, -2048..2047 "
                   "stored as 12-bit two's complement with bits 12..15 zero",
                   voi={"kind": "window", "center": sc, "width": sw, "function": "LINEAR"},
                   note="decoder must sign-extend from bit 11 (upper bits are 0, not copies of the sign)")

    # ---- LUTs ----------------------------------------------------------------------
    rc, rw = auto_window(g12 * 0.5 - 1024)
    ds = image_dataset("rescale", fr(g12), "MONOCHROME2", 12, False, RescaleSlope="0.5",
                       RescaleIntercept="-1024", RescaleType="US", WindowCenter="%g" % rc,
                       WindowWidth="%g" % rw)
    c.pydicom_case("lut_rescale_slope_intercept_g12", ds, fr(g12), d12 + "; slope 0.5, intercept -1024",
                   voi={"kind": "window", "center": rc, "width": rw, "function": "LINEAR",
                        "dcmtk_note": "DCMTK 3.6.7 windows integer-rounded rescaled values (slope 0.5 gives "
                                      "x.5 values), hence differences up to ~0.5/(width-1)"})
    lut_desc = [3500, 200, 16]
    lut = np.rint(65535.0 * (np.arange(3500) / 3499.0) ** 0.6).astype(np.uint16)
    mc, mw = auto_window(lut[np.clip(g12 - 200, 0, 3499)])
    item = Dataset()
    item.LUTDescriptor = lut_desc
    item.ModalityLUTType = "US"
    item.LUTExplanation = "gamma 0.6, first mapped 200"
    item.add_new(0x00283006, "US", [int(v) for v in lut])
    ds = image_dataset("modality_lut", fr(g12), "MONOCHROME2", 12, False,
                       ModalityLUTSequence=Sequence([item]), WindowCenter="%g" % mc, WindowWidth="%g" % mw)
    c.pydicom_case("lut_modality_lut_sequence_g12", ds, fr(g12), d12 + "; Modality LUT Sequence "
                   "descriptor [3500, 200, 16], gamma 0.6 curve to 0..65535",
                   voi={"kind": "window", "center": mc, "width": mw, "function": "LINEAR"},
                   note="stored values < 200 map to LUT entry 0, > 3699 to entry 3499")
    gc, gw = auto_window(g12)
    for fn, key, wcs, wws, attr in (
            ("LINEAR", "linear_default_vm2", "%g\\%g" % (gc, gc - 300), "%g\\%g" % (gw, gw // 2), None),
            ("LINEAR_EXACT", "linear_exact", "%g" % (gc + 0.5), "%g" % (gw - 0.5), "LINEAR_EXACT"),
            ("SIGMOID", "sigmoid", "%g" % gc, "%g" % gw, "SIGMOID")):
        extra = {"WindowCenter": wcs, "WindowWidth": wws}
        if attr:
            extra["VOILUTFunction"] = attr
        ds = image_dataset("voi_" + key, fr(g12), "MONOCHROME2", 12, False, **extra)
        c.pydicom_case("voi_window_%s_g12" % key, ds, fr(g12),
                       d12 + "; WindowCenter %s WindowWidth %s VOILUTFunction %s" % (wcs, wws, attr or "absent"),
                       voi={"kind": "window", "center": float(wcs.split("\\")[0]),
                            "width": float(wws.split("\\")[0]), "function": fn,
                            "dcmtk_note": ("DCMTK 3.6.7 does not implement LINEAR_EXACT and applies LINEAR "
                                           "(its output matches the LINEAR formula to 1/65535)"
                                           if fn == "LINEAR_EXACT" else None)},
                       note=("two windows (VM 2); the first is the reference; VOI LUT Function absent = LINEAR"
                             if attr is None else None))
    vdesc = [4096, 0, 12]
    vlut = np.rint(4095.0 / (1.0 + np.exp(-(np.arange(4096) - gc) / (gw / 4.0)))).astype(np.uint16)
    item = Dataset()
    item.LUTDescriptor = vdesc
    item.LUTExplanation = "logistic, 12-bit output"
    item.add_new(0x00283006, "US", [int(v) for v in vlut])
    ds = image_dataset("voi_lut", fr(g12), "MONOCHROME2", 12, False, VOILUTSequence=Sequence([item]))
    c.pydicom_case("voi_lut_sequence_g12", ds, fr(g12), d12 + "; VOI LUT Sequence descriptor [4096, 0, 12]",
                   voi={"kind": "lut", "descriptor": vdesc, "data": vlut,
                        "dcmtk_note": "DCMTK 3.6.7 scales 12-bit LUT output to 16 bits as value*16 "
                                      "(value/4096, not /4095): differences up to 1/4096"})

    # ---- non-image data sets ------------------------------------------------------
    c.non_image_case("nonimage_basic_text_sr", basic_text_sr(), "structured report",
                     "Basic Text SR, SOP Class %s" % SR_BASIC_TEXT, ["dsrdump"])
    c.non_image_case("nonimage_rt_plan", rt_plan(), "RT plan",
                     "RT Plan, SOP Class %s" % RT_PLAN, ["dcmdump", "-q"])
    c.non_image_case("nonimage_ecg_12lead", ecg_12_lead(), "waveform",
                     "12-lead ECG waveform, SOP Class %s" % ECG_12_LEAD, ["dcmdump", "-q"])


def auto_window(values):
    """Window from the 10th..90th percentile of the image: about 10 % saturates at each end."""
    lo, hi = np.percentile(np.asarray(values, dtype=np.float64), [10, 90])
    return float(round((lo + hi) / 2.0)), float(max(2, round(hi - lo)))


def palette_16bit():
    i = np.arange(256) / 255.0
    r = np.clip(i * 1.5, 0, 1)
    g = np.clip(i * 1.5 - 0.5, 0, 1)
    b = np.clip(i * 3.0 - 2.0, 0, 1)
    return [np.rint(65535 * ch).astype("<u2") for ch in (r, g, b)]


def palette_attrs(desc, r, g, b):
    out = {}
    for ch, data in (("Red", r), ("Green", g), ("Blue", b)):
        out[ch + "PaletteColorLookupTableDescriptor"] = list(desc)
        out[ch + "PaletteColorLookupTableData"] = np.asarray(data, dtype="<u2").tobytes()
    return out


def code(value, scheme, meaning):
    it = Dataset()
    it.CodeValue, it.CodingSchemeDesignator, it.CodeMeaning = value, scheme, meaning
    return it


def basic_text_sr():
    ds = new_dataset("nonimage_basic_text_sr", SR_BASIC_TEXT, "SR")
    ds.SeriesNumber = 99
    ds.ValueType = "CONTAINER"
    ds.ConceptNameCodeSequence = Sequence([code("18748-4", "LN", "Diagnostic Imaging Report")])
    ds.ContinuityOfContent = "SEPARATE"
    ds.CompletionFlag = "COMPLETE"
    ds.VerificationFlag = "UNVERIFIED"
    ds.ReferencedPerformedProcedureStepSequence = Sequence()
    ds.PerformedProcedureCodeSequence = Sequence()
    ds.InstanceCreationDate, ds.InstanceCreationTime = "20200101", "120000"
    txt = Dataset()
    txt.RelationshipType = "CONTAINS"
    txt.ValueType = "TEXT"
    txt.ConceptNameCodeSequence = Sequence([code("121071", "DCM", "Finding")])
    txt.TextValue = "PA chest radiograph: no focal consolidation, no effusion."
    ds.ContentSequence = Sequence([txt])
    return ds


def rt_plan():
    ds = new_dataset("nonimage_rt_plan", RT_PLAN, "RTPLAN")
    ds.RTPlanLabel = "CORPUS"
    ds.RTPlanDate, ds.RTPlanTime = "20200101", "120000"
    ds.RTPlanGeometry = "PATIENT"
    ds.OperatorsName = ""
    fg = Dataset()
    fg.FractionGroupNumber = 1
    fg.NumberOfFractionsPlanned = 1
    fg.NumberOfBeams = 1
    fg.NumberOfBrachyApplicationSetups = 0
    rb = Dataset()
    rb.ReferencedBeamNumber = 1
    fg.ReferencedBeamSequence = Sequence([rb])
    ds.FractionGroupSequence = Sequence([fg])
    beam = Dataset()
    beam.BeamNumber = 1
    beam.BeamName = "AP"
    beam.BeamType = "STATIC"
    beam.RadiationType = "PHOTON"
    beam.TreatmentDeliveryType = "TREATMENT"
    beam.NumberOfWedges = beam.NumberOfCompensators = beam.NumberOfBoli = beam.NumberOfBlocks = 0
    beam.NumberOfControlPoints = 0
    beam.ControlPointSequence = Sequence()
    ds.BeamSequence = Sequence([beam])
    return ds


def ecg_12_lead():
    ds = new_dataset("nonimage_ecg_12lead", ECG_12_LEAD, "ECG")
    ds.AcquisitionDateTime = "20200101120000"
    leads = ["I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6"]
    codes = ["2:1", "2:2", "2:61", "2:62", "2:63", "2:64", "2:3", "2:4", "2:5", "2:6", "2:7", "2:8"]
    fs, n = 500, 5000
    t = np.arange(n) / fs
    chans = []
    wave = []
    for k, (lead, cv) in enumerate(zip(leads, codes)):
        ch = Dataset()
        ch.ChannelSourceSequence = Sequence([code("5.6.3-9-" + cv.split(":")[1], "SCPECG", "Lead " + lead)])
        ch.ChannelSensitivity = "2.5"
        ch.ChannelSensitivityUnitsSequence = Sequence([code("uV", "UCUM", "microvolt")])
        ch.ChannelSensitivityCorrectionFactor = "1"
        ch.ChannelBaseline = "0"
        ch.ChannelSampleSkew = "0"
        ch.WaveformBitsStored = 16
        chans.append(ch)
        # deterministic synthetic beat train (72 bpm), one amplitude per lead
        beat = np.exp(-((t % (60 / 72.0)) - 0.2) ** 2 / 0.0002)
        wave.append(np.rint((300 + 40 * k) * beat + 30 * np.sin(2 * np.pi * 0.3 * t)).astype(np.int16))
    w = Dataset()
    w.MultiplexGroupTimeOffset = "0"
    w.WaveformOriginality = "ORIGINAL"
    w.NumberOfWaveformChannels = len(leads)
    w.NumberOfWaveformSamples = n
    w.SamplingFrequency = str(fs)
    w.MultiplexGroupLabel = "RHYTHM"
    w.ChannelDefinitionSequence = Sequence(chans)
    w.WaveformBitsAllocated = 16
    w.WaveformSampleInterpretation = "SS"
    w.add_new(0x54001010, "OW", np.stack(wave, axis=1).astype("<i2").tobytes())
    ds.WaveformSequence = Sequence([w])
    return ds


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def default_data_dir():
    here = os.path.dirname(os.path.abspath(__file__))
    cands = [os.path.join(here, "..", "..", "shared", "data"),  # scripts/ in the repo
             os.path.join(here, "..", "shared", "data"),        # repo root
             os.path.join(os.getcwd(), "..", "shared", "data")]
    for p in cands:
        if os.path.isdir(p):
            return os.path.normpath(p)
    return os.path.normpath(cands[0])


def write_manifest(out, cases, skipped=None, sources=None):
    m = {"generator": GENERATOR,
         "tools": tool_versions() if skipped is None else {},
         "reference_format": "raw float32 little endian, rows x columns x samples, first frame",
         "stages": {
             "modality": "stored values (bits above HighBit masked, signed data sign-extended) after "
                         "Modality LUT Sequence or rescale slope/intercept; colour: RGB after YBR->RGB or "
                         "palette expansion; MONOCHROME1 is NOT inverted",
             "voi01": "modality values after the VOI window (PS3.3 C.11.2.1.2/.3 formulas, ymin=0, ymax=1) "
                      "or VOI LUT Sequence (value / (2^LUTDescriptor[2]-1)); no MONOCHROME1 inversion"},
         "cases": cases}
    if skipped:
        m["skipped"] = skipped
    if sources:
        m["sources"] = sources
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(m, f, indent=1, sort_keys=False)
        f.write("\n")


def main(argv):
    global QUIET
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--data", default=None, help="shared data folder (default ../shared/data)")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    QUIET = a.quiet
    t0 = time.time()
    out = os.path.abspath(a.outdir)
    os.makedirs(out, exist_ok=True)
    data = os.path.abspath(a.data) if a.data else default_data_dir()
    if not os.path.isdir(data):
        reason = "skipped: data folder %s not found" % data
        print("make_dicom_fixtures: " + reason)
        write_manifest(out, [], skipped=reason)
        return 0
    src, why = pick_sources(data)
    if src is None:
        reason = "skipped: " + why
        print("make_dicom_fixtures: " + reason)
        write_manifest(out, [], skipped=reason)
        return 0
    try:
        require_tools()
        c = Corpus(out, data)
        build(c, src)
    except FixtureError as e:
        print("make_dicom_fixtures: ERROR: %s" % e, file=sys.stderr)
        return 2
    shutil.rmtree(c.tmp, ignore_errors=True)
    sources = {k: {"file": os.path.relpath(v["path"], out), "description": v["desc"]}
               for k, v in c.sources.items()}
    write_manifest(out, c.cases, sources=sources)
    print("make_dicom_fixtures: %d cases in %s (%.1f s)" % (len(c.cases), out, time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
