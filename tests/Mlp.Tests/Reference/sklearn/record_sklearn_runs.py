"""Record scikit-learn MLP training runs that the C# tests reproduce number for number.

For each run in RUNS this script writes one JSON file next to itself, and it writes the
data CSVs the runs train on. Run it from any directory with the system Python, which
has scikit-learn 1.2.1, NumPy 1.24.2 and SciPy:

    /usr/bin/python3 tests/Mlp.Tests/Reference/sklearn/record_sklearn_runs.py

Each JSON file records what scikit-learn's MLPClassifier or MLPRegressor did:

- sklearn_version, estimator, dataset (the CSV, relative to the JSON file) and params
  (get_params()).
- split: random_state, test_size, and train_idx and test_idx, the CSV rows that
  train_test_split(X, y, test_size=..., random_state=...) put in each part, in the order
  it returned them. The split is never stratified.
- initial_coefs and initial_intercepts: the weights before the first update.
  initial_coefs[l] has shape [fan_in, fan_out], as scikit-learn stores it.
- validation_split: for runs with early_stopping=True, fit_idx and validation_idx, rows
  of the training set (indices into split.train_idx) in the order the estimator's
  internal train_test_split returned them; null otherwise.
- first_epoch_shuffles: the order in which epochs 1 and 2 visit the rows the solver
  trains on. These are indices into the training set, or into validation_split.fit_idx
  when early stopping sets rows aside. Without shuffling both epochs visit 0, 1, 2, ...
- n_iter (epochs run), t (t_, samples seen), loss_curve, best_loss, validation_scores,
  best_validation_score, stop_reason ("max_iter", "no_improvement" or
  "learning_rate_too_small"), final_learning_rate (the solver's learning_rate after the
  last step; for adam this is the bias-corrected step size of that step).
- train_score and test_score (score(): accuracy or R²), final_coefs and final_intercepts
  (coefs_ and intercepts_ after fit, which are the restored best weights under early
  stopping), classes (as strings), test_predictions and test_probabilities (predict and
  predict_proba on the test rows).
- error: the message of the exception fit raised, or null. A run that raises records
  null scores, predictions and probabilities.
- environment: versions and the numeric setup described below.

Capture method. The script patches three names in
sklearn.neural_network._multilayer_perceptron while a run fits, and restores them after:
BaseMultilayerPerceptron._initialize is wrapped to copy coefs_ and intercepts_ as soon as
they are drawn; the module-level shuffle (sklearn.utils.shuffle, which the solver calls
once per epoch) is wrapped to record the order it returns; and train_test_split is wrapped
to learn the early-stopping split as indices by running the same split on a copy of the
estimator's RandomState. The patched functions call the originals with the same
arguments, so the training itself is unchanged. After each run, replay_random_stream()
redraws the weights, the validation split and the epoch orders from a fresh
numpy.random.RandomState(random_state), without scikit-learn's MLP code, and the script
stops if they differ from what was captured.

Numeric setup. Bit-for-bit results depend on how NumPy computes. This script disables
NumPy's runtime-dispatched SIMD kernels (NPY_DISABLE_CPU_FEATURES, read once when NumPy
is imported) so that np.exp, np.log and np.tanh call the C library (glibc), like
Math.Exp, Math.Log and Math.Tanh in .NET on Linux. With the kernels on, these functions
differed from glibc in the last bit for about a fifth of inputs drawn from [-20, 20] on
the AVX-512 machine these files were recorded on. The
script also checks that matrix products are plain dot products summed in index order,
which is what the reference BLAS that this NumPy links to computes. It stops with an
error if either check fails, because the files would then not be reproducible.

Data. The CSVs have a header row, the features, and the target in the last column (the
three targets in the last three columns for linnerud). Floats are written with repr(),
so they read back bit for bit. Where raw scales would make SGD diverge, the script
standardizes features (and regression targets) with NumPy: subtract the column mean,
divide by the population standard deviation (ddof=0), both over the whole data set, then
round to 4 decimals to keep the files short. Every run trains on the values parsed back
from its CSV, so the C# side reads exactly the numbers scikit-learn trained on.

JSON has no NaN or infinity, so non-finite floats are written as the strings "NaN",
"Infinity" and "-Infinity", which System.Text.Json reads with
JsonNumberHandling.AllowNamedFloatingPointLiterals.
"""

import os

# NumPy reads this variable once, when it is imported, so it is set before the import.
# The list is every feature NumPy 1.24.2 dispatches at run time on x86-64. The baseline
# (SSE, SSE2, SSE3) cannot be disabled, and with it alone np.exp, np.log and np.tanh
# return what glibc returns (check_numerics checks this).
DISABLED_CPU_FEATURES = (
    "SSSE3 SSE41 POPCNT SSE42 AVX F16C FMA3 AVX2 "
    "AVX512F AVX512CD AVX512_SKX AVX512_CLX AVX512_CNL AVX512_ICL"
)
os.environ["NPY_DISABLE_CPU_FEATURES"] = DISABLED_CPU_FEATURES

import contextlib  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import scipy  # noqa: E402
import sklearn  # noqa: E402
from numpy.core._multiarray_umath import __cpu_dispatch__, __cpu_features__  # noqa: E402
from scipy.special import expit  # noqa: E402
from sklearn import datasets  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402
from sklearn.neural_network import MLPClassifier, MLPRegressor  # noqa: E402
from sklearn.neural_network import _multilayer_perceptron as mlp_module  # noqa: E402

OUTPUT_DIR = Path(__file__).resolve().parent
DECIMALS = 4
RECORDED_EPOCH_ORDERS = 2


# ----------------------------------------------------------------------------------------
# Numeric setup checks


def check_numerics():
    """Stop unless NumPy computes the way the recorded files assume."""
    enabled = [name for name in __cpu_dispatch__ if __cpu_features__.get(name)]
    if enabled:
        raise RuntimeError(
            f"NumPy still dispatches to {enabled}. Set NPY_DISABLE_CPU_FEATURES to "
            f"'{DISABLED_CPU_FEATURES}' before NumPy is imported."
        )

    rng = np.random.RandomState(0)
    x = np.concatenate([rng.uniform(-40.0, 40.0, 20000), rng.uniform(-1.0, 1.0, 20000)])
    positive = np.abs(x) + 1e-300
    elementwise = [
        ("np.exp", np.exp(x), [math.exp(v) for v in x]),
        ("np.tanh", np.tanh(x), [math.tanh(v) for v in x]),
        ("np.log", np.log(positive), [math.log(v) for v in positive]),
        ("scipy expit", expit(x), [1.0 / (1.0 + math.exp(-v)) for v in x]),
    ]
    for name, computed, expected in elementwise:
        if not np.array_equal(computed, np.array(expected)):
            raise RuntimeError(
                f"{name} differs from the C library, so .NET's Math functions could not "
                "reproduce the files. Record with NumPy 1.24.2 on x86-64 Linux."
            )

    a = rng.standard_normal((23, 17))
    b = rng.standard_normal((17, 9))
    products = [("a @ b", a @ b, a, b), ("a.T @ c", a.T @ (a @ b), a.T, a @ b)]
    for name, computed, left, right in products:
        expected = np.zeros(computed.shape)
        for k in range(left.shape[1]):
            expected = expected + left[:, k : k + 1] * right[k : k + 1, :]
        if not np.array_equal(computed, expected):
            raise RuntimeError(
                f"{name} is not a dot product summed in index order. Record with a NumPy "
                "that links the reference BLAS (Debian's libblas3)."
            )


def describe_environment():
    libc_name, libc_version = platform.libc_ver()
    return {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "machine": platform.machine(),
        "libc": f"{libc_name} {libc_version}",
        "blas": "reference BLAS: every matrix product is a dot product summed in index "
        "order from 0.0 (checked before recording)",
        "numpy_disabled_cpu_features": DISABLED_CPU_FEATURES.split(),
    }


# ----------------------------------------------------------------------------------------
# Data sets


def standardize(values):
    """Scale columns to zero mean and unit population variance, rounded to DECIMALS."""
    scaled = (values - values.mean(axis=0)) / values.std(axis=0)
    # Adding 0.0 turns the -0.0 that rounding can produce into 0.0.
    return np.round(scaled, DECIMALS) + 0.0


def write_csv(file_name, header, features, targets):
    """Write features and targets with repr() and return them as parsed back."""
    path = OUTPUT_DIR / file_name
    targets_2d = targets.reshape(len(targets), -1)
    with path.open("w", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(header)
        for row, target in zip(features, targets_2d):
            cells = [repr(float(value)) for value in row]
            cells += [format_target(value) for value in target]
            writer.writerow(cells)
    return read_csv(path, targets_2d.shape[1], targets.dtype)


def format_target(value):
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return str(value)


def read_csv(path, target_count, target_dtype):
    with path.open(newline="") as stream:
        rows = list(csv.reader(stream))[1:]
    features = np.array([[float(cell) for cell in row[:-target_count]] for row in rows])
    parse = {"f": float, "i": int}.get(np.dtype(target_dtype).kind, str)
    targets = np.array([[parse(cell) for cell in row[-target_count:]] for row in rows])
    if target_count == 1:
        targets = targets.ravel()
    return features, targets


def make_datasets():
    """Build each data set, write its CSV and return {file name: (X, y)} as read back."""
    data = {}

    iris = datasets.load_iris()
    species = iris.target_names[iris.target].astype(str)
    data["iris.csv"] = write_csv(
        "iris.csv", list(iris.feature_names) + ["species"], iris.data, species
    )

    wine = datasets.load_wine()
    data["wine-standardized.csv"] = write_csv(
        "wine-standardized.csv",
        list(wine.feature_names) + ["class"],
        standardize(wine.data),
        wine.target.astype(int),
    )

    # The ten "mean ..." columns only, to keep the file short.
    cancer = datasets.load_breast_cancer()
    data["breast-cancer-standardized.csv"] = write_csv(
        "breast-cancer-standardized.csv",
        list(cancer.feature_names[:10]) + ["diagnosis"],
        standardize(cancer.data[:, :10]),
        cancer.target.astype(int),
    )

    # The first 400 of the 1797 images, to keep the file short; pixels stay 0 to 16.
    digits = datasets.load_digits()
    data["digits-400.csv"] = write_csv(
        "digits-400.csv",
        list(digits.feature_names) + ["digit"],
        digits.data[:400],
        digits.target[:400].astype(int),
    )

    diabetes = datasets.load_diabetes()
    data["diabetes-standardized.csv"] = write_csv(
        "diabetes-standardized.csv",
        list(diabetes.feature_names) + ["progression"],
        standardize(diabetes.data),
        standardize(diabetes.target.reshape(-1, 1)).ravel(),
    )

    linnerud = datasets.load_linnerud()
    header = list(linnerud.feature_names) + list(linnerud.target_names)
    data["linnerud-standardized.csv"] = write_csv(
        "linnerud-standardized.csv",
        header,
        standardize(linnerud.data),
        standardize(linnerud.target),
    )
    data["linnerud.csv"] = write_csv(
        "linnerud.csv", header, linnerud.data, linnerud.target.astype(float)
    )
    return data


# ----------------------------------------------------------------------------------------
# Runs

RUNS = [
    {
        "name": "iris-adam-relu",
        "dataset": "iris.csv",
        "estimator": MLPClassifier,
        "test_size": 0.25,
        "split_random_state": 3,
        "params": dict(
            hidden_layer_sizes=(10,),
            activation="relu",
            solver="adam",
            learning_rate_init=0.01,
            max_iter=2000,
            random_state=7,
        ),
    },
    {
        "name": "wine-sgd-nesterov-invscaling",
        "dataset": "wine-standardized.csv",
        "estimator": MLPClassifier,
        "test_size": 0.25,
        "split_random_state": 11,
        "params": dict(
            hidden_layer_sizes=(8,),
            activation="logistic",
            solver="sgd",
            learning_rate="invscaling",
            learning_rate_init=0.5,
            power_t=0.25,
            batch_size=20,
            max_iter=300,
            random_state=5,
        ),
    },
    {
        "name": "breast-cancer-sgd-adaptive",
        "dataset": "breast-cancer-standardized.csv",
        "estimator": MLPClassifier,
        "test_size": 0.2,
        "split_random_state": 13,
        "params": dict(
            hidden_layer_sizes=(20, 10),
            activation="tanh",
            solver="sgd",
            learning_rate="adaptive",
            learning_rate_init=0.01,
            tol=1e-3,
            max_iter=3000,
            random_state=17,
        ),
    },
    {
        "name": "digits-adam-early-stopping",
        "dataset": "digits-400.csv",
        "estimator": MLPClassifier,
        "test_size": 0.25,
        "split_random_state": 19,
        "params": dict(
            hidden_layer_sizes=(32, 16),
            activation="relu",
            solver="adam",
            batch_size=64,
            early_stopping=True,
            validation_fraction=0.1,
            max_iter=300,
            random_state=23,
        ),
    },
    {
        "name": "breast-cancer-sgd-momentum-early-stopping",
        "dataset": "breast-cancer-standardized.csv",
        "estimator": MLPClassifier,
        "test_size": 0.2,
        "split_random_state": 29,
        "params": dict(
            hidden_layer_sizes=(12,),
            activation="relu",
            solver="sgd",
            learning_rate_init=0.1,
            momentum=0.8,
            nesterovs_momentum=False,
            alpha=1e-3,
            batch_size=50,
            early_stopping=True,
            max_iter=500,
            random_state=31,
        ),
    },
    {
        "name": "diabetes-adam-regression",
        "dataset": "diabetes-standardized.csv",
        "estimator": MLPRegressor,
        "test_size": 0.25,
        "split_random_state": 37,
        "params": dict(
            hidden_layer_sizes=(16,),
            activation="relu",
            solver="adam",
            learning_rate_init=0.01,
            batch_size=50,
            max_iter=500,
            random_state=41,
        ),
    },
    {
        "name": "linnerud-sgd-multi-output-early-stopping",
        "dataset": "linnerud-standardized.csv",
        "estimator": MLPRegressor,
        "target_count": 3,
        "test_size": 0.25,
        "split_random_state": 43,
        "params": dict(
            hidden_layer_sizes=(6,),
            activation="identity",
            solver="sgd",
            learning_rate_init=0.01,
            batch_size=5,
            early_stopping=True,
            validation_fraction=0.2,
            max_iter=400,
            random_state=47,
        ),
    },
    {
        "name": "iris-sgd-no-shuffle",
        "dataset": "iris.csv",
        "estimator": MLPClassifier,
        "test_size": 0.25,
        "split_random_state": 53,
        "params": dict(
            hidden_layer_sizes=(5,),
            activation="logistic",
            solver="sgd",
            learning_rate_init=0.2,
            batch_size=32,
            shuffle=False,
            max_iter=500,
            random_state=59,
        ),
    },
    {
        "name": "linnerud-sgd-diverges",
        "dataset": "linnerud.csv",
        "estimator": MLPRegressor,
        "target_count": 3,
        "test_size": 0.25,
        "split_random_state": 61,
        "params": dict(
            hidden_layer_sizes=(4,),
            activation="identity",
            solver="sgd",
            learning_rate_init=0.01,
            max_iter=20,
            random_state=67,
        ),
    },
    {
        "name": "wine-sgd-full-batch-no-momentum",
        "dataset": "wine-standardized.csv",
        "estimator": MLPClassifier,
        "test_size": 0.2,
        "split_random_state": 71,
        "params": dict(
            hidden_layer_sizes=(6,),
            activation="relu",
            solver="sgd",
            learning_rate_init=0.05,
            momentum=0.0,
            batch_size=500,
            max_iter=40,
            random_state=73,
        ),
    },
]


@contextlib.contextmanager
def capture_training(record):
    """Patch the MLP module so a fit reports its first weights, splits and epoch orders."""
    original_initialize = mlp_module.BaseMultilayerPerceptron._initialize
    original_shuffle = mlp_module.shuffle
    original_split = mlp_module.train_test_split

    def initialize(self, *args, **kwargs):
        original_initialize(self, *args, **kwargs)
        record["initial_coefs"] = [coef.copy() for coef in self.coefs_]
        record["initial_intercepts"] = [intercept.copy() for intercept in self.intercepts_]

    def shuffle(*args, **kwargs):
        order = original_shuffle(*args, **kwargs)
        record["shuffle_calls"] += 1
        if len(record["epoch_orders"]) < RECORDED_EPOCH_ORDERS:
            record["epoch_orders"].append(order.copy())
        return order

    def split(X, y, *, random_state, test_size, stratify):
        # Splitting row numbers with a copy of the generator gives the indices. The real
        # call then draws from the estimator's own generator, as it would unpatched.
        twin = np.random.RandomState()
        twin.set_state(random_state.get_state())
        fit_idx, validation_idx = original_split(
            np.arange(X.shape[0]), random_state=twin, test_size=test_size, stratify=stratify
        )
        parts = original_split(
            X, y, random_state=random_state, test_size=test_size, stratify=stratify
        )
        if not all_equal(parts[:2], [X[fit_idx], X[validation_idx]]):
            raise RuntimeError("The index split does not match the estimator's split.")
        record["validation_split"] = {"fit_idx": fit_idx, "validation_idx": validation_idx}
        record["validation_stratified"] = stratify is not None
        return parts

    mlp_module.BaseMultilayerPerceptron._initialize = initialize
    mlp_module.shuffle = shuffle
    mlp_module.train_test_split = split
    try:
        yield
    finally:
        mlp_module.BaseMultilayerPerceptron._initialize = original_initialize
        mlp_module.shuffle = original_shuffle
        mlp_module.train_test_split = original_split


def replay_random_stream(estimator, X_train, y_train, validation_stratified):
    """Redraw weights, validation split and epoch orders from a fresh RandomState.

    This follows the draw order of scikit-learn 1.2.1's BaseMultilayerPerceptron._fit:
    per layer, uniform(-b, b, (fan_in, fan_out)) then uniform(-b, b, fan_out), with
    b = sqrt(factor / (fan_in + fan_out)) and factor 2 for logistic, else 6; then the
    early-stopping train_test_split; then, per epoch, a shuffled arange(n) that permutes
    the previous epoch's order.
    """
    rng = np.random.RandomState(estimator.random_state)
    layer_units = (
        [X_train.shape[1]] + list(estimator.hidden_layer_sizes) + [estimator.n_outputs_]
    )
    factor = 2.0 if estimator.activation == "logistic" else 6.0
    coefs, intercepts = [], []
    for fan_in, fan_out in zip(layer_units[:-1], layer_units[1:]):
        bound = np.sqrt(factor / (fan_in + fan_out))
        coefs.append(rng.uniform(-bound, bound, (fan_in, fan_out)))
        intercepts.append(rng.uniform(-bound, bound, fan_out))

    n_rows = X_train.shape[0]
    validation_split = None
    if estimator.early_stopping:
        if validation_stratified:
            # Binary classifiers stratify on the 0/1 column that LabelBinarizer makes.
            binary = (y_train == estimator.classes_[1]).astype(int)
            fit_idx, validation_idx = train_test_split(
                np.arange(n_rows),
                test_size=estimator.validation_fraction,
                random_state=rng,
                stratify=binary,
            )
        else:
            permutation = rng.permutation(n_rows)
            n_validation = math.ceil(estimator.validation_fraction * n_rows)
            validation_idx = permutation[:n_validation]
            fit_idx = permutation[n_validation:]
        validation_split = {"fit_idx": fit_idx, "validation_idx": validation_idx}
        n_rows = len(fit_idx)

    orders = []
    order = np.arange(n_rows)
    for _ in range(min(RECORDED_EPOCH_ORDERS, estimator.n_iter_)):
        if estimator.shuffle:
            permutation = np.arange(n_rows)
            rng.shuffle(permutation)
            order = order[permutation]
        orders.append(order)
    return coefs, intercepts, validation_split, orders


def deduce_stop_reason(estimator):
    """Tell why the solver stopped from the state it leaves behind.

    The solver breaks out with _no_improvement_count above n_iter_no_change. Without a
    break the count is at most n_iter_no_change, because the adaptive schedule resets
    it whenever it divides the learning rate instead of stopping.
    """
    if estimator._no_improvement_count > estimator.n_iter_no_change:
        adaptive = estimator.solver == "sgd" and estimator.learning_rate == "adaptive"
        if adaptive:
            assert estimator._optimizer.learning_rate <= 1e-6
            return "learning_rate_too_small"
        return "no_improvement"
    assert estimator.n_iter_ == estimator.max_iter
    return "max_iter"


def fit_run(run, data):
    X, y = data[run["dataset"]]
    rows = np.arange(X.shape[0])
    X_train, X_test, y_train, y_test, train_idx, test_idx = train_test_split(
        X, y, rows, test_size=run["test_size"], random_state=run["split_random_state"]
    )

    estimator = run["estimator"](**run["params"])
    record = {"epoch_orders": [], "shuffle_calls": 0, "validation_split": None}
    error = None
    with capture_training(record), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # Diverging runs overflow on purpose; NumPy's overflow warnings are expected.
        with np.errstate(over="ignore", invalid="ignore"):
            try:
                estimator.fit(X_train, y_train)
            except ValueError as exception:
                error = str(exception)

    warned_max_iter = any(issubclass(w.category, ConvergenceWarning) for w in caught)
    stop_reason = deduce_stop_reason(estimator)
    assert warned_max_iter == (stop_reason == "max_iter")
    assert record["shuffle_calls"] == (estimator.n_iter_ if estimator.shuffle else 0)

    check_capture(estimator, X_train, y_train, record)
    return build_result(
        run, estimator, record, error, stop_reason,
        (X_train, y_train, X_test, y_test, train_idx, test_idx),
    )


def all_equal(left, right):
    return len(left) == len(right) and all(np.array_equal(a, b) for a, b in zip(left, right))


def check_capture(estimator, X_train, y_train, record):
    """Compare the captured draws with replay_random_stream() and keep the epoch orders."""
    coefs, intercepts, validation_split, orders = replay_random_stream(
        estimator, X_train, y_train, record.get("validation_stratified", False)
    )
    captured_weights = record["initial_coefs"] + record["initial_intercepts"]
    if not all_equal(coefs + intercepts, captured_weights):
        raise RuntimeError("Captured initial weights differ from a fresh RandomState.")

    captured_split = record["validation_split"]
    if validation_split is None or captured_split is None:
        same_split = validation_split is captured_split
    else:
        same_split = all_equal(list(validation_split.values()), list(captured_split.values()))
    if not same_split:
        raise RuntimeError("Captured validation split differs from a fresh RandomState.")

    # Without shuffling the solver never calls shuffle, and every epoch visits rows in order.
    captured_orders = record["epoch_orders"] if estimator.shuffle else orders
    if not all_equal(orders, captured_orders):
        raise RuntimeError("Captured epoch orders differ from a fresh RandomState.")
    record["epoch_orders"] = orders


def build_result(run, estimator, record, error, stop_reason, split):
    X_train, y_train, X_test, y_test, train_idx, test_idx = split
    is_classifier = isinstance(estimator, MLPClassifier)
    finished = error is None
    result = {
        "sklearn_version": sklearn.__version__,
        "estimator": type(estimator).__name__,
        "dataset": run["dataset"],
        "params": estimator.get_params(),
        "split": {
            "random_state": run["split_random_state"],
            "test_size": run["test_size"],
            "train_idx": train_idx,
            "test_idx": test_idx,
        },
        "initial_coefs": record["initial_coefs"],
        "initial_intercepts": record["initial_intercepts"],
        "validation_split": record["validation_split"],
        "first_epoch_shuffles": record["epoch_orders"],
        "n_iter": estimator.n_iter_,
        "t": estimator.t_,
        "loss_curve": estimator.loss_curve_,
        "best_loss": estimator.best_loss_,
        "validation_scores": estimator.validation_scores_,
        "best_validation_score": estimator.best_validation_score_,
        "stop_reason": stop_reason,
        "final_learning_rate": estimator._optimizer.learning_rate,
        "train_score": estimator.score(X_train, y_train) if finished else None,
        "test_score": estimator.score(X_test, y_test) if finished else None,
        "final_coefs": estimator.coefs_,
        "final_intercepts": estimator.intercepts_,
        "classes": [str(label) for label in estimator.classes_] if is_classifier else None,
        "test_predictions": None,
        "test_probabilities": None,
        "error": error,
        "environment": describe_environment(),
    }
    if finished:
        predictions = estimator.predict(X_test)
        if is_classifier:
            result["test_predictions"] = [str(label) for label in predictions]
            result["test_probabilities"] = estimator.predict_proba(X_test)
        else:
            result["test_predictions"] = predictions
    return result


# ----------------------------------------------------------------------------------------
# JSON output


def to_json_value(value):
    """Convert NumPy values to JSON types, writing non-finite floats as strings."""
    if isinstance(value, dict):
        return {key: to_json_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json_value(item) for item in value]
    if isinstance(value, np.ndarray):
        return to_json_value(value.tolist())
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(value)
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return value
    return value


def write_json(name, result):
    text = json.dumps(to_json_value(result), allow_nan=False)
    (OUTPUT_DIR / f"{name}.json").write_text(text + "\n")


def main():
    check_numerics()
    data = make_datasets()
    for run in RUNS:
        start = time.perf_counter()
        result = fit_run(run, data)
        write_json(run["name"], result)
        elapsed = time.perf_counter() - start
        print(
            f"{run['name']}: {result['n_iter']} epochs, {result['stop_reason']}, "
            f"test score {result['test_score']}, error {result['error']!r} "
            f"({elapsed:.1f} s)"
        )


if __name__ == "__main__":
    main()
