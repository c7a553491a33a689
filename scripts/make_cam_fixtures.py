#!/usr/bin/env python3
"""Writes Tests/CXREvalTests/Fixtures/cam.safetensors and cam_cases.json: class activation
maps computed with PyTorch on the narrow model fixtures of Tests/CXRNNTests/Fixtures (their
`state.*` weights), for the Swift explainer to match.

Reference implementation (PyTorch, forward hooks and `retain_grad`, following the published
formulas and pytorch-grad-cam's conventions):
  A = the layer's output [C, h, w] for one image; S = the target score of class c (the
  logit z_c, sigmoid(z_c) or softmax(z)_c); g = dS/dA.
  CAM        w_k = W_head[c, k]                      (last feature maps only)
  Grad-CAM   w_k = mean_ij g_kij
  Grad-CAM++ alpha = g^2 / (2 g^2 + sum_ij(A_k) g^3 + 1e-7), 0 where g = 0;  w_k = sum_ij alpha relu(g)
  raw = sum_k w_k A_k;  map = minmax(relu(raw)) (or minmax(raw) without ReLU; constant -> 0)
  upsampled = F.interpolate(map, size=(29, 41), mode="bilinear", align_corners=False)
The "last feature maps" are what the model pools: relu(features(x)) for DenseNet, layer4 for
ResNet, features for MobileNetV2. In-place activations are switched off so hooked outputs are
not overwritten. Weights and maps are formed in float64 from PyTorch's float32 A and g.

Also: F.interpolate of a random 5 x 7 map to several sizes (up and down).

Run with Debian's python3-torch: /usr/bin/python3 scripts/make_cam_fixtures.py
"""
import json
import os
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(__file__))
from make_fixtures import MODELS_DIR, ROOT, build_model, read_safetensors, write_safetensors  # noqa: E402

OUT_DIR = os.path.join(ROOT, "Tests", "CXREvalTests", "Fixtures")
INPUT_SHAPE = (1, 3, 96, 128)
UPSAMPLED = (29, 41)
CLASS_INDEX = 1  # the explained class unless a case names another
CLASSES = 3

# (method, layer or None, target, rectify[, class index, default CLASS_INDEX]) per model
CASES = {
    "densenet_narrow": [
        ("cam", None, "logit", True), ("cam", None, "logit", False),
        ("gradcam", None, "logit", True), ("gradcam++", None, "logit", True), ("gradcam++", None, "sigmoid", True),
        ("gradcam", "features.denseblock4", "logit", True), ("gradcam++", "features.denseblock4", "logit", True),
        ("gradcam", "features.transition2", "softmax", True), ("gradcam++", "features.denseblock3.denselayer2", "logit", True),
    ],
    "resnet_basic_narrow": [
        # Every class's rectified CAM is all zero here (a defined result, checked once); the
        # others go without the ReLU.
        ("cam", None, "logit", False), ("gradcam", None, "logit", True), ("gradcam++", None, "logit", True),
        ("gradcam", "layer4", "logit", False), ("gradcam++", "layer3", "sigmoid", True), ("gradcam", "layer2.0", "softmax", False),
    ],
    "resnet_bottleneck_narrow": [
        ("cam", None, "logit", True), ("gradcam", None, "logit", True), ("gradcam++", None, "logit", True),
        ("gradcam", "layer2.1", "logit", True), ("gradcam++", "layer4", "softmax", True),
    ],
    "mobilenet_v2_narrow": [
        ("cam", None, "logit", True), ("gradcam", None, "logit", True), ("gradcam++", None, "logit", True),
        ("gradcam", "features.18", "logit", True), ("gradcam++", "features.14", "sigmoid", True, 2),
        ("gradcam", "features.16.conv", "logit", True, 0),
    ],
}


def load_model(name):
    tensors = read_safetensors(os.path.join(MODELS_DIR, name + ".safetensors"))
    model = build_model(name, CLASSES)
    state = {k[len("state."):]: v for k, v in tensors.items() if k.startswith("state.")}
    model.load_state_dict({k: v.to(model.state_dict()[k].dtype) for k, v in state.items()})
    for m in model.modules():
        if hasattr(m, "inplace"):
            m.inplace = False
    model.eval()
    return model


def head_weight(model):
    if hasattr(model, "fc"):
        return model.fc.weight
    return model.classifier.weight if isinstance(model.classifier, torch.nn.Linear) else model.classifier[1].weight


def forward(model, x, layer):
    """(A with retained gradient, logits)."""
    if layer is None:
        if hasattr(model, "fc"):
            a = x
            for part in (model.conv1, model.bn1, model.relu, model.maxpool, model.layer1, model.layer2, model.layer3, model.layer4):
                a = part(a)
        elif isinstance(model.classifier, torch.nn.Linear):  # DenseNet
            a = F.relu(model.features(x))
        else:
            a = model.features(x)
        a.retain_grad()
        pooled = torch.flatten(F.adaptive_avg_pool2d(a, 1), 1)
        head = model.fc if hasattr(model, "fc") else model.classifier
        return a, head(pooled)
    captured = {}

    def hook(module, inputs, output):
        output.retain_grad()
        captured["a"] = output

    handle = model.get_submodule(layer).register_forward_hook(hook)
    logits = model(x)
    handle.remove()
    return captured["a"], logits


def score(logits, target, c):
    if target == "logit":
        return logits[0, c]
    if target == "sigmoid":
        return torch.sigmoid(logits[0, c])
    return torch.softmax(logits, dim=1)[0, c]


def explain(model, x, method, layer, target, rectify, c):
    a, logits = forward(model, x, layer)
    A = a[0].detach().double()
    if method == "cam":
        w = head_weight(model)[c].detach().double()
    else:
        score(logits, target, c).backward()
        g = a.grad[0].double()
        if method == "gradcam":
            w = g.mean(dim=(1, 2))
        else:
            g2 = g ** 2
            g3 = g2 * g
            sum_a = A.sum(dim=(1, 2))
            alpha = g2 / (2 * g2 + sum_a[:, None, None] * g3 + 1e-7)
            alpha = torch.where(g != 0, alpha, torch.zeros_like(alpha))
            w = (alpha * torch.relu(g)).sum(dim=(1, 2))
    raw = (w[:, None, None] * A).sum(dim=0)
    rect = torch.relu(raw) if rectify else raw
    lo, hi = rect.min(), rect.max()
    norm = (rect - lo) / (hi - lo) if hi > lo else torch.zeros_like(rect)
    up = F.interpolate(norm[None, None], size=UPSAMPLED, mode="bilinear", align_corners=False)[0, 0]
    return {"raw": raw, "map": norm, "upsampled": up, "weights": w, "logits": logits[0].detach()}


def main():
    torch.set_num_threads(2)
    x = torch.randn(*INPUT_SHAPE, generator=torch.Generator().manual_seed(5))
    tensors = {"input": x}
    cases = []
    for name, specs in CASES.items():
        model = load_model(name)
        for i, spec in enumerate(specs):
            method, layer, target, rectify = spec[:4]
            c = spec[4] if len(spec) > 4 else CLASS_INDEX
            key = f"{name}.{i}"
            result = explain(model, x, method, layer, target, rectify, c)
            for part, value in result.items():
                tensors[f"{key}.{part}"] = value.float()
            cases.append({"key": key, "model": name, "method": method, "layer": layer, "target": target,
                          "rectify": rectify, "class": c})
    g = torch.Generator().manual_seed(3)
    small = torch.rand(5, 7, generator=g)
    tensors["resize.input"] = small
    sizes = [(29, 41), (13, 17), (5, 7), (2, 3), (1, 1), (64, 9)]
    for h, w in sizes:
        tensors[f"resize.{h}x{w}"] = F.interpolate(small[None, None], size=(h, w), mode="bilinear", align_corners=False)[0, 0]
    os.makedirs(OUT_DIR, exist_ok=True)
    write_safetensors(os.path.join(OUT_DIR, "cam.safetensors"), tensors)
    with open(os.path.join(OUT_DIR, "cam_cases.json"), "w") as f:
        json.dump({"torch": torch.__version__, "input_shape": list(INPUT_SHAPE), "upsampled": list(UPSAMPLED),
                   "classes": CLASSES, "cases": cases, "resize_sizes": sizes}, f, indent=1)
    print("wrote", len(cases), "cases to", OUT_DIR)


if __name__ == "__main__":
    main()
