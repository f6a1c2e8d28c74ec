"""Data loading, initial weights, epoch order and reporting shared by the reference scripts.

The initial weights and the epoch order come from one numpy.random.RandomState stream, drawn
in the order scikit-learn 1.2's MLPClassifier draws them. So a reference given the same seed
starts from the same weights and trains on the same batches as scikit-learn, and as
`mlp train`, which reproduces that stream.
"""

import argparse
import gzip
import json
import struct
import sys

import numpy as np

FASHION_DIR = "/usr/share/datasets/fashion-mnist"


def load_digits_split(dtype=np.float64):
    """Return X_train, X_test, y_train, y_test of the digits split 80/20 with seed 42.

    The pixels keep their range 0..16, as in scikit-learn's load_digits and the embedded
    digits of `mlp`. This needs scikit-learn.
    """
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    digits = load_digits()
    X_train, X_test, y_train, y_test = train_test_split(
        digits.data.astype(dtype), digits.target, test_size=0.2, random_state=42
    )
    return X_train, X_test, y_train, y_test


def read_idx(path):
    """Read a gzip-compressed IDX file into an unsigned-byte array of its stored shape."""
    with gzip.open(path, "rb") as stream:
        magic = stream.read(4)
        if len(magic) < 4 or magic[:3] != b"\0\0\x08":
            raise ValueError(
                f"{path}: expected an IDX file of unsigned bytes, got {magic!r}; check that it is "
                "an IDX file such as train-images-idx3-ubyte.gz"
            )
        dimension_count = magic[3]
        shape = struct.unpack(f">{dimension_count}I", stream.read(4 * dimension_count))
        values = np.frombuffer(stream.read(), dtype=np.uint8)
    return values.reshape(shape)


def load_fashion(directory, dtype):
    """Return X_train, X_test, y_train, y_test of Fashion-MNIST, pixels scaled as value / 255.

    Each image becomes a row of 784 features, like `mlp train --data idx:IMAGES,LABELS`.
    """

    def images(name):
        pixels = read_idx(f"{directory}/{name}-images-idx3-ubyte.gz")
        return (pixels.reshape(len(pixels), -1) / 255.0).astype(dtype)

    def labels(name):
        return read_idx(f"{directory}/{name}-labels-idx1-ubyte.gz").astype(np.int64)

    return images("train"), images("t10k"), labels("train"), labels("t10k")


def glorot_parameters(layer_sizes, activation, seed, dtype):
    """Draw Glorot-uniform weights and biases as scikit-learn 1.2's MLP does.

    Layer by layer, the weights [fan_in, fan_out] and then the biases [fan_out] are drawn
    from U(-bound, bound), bound = sqrt(factor / (fan_in + fan_out)), with factor 2 for the
    logistic activation and 6 otherwise. Returns the list of (weights, biases) and the
    RandomState, whose stream goes on to shuffle the epochs.
    """
    random_state = np.random.RandomState(seed)
    factor = 2.0 if activation == "logistic" else 6.0
    parameters = []
    for fan_in, fan_out in zip(layer_sizes[:-1], layer_sizes[1:]):
        bound = np.sqrt(factor / (fan_in + fan_out))
        weights = random_state.uniform(-bound, bound, (fan_in, fan_out)).astype(dtype)
        biases = random_state.uniform(-bound, bound, fan_out).astype(dtype)
        parameters.append((weights, biases))
    return parameters, random_state


class EpochOrder:
    """Row orders of successive epochs, as scikit-learn 1.2 shuffles its sample indices.

    Every epoch permutes the previous epoch's order rather than arange(row_count): it draws
    a permutation p by shuffling arange(row_count) in place and returns order[p].
    """

    def __init__(self, random_state, row_count):
        self.random_state = random_state
        self.order = np.arange(row_count)

    def next(self):
        """Return the row order of the next epoch."""
        permutation = np.arange(len(self.order))
        self.random_state.shuffle(permutation)
        self.order = self.order[permutation]
        return self.order


def add_common_arguments(parser):
    """Add --dataset, --dtype, --fashion-dir and --threads to a reference's parser."""
    parser.add_argument("--dataset", choices=["digits", "fashion"], default="digits")
    parser.add_argument("--dtype", choices=["float64", "float32"], default="float64")
    parser.add_argument("--fashion-dir", default=FASHION_DIR, help="directory of the .gz files")
    parser.add_argument(
        "--threads",
        type=int,
        default=2,
        help="threads for PyTorch; NumPy's BLAS reads OMP_NUM_THREADS before it loads",
    )


def load_dataset(arguments):
    """Return X_train, X_test, y_train, y_test of the dataset the arguments name."""
    dtype = np.dtype(arguments.dtype)
    if arguments.dataset == "digits":
        return load_digits_split(dtype)
    return load_fashion(arguments.fashion_dir, dtype)


def report(implementation, arguments, fit_seconds, epochs, train_score, test_score, final_loss):
    """Print one JSON object with the names `mlp train --json` uses."""
    json.dump(
        {
            "implementation": implementation,
            "dataset": arguments.dataset,
            "dtype": arguments.dtype,
            "fit_seconds": fit_seconds,
            "n_iter": epochs,
            "train_score": float(train_score),
            "test_score": float(test_score),
            "final_loss": float(final_loss),
        },
        sys.stdout,
    )
    sys.stdout.write("\n")


def new_parser(description):
    """Return an argument parser with the common arguments already added."""
    parser = argparse.ArgumentParser(description=description)
    add_common_arguments(parser)
    return parser
