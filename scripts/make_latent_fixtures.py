#!/usr/bin/python3
"""Writes the latent-space fixtures into Tests/CXREvalTests/Fixtures/.

Run with Debian's python (numpy, scikit-learn 1.2.1) and MiniSom 2.3.6
(`/usr/bin/python3 -m pip install --break-system-packages minisom==2.3.6`):

    /usr/bin/python3 scripts/make_latent_fixtures.py

Files written (small JSON):
  latent_som.json    Gaussian clusters (90 x 4). For each case (topology, neighbourhood, decay,
                     mode, order): MiniSom's initial weights, its sample order (online training),
                     and after training its weights, quantization error, topographic error,
                     distance map (U-matrix, sum scaling) and activation response. Plus
                     MiniSom's pca_weights_init on the same data. Weights are stored in
                     CXRKit's neuron order: MiniSom(x=columns, y=rows) weights[i, j] is
                     neuron (row j, column i).
  latent_tsne.json   two data sets: "exact" (80 x 8, perplexity 15) and "barnes_hut" (200 x 8,
                     perplexity 8). For each: the data, scikit-learn's PCA initial embedding
                     (init="pca" as TSNE._fit computes it), the joint probabilities
                     (_joint_probabilities dense / _joint_probabilities_nn in CSR), and TSNE's
                     kl_divergence_, n_iter_ and trustworthiness (k = 5, 10) of its embedding
                     from that start (1000 iterations, learning_rate "auto"). Also the cost and
                     gradient (_kl_divergence / _kl_divergence_bh, theta 0.5) at a fixed random
                     embedding "check_embedding" (N(0, 5^2)).
  latent_trust.json  random X (60 x 5) and Y (60 x 2) with sklearn.manifold.trustworthiness at
                     k = 1, 5, 10, 20.
"""
import json
import os
import warnings

import numpy as np
from minisom import MiniSom, _build_iteration_indexes
from scipy.spatial.distance import squareform
from sklearn.decomposition import PCA
from sklearn.manifold import TSNE, trustworthiness
from sklearn.manifold._t_sne import _joint_probabilities, _joint_probabilities_nn, _kl_divergence, _kl_divergence_bh
from sklearn.metrics import pairwise_distances
from sklearn.neighbors import NearestNeighbors

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "CXREvalTests", "Fixtures")


def clusters(rng, n, d, k, spread):
    centres = rng.normal(0, 3, (k, d))
    labels = np.arange(n) % k
    return centres[labels] + rng.normal(0, spread, (n, d)), labels


def r(a, digits=12):
    """Nested lists of rounded floats (JSON-friendly)."""
    return np.round(np.asarray(a, dtype=np.float64), digits).tolist()


def neurons(w):
    """MiniSom weights [columns, rows, d] -> CXRKit order [rows * columns, d]."""
    return w.transpose(1, 0, 2).reshape(-1, w.shape[2])


def grid(m):
    """MiniSom map [columns, rows] -> CXRKit order [rows * columns]."""
    return m.T.reshape(-1)


def som_fixture():
    rng = np.random.RandomState(7)
    X, labels = clusters(rng, 90, 4, 3, 0.8)
    cases = []
    specs = [
        # topology, neighbourhood, decay, mode, order, rows, columns, sigma, lr, iterations
        ("rectangular", "gaussian", "asymptotic", "online", "sequential", 5, 6, 1.5, 0.5, 300),
        ("rectangular", "bubble", "asymptotic", "online", "sequential", 5, 6, 2.0, 0.5, 300),
        ("rectangular", "mexican_hat", "asymptotic", "online", "sequential", 5, 6, 1.5, 0.1, 300),
        ("hexagonal", "gaussian", "asymptotic", "online", "sequential", 5, 6, 1.5, 0.5, 300),
        ("hexagonal", "bubble", "asymptotic", "online", "sequential", 5, 6, 2.0, 0.5, 300),
        ("hexagonal", "mexican_hat", "asymptotic", "online", "sequential", 5, 6, 1.5, 0.1, 300),
        ("rectangular", "gaussian", "linear", "online", "random", 5, 6, 2.0, 0.5, 300),
        ("hexagonal", "gaussian", "inverse", "online", "random", 5, 6, 2.0, 0.5, 300),
        ("hexagonal", "gaussian", "asymptotic", "online", "random", 4, 6, 1.5, 0.5, 300),
        ("rectangular", "gaussian", "asymptotic", "batch", None, 5, 6, 2.0, 0.5, 20),
        ("hexagonal", "bubble", "linear", "batch", None, 5, 6, 2.0, 0.5, 20),
    ]
    names = {"asymptotic": ("asymptotic_decay", "asymptotic_decay"),
             "linear": ("linear_decay_to_zero", "linear_decay_to_one"),
             "inverse": ("inverse_decay_to_zero", "inverse_decay_to_one")}
    for k, (topology, nb, decay, mode, order, rows, columns, sigma, lr, iterations) in enumerate(specs):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            som = MiniSom(columns, rows, X.shape[1], sigma=sigma, learning_rate=lr,
                          decay_function=names[decay][0], sigma_decay_function=names[decay][1],
                          neighborhood_function=nb, topology=topology, random_seed=100 + k)
        initial = neurons(som.get_weights().copy())
        case = {"topology": topology, "neighborhood": nb.replace("_", "-"), "decay": decay, "mode": mode,
                "rows": rows, "columns": columns, "sigma": sigma, "learning_rate": lr,
                "iterations": iterations, "initial": r(initial)}
        if mode == "online":
            generator = None
            if order == "random":
                generator = np.random.RandomState()
                generator.set_state(som._random_generator.get_state())
            case["order"] = [int(i) for i in _build_iteration_indexes(len(X), iterations, False, generator, False)]
            som.train(X, iterations, random_order=(order == "random"))
        else:
            som.train_batch_offline(X, iterations)
        case["weights"] = r(neurons(som.get_weights()))
        case["quantization_error"] = float(som.quantization_error(X))
        case["topographic_error"] = float(som.topographic_error(X))
        case["distance_map"] = r(grid(som.distance_map()))
        case["activation_response"] = [int(v) for v in grid(som.activation_response(X))]
        cases.append(case)
    pca_som = MiniSom(6, 5, X.shape[1], random_seed=1)
    pca_som.pca_weights_init(X)
    return {"data": r(X), "labels": labels.tolist(), "cases": cases,
            "pca": {"rows": 5, "columns": 6, "weights": r(neurons(pca_som.get_weights()))}}


def sklearn_pca_init(X):
    # As TSNE._fit for init="pca" (random_state=0).
    pca = PCA(n_components=2, svd_solver="randomized", random_state=np.random.RandomState(0))
    Y = pca.fit_transform(X).astype(np.float32, copy=False)
    return (Y / np.std(Y[:, 0]) * 1e-4).astype(np.float64)


def tsne_case(X, perplexity, method):
    init = sklearn_pca_init(X)
    case = {"data": r(X), "perplexity": perplexity, "initial": r(init, 15)}
    n = X.shape[0]
    check = np.random.RandomState(3).normal(0, 5, (n, 2))
    case["check_embedding"] = r(check)
    if method == "exact":
        distances = pairwise_distances(X, metric="euclidean", squared=True)
        P = squareform(_joint_probabilities(distances, perplexity, 0))
        case["P"] = [float("%.9g" % v) for v in P.reshape(-1)]
        kl, grad = _kl_divergence(check.ravel(), squareform(P, checks=False), 1, n, 2)
        case["check_kl"], case["check_gradient"] = float(kl), r(grad.reshape(n, 2))
    else:
        n = X.shape[0]
        k = min(n - 1, int(3.0 * perplexity + 1))
        knn = NearestNeighbors(n_neighbors=k).fit(X)
        graph = knn.kneighbors_graph(mode="distance")
        graph.data **= 2
        P = _joint_probabilities_nn(graph, perplexity, 0).tocsr()
        P.sort_indices()
        case["P_indptr"] = P.indptr.tolist()
        case["P_indices"] = P.indices.tolist()
        case["P_values"] = [float("%.9g" % v) for v in P.data]
        kl, grad = _kl_divergence_bh(check.ravel(), P, 1, n, 2, angle=0.5, verbose=0, num_threads=1)
        case["check_kl"], case["check_gradient"] = float(kl), r(grad.reshape(n, 2))
    tsne = TSNE(n_components=2, perplexity=perplexity, method=method, init=init.copy(), learning_rate="auto",
                n_iter=1000, random_state=0, angle=0.5)
    Y = tsne.fit_transform(X)
    case["kl_divergence"] = float(tsne.kl_divergence_)
    case["n_iter"] = int(tsne.n_iter_)
    case["trustworthiness"] = {str(k): float(trustworthiness(X, Y, n_neighbors=k)) for k in (5, 10)}
    return case


def tsne_fixture():
    rng = np.random.RandomState(11)
    X1, _ = clusters(rng, 80, 8, 4, 1.0)
    X2, _ = clusters(rng, 200, 8, 5, 1.0)
    return {"exact": tsne_case(X1, 15.0, "exact"), "barnes_hut": tsne_case(X2, 8.0, "barnes_hut")}


def trust_fixture():
    rng = np.random.RandomState(5)
    X = rng.normal(size=(60, 5))
    Y = X[:, :2] + 0.5 * rng.normal(size=(60, 2))
    return {"X": r(X), "Y": r(Y), "trustworthiness": {str(k): float(trustworthiness(X, Y, n_neighbors=k)) for k in (1, 5, 10, 20)}}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, payload in [("latent_som.json", som_fixture()), ("latent_tsne.json", tsne_fixture()),
                          ("latent_trust.json", trust_fixture())]:
        path = os.path.join(OUT, name)
        with open(path, "w") as f:
            json.dump(payload, f, separators=(",", ":"))
        print(f"wrote {path} ({os.path.getsize(path) // 1024} KB)")


if __name__ == "__main__":
    main()
