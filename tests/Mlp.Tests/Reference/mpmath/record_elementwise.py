"""Record correctly rounded tanh, exp and logistic values for the element-wise kernel tests.

The tests of ElementwiseMath read elementwise.json, which this script writes beside itself.
Run it with a Python that has mpmath (Debian's /usr/bin/python3 has mpmath 1.2.1):

    /usr/bin/python3 tests/Mlp.Tests/Reference/mpmath/record_elementwise.py

Each function is evaluated at 60 significant digits and rounded once to the nearest double, so
the recorded value is the double closest to the exact result. Inputs are drawn with a fixed
seed: half uniform on the interval where the kernels switch formulas, half log-uniform over
many scales, with random signs.
"""

import json
import pathlib
import random

import mpmath as mp

HERE = pathlib.Path(__file__).resolve().parent
mp.mp.dps = 60
rng = random.Random(20240611)


def inputs(count, uniform_half_width, low_exponent, high_exponent):
    values = []
    for i in range(count):
        if i % 2 == 0:
            magnitude = rng.uniform(0, uniform_half_width)
        else:
            magnitude = 10 ** rng.uniform(low_exponent, high_exponent)
        values.append(magnitude if rng.random() < 0.5 else -magnitude)
    return values


def record(function, xs):
    return {"x": xs, "y": [float(function(mp.mpf(x))) for x in xs]}


tanh_inputs = inputs(1000, 2.0, -12, 1.5)
exp_inputs = inputs(1000, 1.0, -12, 2.8)
logistic_inputs = inputs(1000, 4.0, -12, 2.8)

document = {
    "mpmath_version": mp.__version__,
    "tanh": record(mp.tanh, tanh_inputs),
    "exp": record(mp.exp, exp_inputs),
    "logistic": record(lambda x: 1 / (1 + mp.exp(-x)), logistic_inputs),
}
(HERE / "elementwise.json").write_text(json.dumps(document) + "\n")
