#!/usr/bin/env bash
# Installs the Debian packages listed in packaging/debian-build-deps.txt that are missing.
# Uses apt-get directly as root, sudo otherwise, and says clearly what to do if neither works.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/debian-build-deps.txt" | grep -v '^$')

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Flowdesk: installing missing Debian packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null || [[ -t 0 ]] && command -v sudo >/dev/null 2>&1; then
    run=(sudo)
else
    echo "Flowdesk: cannot install packages: not root and sudo is not available." >&2
    echo "Install them yourself, then run make again:" >&2
    echo "    apt-get install ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
