"""Collect the measurements of bench/compare.sh and print them as one Markdown table.

    compare_table.py record RESULTS RUN IMPLEMENTATION DTYPE WALL_SECONDS < program.json
    compare_table.py note RESULTS RUN IMPLEMENTATION DTYPE TEXT
    compare_table.py field NAME < program.json
    compare_table.py versions
    compare_table.py table RESULTS [HEADER_LINE ...]

RESULTS is a file of JSON lines, one per measurement or note. A program's JSON is what
`mlp train --json` or a reference script prints; only fit_seconds, n_iter, train_score,
test_score and final_loss are kept. Only `versions` imports NumPy, scikit-learn and PyTorch,
and only when they are installed.
"""

import importlib
import json
import statistics
import sys

OURS = "mlp (ours)"
RUN_TITLES = {
    "textbook": "digits, textbook per-example SGD",
    "sklearn": "digits, scikit-learn's configuration",
    "fashion": "Fashion-MNIST, Adam, batch 128",
}
KEPT_FIELDS = ["fit_seconds", "n_iter", "train_score", "test_score", "final_loss"]
COLUMNS = [
    ("Run", "---"),
    ("Implementation", "---"),
    ("dtype", "---"),
    ("Epochs", "---:"),
    ("Fit s", "---:"),
    ("Fit s/epoch", "---:"),
    ("Wall s", "---:"),
    ("Ours ÷ this", "---:"),
    ("Train acc.", "---:"),
    ("Test acc.", "---:"),
    ("Final loss", "---:"),
    ("Notes", "---"),
]


def record(results_path, run, implementation, dtype, wall_seconds):
    """Append one timed training, read from the program's JSON on standard input."""
    output = json.load(sys.stdin)
    line = {"run": run, "implementation": implementation, "dtype": dtype}
    line["wall_seconds"] = float(wall_seconds)
    line.update({name: output[name] for name in KEPT_FIELDS})
    append(results_path, line)


def note(results_path, run, implementation, dtype, text):
    """Append a row that explains why an implementation has no timing."""
    line = {"run": run, "implementation": implementation, "dtype": dtype, "note": text}
    append(results_path, line)


def append(results_path, line):
    with open(results_path, "a", encoding="utf-8") as results:
        results.write(json.dumps(line) + "\n")


def field(name):
    """Print one field of the program's JSON on standard input."""
    print(json.load(sys.stdin)[name])


def versions():
    """Print the versions of the reference packages and the BLAS NumPy loaded."""
    found = []
    for module in ["numpy", "sklearn", "torch"]:
        try:
            found.append(f"{module} {importlib.import_module(module).__version__}")
        except ImportError:
            found.append(f"{module} not installed")
    try:
        from threadpoolctl import threadpool_info

        for pool in threadpool_info():
            if pool["user_api"] == "blas":
                found.append(f"NumPy's BLAS: {pool['internal_api']} {pool['version']}")
    except ImportError:
        pass
    print(", ".join(found))


def read_groups(results_path):
    """Return {(run, dtype): {implementation: [lines]}} in the order the lines came."""
    groups = {}
    with open(results_path, encoding="utf-8") as results:
        for text in results:
            line = json.loads(text)
            group = groups.setdefault((line["run"], line["dtype"]), {})
            group.setdefault(line["implementation"], []).append(line)
    return groups


def seconds(value):
    """Format a duration with three significant digits, or as a whole number from 100 on."""
    return f"{value:#.3g}" if value < 100 else f"{value:.0f}"


def agreed(lines, name, decimals):
    """Return the value every repetition reached, or their range when they differ."""
    values = sorted({round(line[name], decimals) for line in lines})
    text = [f"{value:.{decimals}f}" for value in values]
    return text[0] if len(text) == 1 else f"{text[0]}–{text[-1]}"


def table_row(run, dtype, implementation, lines, our_fit_seconds):
    """Return the Markdown cells of one implementation in one run."""
    cells = [RUN_TITLES.get(run, run), implementation, dtype]
    timed = [line for line in lines if "note" not in line]
    notes = [line["note"] for line in lines if "note" in line]
    if not timed:
        return cells + [""] * (len(COLUMNS) - 4) + ["; ".join(notes)]

    fit_seconds = [line["fit_seconds"] for line in timed]
    fit = statistics.median(fit_seconds)
    epochs = statistics.median(line["n_iter"] for line in timed)
    wall = statistics.median(line["wall_seconds"] for line in timed)
    ratio = "" if our_fit_seconds is None else f"{our_fit_seconds / fit:.2f}"
    notes.append(f"fit {seconds(min(fit_seconds))}–{seconds(max(fit_seconds))} s")
    return cells + [
        f"{epochs:g}",
        seconds(fit),
        seconds(fit / epochs),
        seconds(wall),
        ratio,
        agreed(timed, "train_score", 4),
        agreed(timed, "test_score", 4),
        agreed(timed, "final_loss", 5),
        "; ".join(notes),
    ]


def table(results_path, *header_lines):
    """Print the header lines as a list, then one table row per implementation and run."""
    for header_line in header_lines:
        print(f"- {header_line}")
    print()
    print("| " + " | ".join(name for name, _ in COLUMNS) + " |")
    print("|" + "|".join(alignment for _, alignment in COLUMNS) + "|")
    for (run, dtype), group in read_groups(results_path).items():
        ours = [line["fit_seconds"] for line in group.get(OURS, []) if "note" not in line]
        our_fit_seconds = statistics.median(ours) if ours else None
        for implementation, lines in group.items():
            row = table_row(run, dtype, implementation, lines, our_fit_seconds)
            print("| " + " | ".join(row) + " |")


def main(arguments):
    commands = {"record": record, "note": note, "field": field, "versions": versions}
    commands["table"] = table
    if not arguments or arguments[0] not in commands:
        sys.exit(__doc__)
    commands[arguments[0]](*arguments[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
