#!/usr/bin/env python3
"""Prints the README's speed table (markdown) from a `cxr bench --json FILE` output."""
import json
import sys

NAMES = {"densenet121": "DenseNet-121", "resnet50": "ResNet-50", "mobilenet_v2": "MobileNetV2"}

def main(path):
    data = json.load(open(path))
    print(f"<!-- {data['machine']}; batch {data['batch']}, {data['imageSize']} x {data['imageSize']} -->")
    print("| model | mode | CXRKit img/s | PyTorch img/s | ratio | CXRKit peak MB | PyTorch peak MB |")
    print("|---|---|---|---|---|---|---|")
    for row in data["rows"]:
        ours, theirs = row["ours"], row.get("pytorch")
        mode = "inference" if row["mode"] == "inference" else "training step"
        ratio = f"{row['speedRatio']:.2f}x" if row.get("speedRatio") else "-"
        print(f"| {NAMES.get(row['model'], row['model'])} | {mode} | {ours['imagesPerSecond']:.2f} | "
              f"{theirs['imagesPerSecond']:.2f} | {ratio} | {ours['peakMegabytes']:.0f} | {theirs['peakMegabytes']:.0f} |"
              if theirs else f"| {row['model']} | {mode} | {ours['imagesPerSecond']:.2f} | - | - | {ours['peakMegabytes']:.0f} | - |")

if __name__ == "__main__":
    main(sys.argv[1])
