#!/usr/bin/env bash
# Runs a command (the test suite) headless: offscreen Qt, a private D-Bus session and an
# unlocked gnome-keyring, so that keychain tests use the real Secret Service and never touch
# the user's own keyring or settings.
set -euo pipefail

if [[ -z "${FLOWDESK_HEADLESS_INNER:-}" ]]; then
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/flowdesk-test.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
    export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
    mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    export QT_QPA_PLATFORM=offscreen FLOWDESK_HEADLESS_INNER=1
    unset FLOWDESK_HOME
    exec dbus-run-session -- bash "$0" "$@"
fi

# Inside the private session: start gnome-keyring's Secret Service with an unlocked login
# keyring (the password only protects this throw-away keyring).
eval "$(printf 'flowdesk-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
"$@"
