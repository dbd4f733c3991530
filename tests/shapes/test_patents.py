"""A patent named in a news text is a numbered document whose number carries no code: the shapes take its
number as well formed."""

from __future__ import annotations

from pathlib import Path

NEWS = ("Phân hiệu Đại học Đà Nẵng tại Kon Tum được cấp bằng sáng chế\n\nThứ Năm, 09/11/2023 - 08:15\n\n"
        "Theo Cục Sở hữu trí tuệ, Bằng độc quyền giải pháp hữu ích số 2-0002451 được cấp ngày 14/3/2022 theo "
        "Quyết định số 20514/QĐ-SHTT cùng ngày, chủ sở hữu là Phân hiệu Đại học Đà Nẵng tại Kon Tum.\n")


def test_a_patent_s_number_is_well_formed(tmp_path: Path) -> None:
    from vnst.graph.embedded import OxigraphStore
    from vnst.loaders import load_file
    from vnst.shapes import validate

    path = tmp_path / "patent.txt"
    path.write_text(NEWS, encoding="utf-8")
    store = OxigraphStore(None)
    store.replace_graphs(load_file(path).graphs)
    rows = store.query("""PREFIX eli: <http://data.europa.eu/eli/ontology#>
        SELECT ?doc ?number WHERE { ?doc eli:id_local ?number }""", timeout_s=30, max_rows=100).rows
    numbers = {str(row[1]) for row in rows}
    assert numbers == {"2-0002451", "20514/QĐ-SHTT"}
    docs = {str(row[0]) for row in rows}
    report = validate(store, checks=False)
    flagged = {(r.focus, r.path.rsplit("#", 1)[-1].rstrip(">")) for r in report.results if r.focus in docs and r.path}
    assert flagged == set()
