# Shared by scripts/run and scripts/test: install what is missing, then build.
# shellcheck shell=bash

PLANVERK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs the Debian packages of scripts/packages.txt that are not installed.
install_missing() { # [EXTRA PACKAGE...]
    local wanted=() missing=() p
    while read -r p; do
        [[ -z "$p" || "$p" == \#* ]] && continue
        wanted+=("$p")
    done < "$PLANVERK_ROOT/scripts/packages.txt"
    for p in "${wanted[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "All ${#wanted[@]} required packages are installed."
        return 0
    fi
    log "Installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Chromium, Node.js and the npm packages the HTML checks use (tests/web/package-lock.json).
install_web_checks() {
    install_missing chromium
    if ! command -v npm >/dev/null; then
        log "Installing Node.js and npm"
        local sudo=()
        [ "$(id -u)" -ne 0 ] && sudo=(sudo)
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
    fi
    local web="$PLANVERK_ROOT/tests/web"
    if [ ! -d "$web/node_modules" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
        log "Installing the HTML checks (html-validate, axe-core) from the npm registry"
        (cd "$web" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    fi
}

# configure_and_build BUILD_DIR [CMAKE ARGS...]
configure_and_build() {
    local dir=$1
    shift
    log "Configuring and building in ${dir#"$PLANVERK_ROOT"/}"
    cmake -S "$PLANVERK_ROOT" -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}
