"""Record scikit-learn fits that continue from earlier ones: partial_fit and warm_start.

Run from any directory with the system Python (scikit-learn 1.2.1, NumPy 1.24.2):

    /usr/bin/python3 tests/Mlp.Tests/Reference/sklearn/record_incremental_runs.py

It writes one JSON file per run next to itself, reusing the data CSVs that
record_sklearn_runs.py writes. Each file records:

- estimator, dataset, params (get_params()), split (train_idx and test_idx as
  train_test_split returns them), and calls: how the run calls the estimator, as a list
  of "partial_fit" or "fit".
- after_each_call: for each call, n_iter (n_iter_), t (t_) and loss_curve (loss_curve_)
  right after it.
- final_coefs, final_intercepts, test_predictions and test_probabilities (classifiers)
  after the last call.

scikit-learn starts a new RandomState(random_state) at every fit or partial_fit call, so
each call draws its shuffles from the start of the stream, after the initial weights
only on the call that initialises them. warm_start keeps the weights, n_iter_, t_ and
loss_curve_ but makes a new optimizer (zero velocities) at every fit.
"""

import csv
import json
import warnings
from pathlib import Path

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier, MLPRegressor

OUTPUT_DIR = Path(__file__).resolve().parent

RUNS = [
    {
        "name": "iris-sgd-partial-fit",
        "dataset": "iris.csv",
        "estimator": "MLPClassifier",
        "params": dict(hidden_layer_sizes=(10,), activation="tanh", solver="sgd",
                       learning_rate_init=0.05, batch_size=16, random_state=5),
        "calls": ["partial_fit"] * 6,
    },
    {
        "name": "wine-adam-warm-start",
        "dataset": "wine-standardized.csv",
        "estimator": "MLPClassifier",
        "params": dict(hidden_layer_sizes=(12,), activation="relu", solver="adam",
                       max_iter=15, warm_start=True, random_state=8),
        "calls": ["fit", "fit", "fit"],
    },
    {
        "name": "diabetes-sgd-partial-fit",
        "dataset": "diabetes-standardized.csv",
        "estimator": "MLPRegressor",
        "params": dict(hidden_layer_sizes=(8,), activation="logistic", solver="sgd",
                       learning_rate_init=0.01, momentum=0.5, batch_size=40, random_state=2),
        "calls": ["partial_fit"] * 4,
    },
]


def read_csv(name, is_classifier):
    with open(OUTPUT_DIR / name, newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    features = np.array([[float(cell) for cell in row[:-1]] for row in rows])
    targets = [row[-1] for row in rows]
    return features, (np.array(targets) if is_classifier else np.array([float(t) for t in targets]))


def run(spec):
    is_classifier = spec["estimator"] == "MLPClassifier"
    X, y = read_csv(spec["dataset"], is_classifier)
    rows = np.arange(len(X))
    train_idx, test_idx = train_test_split(rows, test_size=0.25, random_state=3)
    estimator = (MLPClassifier if is_classifier else MLPRegressor)(**spec["params"])
    classes = np.unique(y)
    after_each_call = []
    for call in spec["calls"]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            if call == "fit":
                estimator.fit(X[train_idx], y[train_idx])
            elif is_classifier:
                estimator.partial_fit(X[train_idx], y[train_idx], classes=classes)
            else:
                estimator.partial_fit(X[train_idx], y[train_idx])
        after_each_call.append({
            "n_iter": int(estimator.n_iter_),
            "t": int(estimator.t_),
            "loss_curve": [float(v) for v in estimator.loss_curve_],
        })
    return {
        "sklearn_version": sklearn.__version__,
        "estimator": spec["estimator"],
        "dataset": spec["dataset"],
        "params": {k: (list(v) if isinstance(v, tuple) else v) for k, v in estimator.get_params().items()},
        "split": {"random_state": 3, "test_size": 0.25,
                  "train_idx": [int(i) for i in train_idx], "test_idx": [int(i) for i in test_idx]},
        "calls": spec["calls"],
        "after_each_call": after_each_call,
        "final_coefs": [c.tolist() for c in estimator.coefs_],
        "final_intercepts": [b.tolist() for b in estimator.intercepts_],
        "test_predictions": [str(p) for p in estimator.predict(X[test_idx])] if is_classifier
        else [float(p) for p in estimator.predict(X[test_idx])],
        "test_probabilities": estimator.predict_proba(X[test_idx]).tolist() if is_classifier else None,
    }


def main():
    for spec in RUNS:
        result = run(spec)
        (OUTPUT_DIR / f"{spec['name']}.json").write_text(json.dumps(result, allow_nan=False) + "\n")
        print(spec["name"], [call["n_iter"] for call in result["after_each_call"]])


if __name__ == "__main__":
    main()
