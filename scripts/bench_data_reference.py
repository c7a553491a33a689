#!/usr/bin/env python3
"""PIL + torchvision reference for `cxr bench-data`: decode + RGB + 224x224 bilinear resize +
RandomHorizontalFlip + RandomRotation(10) + ToTensor + Normalize(ImageNet) over the given files,
through a torch DataLoader (batch 16, `--workers` worker processes, each with 1 torch thread).
Prints one JSON line: {"images": N, "seconds": [..], "median_images_per_second": x}.

Usage: /usr/bin/python3 scripts/bench_data_reference.py --list files.txt --workers 2 --repeats 3
"""
import argparse
import json
import statistics
import time

import torch
import torchvision.transforms as T
from PIL import Image


class Files(torch.utils.data.Dataset):
    def __init__(self, paths):
        self.paths = paths
        self.tf = T.Compose([T.RandomHorizontalFlip(), T.RandomRotation(10), T.ToTensor(),
                             T.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])])

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        im = Image.open(self.paths[i]).convert('RGB').resize((224, 224), Image.BILINEAR)
        return self.tf(im)


def init(_):
    torch.set_num_threads(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--list', required=True)
    ap.add_argument('--workers', type=int, default=2)
    ap.add_argument('--repeats', type=int, default=3)
    a = ap.parse_args()
    paths = [l.strip() for l in open(a.list) if l.strip()]
    torch.set_num_threads(1)
    times = []
    for _ in range(a.repeats):
        loader = torch.utils.data.DataLoader(Files(paths), batch_size=16, num_workers=a.workers,
                                             worker_init_fn=init, persistent_workers=False)
        t = time.perf_counter()
        n = 0
        for x in loader:
            n += x.shape[0]
        times.append(time.perf_counter() - t)
    print(json.dumps({'images': len(paths), 'seconds': times,
                      'median_images_per_second': len(paths) / statistics.median(times)}))


if __name__ == '__main__':
    main()
