#!/usr/bin/python3
"""Times MiniSom, scikit-learn's TSNE and (when installed) openTSNE on the data `cxr bench-latent`
passes, for the same work CXRKit times in the same run.

    bench_latent_reference.py DATA.f64 ROWS COLUMNS SPEC.json

DATA.f64 is the row-major float64 matrix. SPEC.json: {"repeats": k, "threads": t, "som": {...} or null,
"tsne": [{...}, ...]}. Prints one JSON object: for each job the seconds of each repeat, or an
"error" naming what is missing (e.g. MiniSom not installed).
"""
import json
import os
import sys
import time
import warnings


def main():
    path, rows, columns, spec_path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    with open(spec_path) as f:
        spec = json.load(f)
    threads = spec.get("threads", 1)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(threads)
    import numpy as np
    X = np.fromfile(path, dtype=np.float64).reshape(rows, columns)
    repeats = spec.get("repeats", 3)
    out = {}

    som = spec.get("som")
    if som:
        try:
            from minisom import MiniSom
            times = []
            for _ in range(repeats):
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    t0 = time.perf_counter()
                    m = MiniSom(som["columns"], som["rows"], X.shape[1], sigma=som["sigma"], learning_rate=som["learning_rate"],
                                neighborhood_function="gaussian", topology=som["topology"], random_seed=0)
                    m.pca_weights_init(X)
                    m.train(X, som["iterations"], random_order=True)
                    times.append(time.perf_counter() - t0)
            from importlib.metadata import version
            out["minisom"] = {"seconds": times, "version": version("minisom"),
                              "quantization_error": float(m.quantization_error(X)), "topographic_error": float(m.topographic_error(X))}
        except ImportError as e:
            out["minisom"] = {"error": f"MiniSom is not installed ({e}); /usr/bin/python3 -m pip install --break-system-packages minisom==2.3.6"}

    for job in spec.get("tsne", []):
        data = X[: job["points"]]
        key = job["name"]
        try:
            import sklearn
            from sklearn.manifold import TSNE
            times, kl = [], None
            for _ in range(repeats):
                t0 = time.perf_counter()
                t = TSNE(n_components=2, perplexity=job["perplexity"], method=job["method"], init="pca", learning_rate="auto",
                         n_iter=job["iterations"], random_state=0, angle=0.5, n_jobs=threads)
                t.fit_transform(data)
                times.append(time.perf_counter() - t0)
                kl = float(t.kl_divergence_)
            out["sklearn " + key] = {"seconds": times, "version": sklearn.__version__, "kl_divergence": kl}
        except ImportError as e:
            out["sklearn " + key] = {"error": f"scikit-learn is not installed ({e})"}
        if job["method"] == "barnes_hut":
            try:
                import openTSNE
                times, kl = [], None
                for _ in range(repeats):
                    t0 = time.perf_counter()
                    e = openTSNE.TSNE(n_components=2, perplexity=job["perplexity"], learning_rate="auto", early_exaggeration=12,
                                      early_exaggeration_iter=250, n_iter=job["iterations"] - 250, theta=0.5,
                                      negative_gradient_method="bh", initialization="pca", n_jobs=threads, random_state=0,
                                      verbose=False).fit(data)
                    times.append(time.perf_counter() - t0)
                    kl = float(e.kl_divergence)
                out["openTSNE " + key] = {"seconds": times, "version": openTSNE.__version__, "kl_divergence": kl}
            except ImportError as e:
                out["openTSNE " + key] = {"error": f"openTSNE is not installed ({e})"}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
