#!/usr/bin/env bash
# The main job (npm run demo): install, prepare the Docker test bed, build,
# then drive the containerizer through a whole task lifecycle.
exec bash "$(dirname "$0")/../testbed/run-built.sh" demo
