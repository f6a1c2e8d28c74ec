"""Fit the polynomial coefficients of src/Mlp/LinearAlgebra/VectorMath.cs.

Run with a Python that has mpmath (for example /usr/bin/python3 on Debian with python3-mpmath):

    python3 tools/fit_vector_math.py

Each fit is a near-minimax Chebyshev approximation computed at 50 significant digits by
mpmath.chebyfit, then rounded to double. The printed error is the largest absolute error of the
fit on its interval, before rounding the coefficients.
"""

import mpmath as mp

mp.mp.dps = 50
HALF_LN2 = mp.log(2) / 2
TANH_SPLIT = mp.mpf("0.55")


def exp_remainder(r):
    """(e^r - 1 - r) / r^2, so that e^r = 1 + r + r^2 q(r)."""
    if r == 0:
        return mp.mpf(1) / 2
    return (mp.exp(r) - 1 - r) / r**2


def tanh_remainder(s):
    """(tanh(x) - x) / x^3 as a function of s = x^2, so that tanh(x) = x + x s p(s)."""
    if s == 0:
        return mp.mpf(-1) / 3
    x = mp.sqrt(s)
    return (mp.tanh(x) - x) / x**3


def show(name, function, interval, count):
    coefficients, error = mp.chebyfit(function, interval, count, error=True)
    print(f"{name}: {count} coefficients on {mp.nstr(interval[0], 6)}..{mp.nstr(interval[1], 6)}, "
          f"max error {mp.nstr(error, 3)}; constant term first:")
    for c in reversed(coefficients):
        print(f"    {float(c)!r},")


show("exp", exp_remainder, [-HALF_LN2, HALF_LN2], 11)
show("tanh", tanh_remainder, [0, TANH_SPLIT**2], 11)
print("ln 2 high part:", repr(float(mp.log(2))))
print("ln 2 low part: ", repr(float(mp.log(2) - mp.mpf(float(mp.log(2))))))
