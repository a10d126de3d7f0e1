#!/usr/bin/env bash
# Build dist/healthref_VERSION_ARCH.deb from the bundle that packaging/build-linux.sh made:
# the bundle in /opt/healthref, `healthref` on the PATH, a menu entry, icons, AppStream metadata.
# Needs dpkg-deb (any Debian or Ubuntu). Run build-linux.sh first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
here=$root/packaging
bundle=$root/dist/healthref
stage=$root/build/deb/root
app_id=org.healthref.healthref

[ -x "$bundle/healthref" ] || { echo "no bundle at $bundle: run packaging/build-linux.sh first" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/pyproject.toml")
arch=$(dpkg --print-architecture)
glibc=$(dpkg-query -W -f '${Version}' libc6 | cut -d- -f1)  # the bundle's libraries come from here

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/metainfo" "$stage/usr/share/doc/healthref" \
  "$stage/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$stage/opt/healthref"
ln -s ../../opt/healthref/healthref "$stage/usr/bin/healthref"
install -m 0644 "$here/linux/$app_id.desktop" "$stage/usr/share/applications/"
install -m 0644 "$here/linux/$app_id.metainfo.xml" "$stage/usr/share/metainfo/"
install -m 0644 "$here/deb/copyright" "$stage/usr/share/doc/healthref/copyright"
install -m 0644 "$root/resources/icons/healthref.svg" \
  "$stage/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 0644 "$root/resources/icons/healthref-$size.png" \
    "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
chmod -R u=rwX,go=rX "$stage"

size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@GLIBC@/$glibc/" \
  "$here/deb/control.in" >"$stage/DEBIAN/control"

deb=$root/dist/healthref_${version}_${arch}.deb
dpkg-deb --root-owner-group --build "$stage" "$deb" >/dev/null
echo "deb: $deb ($(du -sh "$deb" | cut -f1))"
