#!/usr/bin/env python3
"""PyTorch side of `cxr bench`: images/s of inference and of a training step (forward, BCE
loss, backward, Adam) for one torchvision model, and the process's peak memory, as JSON.

    /usr/bin/python3 scripts/bench_reference.py --model densenet121 --mode train --batch 16

Runs each layout (contiguous NCHW and channels_last) and reports the best, as `cxr bench`
compares against PyTorch's best layout. One model and mode per process, so that the peak
memory (ru_maxrss) belongs to that run alone.
"""
import argparse
import json
import resource
import statistics
import time

import torch
import torch.nn.functional as F
import torchvision


def run(model_name, mode, batch, size, iterations, layout, precision):
    torch.manual_seed(0)
    model = getattr(torchvision.models, model_name)(num_classes=14)
    x = torch.randn(batch, 3, size, size)
    y = (torch.rand(batch, 14) > 0.8).float()
    if layout == "channels_last":
        model = model.to(memory_format=torch.channels_last)
        x = x.to(memory_format=torch.channels_last)
    autocast = torch.autocast("cpu", dtype=torch.bfloat16) if precision == "bf16" else torch.autocast("cpu", enabled=False)
    if mode == "inference":
        model.eval()

        def step():
            with torch.no_grad(), autocast:
                model(x)
    else:
        model.train()
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)

        def step():
            optimizer.zero_grad(set_to_none=True)
            with autocast:
                loss = F.binary_cross_entropy_with_logits(model(x).float(), y)
            loss.backward()
            optimizer.step()

    step()  # warm-up
    times = []
    for _ in range(iterations):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return batch / statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--mode", choices=["inference", "train"], required=True)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--size", type=int, default=224)
    parser.add_argument("--iterations", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--layout", choices=["best", "contiguous", "channels_last"], default="best")
    parser.add_argument("--precision", choices=["fp32", "bf16"], default="fp32")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    layouts = ["contiguous", "channels_last"] if args.layout == "best" else [args.layout]
    results = {layout: run(args.model, args.mode, args.batch, args.size, args.iterations, layout, args.precision) for layout in layouts}
    best = max(results, key=results.get)
    print(json.dumps({
        "model": args.model, "mode": args.mode, "precision": args.precision, "images_per_second": results[best],
        "layout": best, "by_layout": results, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "torch": torch.__version__, "threads": args.threads,
    }))


if __name__ == "__main__":
    main()
