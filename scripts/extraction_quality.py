"""Precision and recall of the loaders per fact kind, against hand-written expectations.

    python scripts/extraction_quality.py [--set seeds|fixtures|heldout|all] [--glob 'm0*'] [--verbose]
                                         [--perturb nbsp|wrap]

Expected facts live in tests/fixtures/expected/{document stem}.yaml, written by reading
the texts (README.md there gives the annotation guidelines). The five seeds are
corpus/*.txt; the other documents are tests/fixtures/documents/*.txt, and the held-out sets,
written and annotated blind, tests/fixtures/heldout/*.txt. Each fact is a
normalised key (folded, spaces collapsed); a kind's precision is matched/extracted and
its recall matched/expected, summed over the documents of a set.

``--perturb`` scores the texts as other exports of the same documents would give them: ``nbsp`` makes every
fifth space inside a line non-breaking (as web pages and word processors leave them), ``wrap`` breaks every
prose line longer than 100 characters at 70-95 (as a PDF's text does). The expected facts are the same: a
drop against the plain score measures how much the loaders depend on the layout. A document whose facts
could not be extracted is named on stderr (the loader stores it as a source only)."""

from __future__ import annotations

import argparse
import random
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml
from rdflib import Graph, URIRef
from rdflib.namespace import FOAF, ORG, RDF, SKOS, TIME

from vnst.loaders.document import text_batch
from vnst.ontology import ELI, SDMX_ATTR, SDMX_MEAS, QB, VNST
from vnst.textnorm import collapse_spaces, fold

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "corpus").glob("*.txt"))
FIXTURES = sorted((REPO / "tests" / "fixtures" / "documents").glob("*.txt"))
HELDOUT = sorted((REPO / "tests" / "fixtures" / "heldout").glob("*.txt"))
EXPECTED = REPO / "tests" / "fixtures" / "expected"
KINDS = ("organisations", "persons", "legal_documents", "agreements", "clauses", "projects", "figures", "places")
PROJECT_CLASSES = {VNST[c] for c in ("Project", "Facility", "TechnologyExchange", "Incubator", "HighTechZone",
                                     "ITPark", "HighTechAgricultureZone", "InnovationCentre", "ConstructionProject")}
PLACE_LEVELS = {VNST.Province: "province", VNST.District: "district", VNST.Commune: "commune",
                VNST.Region: "region"}


def norm(value: str) -> str:
    return fold(collapse_spaces(str(value))).replace("–", "-")


def _label(g: Graph, node: URIRef, prop: URIRef = SKOS.prefLabel) -> str:
    labels = [o for o in g.objects(node, prop) if getattr(o, "language", "vi") in (None, "vi")]
    return str(sorted(labels)[0]) if labels else str(node)


def _number(value: str) -> str:
    d = Decimal(str(value).replace(" ", ""))
    return format(d.normalize(), "f") if d != d.to_integral_value() else str(int(d))


def extracted(g: Graph) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for org in g.subjects(RDF.type, ORG.Organization):
        out["organisations"].add(norm(_label(g, org)))
    for ms in g.subjects(RDF.type, ORG.Membership):
        person, org, role = g.value(ms, ORG.member), g.value(ms, ORG.organization), g.value(ms, ORG.role)
        out["persons"].add(norm(f"{g.value(person, FOAF.name)} | {str(role).rsplit('/', 1)[-1]} | {_label(g, org)}"))
    for doc in g.subjects(RDF.type, ELI.LegalResource):
        when = g.value(doc, ELI.date_document)
        out["legal_documents"].add(norm(f"{g.value(doc, ELI.id_local)} | {when or '-'}"))
    for ag in g.subjects(RDF.type, VNST.CooperationAgreement):
        parties = " ; ".join(sorted(norm(_label(g, p)) for p in g.objects(ag, VNST.party)))
        period = g.value(ag, VNST.period)
        years = [str(g.value(g.value(period, p), TIME.inXSDgYear))[:4] for p in (TIME.hasBeginning, TIME.hasEnd)]
        when = f"{years[0]}-{years[1]}" if period is not None else "-"   # no period stated
        status = str(g.value(ag, VNST.status) or "-").rsplit("/", 1)[-1]
        out["agreements"].add(norm(f"{parties} | {when} | {status}"))
    # an agreement's numbered contents and a plan's numbered tasks
    for clause in g.subjects(RDF.type, VNST.Clause):
        out["clauses"].add(norm(f"{g.value(clause, ELI.number)} | {g.value(clause, VNST.clauseText)}"))
    for cls in PROJECT_CLASSES:
        for project in g.subjects(RDF.type, cls):
            out["projects"].add(norm(_label(g, project)))
    for obs in g.subjects(RDF.type, QB.Observation):
        out["figures"].add(norm(f"{_number(g.value(obs, SDMX_MEAS.obsValue))} | {g.value(obs, SDMX_ATTR.unitMeasure)}"))
    for cls, level in PLACE_LEVELS.items():
        for place in g.subjects(RDF.type, cls):
            out["places"].add(norm(f"{level} | {_label(g, place)}"))
    return out


def expected(path: Path) -> dict[str, set[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = {}
    for kind in KINDS:
        values = data.get(kind) or []
        if kind == "figures":
            values = [f"{_number(str(v).split('|')[0])} | {str(v).split('|', 1)[1]}" for v in values]
        if kind == "agreements":   # parties compared as a set: sorted after normalising
            values = [" | ".join([" ; ".join(sorted(norm(p) for p in str(v).split("|")[0].split(";")))]
                                 + str(v).split("|")[1:]) for v in values]
        out[kind] = {norm(v) for v in values}
    return out


def _match(kind: str, want: str, got: set[str]) -> str | None:
    if kind == "clauses":   # expected clauses give the number and the opening words
        return next((g for g in got if g.startswith(want)), None)
    return want if want in got else None


@dataclass
class Score:
    matched: int = 0
    extracted: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0


def with_no_break_spaces(text: str) -> str:
    rng = random.Random(len(text))   # the same perturbation on every run
    return "\n".join("".join("\u00a0" if ch == " " and i > 8 and rng.random() < 0.2 else ch for i, ch in enumerate(line))
                     for line in text.split("\n"))


def rewrapped(text: str) -> str:
    rng = random.Random(len(text))
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) > 100 and "|" not in line and "\t" not in line:   # (a table's row keeps its cells)
            lines += textwrap.wrap(line, width=rng.randint(70, 95), break_long_words=False, break_on_hyphens=False)
        else:
            lines.append(line)
    return "\n".join(lines)


PERTURBATIONS: dict[str, Callable[[str], str]] = {"nbsp": with_no_break_spaces, "wrap": rewrapped}


def score(paths: list[Path], *, perturb: Callable[[str], str] | None = None) -> dict[str, Score]:
    scores = {kind: Score() for kind in KINDS}
    for path in paths:
        exp_path = EXPECTED / f"{path.stem}.yaml"
        if not exp_path.exists():
            raise SystemExit(f"{exp_path}: no expected facts for {path.name}")
        text = path.read_text(encoding="utf-8")
        batch = text_batch(perturb(text) if perturb else text, path=str(path))
        for warning in batch.warnings:
            if "facts not extracted" in warning.message:
                print(f"{path.name}: {warning.message}", file=sys.stderr)
        facts = next(g for name, g in batch.graphs.items() if "/graph/src/" in name)
        got, want = extracted(facts), expected(exp_path)
        for kind in KINDS:
            s = scores[kind]
            hits = {w: _match(kind, w, got[kind]) for w in want[kind]}
            matched_got = {h for h in hits.values() if h}
            s.matched += len(matched_got)
            s.expected += len(want[kind])
            s.extracted += len(got[kind])
            s.misses += [f"{path.stem}: {w}" for w, h in hits.items() if not h]
            s.extras += [f"{path.stem}: {g}" for g in got[kind] - matched_got]
    return scores


def report(name: str, scores: dict[str, Score], *, verbose: bool) -> None:
    print(f"{name}: {'kind':<16} {'precision':>9} {'recall':>7} {'matched':>8} {'extracted':>9} {'expected':>8}")
    for kind, s in scores.items():
        print(f"{name}: {kind:<16} {s.precision:>9.1%} {s.recall:>7.1%} {s.matched:>8} {s.extracted:>9} {s.expected:>8}")
        if verbose:
            for miss in s.misses:
                print(f"    missed  {miss}")
            for extra in s.extras:
                print(f"    extra   {extra}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("seeds", "fixtures", "heldout", "all"), default="all")
    parser.add_argument("--glob", default="*", help="only documents whose file name matches (e.g. 'n0*')")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--perturb", choices=sorted(PERTURBATIONS), help="score the texts as another export gives them")
    args = parser.parse_args(argv)
    sets = {"seeds": SEEDS, "fixtures": FIXTURES, "heldout": HELDOUT}
    for name, paths in sets.items():
        chosen = [p for p in paths if p.match(args.glob + (".txt" if not args.glob.endswith(".txt") else ""))]
        if args.set in (name, "all") and chosen:
            report(name, score(chosen, perturb=PERTURBATIONS.get(args.perturb or "")), verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
