#!/usr/bin/env bash
# Time whole trainings of `mlp train` beside NumPy, scikit-learn and PyTorch references, on the
# same machine in the same run, and print one Markdown table of the medians.
#
# Usage: bench/compare.sh [--repeat N] [--threads N] [--runs LIST] [--fashion-dir DIR]
#                         [--no-build] > table.md
#
#   --repeat N         time every training N times and report the median (default 3)
#   --threads N        threads for every implementation (default 2): OMP_NUM_THREADS,
#                      OPENBLAS_NUM_THREADS, MKL_NUM_THREADS, torch.set_num_threads and
#                      DOTNET_PROCESSOR_COUNT
#   --runs LIST        comma-separated subset of textbook,sklearn,fashion (default: all)
#   --fashion-dir DIR  Fashion-MNIST gzip IDX files (default /usr/share/datasets/fashion-mnist,
#                      from Debian's dataset-fashion-mnist)
#   --no-build         use the mlp.dll already built in Release
#
# The references run with /usr/bin/python3 (or $PYTHON when set) when their Debian packages
# are installed (python3-numpy, python3-sklearn, python3-torch). A missing package becomes a
# note in the table.
# The digits references load the digits through scikit-learn, so they need python3-sklearn.
# Every training runs in a fresh process, and the repetitions of a run are interleaved so
# that a change in machine load affects all implementations alike. Progress goes to stderr,
# the table to stdout. The exit status is 1 when a training failed.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
bench="$repo/bench"
python=${PYTHON:-/usr/bin/python3}
repeat=3
threads=2
runs=textbook,sklearn,fashion
fashion_dir=/usr/share/datasets/fashion-mnist
build=true

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
    exit 0
}

while (($# > 0)); do
    case $1 in
        --repeat) repeat=${2:?--repeat needs a count}; shift 2 ;;
        --threads) threads=${2:?--threads needs a count}; shift 2 ;;
        --runs) runs=${2:?--runs needs a list}; shift 2 ;;
        --fashion-dir) fashion_dir=${2:?--fashion-dir needs a directory}; shift 2 ;;
        --no-build) build=false; shift ;;
        -h | --help) usage ;;
        *) echo "compare.sh: unknown option '$1'; see --help." >&2; exit 2 ;;
    esac
done
for count in "$repeat" "$threads"; do
    if ! [[ $count =~ ^[1-9][0-9]*$ ]]; then
        echo "compare.sh: --repeat and --threads take a positive integer; got '$count'." >&2
        exit 2
    fi
done
for run in ${runs//,/ }; do
    case $run in
        textbook | sklearn | fashion) ;;
        *) echo "compare.sh: --runs takes textbook, sklearn or fashion; got '$run'." >&2; exit 2 ;;
    esac
done

export OMP_NUM_THREADS=$threads OPENBLAS_NUM_THREADS=$threads MKL_NUM_THREADS=$threads
export DOTNET_PROCESSOR_COUNT=$threads
# Python would otherwise write __pycache__ into bench/reference.
export PYTHONDONTWRITEBYTECODE=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results="$work/results.jsonl"
: >"$results"
failed=false

if $build; then
    echo "Building mlp in Release..." >&2
    dotnet build "$repo/src/Mlp.Cli" -c Release --nologo -v quiet >&2
fi
mlp=(dotnet "$repo/src/Mlp.Cli/bin/Release/net10.0/mlp.dll")

has_python_module() {
    [[ -x $python ]] && "$python" -c "import $1" 2>/dev/null
}

# Prints why a reference cannot run, or nothing when it can.
missing_reason() {
    local module package
    for module in "$@"; do
        case $module in
            numpy) package=python3-numpy ;;
            sklearn) package=python3-sklearn ;;
            torch) package=python3-torch ;;
        esac
        if ! has_python_module "$module"; then
            echo "skipped: $package is not installed"
            return
        fi
    done
}

# Prints why a digits reference cannot run, or nothing when it can. All of them load the
# digits and their split through scikit-learn.
digits_missing_reason() {
    local reason
    reason=$(missing_reason sklearn)
    if [[ -n $reason ]]; then
        echo "$reason, and it loads the digits"
    else
        missing_reason "$@"
    fi
}

table_helper() {
    "$python" "$bench/compare_table.py" "$@"
}

# Runs one training and records its JSON with the wall time of the whole command.
measure() {
    local run=$1 implementation=$2 dtype=$3 repetition=$4
    shift 4
    echo "[$run $dtype, repetition $repetition/$repeat] $implementation" >&2
    local start end
    start=$(date +%s.%N)
    if "$@" >"$work/last.json" 2>"$work/last.err"; then
        end=$(date +%s.%N)
        if ! table_helper record "$results" "$run" "$implementation" "$dtype" \
            "$(awk "BEGIN { print $end - $start }")" <"$work/last.json"; then
            table_helper note "$results" "$run" "$implementation" "$dtype" \
                "failed: the output is not the expected JSON"
            failed=true
            : >"$work/last.json"
        fi
    else
        local status=$?
        echo "  failed with exit status $status:" >&2
        tail -n 5 "$work/last.err" >&2
        table_helper note "$results" "$run" "$implementation" "$dtype" \
            "failed with exit status $status"
        failed=true
        : >"$work/last.json"
    fi
}

# Records why a reference did not run, when it did not.
note_skip() {
    if [[ -n $4 ]]; then
        table_helper note "$results" "$1" "$2" "$3" "$4"
    fi
}

# Prints a field of the JSON the last successful training wrote, or nothing.
last_field() {
    [[ -s $work/last.json ]] && table_helper field "$1" <"$work/last.json"
}

reference() {
    (cd "$bench/reference" && "$python" "$@" --threads "$threads")
}

# PyTorch runs its own OpenMP threads (libgomp) and, for matrix products, OpenBLAS's pthreads.
# libgomp's idle threads spin by default and starve OpenBLAS's threads when both pools share
# the cores, so PyTorch's idle threads sleep instead. NumPy, scikit-learn and .NET use no
# libgomp and are not affected.
torch_reference() {
    OMP_WAIT_POLICY=PASSIVE reference "$@"
}

run_textbook() {
    local numpy_skip torch_skip repetition
    numpy_skip=$(digits_missing_reason numpy)
    torch_skip=$(digits_missing_reason torch)
    for ((repetition = 1; repetition <= repeat; repetition++)); do
        measure textbook "mlp (ours)" float64 "$repetition" "${mlp[@]}" train --quiet --json \
            --hidden-layer-sizes 50 --activation tanh --solver sgd --batch-size 1 \
            --momentum 0 --nesterovs-momentum false --alpha 0 --tol 0 \
            --n-iter-no-change 100 --max-iter 100 --random-state 1
        if [[ -z $numpy_skip ]]; then
            measure textbook NumPy float64 "$repetition" reference numpy_textbook.py
        fi
        if [[ -z $torch_skip ]]; then
            measure textbook "PyTorch (autograd)" float64 "$repetition" \
                torch_reference torch_textbook.py --style autograd
            measure textbook "PyTorch (tensor ops)" float64 "$repetition" \
                torch_reference torch_textbook.py --style tensor-ops
        fi
    done
    note_skip textbook NumPy float64 "$numpy_skip"
    note_skip textbook "PyTorch (autograd)" float64 "$torch_skip"
    note_skip textbook "PyTorch (tensor ops)" float64 "$torch_skip"
}

run_sklearn() {
    local sklearn_skip torch_skip repetition epochs=""
    sklearn_skip=$(missing_reason sklearn)
    torch_skip=$(digits_missing_reason torch)
    for ((repetition = 1; repetition <= repeat; repetition++)); do
        measure sklearn "mlp (ours)" float64 "$repetition" "${mlp[@]}" train --quiet --json \
            --hidden-layer-sizes 50 --activation tanh --solver sgd --learning-rate-init 0.001 \
            --nesterovs-momentum false --random-state 1 --max-iter 1000
        # PyTorch has no stopping rule here: it runs the epochs scikit-learn ran, else ours.
        if [[ -z $epochs ]]; then
            epochs=$(last_field n_iter || true)
        fi
        if [[ -z $sklearn_skip ]]; then
            measure sklearn scikit-learn float64 "$repetition" reference sklearn_reference.py
            epochs=$(last_field n_iter || echo "$epochs")
        fi
        if [[ -z $torch_skip && -n $epochs ]]; then
            measure sklearn PyTorch float64 "$repetition" \
                torch_reference torch_minibatch.py --epochs "$epochs"
        fi
    done
    note_skip sklearn scikit-learn float64 "$sklearn_skip"
    note_skip sklearn PyTorch float64 "$torch_skip"
}

run_fashion() {
    local dtype sklearn_skip torch_skip repetition file
    local prefix=$fashion_dir
    local train_data="idx:$prefix/train-images-idx3-ubyte.gz,$prefix/train-labels-idx1-ubyte.gz"
    local test_data="idx:$prefix/t10k-images-idx3-ubyte.gz,$prefix/t10k-labels-idx1-ubyte.gz"
    for file in {train,t10k}-{images-idx3,labels-idx1}-ubyte.gz; do
        if [[ ! -f $fashion_dir/$file ]]; then
            table_helper note "$results" fashion "mlp (ours)" "float64, float32" \
                "skipped: $fashion_dir/$file not found; apt-get install dataset-fashion-mnist"
            return 0
        fi
    done
    sklearn_skip=$(missing_reason numpy sklearn)
    torch_skip=$(missing_reason numpy torch)
    for dtype in float64 float32; do
        for ((repetition = 1; repetition <= repeat; repetition++)); do
            measure fashion "mlp (ours)" "$dtype" "$repetition" "${mlp[@]}" train --quiet --json \
                --data "$train_data" --test-data "$test_data" --dtype "$dtype" \
                --hidden-layer-sizes 256 --activation relu --solver adam --batch-size 128 \
                --max-iter 5 --random-state 1
            if [[ -z $sklearn_skip ]]; then
                measure fashion scikit-learn "$dtype" "$repetition" reference \
                    sklearn_reference.py --dataset fashion --dtype "$dtype" \
                    --fashion-dir "$fashion_dir"
            fi
            if [[ -z $torch_skip ]]; then
                measure fashion PyTorch "$dtype" "$repetition" torch_reference \
                    torch_minibatch.py --dataset fashion --dtype "$dtype" \
                    --fashion-dir "$fashion_dir"
            fi
        done
        note_skip fashion scikit-learn "$dtype" "$sklearn_skip"
        note_skip fashion PyTorch "$dtype" "$torch_skip"
    done
}

load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)
for run in ${runs//,/ }; do
    "run_$run"
done
load_after=$(cut -d ' ' -f 1-3 /proc/loadavg)

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
table_helper table "$results" \
    "Date: $(date -u '+%Y-%m-%d %H:%M UTC')" \
    "Machine: $cpu, $(nproc) logical CPUs, $(uname -sr)" \
    "Threads: $threads for every implementation" \
    "Repetitions: $repeat per training, each in a fresh process; the table gives medians" \
    "Load average (1, 5, 15 min): $load_before before, $load_after after" \
    ".NET SDK: $(dotnet --version)" \
    "Python packages: $(table_helper versions)"

if $failed; then
    exit 1
fi
