#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Rapport contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an iCalendar file written by `rapport export --format ics` with Python's icalendar
library (an independent parser) and checks each event carries what we wrote.
Usage: check_ics_icalendar.py FILE.ics EXPECTED_EVENT_COUNT"""
import sys

import icalendar

path, expected = sys.argv[1], int(sys.argv[2])
with open(path, "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())
events = list(calendar.walk("VEVENT"))
if len(events) != expected:
    sys.exit(f"{path}: icalendar read {len(events)} events, expected {expected}")
uids = set()
for event in events:
    for field in ("UID", "DTSTART", "DTEND", "SUMMARY", "DTSTAMP"):
        if field not in event:
            sys.exit(f"{path}: an event has no {field}: {event.to_ical()[:200]!r}")
    if event.decoded("DTEND") <= event.decoded("DTSTART"):
        sys.exit(f"{path}: an event ends before it starts: {event['SUMMARY']}")
    uids.add(str(event["UID"]))
if len(uids) != len(events):
    sys.exit(f"{path}: UIDs are not unique")
if not any("," in str(e.get("LOCATION", "")) for e in events):
    sys.exit(f"{path}: no location with a comma survived escaping")
print(f"icalendar read {len(events)} events from {path}")
