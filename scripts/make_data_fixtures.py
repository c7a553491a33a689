#!/usr/bin/env python3
"""Reference outputs of PIL / torchvision for CXRData's tests (run with Debian /usr/bin/python3:
Pillow 9.4, torchvision 0.14). Writes small synthetic inputs and PIL/torchvision outputs to
Tests/CXRDataFixtures/ (raw uint8 HWC or float32 CHW files plus manifest.json), and, when the
shared data exists, `real_images.json`: for every real image, PIL's mode, size and an MD5 of its
RGB pixels and of its 224x224 bilinear resize (metadata only; no image data is copied).

Usage: /usr/bin/python3 scripts/make_data_fixtures.py
"""
import hashlib
import json
import os

import numpy as np
import torch
import torchvision.transforms.functional as F
from PIL import Image, ImageEnhance

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'Tests', 'CXRDataFixtures')
DATA = os.path.join(ROOT, '..', 'shared', 'data')
os.makedirs(OUT, exist_ok=True)


def synthetic(w, h, seed):
    rng = np.random.RandomState(seed)
    y, x = np.mgrid[0:h, 0:w]
    base = np.stack([(x * 255 // max(w - 1, 1)), (y * 255 // max(h - 1, 1)), ((x + y) * 7) % 256], -1)
    noise = rng.randint(-40, 40, size=base.shape)
    img = np.clip(base + noise, 0, 255).astype(np.uint8)
    img[h // 3:h // 2, w // 4:w // 2] = 250  # a sharp bright block
    return img


manifest = {'inputs': {}, 'outputs': []}
rgb = Image.fromarray(synthetic(80, 64, 0), 'RGB')
gray = rgb.convert('L')
for name, im in [('synthetic_rgb.png', rgb), ('synthetic_gray.png', gray)]:
    im.save(os.path.join(OUT, name))
    manifest['inputs'][name] = {'width': im.width, 'height': im.height}


def put(name, src, op, params, im):
    a = np.asarray(im, dtype=np.uint8)
    ch = 1 if a.ndim == 2 else a.shape[2]
    a.tofile(os.path.join(OUT, name + '.u8'))
    manifest['outputs'].append({'name': name, 'input': src, 'op': op, 'params': params,
                                'width': im.width, 'height': im.height, 'channels': ch})


for src, im in [('synthetic_rgb.png', rgb), ('synthetic_gray.png', gray)]:
    tag = src.split('_')[1].split('.')[0]
    for (w, h) in [(37, 29), (123, 101), (80, 17), (160, 128)]:
        put(f'resize_{tag}_{w}x{h}', src, 'resize', {'width': w, 'height': h}, im.resize((w, h), Image.BILINEAR))
    put(f'resize_shorter_{tag}_30', src, 'resizeShorter', {'size': 30}, F.resize(im, 30, antialias=True))
    for angle in [7.5, -13.0, 3.3]:
        put(f'rotate_{tag}_{angle}', src, 'rotate', {'degrees': angle}, F.rotate(im, angle))
    aff = {'degrees': 5.0, 'tx': 3, 'ty': -2, 'scale': 1.1, 'shear': 4.0}
    put(f'affine_{tag}', src, 'affine', aff, F.affine(im, angle=5.0, translate=[3, -2], scale=1.1, shear=[4.0, 0.0]))
    put(f'flip_{tag}', src, 'flip', {}, F.hflip(im))
    put(f'brightness_{tag}', src, 'brightness', {'factor': 1.3}, F.adjust_brightness(im, 1.3))
    put(f'contrast_{tag}', src, 'contrast', {'factor': 0.7}, F.adjust_contrast(im, 0.7))
    put(f'contrast_hi_{tag}', src, 'contrast', {'factor': 1.6}, F.adjust_contrast(im, 1.6))
    put(f'resized_crop_{tag}', src, 'resizedCrop', {'x': 7, 'y': 5, 'width': 50, 'height': 40, 'outWidth': 32, 'outHeight': 32},
        F.resized_crop(im, 5, 7, 40, 50, [32, 32], antialias=True))
    put(f'center_crop_{tag}', src, 'centerCrop', {'width': 51, 'height': 40}, F.center_crop(im, [40, 51]))
put('convert_l', 'synthetic_rgb.png', 'gray', {}, gray)

# The reference recipe's tensor (eval) at 56 px: RGB resize, ToTensor, ImageNet normalisation.
t = F.normalize(F.to_tensor(gray.convert('RGB').resize((56, 56), Image.BILINEAR)),
                [0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
t.numpy().astype(np.float32).tofile(os.path.join(OUT, 'reference_eval_gray.f32'))
manifest['outputs'].append({'name': 'reference_eval_gray', 'input': 'synthetic_gray.png', 'op': 'referenceTensor',
                            'params': {}, 'width': 56, 'height': 56, 'channels': 3})

# Decoder inputs in modes the shared data lacks: palette, gray+alpha, 16-bit gray, 16-bit RGB,
# progressive and grayscale JPEG. PIL's RGB view (8-bit modes) is stored for comparison.
small = Image.fromarray(synthetic(40, 30, 1), 'RGB')
variants = {
    'mode_palette.png': small.convert('P', palette=Image.ADAPTIVE, colors=32),
    'mode_la.png': Image.merge('LA', [small.convert('L'), small.convert('L').point(lambda v: 255 - v)]),
    'mode_rgba.png': small.convert('RGBA'),
    'mode_progressive.jpg': small,
    'mode_gray.jpg': small.convert('L'),
    'mode_baseline.jpg': small,
}
manifest['decoding'] = {}
for name, im in variants.items():
    path = os.path.join(OUT, name)
    if name == 'mode_progressive.jpg':
        im.save(path, quality=90, progressive=True)
    elif name.endswith('.jpg'):
        im.save(path, quality=90)
    else:
        im.save(path)
    back = Image.open(path)
    a = np.asarray(back.convert('RGB'))
    a.tofile(os.path.join(OUT, name + '.rgb.u8'))
    manifest['decoding'][name] = {'mode': back.mode, 'width': back.width, 'height': back.height,
                                  'channels': 1 if back.mode in ('L', 'LA') or (back.mode == 'P' and False) else 3}
g16 = (np.arange(30 * 40, dtype=np.uint32).reshape(30, 40) * 54).astype(np.uint16)
Image.fromarray(g16).save(os.path.join(OUT, 'mode_gray16.png'))
g16.astype('<u2').tofile(os.path.join(OUT, 'mode_gray16.png.u16'))
manifest['decoding']['mode_gray16.png'] = {'mode': 'I;16', 'width': 40, 'height': 30, 'channels': 1}

with open(os.path.join(OUT, 'manifest.json'), 'w') as f:
    json.dump(manifest, f, indent=1)

# Real images: PIL's view of each file (hashes only).
real = {}
for sub in ['covid-19-image-collection/images', 'nih-chestxray14/images', 'nih-chestxray14/images-1024']:
    d = os.path.join(DATA, sub)
    if not os.path.isdir(d):
        continue
    for fn in sorted(os.listdir(d)):
        im = Image.open(os.path.join(d, fn))
        mode = im.mode
        r = im.convert('RGB')
        small = r.resize((224, 224), Image.BILINEAR)
        real[sub + '/' + fn] = {'mode': mode, 'format': im.format, 'width': im.width, 'height': im.height,
                                'rgb_md5': hashlib.md5(r.tobytes()).hexdigest(),
                                'rgb_mean': float(np.asarray(r, dtype=np.float64).mean()),
                                'resize224_md5': hashlib.md5(small.tobytes()).hexdigest()}
if real:
    with open(os.path.join(OUT, 'real_images.json'), 'w') as f:
        json.dump(real, f, indent=0, sort_keys=True)
print(len(manifest['outputs']), 'outputs,', len(real), 'real images')
