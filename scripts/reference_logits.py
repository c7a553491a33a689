#!/usr/bin/env python3
"""Prints torchvision's logits for one image as JSON: the reference for CXRKit's real-weights test.

    /usr/bin/python3 scripts/reference_logits.py --model mobilenet_v2 --weights W.pth --image X.jpg

Preprocessing is the plain recipe: RGB, 224 x 224 PIL bilinear resize, ImageNet mean/std.
"""
import argparse
import json

import torch
import torchvision
from PIL import Image
from torchvision import transforms


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="mobilenet_v2")
    parser.add_argument("--weights", required=True)
    parser.add_argument("--image", required=True)
    args = parser.parse_args()
    torch.set_num_threads(2)
    model = getattr(torchvision.models, args.model)()
    model.load_state_dict(torch.load(args.weights, map_location="cpu"))
    model.eval()
    image = Image.open(args.image).convert("RGB").resize((224, 224), Image.BILINEAR)
    x = transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])(transforms.ToTensor()(image))
    with torch.no_grad():
        logits = model(x[None])[0]
    print(json.dumps(logits.tolist()))


if __name__ == "__main__":
    main()
