"""Record scikit-learn 1.2.1's StandardScaler and MinMaxScaler on a small matrix.

Run from the repository root with the system Python:

    /usr/bin/python3 tests/Mlp.Tests/Reference/preprocessing/record_scalers.py

It writes scalers.json beside this script: the training matrix `fit`, a matrix `transform`
of new rows, and for each scaler the learned offsets (`mean_` or `data_min_`), scales
(`scale_` or `data_range_`) and the transformed rows. Column 2 is constant, so both scalers
must map it to 0. Floats are written with repr(), which reads back bit for bit.
"""
import json
import os

import numpy as np
from sklearn.preprocessing import MinMaxScaler, StandardScaler

fit = np.array([
    [1.0, -2.5, 7.0, 0.001],
    [4.0, 0.5, 7.0, 0.004],
    [2.0, 3.25, 7.0, -0.002],
    [10.0, 1.0, 7.0, 0.0],
    [-3.0, -0.75, 7.0, 0.01],
])
transform = np.array([
    [0.0, 0.0, 7.0, 0.0],
    [12.0, -5.0, 3.0, 0.02],
])

standard = StandardScaler().fit(fit)
minmax = MinMaxScaler().fit(fit)
record = {
    "fit": fit.tolist(),
    "transform": transform.tolist(),
    "standard": {
        "offsets": standard.mean_.tolist(),
        "scales": standard.scale_.tolist(),
        "fit_rows": standard.transform(fit).tolist(),
        "transform_rows": standard.transform(transform).tolist(),
    },
    "minmax": {
        "offsets": minmax.data_min_.tolist(),
        "scales": minmax.data_range_.tolist(),
        "fit_rows": minmax.transform(fit).tolist(),
        "transform_rows": minmax.transform(transform).tolist(),
    },
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scalers.json")
with open(path, "w") as out:
    json.dump(record, out, indent=1)
    out.write("\n")
