#!/bin/bash
# SPDX-FileCopyrightText: 2026 Rapport contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Exports the demo network's meetings as iCalendar and has an independent parser (Python's
# icalendar, Debian's python3-icalendar) read them back; cancelled meetings are left out.
set -euo pipefail
rapport=$1
here=$(dirname "$0")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$rapport" --database "$dir/demo.rapport" demo >/dev/null
expected=$(sqlite3 "$dir/demo.rapport" "SELECT count(*) FROM interaction WHERE status <> 'cancelled'")
"$rapport" --database "$dir/demo.rapport" export --format ics -o "$dir/meetings.ics"
/usr/bin/python3 "$here/check_ics_icalendar.py" "$dir/meetings.ics" "$expected"
