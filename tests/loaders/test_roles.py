"""Posts the loaders read, and the role scheme of the ontology that names them."""

from __future__ import annotations

from pathlib import Path

import pytest
from loader_helpers import facts_of
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, SKOS, XSD

from vnst.loaders.document import text_batch
from vnst.loaders.extract import gather
from vnst.loaders.people import ACTING_TITLES, TITLES, role_slug
from vnst.ontology import ID, VNST

ROLE = "https://w3id.org/vnst/id/role/"
_ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology" / "vnst.ttl"


@pytest.fixture(scope="module")
def scheme() -> Graph:
    return Graph().parse(_ONTOLOGY)


def _assert_in_scheme(g: Graph, slug: str) -> None:
    concept = URIRef(ROLE + slug)
    assert (concept, RDF.type, ORG.Role) in g, f"role {slug} is emitted but not declared"
    assert (concept, SKOS.inScheme, URIRef(ROLE)) in g
    assert next(g.objects(concept, SKOS.broader), None) is not None, f"role {slug} has no place in the hierarchy"


@pytest.mark.parametrize("title", TITLES + ["Quyền " + t for t in ACTING_TITLES])
def test_every_title_read_has_a_concept(scheme: Graph, title: str) -> None:
    _assert_in_scheme(scheme, role_slug(title))


_COUNCIL = """QUYẾT ĐỊNH
Điều 1. Thành lập Hội đồng tư vấn đánh giá nhiệm vụ khoa học và công nghệ cấp tỉnh, gồm các ông, bà có tên sau:
1. TS. Phạm Văn Long, Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Trị - Chủ tịch Hội đồng;
2. ThS. Hồ Thị Lan, Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Trị - Phó Chủ tịch Hội đồng;
3. PGS.TS. Lê Văn Dũng, Trưởng khoa Nông học, Trường Đại học Nông Lâm Huế - Ủy viên phản biện;
4. TS. Trần Minh Quang, Viện trưởng Viện Nghiên cứu Cát - Ủy viên;
5. ThS. Ngô Thị Hạnh, Trưởng phòng Quản lý khoa học, Sở Khoa học và Công nghệ tỉnh Quảng Trị - Ủy viên thư ký;
6. CN. Đặng Văn Tú, chuyên viên Sở Khoa học và Công nghệ tỉnh Quảng Trị - Thư ký hành chính.
"""


def test_every_council_role_read_has_a_concept(scheme: Graph) -> None:
    titles = {p.title for p in gather(_COUNCIL).people if p.title}
    assert {"uy-vien-phan-bien", "uy-vien-thu-ky", "thu-ky-hanh-chinh", "truong-khoa"} <= titles
    for slug in titles:
        _assert_in_scheme(scheme, slug)


@pytest.mark.parametrize("text, name, title", [
    # a decision appoints the acting head: both posts, the acting one first
    ("Điều 1. Bổ nhiệm ông Lương Văn Hải, Quyền Giám đốc Sở Khoa học và Công nghệ tỉnh Hà Tĩnh, giữ chức vụ Giám đốc "
     "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh.", "Lương Văn Hải", "quyen-giam-doc"),
    ("Điều 1. Bổ nhiệm ông Lương Văn Hải, Quyền Giám đốc Sở Khoa học và Công nghệ tỉnh Hà Tĩnh, giữ chức vụ Giám đốc "
     "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh.", "Lương Văn Hải", "giam-doc"),
    ("Tham dự có bà Vi Thị Mai, Quyền Hiệu trưởng Trường Đại học Tân Trào.", "Vi Thị Mai", "quyen-hieu-truong"),
    ("Tham dự có ông Hà Văn Sơn, Quyền Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Sơn La.",
     "Hà Văn Sơn", "quyen-chi-cuc-truong"),
])
def test_acting_posts(text: str, name: str, title: str) -> None:
    assert (name, title) in {(p.name, p.title) for p in gather(text).people}


def test_a_power_of_the_director_is_no_post() -> None:
    # ('thẩm quyền' ends in 'quyền': the head's powers, not an acting head)
    people = gather("Ông Nguyễn Văn Tâm thực hiện theo thẩm quyền giám đốc Sở Khoa học và Công nghệ tỉnh Hà Tĩnh.").people
    assert all(p.title != "quyen-giam-doc" for p in people)


@pytest.mark.parametrize("text, expected", [
    # a post held before, after the current one or alone, and after a current post written after the name
    ("Phát biểu tại buổi làm việc, Phó Chủ tịch UBND tỉnh Tuyên Quang Hà Văn Lâm, nguyên Giám đốc Sở Khoa học và Công "
     "nghệ tỉnh Hà Giang, đánh giá cao.", {("pho-chu-tich", "Ủy ban nhân dân tỉnh Tuyên Quang", False),
                                          ("giam-doc", "Sở Khoa học và Công nghệ tỉnh Hà Giang", True)}),
    ("Dự hội thảo có ông Hà Văn Lâm, nguyên Hiệu trưởng Trường Đại học Tân Trào.",
     {("hieu-truong", "Trường Đại học Tân Trào", True)}),
    ("Dự hội thảo có ông Hà Văn Lâm, Phó Chủ tịch UBND tỉnh Tuyên Quang, nguyên Hiệu trưởng Trường Đại học Tân Trào.",
     {("pho-chu-tich", "Ủy ban nhân dân tỉnh Tuyên Quang", False), ("hieu-truong", "Trường Đại học Tân Trào", True)}),
    ("giao ông Hà Văn Lâm, Phó Chủ tịch UBND tỉnh Tuyên Quang (nguyên Hiệu trưởng Trường Đại học Tân Trào) chỉ đạo.",
     {("pho-chu-tich", "Ủy ban nhân dân tỉnh Tuyên Quang", False), ("hieu-truong", "Trường Đại học Tân Trào", True)}),
])
def test_a_former_post_is_read_as_held_before(text: str, expected: set[tuple[str, str, bool]]) -> None:
    assert {(p.title, p.org.name, p.former) for p in gather(text).people if p.org is not None} == expected


def test_a_former_post_is_no_observation_of_the_post_at_the_text_s_date() -> None:
    text = ("UBND TỈNH TUYÊN QUANG\n\nTuyên Quang, ngày 12 tháng 5 năm 2024\n\nDự hội thảo có ông Hà Văn Lâm, Phó Chủ tịch "
            "UBND tỉnh Tuyên Quang, nguyên Hiệu trưởng Trường Đại học Tân Trào.\n")
    g = facts_of(text_batch(text, path="former.txt"))
    on = Literal("2024-05-12", datatype=XSD.date)
    current = ID["membership/ha-van-lam/uy-ban-nhan-dan-tinh-tuyen-quang/pho-chu-tich"]
    former = ID["membership/ha-van-lam/truong-dai-hoc-tan-trao/hieu-truong"]
    assert (current, VNST.observedInPost, on) in g and (current, VNST.heldBefore, None) not in g
    assert (former, VNST.heldBefore, on) in g and (former, VNST.observedInPost, None) not in g
