#!/bin/sh
# Install the DPO Desk bundle for the current user: the program, its menu entry, icon and the
# .dpodesk file type. Run from the unpacked bundle folder: ./install.sh (./install.sh --remove undoes it).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
target=$data/dpo-desk
if [ "${1:-}" = "--remove" ]; then
    rm -rf "$target" "$bin/dpo-desk" "$data/applications/eu.dpodesk.DPODesk.desktop" \
        "$data/icons/hicolor/256x256/apps/eu.dpodesk.DPODesk.png" "$data/metainfo/eu.dpodesk.DPODesk.metainfo.xml"
    command -v xdg-mime >/dev/null && xdg-mime uninstall "$here/share/eu.dpodesk.DPODesk.mime.xml" || true
    echo "DPO Desk removed (case files are left where they are)."
    exit 0
fi
mkdir -p "$target" "$bin" "$data/applications" "$data/icons/hicolor/256x256/apps" "$data/metainfo"
cp -R "$here/." "$target/"
ln -sf "$target/dpo-desk" "$bin/dpo-desk"
cp "$here/share/eu.dpodesk.DPODesk.desktop" "$data/applications/"
cp "$here/share/dpo-desk-256.png" "$data/icons/hicolor/256x256/apps/eu.dpodesk.DPODesk.png"
cp "$here/share/eu.dpodesk.DPODesk.metainfo.xml" "$data/metainfo/"
command -v xdg-mime >/dev/null && xdg-mime install --novendor "$here/share/eu.dpodesk.DPODesk.mime.xml" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "DPO Desk installed: $bin/dpo-desk, and in the applications menu."
