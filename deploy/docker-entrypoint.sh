#!/bin/sh
# Container entry point: turn *_FILE secrets into environment variables, then exec the CLI.
#
# Secrets are never baked into the image. Compose and Kubernetes mount them as files; for
# every variable RECEPTIONIST_X_FILE=/run/secrets/x this exports RECEPTIONIST_X with the
# file's contents (the convention of the official postgres image). The value is never echoed.
set -eu

for var in $(env | sed -n 's/^\(RECEPTIONIST_[A-Z0-9_]*\)_FILE=.*/\1/p'); do
    file=$(printenv "${var}_FILE")
    if [ ! -r "$file" ]; then
        echo "docker-entrypoint: ${var}_FILE points at an unreadable file" >&2
        exit 64
    fi
    value=$(cat "$file")
    export "$var=$value"
    unset "${var}_FILE"
done

# The voice worker runs each call in its own process; they share metrics through this
# directory, which must start empty (stale files would resurrect old calls).
if [ -n "${PROMETHEUS_MULTIPROC_DIR:-}" ]; then
    rm -rf "$PROMETHEUS_MULTIPROC_DIR"
    mkdir -p "$PROMETHEUS_MULTIPROC_DIR"
fi

exec receptionist "$@"
