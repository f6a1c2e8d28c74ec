"""Record NumPy's legacy random streams and scikit-learn's train/test splits as JSON.

The C# tests of NumPyRandomState and TrainTestSplit compare against the files this script
writes beside itself:

    random-state.json      numpy.random.RandomState draws for several seeds
    train-test-split.json  sklearn.model_selection.train_test_split results

Run it with NumPy 1.24.2 and scikit-learn 1.2.1 (Debian's /usr/bin/python3 has both):

    /usr/bin/python3 tests/Mlp.Tests/Reference/numpy/record_numpy_streams.py
"""

import json
import pathlib

import numpy as np
import sklearn
from sklearn.model_selection import train_test_split
from sklearn.utils import _approximate_mode

HERE = pathlib.Path(__file__).resolve().parent
SEEDS = [0, 1, 42, 2**32 - 1]
SHUFFLE_LENGTHS = [1, 2, 3, 1000]


def ints(values):
    return [int(v) for v in values]


def floats(values):
    # json writes the shortest repr that round-trips, so every bit survives.
    return [float(v) for v in values]


def raw_words(rs, count):
    # RandomState's MT19937 bit generator returns each 32-bit word as one raw value.
    return ints(rs._bit_generator.random_raw(count))


def stream_for_seed(seed):
    def fresh():
        return np.random.RandomState(seed)

    shuffles = []
    for length in SHUFFLE_LENGTHS:
        rs = fresh()
        values = np.arange(length)
        rs.shuffle(values)
        shuffles.append(
            {"length": length, "values": ints(values), "next_uint32": raw_words(rs, 1)[0]}
        )

    return {
        "seed": seed,
        "uint32": raw_words(fresh(), 8),
        "random_sample": floats(fresh().random_sample(8)),
        "uniform": {"low": -0.75, "high": 2.5, "values": floats(fresh().uniform(-0.75, 2.5, 8))},
        "shuffle": shuffles,
        "permutation": ints(fresh().permutation(20)),
        "choice": {
            "population": 10,
            "size": 4,
            "values": ints(fresh().choice(10, 4, replace=False)),
        },
    }


def interval_case(seed, maximum, count):
    # Legacy randint(0, max + 1, dtype=uint64) draws through random_bounded_uint64_fill with
    # use_masked=True: the masked 32-bit loop for max <= 2**32 - 1 and the masked 64-bit loop
    # above, the same two loops as random_interval in distributions.c. For max = 2**64 - 1 it
    # takes next_uint64 unmasked, which is the same because the mask would be all ones.
    # Shuffles of arrays shorter than 2**32 never reach random_interval's 64-bit loop.
    rs = np.random.RandomState(seed)
    values = rs.randint(0, maximum + 1, size=count, dtype=np.uint64)
    return {
        "seed": seed,
        "max": str(maximum),
        "values": [str(int(v)) for v in values],
        "next_uint32": raw_words(rs, 1)[0],
    }


def record_random_state():
    maxima = [0, 1, 2, 5, 1000, 2**31 + 1, 2**32 - 1, 2**32, 2**40 + 12345, 2**62 + 1, 2**64 - 1]
    return {
        "numpy_version": np.__version__,
        "streams": [stream_for_seed(seed) for seed in SEEDS],
        "interval": [interval_case(seed, m, 6) for seed in (0, 42) for m in maxima],
    }


def split_case(rows, test_size, seed):
    train, test = train_test_split(np.arange(rows), test_size=test_size, random_state=seed)
    return {
        "rows": rows,
        "test_size": test_size,
        "seed": seed,
        "train": ints(train),
        "test": ints(test),
    }


def stratified_case(labels, test_size, seed):
    y = np.asarray(labels)
    train, test = train_test_split(
        np.arange(len(y)), test_size=test_size, random_state=seed, stratify=y
    )
    return {
        "labels": ints(y),
        "test_size": test_size,
        "seed": seed,
        "train": ints(train),
        "test": ints(test),
    }


def continued_splits(rows, test_size, seed, stratify=None):
    rs = np.random.RandomState(seed)
    splits = []
    for _ in range(2):
        train, test = train_test_split(
            np.arange(rows), test_size=test_size, random_state=rs, stratify=stratify
        )
        splits.append({"train": ints(train), "test": ints(test)})
    return {"rows": rows, "test_size": test_size, "seed": seed, "splits": splits}


# Class counts [5, 5, 3] in a mixed row order. With test_size 0.3 the training set takes 9 rows:
# 5/13*9 = 3.46 twice ties for the one extra row, so choice breaks the tie.
COUNTS_5_5_3 = [0, 1, 2, 0, 1, 0, 2, 1, 0, 1, 2, 0, 1]
# Uneven classes 0..3 with 28, 21, 7 and 4 rows, interleaved by a fixed rule.
UNEVEN_60 = [0] * 28 + [1] * 21 + [2] * 7 + [3] * 4
UNEVEN_60 = [UNEVEN_60[(7 * i) % 60] for i in range(60)]
# Labels 0, 2 and 3 only: class index 1 is unused and np.unique drops it.
GAPPED = [3, 0, 2, 0, 3, 2, 0, 3, 0, 2, 0]
# Four equal classes: every remainder ties.
EQUAL_4X3 = [i % 4 for i in range(12)]


def record_train_test_split():
    fractions = [(10, 0.3), (7, 0.5), (2, 0.5), (1000, 0.25)]
    plain = [split_case(rows, f, seed) for rows, f in fractions for seed in (0, 1, 42)]
    plain += [split_case(100, 17, 3), split_case(5, 4, 9)]
    stratified = [
        stratified_case(COUNTS_5_5_3, f, seed) for f in (0.3, 0.5) for seed in (0, 1, 2, 42)
    ]
    stratified += [stratified_case(UNEVEN_60, f, seed) for f in (0.2, 0.35) for seed in (0, 42)]
    stratified += [stratified_case(GAPPED, 0.4, seed) for seed in (0, 5)]
    stratified += [stratified_case(EQUAL_4X3, 0.5, seed) for seed in (0, 11)]
    stratified += [stratified_case(COUNTS_5_5_3, 4, 6), stratified_case(COUNTS_5_5_3, 3, 7)]
    approximate_mode = [
        {"class_counts": counts, "draws": draws, "seed": seed,
         "shares": ints(_approximate_mode(np.array(counts), draws, seed))}
        for counts, draws, seed in [([4, 2], 3, 0), ([5, 2], 4, 0), ([2, 2, 2, 1], 2, 0),
                                    ([2, 2, 2, 1], 2, 42), ([3, 3, 3, 3, 3], 2, 8)]
    ]
    return {
        "sklearn_version": sklearn.__version__,
        "numpy_version": np.__version__,
        "split": plain,
        "continued_split": continued_splits(20, 0.25, 5),
        "stratified": stratified,
        "continued_stratified": continued_splits(13, 0.3, 5, stratify=np.asarray(COUNTS_5_5_3)),
        "approximate_mode": approximate_mode,
    }


def write(name, content):
    with open(HERE / name, "w", encoding="utf-8") as file:
        json.dump(content, file, indent=1)
        file.write("\n")


def main():
    if np.__version__ != "1.24.2" or sklearn.__version__ != "1.2.1":
        raise SystemExit(
            f"Expected numpy 1.24.2 and scikit-learn 1.2.1, got {np.__version__} and "
            f"{sklearn.__version__}; run this script with /usr/bin/python3."
        )
    write("random-state.json", record_random_state())
    write("train-test-split.json", record_train_test_split())


if __name__ == "__main__":
    main()
