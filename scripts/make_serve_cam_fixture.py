#!/usr/bin/env python3
"""Writes Tests/CXRServerTests/Fixtures/cam.json: the class activation map reference of
`cxr serve` (CXRServer.ClassActivationMap) computed with PyTorch.

For feature maps F [C, h, w] and head weights W [classes, C]:
    M_k = relu(sum_c W[k, c] F[c]),  M_k / max(M_k)  (zeros stay zeros),
    then F.interpolate(..., mode="bilinear", align_corners=False) to the overlay size.

Run with Debian's python3 (torch): /usr/bin/python3 scripts/make_serve_cam_fixture.py
"""
import json
import os

import torch
import torch.nn.functional as F

torch.manual_seed(7)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
channels, height, width, classes = 6, 3, 5, 3
maps = torch.relu(torch.randn(channels, height, width))
weights = torch.randn(classes, channels)
cases = []
for k in range(classes):
    cam = torch.relu(torch.einsum("c,chw->hw", weights[k], maps))
    peak = cam.max()
    normalised = cam / peak if peak > 0 else cam
    up = F.interpolate(normalised[None, None], size=(7, 11), mode="bilinear", align_corners=False)[0, 0]
    cases.append({"classIndex": k, "map": normalised.flatten().tolist(), "upsampled": up.flatten().tolist()})
# A class whose weights make every position negative: the map is all zeros.
negative = -weights[0].abs()
zero = torch.relu(torch.einsum("c,chw->hw", negative, maps))
fixture = {
    "channels": channels, "height": height, "width": width, "classes": classes,
    "featureMaps": maps.flatten().tolist(), "headWeights": weights.flatten().tolist(),
    "upsampledHeight": 7, "upsampledWidth": 11, "cases": cases,
    "negativeWeights": negative.tolist(), "negativeMap": zero.flatten().tolist(),
}
out = os.path.join(root, "Tests", "CXRServerTests", "Fixtures", "cam.json")
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w") as f:
    json.dump(fixture, f, indent=1)
print("wrote", out)
