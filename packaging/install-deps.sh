#!/usr/bin/env bash
# Installs the Debian 12 packages that StoreLens needs to build, test and run.
# Idempotent: when everything is present it only checks and returns.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config clang-format
    # Qt 6 and the libraries StoreLens links
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libgl-dev libsqlcipher-dev qtkeychain-qt6-dev libssl-dev libsimdjson-dev
    # runtime: keychain backend, time zones, fonts
    libsecret-1-0 libqt6svg6 gnome-keyring dbus tzdata fonts-dejavu-core
    # tests: a real keychain session, real windows, packaging checks
    xvfb xauth dpkg-dev file desktop-file-utils appstream libsecret-tools
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
# The GraphQL schema validation test runs on Node.js; any node >= 18 with npm will do,
# whether from Debian or elsewhere.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    SUDO=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
