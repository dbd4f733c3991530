"""The cross-source checks find each seeded problem, with both sources' quotes."""

from __future__ import annotations

import pytest

from validation_fixtures import fixture_store, problems_report  # noqa: F401 (a fixture)

ID = "https://w3id.org/vnst/id/"
ELI = "https://w3id.org/vnst/eli/vn/"
AGREEMENT = ID + "agreement/bo-khoa-hoc-va-cong-nghe--uy-ban-nhan-dan-thanh-pho-can-tho/"
S = "https://w3id.org/vnst/shapes#"

# check, focus, value, severity, fragments every message must contain (in both languages)
EXPECTED = [
    ("VariantSpellingCheck", ID + "person/nguyen-ngoc-ha", f"<{ID}person/nguyen-ngoc-he>", "Violation",
     ["«Nguyễn Ngọc Hè» — fx-visit", "«Nguyễn Ngọc Hà» — fx-draft"]),
    ("TruncatedNameCheck", ID + "person/ngo-anh", f"<{ID}person/ngo-anh-tin>", "Warning",
     ["«Ngô Anh» — fx-news", "«Ngô Anh Tín» — fx-visit"]),
    ("RevisionClauseCountCheck", AGREEMENT + "2022-2025", f"<{AGREEMENT}2021-2025/draft>", "Warning",
     ["11", "8", "fx-news", "fx-draft"]),
    ("RevisionPeriodCheck", AGREEMENT + "2022-2025", f"<{AGREEMENT}2021-2025/draft>", "Warning",
     ["2022–2025", "2021–2025", "fx-news", "fx-draft"]),
    ("SigningInPeriodCheck",
     ID + "agreement/uy-ban-nhan-dan-thanh-pho-can-tho--truong-dai-hoc-can-tho/2020-2025",
     '"2019-07-03"^^<http://www.w3.org/2001/XMLSchema#date>', "Violation", ["2019-07-03", "2020–2025"]),
    ("MembershipOrderCheck", ID + "membership/pham-van-c/uy-ban-nhan-dan-thanh-pho-can-tho/chu-tich",
     '"2020-01-01"', "Violation", ["2020-01-01", "2021-05-01"]),
    ("SingleHolderCheck", ID + "membership/pham-van-c/uy-ban-nhan-dan-thanh-pho-can-tho/chu-tich",
     f"<{ID}membership/tran-viet-truong/uy-ban-nhan-dan-thanh-pho-can-tho/chu-tich>", "Violation",
     ["2022-10-22", "Chủ tịch"]),
    ("SingleHolderCheck", ID + "membership/ngo-anh-tin/so-khoa-hoc-va-cong-nghe-thanh-pho-can-tho/giam-doc",
     f"<{ID}membership/tran-thi-b/so-khoa-hoc-va-cong-nghe-thanh-pho-can-tho/giam-doc>", "Violation",
     ["2022-06-21", "Giám đốc", "«Ngô Anh Tín» — fx-visit"]),
    ("ComponentSumCheck", ID + "obs/fx-report/6", '"550"^^<http://www.w3.org/2001/XMLSchema#decimal>',
     "Violation", ["550", "500", "«Tổng 500» — fx-report"]),
    ("DocumentDateCheck", ELI + "tw/2020/08/05/nq/59", f"<{ELI}tw/2020/08/15/nq/59>", "Violation",
     ["59-NQ/TW", "2020-08-05", "2020-08-15", "«59-NQ/TW ngày 05 tháng 8 năm 2020» — fx-draft",
      "«59-NQ/TW ngày 15/8/2020» — fx-report"]),
    ("DanglingReferenceCheck", AGREEMENT + "2021-2025/draft/noi-dung/4",
     f"<{ID}project/san-giao-dich-cong-nghe-vung>", "Warning", ["san-giao-dich-cong-nghe-vung"]),
]


@pytest.mark.parametrize("check, focus, value, severity, fragments", EXPECTED,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(EXPECTED)])
def test_each_seeded_problem_is_found(problems_report, check, focus, value, severity, fragments):
    found = [r for r in problems_report.results if r.shape == S + check and r.focus == focus]
    assert len(found) == 1, [r.focus for r in problems_report.results if r.shape == S + check]
    result = found[0]
    assert (result.value, result.severity) == (value, severity)
    for fragment in fragments:
        assert fragment in result.message_vi and fragment in result.message_en


def test_nothing_but_the_seeded_problems_among_checks(problems_report):
    expected = {(S + check, focus) for check, focus, *_ in EXPECTED}
    found = {(r.shape, r.focus) for r in problems_report.results if r.is_check}
    assert found == expected


def test_the_sum_that_adds_up_is_not_reported(problems_report):
    assert not [r for r in problems_report.results if r.focus.endswith("obs/fx-report/1")]


def test_structured_evidence_names_every_source(problems_report):
    result = next(r for r in problems_report.results if r.shape == S + "VariantSpellingCheck")
    assert result.sources == ("fx-draft", "fx-visit")
    assert {e.exact for e in result.evidence} == {"Nguyễn Ngọc Hè", "Nguyễn Ngọc Hà"}


def test_people_the_resolver_identified_are_not_two_holders():
    """Ngô Anh and Ngô Anh Tín (one person, merged) shown as Giám đốc on one date: no finding."""
    from vnst.shapes import validate

    store = fixture_store("problems.trig")
    store.update("""
        PREFIX vnst: <https://w3id.org/vnst/def#>
        INSERT DATA { GRAPH <https://w3id.org/vnst/graph/src/fx-news> {
          <https://w3id.org/vnst/id/membership/ngo-anh/so-khoa-hoc-va-cong-nghe-thanh-pho-can-tho/giam-doc>
              vnst:observedInPost "2022-06-21"^^<http://www.w3.org/2001/XMLSchema#date> } }""")
    report = validate(store)
    holders = [r for r in report.results if r.shape == S + "SingleHolderCheck"]
    pairs = {frozenset((r.focus.split("/")[6], (r.value or "").split("/")[6])) for r in holders}
    assert frozenset(("ngo-anh", "ngo-anh-tin")) not in pairs
    # Ngô Anh against Trần Thị B is a real conflict, and is reported.
    assert frozenset(("ngo-anh", "tran-thi-b")) in pairs


def test_clean_fixture_has_no_results_at_all():
    from vnst.shapes import validate

    report = validate(fixture_store("clean.trig"))
    assert report.results == ()
    assert report.conforms


def test_one_source_graph_alone_has_no_cross_source_findings():
    from vnst.shapes import validate

    report = validate(fixture_store("problems.trig"),
                      graph="https://w3id.org/vnst/graph/src/fx-draft")
    assert not [r for r in report.results if r.is_check and r.severity == "Violation"]
    assert "https://w3id.org/vnst/graph/prov/fx-draft" in report.graphs
    assert "https://w3id.org/vnst/graph/src/fx-visit" not in report.graphs
