"""Model building and scoring shared by the PyTorch reference scripts."""

import torch


def build_model(parameters, activation, dtype):
    """Return Linear layers holding the given (weights [in, out], biases) pairs.

    The hidden layers are followed by `activation` (a module class such as torch.nn.Tanh);
    the output layer returns raw scores, which F.cross_entropy turns into softmax
    probabilities.
    """
    layers = []
    for weights, biases in parameters:
        linear = torch.nn.Linear(*weights.shape, dtype=dtype)
        with torch.no_grad():
            # nn.Linear stores its weights as [out, in].
            linear.weight.copy_(torch.from_numpy(weights.T))
            linear.bias.copy_(torch.from_numpy(biases))
        layers += [linear, activation()]
    return torch.nn.Sequential(*layers[:-1])


def accuracy(model, X, labels):
    """Return the fraction of rows whose largest output score is at the true label."""
    with torch.no_grad():
        return (model(X).argmax(dim=1) == labels).double().mean().item()


def to_tensors(*arrays):
    """Return the NumPy arrays as tensors that share their memory."""
    return [torch.from_numpy(array) for array in arrays]
