"""Train the textbook network on the digits with a plain NumPy loop, one example per step.

Network: 64 inputs, one tanh hidden layer (50 units), softmax output, cross-entropy loss.
Procedure, as `mlp train --solver sgd --batch-size 1 --momentum 0 --alpha 0 --max-iter 100`:
Glorot-uniform weights and a new row order every epoch from RandomState(1), drawn in
scikit-learn's order, then for every example one forward pass, one backward pass and the update
W ← W − η ∂L/∂W with η = 0.001; no momentum, no L2 penalty, no early stop.

Prints one JSON line; fit_seconds times initialization and training, not loading or scoring.
"""

import math
import time

import numpy as np

from common import EpochOrder, glorot_parameters, load_dataset, new_parser, report


def train(X, labels, parameters, random_state, epochs, learning_rate):
    """Train the parameters in place by per-example SGD and return the mean loss of every epoch."""
    (hidden_weights, hidden_biases), (output_weights, output_biases) = parameters
    smallest_probability = float(np.finfo(X.dtype).eps)
    epoch_order = EpochOrder(random_state, len(X))
    loss_curve = []
    for _ in range(epochs):
        loss_sum = 0.0
        for row in epoch_order.next().tolist():
            x, label = X[row], labels[row]
            hidden = np.tanh(x @ hidden_weights + hidden_biases)
            scores = hidden @ output_weights + output_biases
            probabilities = np.exp(scores - scores.max())
            probabilities /= probabilities.sum()
            loss_sum -= math.log(max(probabilities[label], smallest_probability))

            # Softmax output with cross-entropy loss: ∂L/∂scores = probabilities − one-hot.
            output_delta = probabilities
            output_delta[label] -= 1.0
            # tanh′(z) = 1 − tanh(z)², computed from the activations.
            hidden_delta = (output_weights @ output_delta) * (1.0 - hidden * hidden)

            output_weights -= learning_rate * np.outer(hidden, output_delta)
            output_biases -= learning_rate * output_delta
            hidden_weights -= learning_rate * np.outer(x, hidden_delta)
            hidden_biases -= learning_rate * hidden_delta
        loss_curve.append(loss_sum / len(X))
    return loss_curve


def accuracy(X, labels, parameters):
    """Return the fraction of rows whose largest output score is at the true label."""
    (hidden_weights, hidden_biases), (output_weights, output_biases) = parameters
    scores = np.tanh(X @ hidden_weights + hidden_biases) @ output_weights + output_biases
    return np.mean(scores.argmax(axis=1) == labels)


def main():
    parser = new_parser(__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=100)
    parser.add_argument("--hidden-units", type=int, default=50)
    parser.add_argument("--learning-rate", type=float, default=0.001)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    X_train, X_test, y_train, y_test = load_dataset(arguments)
    class_count = int(y_train.max()) + 1

    start = time.perf_counter()
    layer_sizes = [X_train.shape[1], arguments.hidden_units, class_count]
    parameters, random_state = glorot_parameters(layer_sizes, "tanh", arguments.seed, X_train.dtype)
    loss_curve = train(
        X_train, y_train, parameters, random_state, arguments.epochs, arguments.learning_rate
    )
    fit_seconds = time.perf_counter() - start

    report(
        "numpy",
        arguments,
        fit_seconds,
        arguments.epochs,
        accuracy(X_train, y_train, parameters),
        accuracy(X_test, y_test, parameters),
        loss_curve[-1],
    )


if __name__ == "__main__":
    main()
