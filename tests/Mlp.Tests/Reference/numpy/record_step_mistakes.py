"""Record one gradient-descent step, correct and with common hand-calculation mistakes, as JSON.

The C# tests of StepReplay and AnswerChecker compare against step-mistakes.json, which this
script writes beside itself. It works each step out in NumPy float64, apart from the C# code:
the forward pass z = W h + b, h = g(z); the output delta; dL/dh = W^T delta and
delta = dL/dh * g'(z) from the output down; dL/dW = delta h^T; the sum or mean over the batch;
and the update W - lr * dL/dW. Each mistake changes exactly one rule:

    derivative-of-pre-activation  g' = 1 - z**2 for tanh in place of 1 - h**2
    derivative-of-activation      g' = 1 - tanh(h)**2 in place of 1 - h**2
    forgotten-bias                z = W h
    update-added                  W + lr * dL/dW
    mean-instead-of-sum           the mean of the examples' gradients in place of their sum
    transposed-weights            W^T in place of W for every square W (forward and backward),
                                  and the update W^T - lr * dL/dW

Values are keyed by the JSON paths of `mlp step --format json`, matrices flattened row by row.
Run it with NumPy 1.24.2 (Debian's /usr/bin/python3 has it):

    /usr/bin/python3 tests/Mlp.Tests/Reference/numpy/record_step_mistakes.py
"""

import json
import pathlib

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
MISTAKES = [
    None,
    "derivative-of-pre-activation",
    "derivative-of-activation",
    "forgotten-bias",
    "update-added",
    "mean-instead-of-sum",
    "transposed-weights",
]


def output(z, kind):
    if kind == "identity":
        return z
    if kind == "softmax":
        e = np.exp(z - z.max())
        return e / e.sum()
    raise ValueError(kind)


def loss_and_delta(h, y, kind):
    if kind == "identity":
        return 0.5 * np.sum((h - y) ** 2), h - y
    # softmax with cross-entropy, one-hot targets
    return -np.sum(y[y != 0] * np.log(h[y != 0])), h - y


def derivative(z, h, mistake):
    if mistake == "derivative-of-pre-activation":
        return 1 - z**2
    if mistake == "derivative-of-activation":
        return 1 - np.tanh(h) ** 2
    return 1 - h**2


def step(problem, mistake):
    weights = [np.array(w, dtype=np.float64) for w in problem["weights"]]
    biases = [np.array(b, dtype=np.float64) for b in problem["biases"]]
    if mistake == "transposed-weights":
        weights = [w.T.copy() if w.shape[0] == w.shape[1] else w for w in weights]
    layers = len(weights)
    values = {}
    grads_w = [[] for _ in range(layers)]
    grads_b = [[] for _ in range(layers)]
    total = 0.0
    for n, (x, y) in enumerate(problem["examples"]):
        x = np.array(x, dtype=np.float64)
        y = np.array(y, dtype=np.float64)
        prefix = f"examples[{n}]"
        zs, hs = [], []
        below = x
        for l in range(layers):
            z = weights[l] @ below + (0 if mistake == "forgotten-bias" else biases[l])
            h = output(z, problem["output"]) if l == layers - 1 else np.tanh(z)
            values[f"{prefix}.preActivations[{l}]"] = z
            values[f"{prefix}.activations[{l}]"] = h
            zs.append(z)
            hs.append(h)
            below = h
        loss, delta = loss_and_delta(hs[-1], y, problem["output"])
        total += loss
        values[f"{prefix}.loss"] = np.array([loss])
        values[f"{prefix}.deltas[{layers - 1}]"] = delta
        for l in range(layers - 1, -1, -1):
            below = x if l == 0 else hs[l - 1]
            gw = np.outer(delta, below)
            values[f"{prefix}.gradients.weights[{l}]"] = gw
            values[f"{prefix}.gradients.biases[{l}]"] = delta
            grads_w[l].append(gw)
            grads_b[l].append(delta)
            if l > 0:
                dh = weights[l].T @ delta
                d = derivative(zs[l - 1], hs[l - 1], mistake)
                delta = dh * d
                values[f"{prefix}.activationGradients[{l - 1}]"] = dh
                values[f"{prefix}.activationDerivatives[{l - 1}]"] = d
                values[f"{prefix}.deltas[{l - 1}]"] = delta
    values["loss"] = np.array([total])
    mean = (problem["reduction"] == "mean") != (mistake == "mean-instead-of-sum")
    sign = 1.0 if mistake == "update-added" else -1.0
    for l in range(layers):
        gw = np.sum(grads_w[l], axis=0)
        gb = np.sum(grads_b[l], axis=0)
        if mean:
            gw, gb = gw / len(grads_w[l]), gb / len(grads_b[l])
        values[f"gradients.weights[{l}]"] = gw
        values[f"gradients.biases[{l}]"] = gb
        values[f"updated.weights[{l}]"] = weights[l] + sign * problem["learningRate"] * gw
        values[f"updated.biases[{l}]"] = biases[l] + sign * problem["learningRate"] * gb
    return {path: [float(v) for v in np.ravel(value)] for path, value in values.items()}


def constant(sizes, value):
    weights = [[[value] * sizes[l] for _ in range(sizes[l + 1])] for l in range(len(sizes) - 1)]
    biases = [[value] * sizes[l + 1] for l in range(len(sizes) - 1)]
    return weights, biases


def exercise(output_name, examples):
    weights, biases = constant([4, 4, 3, 3], 0.1)
    return {
        "layers": [4, 4, 3, 3],
        "output": output_name,
        "loss": "squared-error" if output_name == "identity" else "cross-entropy",
        "learningRate": 0.1,
        "reduction": "sum",
        "weights": weights,
        "biases": biases,
        "examples": examples,
    }


FIRST = ([1.0, 0, 1, 0], [0.0, 1, 0])
SECOND = ([0.0, 0, 10, 0], [0.0, 0, 1])

PROBLEMS = {
    "identity-squared-error": exercise("identity", [FIRST]),
    "softmax-cross-entropy": exercise("softmax", [FIRST]),
    "identity-squared-error-batch": exercise("identity", [FIRST, SECOND]),
    # Weights without symmetry, so that a transposed square W[1] changes the forward pass.
    "asymmetric": {
        "layers": [3, 3, 2],
        "output": "identity",
        "loss": "squared-error",
        "learningRate": 0.5,
        "reduction": "sum",
        "weights": [
            [[0.2, -0.4, 0.1], [0.5, 0.3, -0.2], [-0.1, 0.6, 0.4]],
            [[0.3, -0.5, 0.2], [-0.4, 0.1, 0.7]],
        ],
        "biases": [[0.1, -0.2, 0.05], [0.0, 0.3]],
        "examples": [([1.0, -2.0, 0.5], [0.5, -1.0])],
    },
}


def main():
    record = {"numpy": np.__version__, "problems": {}}
    for name, problem in PROBLEMS.items():
        steps = {}
        for mistake in MISTAKES:
            if mistake == "mean-instead-of-sum" and len(problem["examples"]) == 1:
                continue
            steps[mistake or "none"] = step(problem, mistake)
        record["problems"][name] = {
            "problem": {**problem, "examples": [list(map(list, e)) for e in problem["examples"]]},
            "steps": steps,
        }
    path = HERE / "step-mistakes.json"
    path.write_text(json.dumps(record, indent=1) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
