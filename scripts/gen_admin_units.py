"""Regenerate loaders/data/admin_units.csv and admin_units_mapping.csv.

Runs OUTSIDE the project venv, in a scratch Python >= 3.12 venv that has the
GPL-3.0-or-later package ``vietnam-provinces`` (the project never imports it):

    /root/.pyenv/versions/3.12.1/bin/python -m venv /tmp/vp
    /tmp/vp/bin/pip install vietnam-provinces==2026.9.0
    /tmp/vp/bin/python scripts/gen_admin_units.py

The package's data are the National Statistics Office's list of administrative
units (danhmuchanhchinh.nso.gov.vn) in both eras, and the NSO conversion table
of 2025 (file ``BangChuyendoiĐVHCmoi_cu_khong_merge.csv``). Codes are written
zero-padded as the NSO writes them: provinces 2 digits, districts 3, communes 5.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import vietnam_provinces as vp
from vietnam_provinces import _lookup as new_lookup
from vietnam_provinces import _province_conversion_2025 as prov_conv
from vietnam_provinces import _ward_conversion_2025 as ward_conv
from vietnam_provinces.legacy import _lookup as old_lookup

OUT = Path(__file__).resolve().parent.parent / "loaders" / "data"
WIDTH = {"province": 2, "district": 3, "commune": 5}


def header(kind: str) -> list[str]:
    return [
        f"# vnst reference data: {kind}",
        f"# source: PyPI package vietnam-provinces {vp.__version__} (data retrieved by its author "
        f"{vp.__data_version__}) from the National Statistics Office of Viet Nam "
        "(danhmuchanhchinh.nso.gov.vn); 2025 conversion table "
        f"{ward_conv.SOURCE}, effective {ward_conv.EFFECTIVE_DATE} (Resolution 202/2025/QH15 and "
        "the National Assembly Standing Committee's resolutions on commune rearrangement)",
        f"# generated: {dt.date.today().isoformat()} by scripts/gen_admin_units.py",
        "# licence: the package is GPL-3.0-or-later. The codes and names are official facts published "
        "by the NSO; vnst ships this derived table under the package's licence, GPL-3.0-or-later, "
        "to be safe (see README: Reference data and licences).",
    ]


def code(level: str, value: int) -> str:
    return str(int(value)).zfill(WIDTH[level])


def write(path: Path, kind: str, columns: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        for line in header(kind):
            handle.write(line + "\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    print(f"{path}: {len(rows)} rows, {path.stat().st_size} bytes", file=sys.stderr)


def units() -> list[list[str]]:
    rows: list[list[str]] = []
    for p in old_lookup.PROVINCE_MAPPING.values():
        rows.append(["pre2025", "province", code("province", p.code), p.name, str(p.division_type), ""])
    for d in old_lookup.DISTRICT_MAPPING.values():
        rows.append(["pre2025", "district", code("district", d.code), d.name, str(d.division_type),
                     code("province", d.province_code)])
    for w in old_lookup.WARD_MAPPING.values():
        rows.append(["pre2025", "commune", code("commune", w.code), w.name, str(w.division_type),
                     code("district", w.district_code)])
    for p in new_lookup.PROVINCE_MAPPING.values():
        rows.append(["2025", "province", code("province", p.code), p.name, str(p.division_type), ""])
    for w in new_lookup.WARD_MAPPING.values():
        rows.append(["2025", "commune", code("commune", w.code), w.name, str(w.division_type),
                     code("province", w.province_code)])
    return rows


def mapping() -> list[list[str]]:
    rows: list[list[str]] = []
    for old, entry in sorted(prov_conv.OLD_TO_NEW.items()):
        kind = "merged" if len(entry.new_provinces) == 1 else "partly"
        for new in entry.new_provinces:
            rows.append(["province", code("province", old), "province", code("province", new.code), kind])
    # A district was dropped, not renamed: its territory went to the new communes of its old ones.
    district_targets: dict[int, set[int]] = {}
    for old, entry in sorted(ward_conv.OLD_TO_NEW.items()):
        ref = entry.old_ward
        kind = "partly" if ref.is_partly_merged or len(entry.new_wards) > 1 else "merged"
        for new in entry.new_wards:
            rows.append(["commune", code("commune", old), "commune", code("commune", new.code), kind])
            district_targets.setdefault(ref.district_code, set()).add(new.code)
    for district, targets in sorted(district_targets.items()):
        kind = "merged" if len(targets) == 1 else "partly"
        for new in sorted(targets):
            rows.append(["district", code("district", district), "commune", code("commune", new), kind])
    return rows


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "admin_units.csv", "administrative units of Viet Nam, both eras",
          ["era", "level", "code", "name", "division_type", "parent_code"], units())
    write(OUT / "admin_units_mapping.csv",
          f"mapping from pre-2025 units to the units in force from {ward_conv.EFFECTIVE_DATE}; "
          "merged = the whole old unit went into the new one, partly = part of it did",
          ["old_level", "old_code", "new_level", "new_code", "relation"], mapping())


if __name__ == "__main__":
    main()
