#!/usr/bin/env bash
# Packs Mlp.Core and the mlp tool into ./artifacts, installs the tool from there into a
# temporary folder (not globally), and runs it: mlp --help, a short training that saves a
# model, and a drawing of the digits. Exits non-zero if any step fails.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
rm -rf artifacts
dotnet pack Mlp.slnx -c Release -o artifacts

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fresh package folder, so the install takes this build rather than an older one of the same
# version from the NuGet cache.
NUGET_PACKAGES="$work/packages" dotnet tool install mlp --version "$version" \
    --add-source ./artifacts --tool-path "$work/tools"
mlp="$work/tools/mlp"

"$mlp" --help
"$mlp" train --data digits --hidden-layer-sizes 16 --max-iter 5 --random-state 1 --quiet \
    --save "$work/model.json"
"$mlp" evaluate --model "$work/model.json" --data digits --json > "$work/evaluation.json"
"$mlp" data show digits --count 10 --png "$work/digits.png"
test -s "$work/digits.png"
echo "Packed Mlp.Core and mlp $version into artifacts/ and ran the installed tool."
