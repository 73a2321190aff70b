#!/usr/bin/env bash
# The benchmark suite (not part of npm test): test bed, build, then measure.
exec bash "$(dirname "$0")/../testbed/run-built.sh" bench
