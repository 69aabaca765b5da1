#!/bin/sh
# The whole test suite: installs what is missing, builds with AddressSanitizer
# and UndefinedBehaviorSanitizer into build-test/, and runs every test.
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh --test
sh tools/web-deps.sh
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DATTACHE_SANITIZE=ON -DATTACHE_TESTS=ON >/dev/null
cmake --build build-test -j"$(nproc)" >/dev/null
cd build-test
ctest --output-on-failure -j"$(nproc)" "$@"
