#!/bin/sh
# Builds the Debian package with cpack (into a temporary folder, the build
# folder stays as it was) and checks that it installs what a desktop program
# needs: the editor, the CLI, the .desktop entry, the MIME type, the AppStream
# metainfo, the icons, the sample plans, and dependencies from dpkg-shlibdeps.
# Usage: check-deb.sh BUILD_DIR
set -eu
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$build"
if ! cpack -G DEB -B "$tmp" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    echo "FAIL: cpack -G DEB failed"
    exit 1
fi
deb=$(ls "$tmp"/*.deb)
dpkg-deb -c "$deb" | awk '{print $6}' >"$tmp/contents"

status=0
for f in \
    ./usr/bin/planverk \
    ./usr/bin/planverk-cli \
    ./usr/share/applications/io.github.planverk.Planverk.desktop \
    ./usr/share/mime/packages/io.github.planverk.Planverk.xml \
    ./usr/share/metainfo/io.github.planverk.Planverk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.github.planverk.Planverk.svg \
    ./usr/share/icons/hicolor/48x48/apps/io.github.planverk.Planverk.png \
    ./usr/share/icons/hicolor/256x256/apps/io.github.planverk.Planverk.png \
    ./usr/share/icons/hicolor/scalable/mimetypes/application-x-planverk.svg \
    ./usr/share/planverk/samples/innlandet-internasjonal-2021-2024.json
do
    if ! grep -qx "$f" "$tmp/contents"; then
        echo "FAIL: the package lacks $f"
        status=1
    fi
done

depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins; do
    case "$depends" in
        *"$d"*) ;;
        *) echo "FAIL: Depends lacks $d: $depends"; status=1 ;;
    esac
done

# The packaged programs are the built ones, stripped, and they run.
mkdir "$tmp/root"
dpkg-deb -x "$deb" "$tmp/root"
if ! "$tmp/root/usr/bin/planverk-cli" --version >/dev/null; then
    echo "FAIL: the packaged planverk-cli does not run"
    status=1
fi

[ $status -eq 0 ] && echo "$(basename "$deb"): $(wc -l <"$tmp/contents") entries, Depends: $depends"
exit $status
