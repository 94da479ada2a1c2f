#!/bin/bash
# SPDX-FileCopyrightText: 2026 Rapport contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Exports the demo network as vCard 4.0 and 3.0 and has an independent parser (Python's vobject,
# Debian's python3-vobject) read every card back.
set -euo pipefail
rapport=$1
here=$(dirname "$0")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$rapport" --database "$dir/demo.rapport" demo >/dev/null
count=$("$rapport" --database "$dir/demo.rapport" list | wc -l)
for version in 4 3; do
    "$rapport" --database "$dir/demo.rapport" export --format vcard --vcard-version "$version" -o "$dir/v$version.vcf"
    /usr/bin/python3 "$here/check_vcard_vobject.py" "$dir/v$version.vcf" "$count"
done
