#!/bin/bash
# SPDX-FileCopyrightText: 2026 Rapport contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch prefix and checks what the desktop needs: the binary, a
# valid .desktop file and AppStream metainfo, the icon, the translations and the man page, and that no networking library is linked.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/rapport"
desktop-file-validate "$prefix/share/applications/org.rapportapp.Rapport.desktop"
appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/org.rapportapp.Rapport.metainfo.xml" >/dev/null \
    || appstreamcli validate --no-net "$prefix/share/metainfo/org.rapportapp.Rapport.metainfo.xml"
test -s "$prefix/share/icons/hicolor/scalable/apps/org.rapportapp.Rapport.svg"
for language in fr es de; do test -s "$prefix/share/rapport/translations/rapport_$language.qm"; done
head -1 "$prefix/share/man/man1/rapport.1" | grep -q '^\.TH RAPPORT 1'
"$prefix/bin/rapport" --version | grep -q '^rapport '
# Nothing is ever sent over the network: the program links no networking library at all.
if ldd "$prefix/bin/rapport" | grep -Ei 'libQt6Network|libcurl|libssl|libgnutls'; then
    echo "rapport links a networking library" >&2
    exit 1
fi
echo "installed and validated under $prefix"
