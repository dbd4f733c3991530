"""Extraction quality against the hand-annotated expectations: precision and recall >= 95%."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from loader_helpers import REPO

_spec = importlib.util.spec_from_file_location("extraction_quality", REPO / "scripts" / "extraction_quality.py")
quality = importlib.util.module_from_spec(_spec)
sys.modules["extraction_quality"] = quality     # dataclasses look their module up by name
_spec.loader.exec_module(quality)

TARGET = 0.95
# held-out sets already scored once (their first scores are in tests/fixtures/expected/README.md)
# and fixed since; a new set joins this list after its first score, so that an examiner's set in
# progress is neither scored early nor shown to the engineers through a failing test
GATED_HELDOUT = ("m0", "n0", "p0", "q0", "r0", "s0", "t0", "u0", "v0", "w0", "x0", "y0", "z0", "a0", "b0", "c0",
                 "d0", "e0", "j0", "l0", "i0", "o0", "ua", "ub", "uc", "ud", "ue", "uf", "ug", "uh", "ui", "uj", "uk",
                 "ul", "um", "un", "uo", "up", "uq", "ur", "us", "ut", "uu", "uv", "uw", "ux", "uy", "uz",
                 "va", "vb", "vc", "vd", "ve", "vf", "vg", "vh", "vi", "vj", "vk", "vl", "vm", "vo")


@pytest.fixture(scope="module", params=["seeds", "fixtures", "heldout"])
def scores(request):
    # 'heldout': sets written blind and scored once before tuning (first scores in
    # tests/fixtures/expected/README.md); kept at the target after their fixes
    paths = {"seeds": quality.SEEDS, "fixtures": quality.FIXTURES, "heldout": [p for p in quality.HELDOUT if p.name.startswith(GATED_HELDOUT)]}[request.param]
    assert paths, f"no documents in the {request.param} set"
    return request.param, quality.score(paths)


@pytest.mark.parametrize("kind", quality.KINDS)
def test_precision_and_recall(scores, kind: str) -> None:
    name, by_kind = scores
    s = by_kind[kind]
    assert s.expected > 0 or kind in ("persons", "clauses", "agreements"), f"{name}: nothing expected for {kind}"
    assert s.precision >= TARGET, f"{name} {kind}: precision {s.precision:.1%}; extra: {s.extras[:5]}"
    assert s.recall >= TARGET, f"{name} {kind}: recall {s.recall:.1%}; missed: {s.misses[:5]}"


def test_scorer_can_fail(tmp_path) -> None:
    """A wrong expectation lowers the score (the scorer is not vacuous)."""
    assert quality.norm("Sở KH&CN") != quality.norm("Sở Khoa học và Công nghệ")
    s = quality.Score(matched=1, extracted=2, expected=4)
    assert (s.precision, s.recall) == (0.5, 0.25)


def _counts(scores: dict) -> dict[str, tuple[int, int, int]]:
    return {kind: (s.matched, s.extracted, s.expected) for kind, s in scores.items()}


def test_non_breaking_spaces_change_no_score() -> None:
    """The seeds and fixtures score the same when every fifth space inside a line is non-breaking."""
    paths = quality.SEEDS + quality.FIXTURES
    assert _counts(quality.score(paths, perturb=quality.with_no_break_spaces)) == _counts(quality.score(paths))


@pytest.mark.parametrize("perturb", sorted(quality.PERTURBATIONS))
def test_a_perturbation_changes_the_text_and_keeps_its_words(perturb: str) -> None:
    text = ("Ngày 12/3/2024, Ủy ban nhân dân tỉnh Lạng Sơn và Trường Đại học Nông Lâm Bắc Giang ký kết Chương trình hợp tác "
            "giai đoạn 2024 - 2029 với 8 nội dung.\n| 1 | Sở KH&CN | 2024 |\n")
    changed = quality.PERTURBATIONS[perturb](text)
    assert changed != text and changed.split() == text.split()
    assert all(len(line) <= 95 for line in changed.split("\n")) or perturb == "nbsp"
