#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Rapport contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a vCard file written by `rapport export --format vcard` with the vobject library (a
standard, independent vCard parser) and checks every card parses and carries what we wrote.
Usage: check_vcard_vobject.py FILE.vcf EXPECTED_CARD_COUNT"""
import sys

import vobject

path, expected = sys.argv[1], int(sys.argv[2])
with open(path, encoding="utf-8", newline="") as f:
    text = f.read()
cards = list(vobject.readComponents(text, validate=True))
if len(cards) != expected:
    sys.exit(f"{path}: vobject read {len(cards)} cards, expected {expected}")
for card in cards:
    for field in ("fn", "n", "uid"):
        if not hasattr(card, field):
            sys.exit(f"{path}: a card has no {field.upper()}: {card.serialize()[:200]}")
print(f"vobject read {len(cards)} cards from {path}")
