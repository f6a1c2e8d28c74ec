"""Train the textbook network on the digits with PyTorch on the CPU, one example per step.

The procedure of numpy_textbook.py (64-50-10, tanh, softmax with cross-entropy, SGD with
learning rate 0.001, no momentum, no L2 penalty, 100 epochs of one example per step) in one
of two styles:

autograd (default): as PyTorch users write it. nn.Linear, tanh, nn.Linear, F.cross_entropy
    on the output scores, loss.backward() and torch.optim.SGD(lr=0.001).
tensor-ops: the NumPy loop with torch tensors in place of arrays. The forward pass, the
    deltas and the in-place updates are written out, without autograd or an optimizer.

The Glorot-uniform weights and the epoch orders come from RandomState(1) in scikit-learn's
order, so training starts from the weights and visits the rows in the order of `mlp train`.
The arithmetic is in float64 unless --dtype float32.

Prints one JSON line; fit_seconds times building the model and training, not loading or scoring.
"""

import math
import time

import torch
import torch.nn.functional as F

from common import EpochOrder, glorot_parameters, load_dataset, new_parser, report
from torch_common import accuracy, build_model, to_tensors


def train_autograd(parameters, X, labels, epoch_order, epochs, learning_rate):
    """Train by per-example SGD with autograd, returning the model and the loss of each epoch."""
    model = build_model(parameters, torch.nn.Tanh, X.dtype)
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
    return model, loss_curve


def train_tensor_ops(parameters, X, labels, epoch_order, epochs, learning_rate):
    """Train by per-example SGD in plain tensor operations, returning as train_autograd does."""
    # from_numpy shares memory, so the in-place updates below train `parameters` as well.
    (hidden_weights, hidden_biases), (output_weights, output_biases) = [
        to_tensors(weights, biases) for weights, biases in parameters
    ]
    targets = torch.eye(output_biases.numel(), dtype=X.dtype)[labels]
    label_list = labels.tolist()
    smallest_probability = torch.finfo(X.dtype).eps
    loss_curve = []
    for _ in range(epochs):
        loss_sum = 0.0
        for row in epoch_order.next().tolist():
            x = X[row]
            hidden = torch.tanh(x @ hidden_weights + hidden_biases)
            probabilities = torch.softmax(hidden @ output_weights + output_biases, dim=0)
            label_probability = probabilities[label_list[row]].item()
            loss_sum -= math.log(max(label_probability, smallest_probability))

            # Softmax output with cross-entropy loss: ∂L/∂scores = probabilities − one-hot.
            output_delta = probabilities - targets[row]
            # tanh′(z) = 1 − tanh(z)², computed from the activations.
            hidden_delta = (output_weights @ output_delta) * (1.0 - hidden * hidden)

            output_weights.sub_(torch.outer(hidden, output_delta), alpha=learning_rate)
            output_biases.sub_(output_delta, alpha=learning_rate)
            hidden_weights.sub_(torch.outer(x, hidden_delta), alpha=learning_rate)
            hidden_biases.sub_(hidden_delta, alpha=learning_rate)
        loss_curve.append(loss_sum / len(X))
    return build_model(parameters, torch.nn.Tanh, X.dtype), loss_curve


def main():
    parser = new_parser(__doc__.splitlines()[0])
    parser.add_argument("--style", choices=["autograd", "tensor-ops"], default="autograd")
    parser.add_argument("--epochs", type=int, default=100)
    parser.add_argument("--hidden-units", type=int, default=50)
    parser.add_argument("--learning-rate", type=float, default=0.001)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    torch.set_num_threads(arguments.threads)
    X_train, X_test, y_train, y_test = load_dataset(arguments)
    X_train, X_test, y_train, y_test = to_tensors(X_train, X_test, y_train, y_test)
    class_count = int(y_train.max()) + 1
    train = train_autograd if arguments.style == "autograd" else train_tensor_ops

    start = time.perf_counter()
    layer_sizes = [X_train.shape[1], arguments.hidden_units, class_count]
    parameters, random_state = glorot_parameters(
        layer_sizes, "tanh", arguments.seed, X_train.numpy().dtype
    )
    epoch_order = EpochOrder(random_state, len(X_train))
    model, loss_curve = train(
        parameters, X_train, y_train, epoch_order, arguments.epochs, arguments.learning_rate
    )
    fit_seconds = time.perf_counter() - start

    report(
        f"pytorch {arguments.style}",
        arguments,
        fit_seconds,
        arguments.epochs,
        accuracy(model, X_train, y_train),
        accuracy(model, X_test, y_test),
        loss_curve[-1],
    )


if __name__ == "__main__":
    main()
