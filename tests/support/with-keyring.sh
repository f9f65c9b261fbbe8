#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring,
# so tests use the real Secret Service without touching the user's keyrings.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" HOME="$tmp/home"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
unset STORELENS_NO_KEYCHAIN
# The keyring password only protects this throw-away keyring.
dbus-run-session -- sh -c '
    printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@" 2> "$tmp/stderr" && rc=0 || rc=$?
# dbus-daemon complains about fd limits in containers; keep the rest.
grep -v -e "Failed to set fd limit" -e "Activating service" -e "Successfully activated" "$tmp/stderr" >&2 || true
exit $rc
