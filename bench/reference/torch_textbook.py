"""Train the textbook network on the digits with PyTorch on the CPU, one example per step.

The procedure of numpy_textbook.py written as a PyTorch user would write it: two nn.Linear
layers with tanh between them, F.cross_entropy on the output scores (softmax with
cross-entropy), loss.backward() and torch.optim.SGD(lr=0.001) without momentum or weight
decay, 100 epochs of one example per step. The Glorot-uniform weights and the epoch orders come
from RandomState(1) in scikit-learn's order, so training starts from the weights and visits
the rows in the order of `mlp train`. The arithmetic is in float64 unless --dtype float32.

Prints one JSON line; fit_seconds times building the model and training, not loading or scoring.
"""

import time

import torch
import torch.nn.functional as F

from common import EpochOrder, glorot_parameters, load_dataset, new_parser, report
from torch_common import accuracy, build_model, to_tensors


def train(model, X, labels, epoch_order, epochs, learning_rate):
    """Train by per-example SGD and return the mean loss of every epoch."""
    optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)
    loss_curve = []
    for _ in range(epochs):
        loss_sum = 0.0
        for row in epoch_order.next().tolist():
            loss = F.cross_entropy(model(X[row : row + 1]), labels[row : row + 1])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            loss_sum += loss.item()
        loss_curve.append(loss_sum / len(X))
    return loss_curve


def main():
    parser = new_parser(__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=100)
    parser.add_argument("--hidden-units", type=int, default=50)
    parser.add_argument("--learning-rate", type=float, default=0.001)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    torch.set_num_threads(arguments.threads)
    X_train, X_test, y_train, y_test = load_dataset(arguments)
    X_train, X_test, y_train, y_test = to_tensors(X_train, X_test, y_train, y_test)
    class_count = int(y_train.max()) + 1

    start = time.perf_counter()
    layer_sizes = [X_train.shape[1], arguments.hidden_units, class_count]
    parameters, random_state = glorot_parameters(
        layer_sizes, "tanh", arguments.seed, X_train.numpy().dtype
    )
    model = build_model(parameters, torch.nn.Tanh, X_train.dtype)
    epoch_order = EpochOrder(random_state, len(X_train))
    loss_curve = train(
        model, X_train, y_train, epoch_order, arguments.epochs, arguments.learning_rate
    )
    fit_seconds = time.perf_counter() - start

    report(
        "pytorch",
        arguments,
        fit_seconds,
        arguments.epochs,
        accuracy(model, X_train, y_train),
        accuracy(model, X_test, y_test),
        loss_curve[-1],
    )


if __name__ == "__main__":
    main()
