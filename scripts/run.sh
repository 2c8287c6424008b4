#!/usr/bin/env bash
# The main job: builds kg, builds the graph of the bundled brochure, prints its summary
# and writes the brochure's exports in every format into exports/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
build/kg build examples/eu-unodc-brochure.txt
bash scripts/make-exports.sh build/kg
echo "exports written to exports/"
