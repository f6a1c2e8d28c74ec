"""Train scikit-learn's MLPClassifier in the configuration benchmarked for each dataset.

digits: MLPClassifier(hidden_layer_sizes=50, activation='tanh', solver='sgd',
    learning_rate_init=0.001, nesterovs_momentum=False, random_state=1, max_iter=1000), so
    SGD with momentum 0.9, batches of 200, alpha 1e-4 and the default stopping rule: stop
    when the loss has not improved by tol = 1e-4 for more than 10 consecutive epochs.
fashion: MLPClassifier(hidden_layer_sizes=256, activation='relu', solver='adam',
    batch_size=128, max_iter=5, random_state=1), so Adam with learning rate 0.001 and
    alpha 1e-4 for 5 epochs. The stopping rule needs 11 epochs, so it cannot end it sooner.

With --dtype float32 the features are float32, and scikit-learn then keeps its weights and
arithmetic in float32. Version 1.2.1, Debian's, does so, and the script checks it.

Prints one JSON line; fit_seconds times fit() alone.
"""

import time
import warnings

from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

from common import load_dataset, new_parser, report

CONFIGURATIONS = {
    "digits": dict(
        hidden_layer_sizes=50,
        activation="tanh",
        solver="sgd",
        learning_rate_init=0.001,
        nesterovs_momentum=False,
        random_state=1,
        max_iter=1000,
    ),
    "fashion": dict(
        hidden_layer_sizes=256,
        activation="relu",
        solver="adam",
        batch_size=128,
        max_iter=5,
        random_state=1,
    ),
}


def main():
    arguments = new_parser(__doc__.splitlines()[0]).parse_args()
    X_train, X_test, y_train, y_test = load_dataset(arguments)
    classifier = MLPClassifier(**CONFIGURATIONS[arguments.dataset])

    # A fixed epoch count is the point of the Fashion-MNIST run, not a sign of trouble.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        start = time.perf_counter()
        classifier.fit(X_train, y_train)
        fit_seconds = time.perf_counter() - start

    if classifier.coefs_[0].dtype != X_train.dtype:
        raise RuntimeError(
            f"scikit-learn trained in {classifier.coefs_[0].dtype}, not {X_train.dtype}; "
            "this version casts float32 input to float64, so use a newer scikit-learn."
        )
    report(
        "scikit-learn",
        arguments,
        fit_seconds,
        classifier.n_iter_,
        classifier.score(X_train, y_train),
        classifier.score(X_test, y_test),
        classifier.loss_curve_[-1],
    )


if __name__ == "__main__":
    main()
