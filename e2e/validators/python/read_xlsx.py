"""Opens an XLSX export with openpyxl and prints its sheets, cell values and cell types as JSON.

Usage: read_xlsx.py FILE. Dates come out as YYYY-MM-DD; every cell says its openpyxl data type
(s text, n number, d date, f formula, b boolean).
"""
import datetime
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])


def cell_value(cell):
    value = cell.value
    if isinstance(value, datetime.datetime):
        if value.time() != datetime.time(0, 0):
            return value.isoformat()
        return value.date().isoformat()
    return value


sheets = []
for sheet in workbook.worksheets:
    rows = [[{"value": cell_value(cell), "type": cell.data_type} for cell in row] for row in sheet.iter_rows()]
    sheets.append(
        {
            "name": sheet.title,
            "frozen": sheet.freeze_panes,
            "autoFilter": sheet.auto_filter.ref,
            "boldHeader": all(cell.font.b for cell in sheet[1] if cell.value is not None) if sheet.max_row else False,
            "rows": rows,
        }
    )

print(json.dumps({"sheets": sheets}, ensure_ascii=False, default=str))
