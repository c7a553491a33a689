#!/usr/bin/python3
"""Writes the CXREval test fixtures into Tests/CXREvalTests/Fixtures/.

Run with Debian's python (numpy and scikit-learn 1.2.1): /usr/bin/python3 scripts/make_eval_fixtures.py

Files written (all small JSON; non-finite numbers as the strings "inf", "-inf", "nan"):
  roc.json         binary cases: labels, scores and sklearn's roc_curve(drop_intermediate=False)
                   fpr/tpr/thresholds and roc_auc_score; plus one-class cases sklearn rejects.
                   sklearn 1.2 puts max(score) + 1 as the first threshold, sklearn >= 1.3 (and
                   CXREval) put +inf; the fixture stores "inf" there (the point is the same).
  macro.json       a multi-label problem with a class without positives, one without negatives
                   and a rare class; per-class roc_auc_score and their mean for several
                   minimum-positive settings.
  youden.json      validation/test pairs: threshold = thresholds[argmax(tpr - fpr)] on the
                   validation ROC (sklearn), then numpy counts (score >= threshold) on test and
                   the derived rates (null where undefined).
  confusion.json   multi-class scores, numpy argmax, sklearn confusion_matrix, per-class precision,
                   recall, F1 (null where undefined), accuracy_score and balanced_accuracy_score.
  percentile.json  numpy.percentile (linear interpolation) of a vector at several levels.
"""
import json
import math
import os
import warnings

import numpy as np
from sklearn.metrics import (accuracy_score, balanced_accuracy_score, confusion_matrix,
                             roc_auc_score, roc_curve)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "CXREvalTests", "Fixtures")


def num(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def write(name, obj):
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        json.dump(obj, f, indent=1, allow_nan=False)
        f.write("\n")
    print("wrote", path, os.path.getsize(path), "bytes")


def roc_case(name, labels, scores):
    y = np.asarray(labels, dtype=int)
    s = np.asarray(scores, dtype=np.float64)
    fpr, tpr, thr = roc_curve(y, s, drop_intermediate=False)
    thr = [num(t) for t in thr]
    thr[0] = "inf"  # sklearn 1.2: max + 1; same point, see the docstring
    return {"name": name, "labels": [int(v) for v in y], "scores": [float(v) for v in s],
            "fpr": [float(v) for v in fpr], "tpr": [float(v) for v in tpr], "thresholds": thr,
            "auc": float(roc_auc_score(y, s))}


def make_roc(rng):
    cases = []
    cases.append(roc_case("small_hand", [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]))
    cases.append(roc_case("small_ties", [0, 1, 0, 1, 1, 0], [0.5, 0.5, 0.2, 0.9, 0.2, 0.9]))
    y = rng.integers(0, 2, 60)
    y[0], y[1] = 0, 1
    cases.append(roc_case("random_60_rounded_ties", y, np.round(rng.random(60) * 0.6 + 0.3 * y, 1)))
    y = rng.integers(0, 2, 400)
    y[0], y[1] = 0, 1
    cases.append(roc_case("random_400_continuous", y, rng.normal(size=400) + 0.8 * y))
    y = (rng.random(300) < 0.1).astype(int)
    y[0], y[1] = 0, 1
    cases.append(roc_case("imbalanced_300_coarse_ties", y, np.round(rng.random(300) + 0.5 * y, 2)))
    # float32 probabilities as a model writes them, stored as the float64 they widen to.
    y = rng.integers(0, 2, 100)
    y[0], y[1] = 0, 1
    p = (1 / (1 + np.exp(-(rng.normal(size=100) + y)))).astype(np.float32).astype(np.float64)
    cases.append(roc_case("float32_probabilities_100", y, p))
    cases.append(roc_case("all_equal_scores", [0, 1, 1, 0, 1], [0.3] * 5))
    cases.append(roc_case("perfect", [0, 0, 0, 1, 1], [0.1, 0.2, 0.3, 0.7, 0.9]))
    cases.append(roc_case("inverted", [1, 1, 0, 0, 0], [0.1, 0.2, 0.3, 0.7, 0.9]))
    cases.append(roc_case("negative_scores_logits", [0, 1, 0, 1, 0, 1, 1], [-3.5, -0.2, -1.0, 2.5, -0.2, 0.0, -7.0]))
    degenerate = []
    for name, labels, scores in [("only_negatives", [0, 0, 0], [0.1, 0.5, 0.9]),
                                 ("only_positives", [1, 1], [0.2, 0.3])]:
        try:
            roc_auc_score(labels, scores)
            raise SystemExit("sklearn accepted a one-class case")
        except ValueError as e:
            degenerate.append({"name": name, "labels": labels, "scores": scores, "sklearn_error": str(e)})
    write("roc.json", {"cases": cases, "degenerate": degenerate})


def make_macro(rng):
    n = 80
    names = ["Common", "NoPositives", "AllPositives", "Rare3", "Tied"]
    labels = np.zeros((5, n), dtype=int)
    labels[0] = rng.random(n) < 0.4
    labels[0][:2] = [0, 1]
    labels[1] = 0
    labels[2] = 1
    labels[3][[5, 17, 60]] = 1
    labels[4] = rng.random(n) < 0.5
    labels[4][:2] = [0, 1]
    scores = rng.random((5, n)) + 0.4 * labels
    scores[4] = np.round(scores[4], 1)
    expected = []
    for mp in [1, 3, 4]:
        per = []
        for c in range(5):
            p = int(labels[c].sum())
            neg = n - p
            if p < max(mp, 1) or neg == 0:
                per.append(None)
            else:
                per.append(float(roc_auc_score(labels[c], scores[c])))
        vals = [v for v in per if v is not None]
        expected.append({"minimumPositives": mp, "perClass": per,
                         "mean": float(np.mean(vals)) if vals else None})
    write("macro.json", {"classNames": names, "labels": labels.tolist(),
                         "scores": [[float(v) for v in row] for row in scores], "expected": expected})


def youden_case(name, vy, vs, ty, ts):
    vy, vs, ty, ts = map(np.asarray, (vy, vs, ty, ts))
    fpr, tpr, thr = roc_curve(vy, vs, drop_intermediate=False)
    k = int(np.argmax(tpr - fpr))
    t = math.inf if k == 0 else float(thr[k])  # sklearn 1.2's first threshold is max + 1
    pred = ts >= t
    tp = int(np.sum(pred & (ty == 1))); fp = int(np.sum(pred & (ty == 0)))
    tn = int(np.sum(~pred & (ty == 0))); fn = int(np.sum(~pred & (ty == 1)))

    def ratio(a, b):
        return None if b == 0 else a / b
    return {"name": name,
            "validation": {"labels": vy.tolist(), "scores": [float(v) for v in vs]},
            "test": {"labels": ty.tolist(), "scores": [float(v) for v in ts]},
            "threshold": num(t), "youdenJ": float(tpr[k] - fpr[k]), "tpr": float(tpr[k]), "fpr": float(fpr[k]),
            "counts": {"tp": tp, "fp": fp, "tn": tn, "fn": fn},
            "sensitivity": ratio(tp, tp + fn), "specificity": ratio(tn, tn + fp),
            "ppv": ratio(tp, tp + fp), "npv": ratio(tn, tn + fn),
            "accuracy": (tp + tn) / len(ty), "f1": ratio(2 * tp, 2 * tp + fp + fn)}


def make_youden(rng):
    cases = []
    vy = rng.integers(0, 2, 200); ty = rng.integers(0, 2, 150)
    cases.append(youden_case("random_continuous", vy, rng.normal(size=200) + vy, ty, rng.normal(size=150) + ty))
    vy = rng.integers(0, 2, 120); ty = rng.integers(0, 2, 90)
    cases.append(youden_case("rounded_ties", vy, np.round(rng.random(120) + 0.5 * vy, 1),
                             ty, np.round(rng.random(90) + 0.5 * ty, 1)))
    # Inverted on validation: no threshold beats J = 0, so +inf wins; on test nothing is positive.
    cases.append(youden_case("inverted_validation", [1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9],
                             [0, 1, 1, 0], [0.3, 0.6, 0.7, 0.2]))
    # Test split without positives: sensitivity undefined.
    cases.append(youden_case("test_without_positives", [0, 0, 1, 1, 0, 1], [0.1, 0.3, 0.35, 0.8, 0.5, 0.6],
                             [0, 0, 0, 0], [0.2, 0.4, 0.7, 0.9]))
    write("youden.json", {"cases": cases})


def make_confusion(rng):
    k, n = 4, 90
    names = ["normal", "pneumonia", "covid", "other"]
    y = rng.integers(0, 3, n)  # class 3 never true
    s = rng.random((n, k))
    s[np.arange(n), y] += 0.35
    s[:, 2] -= 0.6  # class 2 (covid) rarely predicted...
    s[:, 3] -= 2.0  # ... and class 3 never
    s[:3] = [[0.5, 0.5, 0.1, 0.0], [0.2, 0.7, 0.7, 0.0], [0.9, 0.9, 0.9, 0.9]]  # ties: first wins
    s = np.round(s, 3)
    pred = np.argmax(s, axis=1)
    cm = confusion_matrix(y, pred, labels=list(range(k)))
    col = cm.sum(axis=0); row = cm.sum(axis=1); diag = np.diag(cm)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bal = balanced_accuracy_score(y, pred)
    write("confusion.json", {
        "classNames": names, "trueClasses": y.tolist(), "rowMajorScores": [float(v) for v in s.ravel()],
        "predicted": pred.tolist(), "matrix": cm.tolist(),
        "precision": [None if col[c] == 0 else float(diag[c] / col[c]) for c in range(k)],
        "recall": [None if row[c] == 0 else float(diag[c] / row[c]) for c in range(k)],
        "f1": [None if row[c] + col[c] == 0 else float(2 * diag[c] / (row[c] + col[c])) for c in range(k)],
        "accuracy": float(accuracy_score(y, pred)), "balancedAccuracy": float(bal)})


def make_percentile(rng):
    v = rng.normal(size=37)
    ps = [0, 2.5, 25, 50, 97.5, 100]
    write("percentile.json", {"values": [float(x) for x in v], "percents": ps,
                              "expected": [float(np.percentile(v, p)) for p in ps]})


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20240531)
    make_roc(rng)
    make_macro(rng)
    make_youden(rng)
    make_confusion(rng)
    make_percentile(rng)


if __name__ == "__main__":
    main()
