"""Train the batches of scikit-learn's configuration with PyTorch on the CPU.

digits: 64-50-10, tanh, torch.optim.SGD(lr=0.001, momentum=0.9) on batches of 200. With a
    constant learning rate, PyTorch's momentum (v ← μv + g, w ← w − ηv) takes the same steps
    as scikit-learn's (v ← μv − ηg, w ← w + v). It runs a fixed number of epochs (--epochs,
    by default 542, the n_iter_ scikit-learn 1.2.1 reaches with its stopping rule here).
fashion: 784-256-10, relu, torch.optim.Adam(lr=0.001) on batches of 128 for 5 epochs.
    PyTorch adds ε to √v̂ where scikit-learn adds it to √v, a difference of order ε = 1e-8.

Both add scikit-learn's L2 penalty with alpha = 1e-4, (alpha / 2) · Σ‖W‖² / batch rows, to
the mean cross-entropy, so the gradient gains alpha · W / batch rows on the weights and nothing
on the biases, as in scikit-learn. The Glorot-uniform weights and the row order of every epoch
come from RandomState(1) in scikit-learn's order.

Prints one JSON line; fit_seconds times building the model and training, not loading or scoring.
"""

import time

import torch
import torch.nn.functional as F

from common import EpochOrder, glorot_parameters, load_dataset, new_parser, report
from torch_common import accuracy, build_model, to_tensors

ALPHA = 1e-4
CONFIGURATIONS = {
    "digits": dict(hidden_units=50, activation="tanh", batch_size=200, epochs=542),
    "fashion": dict(hidden_units=256, activation="relu", batch_size=128, epochs=5),
}
ACTIVATIONS = {"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU}


def new_optimizer(dataset, parameters):
    """Return the optimizer scikit-learn's configuration of the dataset uses."""
    if dataset == "digits":
        return torch.optim.SGD(parameters, lr=0.001, momentum=0.9)
    return torch.optim.Adam(parameters, lr=0.001)


def train(model, optimizer, X, labels, epoch_order, epochs, batch_size):
    """Train on mini-batches of the shuffled rows and return the mean loss of every epoch."""
    weights = [layer.weight for layer in model if isinstance(layer, torch.nn.Linear)]
    loss_curve = []
    for _ in range(epochs):
        order = torch.from_numpy(epoch_order.next())
        loss_sum = 0.0
        for batch in torch.split(order, batch_size):
            penalty = sum((weight * weight).sum() for weight in weights)
            loss = F.cross_entropy(model(X[batch]), labels[batch])
            loss = loss + 0.5 * ALPHA * penalty / len(batch)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            loss_sum += loss.item() * len(batch)
        loss_curve.append(loss_sum / len(X))
    return loss_curve


def main():
    parser = new_parser(__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, help="default: 542 for digits, 5 for fashion")
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    configuration = CONFIGURATIONS[arguments.dataset]
    epochs = arguments.epochs or configuration["epochs"]
    torch.set_num_threads(arguments.threads)
    X_train, X_test, y_train, y_test = load_dataset(arguments)
    X_train, X_test, y_train, y_test = to_tensors(X_train, X_test, y_train, y_test)
    class_count = int(y_train.max()) + 1

    start = time.perf_counter()
    layer_sizes = [X_train.shape[1], configuration["hidden_units"], class_count]
    parameters, random_state = glorot_parameters(
        layer_sizes, configuration["activation"], arguments.seed, X_train.numpy().dtype
    )
    activation = ACTIVATIONS[configuration["activation"]]
    model = build_model(parameters, activation, X_train.dtype)
    optimizer = new_optimizer(arguments.dataset, model.parameters())
    epoch_order = EpochOrder(random_state, len(X_train))
    loss_curve = train(
        model, optimizer, X_train, y_train, epoch_order, epochs, configuration["batch_size"]
    )
    fit_seconds = time.perf_counter() - start

    report(
        "pytorch",
        arguments,
        fit_seconds,
        epochs,
        accuracy(model, X_train, y_train),
        accuracy(model, X_test, y_test),
        loss_curve[-1],
    )


if __name__ == "__main__":
    main()
