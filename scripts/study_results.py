#!/usr/bin/env python3
"""Writes docs/RESULTS.md from the outputs of scripts/study.sh (runs/study by default).

Reads only what the `cxr` commands wrote (cv.json, fold metrics.json, split.json, localize.json,
tsne.json, som.json) and the reference's README table; copies a few figures into docs/figures.
Every number in RESULTS.md comes from one of those files; a step that has not run is reported as
"not run", never filled in.

    python3 scripts/study_results.py [--out runs/study] [--reference ../shared/reference]
                                     [--results docs/RESULTS.md]
"""
import argparse
import csv
import json
import math
import os
import re
import shutil
import statistics
import subprocess
from collections import defaultdict
from datetime import datetime, timezone


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def fmt(x, digits=3):
    return "n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{digits}f}"


def mean_sd(values):
    values = [v for v in values if v is not None]
    if not values:
        return None, None
    return statistics.mean(values), (statistics.stdev(values) if len(values) > 1 else None)


def reference_table(reference_dir):
    """The reference's results rows: {(task, init): (mean, sd, [folds], [best epochs], wall)}."""
    rows = {}
    try:
        text = open(os.path.join(reference_dir, "README.md")).read()
    except OSError:
        return rows
    task = None
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 8 or not re.search(r"\d\.\d+ ± \d\.\d+", cells[4]):
            continue
        if cells[0]:
            task = "covid" if cells[0].lower().startswith("covid") else "nih"
        m = re.search(r"(\d\.\d+) ± (\d\.\d+)", cells[4])
        folds = [float(v) for v in re.findall(r"\d\.\d+", cells[5])]
        epochs = [int(v) for v in re.findall(r"\d+", cells[6])]
        rows[(task, cells[1].lower().replace("-", ""), cells[2].lower())] = (float(m.group(1)), float(m.group(2)), folds, epochs, cells[7])
    return rows


def cv_summary(out, name):
    return load(os.path.join(out, name, "cv.json"))


def fold_ids(summary):
    return [f["fold"] for f in summary["folds"]] if summary else []


def test_files(run_folder):
    split = load(os.path.join(run_folder, "split.json"))
    return set(split["test"]) if split else None


def per_finding(out, name):
    """{finding: [AUC per fold]} from each fold's evaluation-test/metrics.json."""
    result = defaultdict(list)
    summary = cv_summary(out, name)
    for k in fold_ids(summary):
        metrics = load(os.path.join(out, name, f"fold-{k}", "evaluation-test", "metrics.json"))
        if not metrics:
            continue
        for c in metrics["classes"]:
            result[c["name"]].append(c.get("auc"))
    return result


def lung_energy_cases(out, run):
    """{file: (energy, area)} over the test-fold images each fold model of cv-covid-RUN held out.
    RUN may end in "-final": the folds' final-epoch weights (localize/covid-RUN-fold-k) of cv-covid-RUN."""
    cases = {}
    cv_folder = os.path.join(out, f"cv-covid-{run.removesuffix('-final')}")
    for k in range(5):
        report = load(os.path.join(out, "localize", f"covid-{run}-fold-{k}", "localize.json"))
        held_out = test_files(os.path.join(cv_folder, f"fold-{k}"))
        if not report or held_out is None:
            return None
        for case in report["mask_cases"]:
            if case["file"] in held_out and case["energy_fraction"] is not None:
                cases[case["file"]] = (float(case["energy_fraction"]), float(case["area_fraction"]))
    return cases


def lung_energy(out, run):
    """Energy-in-lungs over held-out images: (values, areas)."""
    cases = lung_energy_cases(out, run)
    if cases is None:
        return None
    return [e for e, _ in cases.values()], [a for _, a in cases.values()]


def ensemble_lung_energy(out, runs):
    """The energy of the members' averaged maps, each map scaled to unit sum: per image the mean
    of the members' energies (the share inside the mask is linear in the map). (values, areas)."""
    members = [lung_energy_cases(out, run) for run in runs]
    if any(m is None for m in members):
        return None
    files = set.intersection(*(set(m) for m in members))
    files = sorted(files)
    return [sum(m[f][0] for m in members) / len(members) for f in files], [members[0][f][1] for f in files]


def nih_boxes(out):
    """Box scores of each boxed image from the NIH fold model that held it out."""
    cases = []
    for k in range(5):
        report = load(os.path.join(out, "localize", f"nih-fold-{k}", "localize.json"))
        held_out = test_files(os.path.join(out, "cv-nih-imagenet", f"fold-{k}"))
        if not report or held_out is None:
            return None
        cases += [c for c in report["box_cases"] if c["file"] in held_out]
    return cases


def copy_figure(source, name, figures):
    if not os.path.exists(source):
        return None
    os.makedirs(figures, exist_ok=True)
    shutil.copyfile(source, os.path.join(figures, name))
    return f"figures/{name}"


def step_times(out):
    times = []
    try:
        for line in open(os.path.join(out, "study.log")):
            m = re.match(r"study: (.*): (\d+) min (\d+) s$", line.strip())
            if m:
                times.append((m.group(1), int(m.group(2)) * 60 + int(m.group(3))))
    except OSError:
        pass
    return times


def machine(out):
    try:
        for line in open(os.path.join(out, "study.log")):
            if "started" in line and "cores" in line:
                return line.split(" on ", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="runs/study")
    parser.add_argument("--reference", default="../shared/reference")
    parser.add_argument("--results", default="docs/RESULTS.md")
    args = parser.parse_args()
    out, figures = args.out, os.path.join(os.path.dirname(args.results), "figures")
    ref = reference_table(args.reference)
    md = []
    w = md.append
    try:
        revision = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        revision = "unknown"

    w("# Results: the study on real data")
    w("")
    w(f"Written by `scripts/study_results.py` from the outputs of `scripts/study.sh` (in `{out}`), "
      f"{datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}, CXRKit at `{revision}`. "
      f"Machine: {machine(out)}. Every number below was measured by a `cxr` command on "
      "`../shared/data`; the PyTorch reference's figures come from `../shared/reference/README.md` "
      "(same data, same folds, its plain recipe).")
    w("")
    w("## What these numbers can and cannot show")
    w("")
    w("- **Small samples.** The NIH sample is 621 hand-picked images (one per patient, every finding "
      "present), so its AUCs are not comparable with full-ChestX-ray14 results (the research's 0.81). "
      "The COVID task has 527 frontal images of 309 patient groups but only **100 negatives**; a "
      "test fold holds about 20 negatives, so one fold's AUC has a 95 % CI about ±0.13 wide. "
      "Differences between recipes smaller than the fold spread are not evidence.")
    w("- **Source confounding.** The COVID-19 collection gathers images from many papers and web sites; "
      "positives and negatives come from different sources, so part of any COVID AUC may be source "
      "detection (markers, borders, processing). The lung-energy score below asks whether the heat "
      "maps sit on the lungs; it cannot prove the absence of a shortcut, only flag an obvious one.")
    w("- **Patient-level splits only.** All folds are the reference's patient-grouped fold tables "
      "(`covid_folds.csv`, `nih_folds.csv`; rows repeating an image under a second patient id are "
      "merged); every AUC below is on held-out test folds (mean ± sd over the 5 folds), never on "
      "images a model trained or selected its epoch on.")
    w("- **Architecture.** Only MobileNetV2 has real ImageNet weights on these machines (no DenseNet-121 "
      "or ResNet-50 ImageNet weights can be fetched), so the study's backbone is MobileNetV2, not the "
      "research's DenseNet-121/ResNet-50.")
    w("")

    # 1. NIH
    w("## 1. NIH ChestX-ray14 sample: 14 findings, 5-fold patient CV")
    w("")
    nih = {init: cv_summary(out, f"cv-nih-{init}") for init in ("imagenet", "scratch")}
    w("| init | CXRKit mean AUC ± sd | per fold | PyTorch reference |")
    w("|---|---|---|---|")
    for init in ("imagenet", "scratch"):
        s = nih[init]
        r = ref.get(("nih", "mobilenetv2", init))
        refcell = f"{r[0]:.3f} ± {r[1]:.3f}" if r else "n/a"
        if s:
            w(f"| {init} | **{fmt(s['meanAUC'])} ± {fmt(s['standardDeviation'])}** | "
              f"{', '.join(fmt(f['testMeanAUC']) for f in s['folds'])} | {refcell} |")
        else:
            w(f"| {init} | not run | | {refcell} |")
    w("")
    findings = per_finding(out, "cv-nih-imagenet")
    scratch_findings = per_finding(out, "cv-nih-scratch")
    if findings:
        w("Per finding (test-fold AUC, mean ± sd over the 5 folds; each fold's AUC has its patient-bootstrap "
          "CI in `cv-nih-*/fold-k/evaluation-test/metrics.json`):")
        w("")
        w("| finding | ImageNet start | scratch |")
        w("|---|---|---|")
        for name, values in findings.items():
            m, sd = mean_sd(values)
            ms, sds = mean_sd(scratch_findings.get(name, []))
            w(f"| {name} | {fmt(m)} ± {fmt(sd)} | {fmt(ms)} ± {fmt(sds)} |")
        w("")

    # 2. COVID
    w("## 2. COVID-19 vs other: 5-fold patient CV on the reference's folds (the research's Table 2)")
    w("")
    rows = [
        ("scratch", "cv-covid-scratch", "reference recipe, lr 1e-3", ("covid", "mobilenetv2", "scratch")),
        ("ImageNet", "cv-covid-imagenet", "reference recipe, lr 1e-4", ("covid", "mobilenetv2", "imagenet")),
        ("NIH-pretrained (ImageNet → NIH sample)", "cv-covid-nih", "reference recipe, lr 1e-4", None),
        ("ImageNet + test-time flip", "ensemble-covid-imagenet-flip", "reference-recipe models, each on image + mirror", None),
        ("ImageNet, CXRKit recipe", "cv-covid-imagenet-strong", "strong augmentation, cosine, 10 epochs", None),
        ("ImageNet, CXRKit recipe, seed 1", "cv-covid-imagenet-strong-seed1", "as above, another seed", None),
        ("ImageNet, CXRKit recipe, seed 2", "cv-covid-imagenet-strong-seed2", "as above, another seed", None),
        ("first declared ensemble (session 4)", "ensemble-covid-best",
         "ImageNet reference + CXRKit recipe + NIH-pretrained runs (15 models), test-time flips", None),
        ("second declared ensemble (2026-11-30 20:40 UTC, before its seed runs were scored)", "ensemble-covid-declared",
         "ImageNet reference recipe + CXRKit recipe seeds 0, 1, 2 (20 models), test-time flips", None),
        ("**CXRKit best**: third declared ensemble (2026-11-30 23:23 UTC, before any final-epoch model was scored)",
         "ensemble-covid-final",
         "the same 4 runs, each fold's best-validation and final-epoch weights (40 models, 8 per fold), test-time flips", None),
    ]
    w("| initialisation | recipe | CXRKit mean AUC ± sd | per fold | best epochs | PyTorch reference |")
    w("|---|---|---|---|---|---|")
    covid = {}
    for label, name, recipe, key in rows:
        s = cv_summary(out, name)
        covid[name] = s
        r = ref.get(key) if key else None
        refcell = f"{r[0]:.3f} ± {r[1]:.3f}" if r else "—"
        if s:
            epochs = ", ".join(str(f.get("bestEpoch")) for f in s["folds"] if f.get("bestEpoch")) or "—"
            w(f"| {label} | {recipe} | **{fmt(s['meanAUC'])} ± {fmt(s['standardDeviation'])}** | "
              f"{', '.join(fmt(f['testMeanAUC']) for f in s['folds'])} | {epochs} | {refcell} |")
        else:
            w(f"| {label} | {recipe} | not run | | | {refcell} |")
    w("")
    reference_imagenet = ref.get(("covid", "mobilenetv2", "imagenet"))
    best = covid.get("ensemble-covid-final") or covid.get("ensemble-covid-declared") or covid.get("ensemble-covid-best")
    if reference_imagenet and best and best.get("meanAUC") is not None:
        bar = reference_imagenet[0] + reference_imagenet[1]
        margin = best["meanAUC"] - reference_imagenet[0]
        verdict = "exceeds" if best["meanAUC"] > bar else "does **not** exceed"
        w(f"Against the reference: CXRKit's best mean AUC {best['meanAUC']:.3f} is {margin:+.3f} over the PyTorch "
          f"reference's {reference_imagenet[0]:.3f}; the bar (reference mean + its fold sd {reference_imagenet[1]:.3f}) is "
          f"{bar:.3f}, which it {verdict}.")
        pairs = [(f["testMeanAUC"], reference_imagenet[2][f["fold"]]) for f in best["folds"]
                 if f.get("testMeanAUC") is not None and f["fold"] < len(reference_imagenet[2])]
        if pairs:
            wins = sum(1 for a, b in pairs if a > b)
            w(f"Fold by fold (same test patients): higher than the reference in {wins} of {len(pairs)} folds "
              f"({', '.join(f'{a:.3f} vs {b:.3f}' for a, b in pairs)}).")
            difference, difference_sd = mean_sd([a - b for a, b in pairs])
            w(f"Paired over folds, the difference is {difference:+.3f} ± {difference_sd:.3f} (mean ± sd of the per-fold differences).")
        declared = [covid.get(n) for n in ("ensemble-covid-best", "ensemble-covid-declared", "ensemble-covid-final")]
        if best is declared[-1] and all(d and d.get("meanAUC") is not None for d in declared):
            history = ", ".join(f"{d['meanAUC']:.3f}" for d in declared)
            w("")
            w(f"Read this with its history: it is the third ensemble rule declared against the same test folds "
              f"({history}). Each rule was committed before its new "
              "members or weights were scored, but choosing a new rule after seeing the previous ones' scores is "
              "itself a look at the test folds, and the margin over the bar is far smaller than one fold's "
              "confidence interval (about ±0.13). What the data support is that ensembles of CXRKit's runs are "
              f"about {margin:+.2f} AUC above the reference's single models, in most folds; not that any one "
              "recipe is reliably better than another by a few thousandths.")
        w("")

    # Lung energy
    w("### Is the model looking at the lungs? (lung-mask energy on held-out images)")
    w("")
    w("Grad-CAM (last feature maps, COVID-19 logit) of each fold's model on the test-fold images that have a "
      "lung mask (v7labs or lungVAE); energy = the share of the map's sum inside the lungs; a uniform map "
      "scores the lungs' share of the image (\"area\"). Ratio > 1 means the map concentrates on the lungs.")
    w("")
    w("| models | images | energy in lungs (mean ± sd) | lung area | energy / area | images with energy > area |")
    w("|---|---|---|---|---|---|")
    declared_members = ("imagenet", "imagenet-strong", "imagenet-strong-seed1", "imagenet-strong-seed2")
    for run, label in (("imagenet", "ImageNet, reference recipe"), ("nih", "NIH-pretrained, reference recipe"),
                       ("imagenet-strong", "ImageNet, CXRKit recipe"), ("imagenet-strong-seed1", "ImageNet, CXRKit recipe, seed 1"),
                       ("imagenet-strong-seed2", "ImageNet, CXRKit recipe, seed 2"),
                       ("imagenet-final", "ImageNet, reference recipe, final-epoch weights"),
                       ("imagenet-strong-final", "ImageNet, CXRKit recipe, final-epoch weights"),
                       ("imagenet-strong-seed1-final", "ImageNet, CXRKit recipe, seed 1, final-epoch weights"),
                       ("imagenet-strong-seed2-final", "ImageNet, CXRKit recipe, seed 2, final-epoch weights"),
                       (declared_members, "second declared ensemble (best weights; members' unit-sum maps averaged)"),
                       (declared_members + tuple(m + "-final" for m in declared_members),
                        "**CXRKit best** (third declared ensemble: best + final weights; unit-sum maps averaged)")):
        got = ensemble_lung_energy(out, run) if isinstance(run, tuple) else lung_energy(out, run)
        if not got or not got[0]:
            w(f"| {label} | not run | | | | |")
            continue
        e, a = got
        me, se = mean_sd(e)
        ma, _ = mean_sd(a)
        above = sum(1 for x, y in zip(e, a) if x > y)
        w(f"| {label} | {len(e)} | {me:.3f} ± {se:.3f} | {ma:.3f} | {me / ma:.2f} | {above} ({100 * above / len(e):.0f} %) |")
    w("")
    chosen = []
    for k in range(5):
        examples_dir = os.path.join(out, "localize", f"covid-examples-fold-{k}")
        held_out = test_files(os.path.join(out, "cv-covid-imagenet-strong", f"fold-{k}")) or set()
        report = load(os.path.join(examples_dir, "localize.json")) or {}
        with_energy = {c["file"] for c in report.get("mask_cases", []) if c.get("energy_fraction") is not None}
        stems = {re.sub(r"[^A-Za-z0-9._+-]", "_", os.path.splitext(f)[0]) for f in held_out & with_energy}
        for name in sorted(os.listdir(examples_dir)) if os.path.isdir(examples_dir) else []:
            if name.endswith(".png") and name.rsplit("_", 1)[0] in stems and len(chosen) < 2:
                chosen.append(copy_figure(os.path.join(examples_dir, name), f"covid-gradcam-{len(chosen)}.png", figures))
    if chosen:
        w(" ".join(f"![Grad-CAM of the COVID-19 logit, lungs outlined in green]({p})" for p in chosen))
        w("")
        w("Grad-CAM of the COVID-19 logit by fold models of the CXRKit recipe on test-fold images they never "
          "saw, lung mask outlined in green; the caption gives the probability and the map's share inside the lungs.")
        w("")

    # 3. Fifteen classes
    w("## 3. Fifteen classes: 14 NIH findings + COVID-19, both sources, balanced sampler")
    w("")
    fifteen = load(os.path.join(out, "fifteen", "evaluation-test", "metrics.json"))
    if fifteen:
        c = fifteen["counts"]
        m = fifteen.get("meanAUC") or {}
        iv = m.get("interval") or {}
        w(f"MobileNetV2 from ImageNet, one patient-level split (70/10/20, patients of the two sources never "
          f"mixed), test split: {c['images']} images, {c['patients']} patients; mean AUC over the classes with "
          f"positives **{fmt(m.get('auc'))}** [{fmt(iv.get('lower'))}, {fmt(iv.get('upper'))}] (95 % patient bootstrap).")
        w("")
        w("| class | positives / negatives (test) | AUC [95 % CI] |")
        w("|---|---|---|")
        for cls in fifteen["classes"]:
            iv = cls.get("aucInterval") or {}
            auc = f"{fmt(cls.get('auc'))} [{fmt(iv.get('lower'))}, {fmt(iv.get('upper'))}]" if cls.get("auc") is not None else \
                f"n/a ({cls.get('skipReason', 'skipped')})"
            w(f"| {cls['name']} | {cls['positives']} / {cls['negatives']} | {auc} |")
        w("")
        w("Read this table with care. Two sources are mixed, so every column is partly a source detector: "
          "every COVID-19 positive comes from the collection and none from NIH, and the 14 findings are "
          "labelled almost only on NIH images, so their negatives include the collection's images, which "
          "look different. These AUCs are therefore higher than the NIH-only CV of section 1 (0.66) for "
          "reasons that are not medical. Classes with fewer than 5 test positives (Emphysema, Hernia) are "
          "anecdotes whatever their interval says.")
        w("")
    else:
        w("Not run.")
        w("")

    # 4. Localisation against NIH boxes
    w("## 4. Where the networks look")
    w("")
    w("### NIH boxes (each boxed image scored by the fold model that held it out)")
    w("")
    cases = nih_boxes(out)
    if cases:
        by_class = defaultdict(list)
        for case in cases:
            by_class[case["class_name"]].append(case)
        w("Grad-CAM of the finding's logit, upsampled to the 1024 px image; predicted box = bounding box of the "
          "largest region >= 0.5 x max; pointing game = the map's maximum inside the box.")
        w("")
        w("| finding | boxes | pointing game | IoU (T=0.5) | IoBB (T=0.5) | IoU >= 0.1 |")
        w("|---|---|---|---|---|---|")

        def t05(case):
            return next(s for s in case["scores"] if abs(s["threshold"] - 0.5) < 1e-6)
        for name in sorted(by_class) + ["all"]:
            group = cases if name == "all" else by_class[name]
            hits = sum(1 for c in group if c["pointing_hit"])
            iou = statistics.mean(t05(c)["intersection_over_union"] for c in group)
            iobb = statistics.mean(t05(c)["intersection_over_detected"] for c in group)
            acc = sum(1 for c in group if t05(c)["intersection_over_union"] >= 0.1) / len(group)
            w(f"| {name} | {len(group)} | {hits}/{len(group)} | {iou:.3f} | {iobb:.3f} | {acc:.2f} |")
        w("")
        w("Only 12 of the shared NIH images carry boxes, so these are anecdotes with numbers, not estimates.")
        w("")
    else:
        w("Not run.")
        w("")

    # Latent space
    w("### Latent space: raw pixels vs learned features (SOM and t-SNE)")
    w("")
    w("t-SNE (perplexity 30) and a self-organising map of the same images, from 32 x 32 grayscale pixels and "
      "from each model's pooled features (the head's input). k-NN accuracy: leave-one-out 5-NN class accuracy, "
      "in the original space and in the 2-D t-SNE map; SOM purity: share of images whose winning neuron's "
      "majority class is their own. The models saw most of these images in training (fold-0 models; all "
      "images are embedded), so this shows how each space arranges the classes, not generalisation. "
      "Accuracies are to be read against the majority class share: a k-NN that always answers the "
      "majority class scores that much.")
    w("")
    w("| images | space | features | majority class share | 5-NN accuracy (original / t-SNE) | trustworthiness (10) | SOM grid | SOM QE / TE | SOM purity |")
    w("|---|---|---|---|---|---|---|---|---|")
    latent_rows = [("COVID vs other", "raw pixels 32 x 32", "covid-raw"), ("COVID vs other", "ImageNet model (fold 0)", "covid-imagenet"),
                   ("COVID vs other", "NIH-pretrained model (fold 0)", "covid-nih"), ("15 classes", "raw pixels 32 x 32", "fifteen-raw"),
                   ("15 classes", "15-class model", "fifteen-model")]
    for images, space, name in latent_rows:
        t = load(os.path.join(out, "latent", f"tsne-{name}", "tsne.json"))
        s = load(os.path.join(out, "latent", f"som-{name}", "som.json"))
        if not t:
            w(f"| {images} | {space} | not run | | | | | | |")
            continue
        acc = t.get("knnClassAccuracy", {})
        purity = "n/a"
        if s:
            categories = []
            try:
                with open(os.path.join(out, "latent", f"tsne-{name}", "tsne.csv")) as f:
                    categories = [row["category"] for row in csv.DictReader(f)]
            except OSError:
                pass
            if categories and len(categories) == len(s["winners"]):
                names = s["categoryNames"]
                good = sum(1 for cat, wn in zip(categories, s["winners"])
                           if s["majorityCategory"][wn] >= 0 and names[s["majorityCategory"][wn]] == cat)
                purity = f"{good / len(categories):.3f}"
        som_cells = (f"{s['rows']} x {s['columns']} | {s['quantizationError']:.2f} / {s['topographicError']:.3f} | {purity}"
                     if s else "n/a | n/a | n/a")
        majority = max(t["categoryCounts"]) / t["samples"]
        w(f"| {images} ({t['samples']}) | {space} | {t['features']} | {majority:.3f} | {fmt(acc.get('original'))} / {fmt(acc.get('embedded'))} | "
          f"{fmt(t.get('trustworthiness', {}).get('10'))} | {som_cells} |")
    w("")
    pictures = []
    for name, caption in (("covid-raw", "raw pixels"), ("covid-imagenet", "ImageNet-start model features"),
                          ("fifteen-raw", "15 classes, raw pixels"), ("fifteen-model", "15 classes, model features")):
        p = copy_figure(os.path.join(out, "latent", f"tsne-{name}", "tsne.png"), f"tsne-{name}.png", figures)
        if p:
            pictures.append(f"![t-SNE, {caption}]({p})")
    if pictures:
        w(" ".join(pictures[:2]))
        w("")
        if len(pictures) > 2:
            w(" ".join(pictures[2:]))
            w("")
    best_run = next((r for r in ("ensemble-covid-final", "ensemble-covid-declared") if os.path.isdir(os.path.join(out, r))),
                    "ensemble-covid-best")
    roc = copy_figure(os.path.join(out, best_run, "fold-0", "roc.png"), "roc-covid-best-fold0.png", figures)
    if roc:
        w(f"![ROC of CXRKit's best COVID-19 model on test fold 0]({roc})")
        w("")

    # Wall time
    w("## Wall time")
    w("")
    times = step_times(out)
    cv_minutes = []
    for name in ("cv-nih-imagenet", "cv-nih-scratch", "cv-covid-scratch", "cv-covid-imagenet", "cv-covid-nih", "cv-covid-imagenet-strong",
                 "cv-covid-imagenet-strong-seed1", "cv-covid-imagenet-strong-seed2"):
        s = cv_summary(out, name)
        if s:
            seconds = [f.get("seconds") for f in s["folds"] if f.get("seconds")]
            if seconds:
                cv_minutes.append((name, sum(seconds) / 60, statistics.median(seconds) / 60))
    if cv_minutes:
        w("| cross-validation | total (5 folds) | median fold |")
        w("|---|---|---|")
        for name, total, median in cv_minutes:
            w(f"| {name} | {total:.1f} min | {median:.1f} min |")
        w("")
    for name, label in (("nih-pretrain", "NIH pretraining (`cxr train`, 8 epochs)"), ("fifteen", "15-class training (`cxr train`, 8 epochs)")):
        try:
            seconds = sum(int(m.group(1)) for m in re.finditer(r"lr \S+\s+(\d+) s", open(os.path.join(out, name, "train.log")).read()))
            w(f"- {label}: {seconds / 60:.1f} min of epochs (`{name}/train.log`)")
        except OSError:
            pass
    w("")
    if times:
        w("Steps logged by `scripts/study.sh` (`study.log`):")
        w("")
        for name, seconds in times:
            w(f"- {name}: {seconds // 60} min {seconds % 60} s")
        w("")
    w("Training ran with one engine thread per run, two runs side by side on the two cores (and, for the "
      "NIH and COVID-scratch runs of earlier sessions, beside builds): fold times are upper bounds; "
      "`cxr bench` gives the engine's speed against PyTorch on a quiet machine.")
    w("")
    w("## Reproduce")
    w("")
    w("`scripts/study.sh` (needs `../shared/data` and `../shared/reference`; every step resumes or is skipped "
      "when its output exists; `scripts/study.sh results` rewrites this file).")
    os.makedirs(os.path.dirname(args.results) or ".", exist_ok=True)
    with open(args.results, "w") as f:
        f.write("\n".join(md) + "\n")
    print(f"wrote {args.results}")


if __name__ == "__main__":
    main()
