#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Rapport contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates a Rapport JSON backup against the published JSON Schema (draft 2020-12), with an
implementation that is not ours. Usage: check_json_schema.py SCHEMA BACKUP"""
import json
import sys

import jsonschema

schema_path, backup_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(backup_path, encoding="utf-8") as f:
    backup = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(backup), key=lambda e: list(e.path))
for error in errors[:20]:
    print(f"{backup_path}: {'/'.join(str(p) for p in error.path)}: {error.message}", file=sys.stderr)
sys.exit(1 if errors else 0)
