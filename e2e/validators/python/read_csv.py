"""Reads a CSV export with Python's csv module, strictly, and prints what it found as JSON.

Usage: read_csv.py FILE. Fails (exit 1) on anything the csv module refuses in strict mode.
"""
import csv
import json
import sys

with open(sys.argv[1], "rb") as raw:
    data = raw.read()

text = data.decode("utf-8")  # must be UTF-8
with open(sys.argv[1], newline="", encoding="utf-8") as handle:
    rows = list(csv.reader(handle, dialect="excel", strict=True))

header, *records = rows
print(
    json.dumps(
        {
            "bom": text.startswith("\ufeff"),
            "endsWithCrlf": text.endswith("\r\n"),
            "header": header,
            "widths": sorted({len(record) for record in records}),
            "records": [dict(zip(header, record)) for record in records],
        },
        ensure_ascii=False,
    )
)
