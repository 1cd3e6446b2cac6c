#!/bin/sh
# The desktop entry, the AppStream metainfo and the MIME type as the desktop
# tools read them. Usage: validate-desktop-files.sh PACKAGING_DIR
set -eu
dir=$1
app=io.github.planverk.Planverk
desktop-file-validate "$dir/$app.desktop"
appstreamcli validate --no-net --explain "$dir/$app.metainfo.xml"
# The MIME package compiles, and a .planverk file gets the type by its name.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$dir/$app.mime.xml" "$tmp/mime/packages/$app.xml"
XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime"
grep -q '^application/x-planverk:\*\.planverk$' "$tmp/mime/globs" || { echo "FAIL: *.planverk is not in the MIME globs"; exit 1; }
grep -q 'application/x-planverk' "$tmp/mime/magic" || { echo "FAIL: the PLVK magic is not in the MIME database"; exit 1; }
grep -qx 'MimeType=application/x-planverk;' "$dir/$app.desktop" || { echo "FAIL: the desktop entry does not open .planverk files"; exit 1; }
echo "desktop entry, metainfo and MIME type: valid"
