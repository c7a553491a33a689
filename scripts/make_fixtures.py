#!/usr/bin/env python3
"""Writes the PyTorch reference fixtures that CXRKit's engine and model tests compare against.

Run with Debian's python3 (python3-torch, python3-torchvision):

    /usr/bin/python3 scripts/make_fixtures.py            # committed, small fixtures
    /usr/bin/python3 scripts/make_fixtures.py --full DIR # full-size models (tests do this at run time)

Every fixture is a safetensors file (tensors) beside a JSON file (configuration, scalars).
Cases are seeded, so rerunning gives the same files for the same PyTorch version.
"""
import argparse
import copy
import json
import os
import struct

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPS_DIR = os.path.join(ROOT, "Tests", "CXRTensorTests", "Fixtures")
MODELS_DIR = os.path.join(ROOT, "Tests", "CXRNNTests", "Fixtures")


def write_safetensors(path, tensors, metadata=None):
    """Minimal safetensors writer (F32 only): 8-byte header length, JSON header, raw data."""
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        data = t.detach().to(torch.float32).contiguous().numpy().tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    if metadata:
        header["__metadata__"] = {k: str(v) for k, v in metadata.items()}
    encoded = json.dumps(header, separators=(",", ":")).encode()
    encoded += b" " * ((8 - len(encoded) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(encoded)))
        f.write(encoded)
        for blob in blobs:
            f.write(blob)


def leaf(t):
    return t.clone().requires_grad_(True)


def op_cases():
    """Per-op forward and backward cases: inputs, outputs, upstream gradient, input gradients."""
    g = torch.Generator().manual_seed(1234)
    rand = lambda *s: torch.randn(*s, generator=g)
    cases, tensors = [], {}

    def record(name, op, config, inputs, forward):
        leaves = {k: leaf(v) for k, v in inputs.items()}
        out = forward(**leaves)
        upstream = rand(*out.shape) if out.dim() > 0 else torch.tensor(1.0)
        (out * upstream).sum().backward()
        for k, v in inputs.items():
            tensors[f"{name}.{k}"] = v
            if leaves[k].grad is not None:
                tensors[f"{name}.grad_{k}"] = leaves[k].grad
        tensors[f"{name}.out"] = out.detach()
        tensors[f"{name}.upstream"] = upstream
        cases.append({"name": name, "op": op, "config": config, "inputs": list(inputs.keys())})

    convs = [  # N, C, H, W, O, k, stride, pad, dilation, groups, bias
        (2, 3, 9, 9, 4, 3, 1, 1, 1, 1, True),
        (2, 4, 10, 10, 6, 3, 2, 1, 1, 1, False),
        (1, 4, 11, 11, 4, 3, 1, 2, 2, 1, False),
        (2, 4, 8, 8, 6, 3, 1, 1, 1, 2, True),
        (2, 6, 8, 8, 6, 3, 2, 1, 1, 6, False),
        (2, 3, 15, 15, 5, 7, 2, 3, 1, 1, False),
        (2, 8, 7, 7, 4, 1, 1, 0, 1, 1, False),
        (2, 16, 12, 12, 32, 3, 1, 1, 1, 1, False),
        (2, 928, 7, 7, 128, 1, 1, 0, 1, 1, False),  # DenseNet-121 denseblock4 shapes
        (2, 128, 7, 7, 32, 3, 1, 1, 1, 1, False),
    ]
    for i, (n, c, h, w, o, k, s, p, d, gr, b) in enumerate(convs):
        inputs = {"x": rand(n, c, h, w), "weight": rand(o, c // gr, k, k) * 0.3}
        if b:
            inputs["bias"] = rand(o)
        cfg = {"stride": s, "padding": p, "dilation": d, "groups": gr}
        record(f"conv{i}", "conv2d", cfg, inputs,
               lambda x, weight, bias=None, cfg=cfg: F.conv2d(x, weight, bias, **cfg))

    # The last case has a large mean relative to its spread (as deep ReLU features do): a
    # one-pass variance would lose precision there.
    for mode, shape, scale, offset in (("train", (4, 5, 6, 6), 2, 0.5), ("eval", (4, 5, 6, 6), 2, 0.5), ("train_offset", (2, 64, 7, 7), 0.3, 4.0), ("train_wide", (2, 928, 7, 7), 1.0, 0.5)):
        c = shape[1]
        rm, rv = rand(c) * 0.2, torch.rand(c, generator=g) + 0.5
        inputs = {"x": rand(*shape) * scale + offset, "weight": torch.rand(c, generator=g) + 0.5, "bias": rand(c)}
        running_mean, running_var = rm.clone(), rv.clone()
        record(f"batchnorm_{mode}", "batchnorm", {"training": mode != "eval", "momentum": 0.1, "epsilon": 1e-5}, inputs,
               lambda x, weight, bias, rm_=running_mean, rv_=running_var, m=mode:
               F.batch_norm(x, rm_, rv_, weight, bias, training=m != "eval", momentum=0.1, eps=1e-5))
        tensors[f"batchnorm_{mode}.running_mean"] = rm
        tensors[f"batchnorm_{mode}.running_var"] = rv
        tensors[f"batchnorm_{mode}.running_mean_after"] = running_mean
        tensors[f"batchnorm_{mode}.running_var_after"] = running_var

    record("relu", "relu", {}, {"x": rand(3, 4, 5)}, lambda x: F.relu(x))
    record("relu6", "relu6", {}, {"x": rand(3, 4, 5) * 5}, lambda x: F.relu6(x))
    record("sigmoid", "sigmoid", {}, {"x": rand(4, 7) * 4}, lambda x: torch.sigmoid(x))
    record("softmax", "softmax", {}, {"x": rand(4, 7) * 3}, lambda x: F.softmax(x, dim=-1))
    record("log_softmax", "log_softmax", {}, {"x": rand(4, 7) * 3}, lambda x: F.log_softmax(x, dim=-1))

    pools = [("maxpool0", "max", 3, 2, 1, False, (2, 3, 9, 9)), ("maxpool1", "max", 2, 2, 0, False, (2, 3, 8, 8)),
             ("maxpool2", "max", 3, 2, 1, True, (1, 2, 10, 10)),
             ("avgpool0", "avg", 2, 2, 0, False, (2, 3, 8, 8)), ("avgpool1", "avg", 3, 2, 1, False, (2, 3, 9, 9))]
    for name, kind, k, s, p, ceil, shape in pools:
        cfg = {"kind": kind, "kernel": k, "stride": s, "padding": p, "ceil_mode": ceil}
        fn = (lambda x, k=k, s=s, p=p, c=ceil: F.max_pool2d(x, k, s, p, ceil_mode=c)) if kind == "max" else \
             (lambda x, k=k, s=s, p=p, c=ceil: F.avg_pool2d(x, k, s, p, ceil_mode=c, count_include_pad=True))
        record(name, "pool2d", cfg, {"x": rand(*shape)}, fn)

    for i, (shape, out) in enumerate([((2, 3, 7, 7), (1, 1)), ((2, 3, 7, 7), (3, 3)), ((2, 3, 5, 7), (2, 3))]):
        record(f"adaptive{i}", "adaptive_avg_pool2d", {"output": list(out)}, {"x": rand(*shape)},
               lambda x, o=out: F.adaptive_avg_pool2d(x, o))

    record("concat", "concat", {}, {"a": rand(2, 3, 4, 4), "b": rand(2, 5, 4, 4), "c": rand(2, 1, 4, 4)},
           lambda a, b, c: torch.cat([a, b, c], dim=1))
    record("add", "add", {}, {"a": rand(2, 3, 4, 4), "b": rand(2, 3, 4, 4)}, lambda a, b: a + b)
    record("linear", "linear", {}, {"x": rand(4, 10), "weight": rand(6, 10) * 0.3, "bias": rand(6)},
           lambda x, weight, bias: F.linear(x, weight, bias))
    record("linear_nobias", "linear", {}, {"x": rand(3, 8), "weight": rand(5, 8) * 0.3}, lambda x, weight: F.linear(x, weight))

    targets = (torch.rand(5, 4, generator=g) > 0.5).float()
    tensors["bce.targets"] = targets
    pos_weight, sample_weight = torch.rand(4, generator=g) * 3 + 0.2, torch.rand(5, generator=g) + 0.5
    tensors["bce.pos_weight"], tensors["bce.sample_weight"] = pos_weight, sample_weight
    record("bce", "bce", {"weighted": True}, {"x": rand(5, 4) * 3},
           lambda x: F.binary_cross_entropy_with_logits(x, targets, weight=sample_weight[:, None], pos_weight=pos_weight))
    tensors["bce_plain.targets"] = targets
    record("bce_plain", "bce", {"weighted": False}, {"x": rand(5, 4) * 3},
           lambda x: F.binary_cross_entropy_with_logits(x, targets))
    labels = torch.tensor([0, 3, 4, 1, 1, 2])
    class_weight = torch.rand(5, generator=g) + 0.5
    tensors["ce.labels"], tensors["ce.class_weight"] = labels.float(), class_weight
    record("ce", "ce", {"weighted": True}, {"x": rand(6, 5) * 2}, lambda x: F.cross_entropy(x, labels, weight=class_weight))
    tensors["ce_plain.labels"] = labels.float()
    record("ce_plain", "ce", {"weighted": False}, {"x": rand(6, 5) * 2}, lambda x: F.cross_entropy(x, labels))
    return cases, tensors


def optimizer_cases():
    """Three optimizer steps on two parameters with given gradients, for each optimizer."""
    g = torch.Generator().manual_seed(99)
    configs = [
        ("sgd", "sgd", {"lr": 0.1}),
        ("sgd_momentum", "sgd", {"lr": 0.1, "momentum": 0.9, "weight_decay": 1e-4}),
        ("sgd_nesterov", "sgd", {"lr": 0.05, "momentum": 0.9, "nesterov": True, "weight_decay": 1e-3}),
        ("sgd_dampening", "sgd", {"lr": 0.05, "momentum": 0.8, "dampening": 0.3}),
        ("adam", "adam", {"lr": 1e-3, "betas": [0.9, 0.999], "eps": 1e-8, "weight_decay": 1e-5}),
        ("adam_plain", "adam", {"lr": 1e-2}),
        ("adamw", "adamw", {"lr": 1e-3, "betas": [0.9, 0.999], "eps": 1e-8, "weight_decay": 1e-2}),
    ]
    cases, tensors = [], {}
    p0 = [torch.randn(3, 4, generator=g), torch.randn(5, generator=g)]
    grads = [[torch.randn(3, 4, generator=g), torch.randn(5, generator=g)] for _ in range(3)]
    for s, step in enumerate(grads):
        for i, gr in enumerate(step):
            tensors[f"grad{s}.p{i}"] = gr
    for i, p in enumerate(p0):
        tensors[f"initial.p{i}"] = p
    for name, kind, cfg in configs:
        params = [p.clone().requires_grad_(True) for p in p0]
        kwargs = dict(cfg)
        if "betas" in kwargs:
            kwargs["betas"] = tuple(kwargs["betas"])
        opt = {"sgd": torch.optim.SGD, "adam": torch.optim.Adam, "adamw": torch.optim.AdamW}[kind](params, **kwargs)
        for s, step in enumerate(grads):
            for p, gr in zip(params, step):
                p.grad = gr.clone()
            opt.step()
            for i, p in enumerate(params):
                tensors[f"{name}.step{s}.p{i}"] = p.detach().clone()
        cases.append({"name": name, "kind": kind, "config": cfg, "steps": len(grads)})
    return cases, tensors


def scheduler_cases():
    """Learning rates PyTorch's schedulers produce, epoch by epoch."""
    def run(make, epochs, metrics=None):
        p = torch.zeros(1, requires_grad=True)
        opt = torch.optim.SGD([p], lr=0.1)
        sched = make(opt)
        lrs = []
        for e in range(epochs):
            opt.step()
            sched.step(metrics[e]) if metrics is not None else sched.step()
            lrs.append(opt.param_groups[0]["lr"])
        return lrs

    metrics = [0.60, 0.65, 0.66, 0.66, 0.659, 0.66, 0.70, 0.70, 0.69, 0.69, 0.69, 0.69, 0.71, 0.70, 0.70, 0.70]
    return [
        {"name": "step", "kind": "step", "config": {"step_size": 3, "gamma": 0.1}, "initial_lr": 0.1,
         "lrs": run(lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.1), 10)},
        {"name": "cosine", "kind": "cosine", "config": {"t_max": 10, "eta_min": 1e-5}, "initial_lr": 0.1,
         "lrs": run(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=10, eta_min=1e-5), 14)},
        {"name": "plateau_max", "kind": "plateau",
         "config": {"mode": "max", "factor": 0.1, "patience": 2, "threshold": 1e-4, "threshold_mode": "rel", "cooldown": 1, "min_lr": 1e-4},
         "initial_lr": 0.1, "metrics": metrics,
         "lrs": run(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o, mode="max", factor=0.1, patience=2, threshold=1e-4,
                                                                         cooldown=1, min_lr=1e-4), len(metrics), metrics)},
        {"name": "plateau_min_abs", "kind": "plateau",
         "config": {"mode": "min", "factor": 0.5, "patience": 1, "threshold": 0.01, "threshold_mode": "abs", "cooldown": 0, "min_lr": 0.0},
         "initial_lr": 0.1, "metrics": [1 - m for m in metrics],
         "lrs": run(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o, mode="min", factor=0.5, patience=1, threshold=0.01,
                                                                         threshold_mode="abs"), len(metrics), [1 - m for m in metrics])},
    ]


class NarrowResNet(torchvision.models.ResNet):
    """torchvision's ResNet with the stem width as a parameter (64 in torchvision): same structure and names."""

    def __init__(self, block, layers, width, num_classes):
        nn.Module.__init__(self)
        self._norm_layer = nn.BatchNorm2d
        self.inplanes, self.dilation, self.groups, self.base_width = width, 1, 1, 64
        self.conv1 = nn.Conv2d(3, width, kernel_size=7, stride=2, padding=3, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.layer1 = self._make_layer(block, width, layers[0])
        self.layer2 = self._make_layer(block, width * 2, layers[1], stride=2)
        self.layer3 = self._make_layer(block, width * 4, layers[2], stride=2)
        self.layer4 = self._make_layer(block, width * 8, layers[3], stride=2)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(width * 8 * block.expansion, num_classes)


def build_model(name, classes):
    tv = torchvision.models
    return {
        "densenet_narrow": lambda: tv.DenseNet(growth_rate=8, block_config=(2, 2, 2, 2), num_init_features=16, num_classes=classes),
        "resnet_basic_narrow": lambda: NarrowResNet(tv.resnet.BasicBlock, [1, 1, 1, 1], 8, classes),
        "resnet_bottleneck_narrow": lambda: NarrowResNet(tv.resnet.Bottleneck, [1, 2, 1, 1], 8, classes),
        "mobilenet_v2_narrow": lambda: tv.MobileNetV2(width_mult=0.25, num_classes=classes, dropout=0.0),
        "densenet121": lambda: tv.densenet121(num_classes=classes),
        "resnet50": lambda: tv.resnet50(num_classes=classes),
        "mobilenet_v2": lambda: tv.mobilenet_v2(num_classes=classes, dropout=0.0),
    }[name]()


def read_safetensors(path):
    """Minimal safetensors reader (F32 only)."""
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        assert info["dtype"] == "F32", name
        a, b = info["data_offsets"]
        out[name] = torch.frombuffer(bytearray(data[a:b]), dtype=torch.float32).reshape(info["shape"])
    return out


class ActivationStates:
    """The state of every ReLU / ReLU6 element in one forward pass, in call order: 0 at the
    floor (output 0), 1 passing the input (gradient 1), 2 at ReLU6's ceiling (output 6).

    Which elements sit at the floor decides which gradients flow, and an element whose exact
    (float64) input lies within float32 rounding of 0 or 6 may land on either side in a valid
    float32 run, moving the gradient of every tensor below it by up to percents. To judge a
    float32 backward pass by its own arithmetic, the float64 yardstick is run with that run's
    states: `record` them from a float32 forward, then `apply` them to a float64 forward.
    `flips` lists, per call, how many given states differ from float64's own and the largest
    distance (relative to the call's largest input) of such an element from its threshold."""

    def __init__(self, given=None):
        self.given, self.recorded, self.flips = given, [], []

    def activation(self, x, ceiling):
        index = len(self.recorded)
        if self.given is None:
            out = torch.clamp(x, 0.0, ceiling) if ceiling else torch.clamp(x, min=0)
            state = (out > 0).to(torch.float32)
            if ceiling:
                state = state + (out >= ceiling).to(torch.float32)
            self.recorded.append(state.detach().contiguous())
            return out
        if index >= len(self.given):
            raise SystemExit(f"the model ran more activations than the {len(self.given)} states given")
        state = self.given[index].reshape(x.shape).to(x.dtype)
        natural = (x > 0).to(x.dtype) + ((x >= ceiling).to(x.dtype) if ceiling else 0)
        flipped = state != natural
        distance = torch.minimum(x.abs(), (x - ceiling).abs()) if ceiling else x.abs()
        scale = float(x.detach().abs().max()) or 1.0
        self.flips.append((int(flipped.sum()), float(distance[flipped].max()) / scale if bool(flipped.any()) else 0.0))
        self.recorded.append(state)
        top = torch.full_like(x, float(ceiling or 0))
        return torch.where(state == 1, x, torch.where(state == 2, top, torch.zeros_like(x)))

    def __enter__(self):
        self.saved = (F.relu, F.hardtanh)
        relu, hardtanh = F.relu, F.hardtanh
        F.relu = lambda x, inplace=False: self.activation(x, None)
        def patched_hardtanh(x, min_val=-1.0, max_val=1.0, inplace=False):
            if min_val == 0.0 and max_val == 6.0:
                return self.activation(x, 6.0)
            return hardtanh(x, min_val, max_val)
        F.hardtanh = patched_hardtanh
        return self

    def __exit__(self, *exc):
        F.relu, F.hardtanh = self.saved


def eval_gradients(model, x, targets, states=None, threads=None, channels_last=False):
    """Evaluation-mode parameter gradients of `model` (BCE with logits), with activation
    states recorded (states=None) or applied; returns (gradients, ActivationStates)."""
    previous = torch.get_num_threads()
    if threads:
        torch.set_num_threads(threads)
    if channels_last:
        model, x = model.to(memory_format=torch.channels_last), x.contiguous(memory_format=torch.channels_last)
    model.eval()
    model.zero_grad(set_to_none=True)
    with ActivationStates(states) as recorder:
        F.binary_cross_entropy_with_logits(model(x), targets).backward()
    torch.set_num_threads(previous)
    return {k: p.grad.contiguous().clone() for k, p in model.named_parameters()}, recorder


# Evaluation-mode orders: the fixture's own (two threads, NCHW) and the two of TORCH_VARIANTS.
EVAL_ORDERS = {"": {}, "_1thread": dict(threads=1), "_channels_last": dict(channels_last=True)}


# PyTorch float32 run in other, equally valid summation orders: which ReLU/ReLU6 mask entries
# near 0 flip relative to float64 (and so which tensors' gradients are off by percents) is
# chance, and differs between these (MobileNetV2: overall error vs float64 0.0016 with two
# threads, 0.0089 with one, 0.011 channels-last).
TORCH_VARIANTS = {"grad_1thread": dict(threads=1), "grad_channels_last": dict(channels_last=True)}


def variant_gradients(model, x, targets, threads=None, channels_last=False):
    """Training-mode gradients of `model` (a copy is consumed) with PyTorch float32 in another order."""
    previous = torch.get_num_threads()
    if threads:
        torch.set_num_threads(threads)
    if channels_last:
        model, x = model.to(memory_format=torch.channels_last), x.contiguous(memory_format=torch.channels_last)
    model.train()
    F.binary_cross_entropy_with_logits(model(x), targets).backward()
    torch.set_num_threads(previous)
    return {k: p.grad.contiguous() for k, p in model.named_parameters()}


def model_case(name, out_dir, size, batch=2, classes=3, full=False):
    """Random model (BN statistics randomised too), eval logits, then a train step's logits,
    loss, parameter gradients and updated running statistics; training-mode gradients also in
    float64 (`grad64.`, the yardstick) and from PyTorch float32 in other summation orders."""
    torch.manual_seed(7)
    model = build_model(name, classes)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.BatchNorm2d):
                m.weight.uniform_(0.5, 1.5)
                m.bias.normal_(0, 0.1)
                m.running_mean.normal_(0, 0.1)
                m.running_var.uniform_(0.5, 1.5)
    g = torch.Generator().manual_seed(11)
    x = torch.randn(batch, 3, size, size, generator=g)
    targets = (torch.rand(batch, classes, generator=g) > 0.5).float()
    tensors = {"input": x, "targets": targets}
    tensors.update({f"state.{k}": v.detach().float().clone() for k, v in model.state_dict().items()})
    reference64 = copy.deepcopy(model).double()
    pristine = copy.deepcopy(model)
    variants = {prefix: copy.deepcopy(model) for prefix in TORCH_VARIANTS}
    # Evaluation mode: logits, and gradients through fixed batch-norm statistics.
    model.eval()
    logits_eval = model(x)
    F.binary_cross_entropy_with_logits(logits_eval, targets).backward()
    tensors["logits_eval"] = logits_eval.detach()
    for k, p in model.named_parameters():
        tensors[f"grad_eval.{k}"] = p.grad.clone()
    model.zero_grad(set_to_none=True)
    if full:
        # Each PyTorch float32 order with a float64 yardstick run on that order's own
        # activation states (ActivationStates), so that its error is its arithmetic's alone.
        for suffix, options in EVAL_ORDERS.items():
            grads, recorder = eval_gradients(copy.deepcopy(pristine), x, targets, **options)
            grads64, _ = eval_gradients(copy.deepcopy(reference64), x.double(), targets.double(), states=recorder.recorded)
            for k in grads:
                tensors[f"grad_eval_ordered{suffix}.{k}"] = grads[k]
                tensors[f"grad64_eval_masked{suffix}.{k}"] = grads64[k]
    # Training mode: batch statistics, running-statistics update, gradients.
    model.train()
    logits = model(x)
    loss = F.binary_cross_entropy_with_logits(logits, targets)
    loss.backward()
    tensors["logits_train"] = logits.detach()
    tensors["loss"] = loss.detach().reshape(1)
    for k, p in model.named_parameters():
        tensors[f"grad.{k}"] = p.grad
    for k, b in model.named_buffers():
        tensors[f"after.{k}"] = b.detach().float().clone()
    # Training-mode gradients are ill-conditioned (batch norm over a batch of 2, activation
    # masks): float64 gradients are the yardstick that both float32 engines are measured against.
    reference64.train()
    F.binary_cross_entropy_with_logits(reference64(x.double()), targets.double()).backward()
    for k, p in reference64.named_parameters():
        tensors[f"grad64.{k}"] = p.grad
    for prefix, options in TORCH_VARIANTS.items():
        for k, grad in variant_gradients(variants.pop(prefix), x, targets, **options).items():
            tensors[f"{prefix}.{k}"] = grad
    write_safetensors(os.path.join(out_dir, f"{name}.safetensors"), tensors,
                      {"model": name, "torch": torch.__version__, "torchvision": torchvision.__version__})


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--full", metavar="DIR", help="write full-size model fixtures to DIR instead")
    parser.add_argument("--models", default="densenet121,resnet50,mobilenet_v2", help="with --full: which models")
    parser.add_argument("--masked-eval", nargs=4, metavar=("MODEL", "FIXTURE", "STATES", "OUT"),
                        help="float64 evaluation-mode gradients of MODEL (weights and input from FIXTURE) run "
                             "with the activation states in STATES (safetensors, 'state.N' in call order), to OUT")
    args = parser.parse_args()
    torch.set_num_threads(2)
    if args.masked_eval:
        name, fixture_path, states_path, out = args.masked_eval
        fixture, states = read_safetensors(fixture_path), read_safetensors(states_path)
        given = [states[f"state.{i}"] for i in range(len(states))]
        model = build_model(name, fixture["logits_eval"].shape[1])
        model.load_state_dict({k[len("state."):]: v for k, v in fixture.items() if k.startswith("state.")})
        grads64, recorder = eval_gradients(model.double(), fixture["input"].double(), fixture["targets"].double(), states=given)
        if len(recorder.recorded) != len(given):
            raise SystemExit(f"{len(given)} activation states given, the model ran {len(recorder.recorded)} activations")
        flips = [n for n, _ in recorder.flips]
        write_safetensors(out, {f"grad64.{k}": v for k, v in grads64.items()},
                          {"flips": sum(flips), "flipped_calls": sum(1 for n in flips if n),
                           "largest_flip_distance": max(d for _, d in recorder.flips)})
        return
    if args.full:
        os.makedirs(args.full, exist_ok=True)
        for name in args.models.split(","):
            model_case(name, args.full, 224, full=True)
            print("wrote", os.path.join(args.full, name + ".safetensors"))
        return
    os.makedirs(OPS_DIR, exist_ok=True)
    os.makedirs(MODELS_DIR, exist_ok=True)
    cases, tensors = op_cases()
    write_safetensors(os.path.join(OPS_DIR, "ops.safetensors"), tensors)
    opt_cases, opt_tensors = optimizer_cases()
    write_safetensors(os.path.join(OPS_DIR, "optimizers.safetensors"), opt_tensors)
    with open(os.path.join(OPS_DIR, "cases.json"), "w") as f:
        json.dump({"torch": torch.__version__, "ops": cases, "optimizers": opt_cases, "schedulers": scheduler_cases()}, f, indent=1)
    for name in ("densenet_narrow", "resnet_basic_narrow", "resnet_bottleneck_narrow", "mobilenet_v2_narrow"):
        model_case(name, MODELS_DIR, 64)
    print("fixtures written to", OPS_DIR, "and", MODELS_DIR)


if __name__ == "__main__":
    main()
