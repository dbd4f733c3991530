"""A plan's numbered tasks are its clauses; other numbered sections and other documents' tasks are not."""

from __future__ import annotations

import pytest
from loader_helpers import facts_of
from rdflib.namespace import RDF

from vnst.loaders.document import text_batch
from vnst.loaders.extract import gather
from vnst.ontology import ELI, VNST

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN

Số: 215 /{code}-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hưng Yên, ngày 14 tháng 3 năm 2023

{title}
Phát triển thị trường khoa học và công nghệ tỉnh Hưng Yên đến năm 2025

I. MỤC ĐÍCH, YÊU CẦU

1. Cụ thể hóa các mục tiêu của Chương trình quốc gia.

2. Phân công rõ trách nhiệm cho các sở, ngành.

II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Phát triển tổ chức trung gian của thị trường khoa học và công nghệ
- Hỗ trợ thành lập 02 tổ chức trung gian.
- Cơ quan chủ trì: Sở Khoa học và Công nghệ.

2. Kết nối cung - cầu công nghệ
- Tổ chức chợ công nghệ và thiết bị hằng năm; phối hợp: Sở Công Thương.

III. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ là cơ quan thường trực.

2. Sở Tài chính bố trí kinh phí.
"""


@pytest.mark.parametrize("code, title", [("KH", "KẾ HOẠCH"), ("CTr", "CHƯƠNG TRÌNH HÀNH ĐỘNG"),
                                         ("UBND", "KẾ HOẠCH"), ("KHLT", "KẾ HOẠCH LIÊN TỊCH")])
def test_a_plans_task_section_gives_its_clauses(code: str, title: str) -> None:
    text = PLAN.format(code=code, title=title).replace("215 /UBND-UBND", "215 /UBND-KGVX")
    [(index, tasks)] = gather(text).tasks.items()
    assert index == 0
    assert [(t.number, t.section) for t in tasks] == [(1, "II"), (2, "II")]
    assert tasks[0].text.startswith("Phát triển tổ chức trung gian của thị trường khoa học và công nghệ")
    assert [o.name for o in tasks[0].orgs] == ["Sở Khoa học và Công nghệ tỉnh Hưng Yên"]


def test_a_letter_or_report_with_a_task_section_has_no_clauses() -> None:
    text = PLAN.format(code="BC", title="BÁO CÁO")
    assert gather(text).tasks == {}


def test_the_plans_own_document_has_the_tasks_as_parts() -> None:
    text = PLAN.format(code="KH", title="KẾ HOẠCH")
    g = facts_of(text_batch(text, path="plan.txt"))
    [plan] = [d for d in g.subjects(ELI.id_local, None) if str(g.value(d, ELI.id_local)).startswith("215")]
    parts = sorted(g.objects(plan, ELI.has_part))
    assert [str(g.value(p, ELI.number)) for p in parts] == ["1", "2"]
    assert all((p, RDF.type, VNST.Clause) in g and g.value(p, ELI.is_part_of) == plan for p in parts)
    assert str(g.value(parts[1], VNST.clauseText)).startswith("Kết nối cung - cầu công nghệ")


@pytest.mark.parametrize("items, numbers", [
    # a list of as many items as the text declares: the agreement's contents, in their order
    ("- Chuyển giao quy trình trồng nấm;\n- Đào tạo cán bộ;\n- Trao đổi thông tin KH&CN.\n", [1, 2, 3]),
    # a list of another length is not its contents
    ("- Chuyển giao quy trình trồng nấm;\n- Đào tạo cán bộ.\n", []),
    # a web page's items, each a paragraph of its own
    ("\n1. Chuyển giao quy trình trồng nấm.\n\n2. Đào tạo cán bộ.\n\n3. Trao đổi thông tin KH&CN.\n", [1, 2, 3]),
    # items numbered in brackets
    ("(1) Chuyển giao quy trình trồng nấm;\n(2) Đào tạo cán bộ;\n(3) Trao đổi thông tin KH&CN.\n", [1, 2, 3]),
])
def test_news_of_a_signing_lists_the_contents_it_declares(items: str, numbers: list[int]) -> None:
    text = ("Thứ Năm, 23/05/2024\n\nNgày 23/5/2024, UBND tỉnh Nghệ An và Trường Đại học Vinh đã ký kết Thỏa thuận hợp tác "
            "giai đoạn 2024 - 2028. Theo đó, hai bên thống nhất hợp tác trên 3 nội dung chính:\n" + items
            + "\nÔng A phát biểu.\n")
    [(_, agreement)] = gather(text).agreements
    assert [c.number for c in agreement.clauses] == numbers
    if numbers:
        assert agreement.clauses[1].text == "Đào tạo cán bộ"


PROGRAMME = """ỦY BAN NHÂN DÂN
TỈNH HẢI DƯƠNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

CHƯƠNG TRÌNH
Phát triển tài sản trí tuệ tỉnh Hải Dương giai đoạn 2022 - 2025
(Ban hành kèm theo Quyết định số 905/QĐ-UBND ngày 12/4/2022
của Ủy ban nhân dân tỉnh Hải Dương)

I. MỤC TIÊU

1. Mục tiêu chung
Nâng cao nhận thức về sở hữu trí tuệ.

II. NHIỆM VỤ VÀ CÁC DỰ ÁN THÀNH PHẦN

Dự án 1: Tuyên truyền về sở hữu trí tuệ
Cơ quan chủ trì: Sở Khoa học và Công nghệ.

Dự án 2: Hỗ trợ bảo hộ nhãn hiệu cho sản phẩm OCOP
Cơ quan chủ trì: Sở Nông nghiệp và Phát triển nông thôn.

III. KINH PHÍ THỰC HIỆN

1. Ngân sách tỉnh: 3.000 triệu đồng.
"""


def test_a_programme_s_labelled_components_are_its_tasks_and_parts_of_the_decision_it_was_issued_with() -> None:
    [(index, tasks)] = gather(PROGRAMME).tasks.items()
    assert [(t.number, t.text.split(" Cơ quan")[0]) for t in tasks] == [
        (1, "Tuyên truyền về sở hữu trí tuệ"), (2, "Hỗ trợ bảo hộ nhãn hiệu cho sản phẩm OCOP")]
    g = facts_of(text_batch(PROGRAMME, path="programme.txt"))
    [decision] = [d for d in g.subjects(ELI.id_local, None) if str(g.value(d, ELI.id_local)).startswith("905")]
    assert sorted(str(g.value(p, ELI.number)) for p in g.objects(decision, ELI.has_part)) == ["1", "2"]


def test_the_minutes_of_a_meeting_have_no_clauses() -> None:
    text = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTỈNH HÀ TĨNH\n\nHà Tĩnh, ngày 5 tháng 8 năm 2025\n\nBIÊN BẢN LÀM VIỆC\nGiữa Sở "
            "Khoa học và Công nghệ và VNPT Hà Tĩnh\n\nI. THÀNH PHẦN\nĐại diện hai bên.\n\nII. CÁC NỘI DUNG HAI BÊN THỐNG NHẤT\n"
            "1. Hai bên xây dựng dự thảo Thỏa thuận hợp tác giai đoạn 2025 - 2030 giữa UBND tỉnh Hà Tĩnh và Tập đoàn Bưu chính "
            "Viễn thông Việt Nam, trình UBND tỉnh ký kết.\n2. VNPT Hà Tĩnh khảo sát hạ tầng.\n")
    agreements = [a for _, a in gather(text).agreements]
    assert [(a.start_year, a.end_year) for a in agreements] == [(2025, 2030)]
    assert agreements[0].clauses == []


def test_a_plan_s_tasks_in_a_pipe_table_across_a_page_break() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 41/KH-UBND\n\nKẾ HOẠCH\nTriển khai thực hiện Thỏa thuận hợp tác giữa UBND tỉnh Phú Yên và Đại học Huế\n\n"
            "II. NHIỆM VỤ CỤ THỂ\n| TT | Nội dung nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n| I | LĨNH VỰC Y TẾ | |\n"
            "| 1 | Chuyển giao kỹ thuật mổ nội soi | Sở Y tế |\n| | cho Bệnh viện tỉnh | |\n\n2\n\n"
            "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì |\n|---|---|---|\n| 2 | Đào tạo 20 bác sĩ | Sở Nội vụ |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\nSở Y tế là đầu mối.\n")
    tasks = next(iter(gather(text).tasks.values()))
    assert [(t.number, t.text) for t in tasks] == [(1, "Chuyển giao kỹ thuật mổ nội soi cho Bệnh viện tỉnh"),
                                                  (2, "Đào tạo 20 bác sĩ")]


DIRECTIVE = """TỈNH ỦY HẬU GIANG
*
Số {number}                                Hậu Giang, ngày 05 tháng 4 năm 2023

CHỈ THỊ
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về đẩy mạnh ứng dụng khoa học, công nghệ trong sản xuất khóm

Để thực hiện Nghị quyết Đại hội, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:

1. Nâng cao nhận thức của cấp ủy về vai trò của khoa học, công nghệ.

2. Phối hợp với Viện Cây ăn quả miền Nam chọn tạo giống khóm.

TỔ CHỨC THỰC HIỆN

1. Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền.
"""


def test_a_party_directive_s_tasks_follow_the_sentence_that_announces_them() -> None:
    text = DIRECTIVE.format(number="12-CT/TU")
    [(_, tasks)] = gather(text).tasks.items()
    assert [(t.number, t.section) for t in tasks] == [(1, ""), (2, "")]
    assert tasks[1].text.startswith("Phối hợp với Viện Cây ăn quả miền Nam") and "Tuyên giáo" not in tasks[1].text
    g = facts_of(text_batch(text, path="directive.txt"))
    assert len(list(g.subjects(RDF.type, VNST.Clause))) == 2 and not list(g.objects(None, VNST.section))


def test_a_people_s_committee_s_directive_assigns_directions_and_lists_no_tasks() -> None:
    text = DIRECTIVE.format(number=": 12/CT-UBND").replace("TỈNH ỦY HẬU GIANG\n*", "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG")
    assert gather(text).tasks == {}


def test_a_bilingual_clause_ends_where_its_english_gloss_begins_on_the_same_line() -> None:
    text = ("THỎA THUẬN HỢP TÁC\n\nGIỮA\nTRƯỜNG ĐẠI HỌC CẦN THƠ\nVÀ\nCÔNG TY TNHH ABC VIỆT NAM\n\n"
            "Điều 2. Nội dung hợp tác / Article 2. Scope of cooperation\n"
            "1. Phối hợp xây dựng chương trình đào tạo. / Jointly developing the curriculum.\n"
            "2. Trao đổi chuyên gia. / Exchange of experts.\n\n"
            "Điều 3. Hiệu lực\nThỏa thuận có hiệu lực 05 năm, từ ngày 22/3/2024 đến hết ngày 21/3/2029.\n")
    [(_, agreement)] = gather(text).agreements
    assert [c.text for c in agreement.clauses] == ["Phối hợp xây dựng chương trình đào tạo.", "Trao đổi chuyên gia."]


def test_an_appendix_amending_an_agreement_gives_the_contents_it_rewrites_and_adds() -> None:
    text = ("PHỤ LỤC SỬA ĐỔI, BỔ SUNG\nTHOẢ THUẬN HỢP TÁC SỐ 02/TTHT-UBND-ĐHNL NGÀY 15/3/2016\ngiữa Uỷ ban nhân dân tỉnh "
            "Bình Phước và Trường Đại học Nông Lâm Thành phố Hồ Chí Minh\ngiai đoạn 2016 - 2020\n\n"
            "Điều 1. Sửa đổi khoản 3, Mục II - Nội dung hợp tác của Thoả thuận như sau:\n\n"
            "\"3. Phối hợp nghiên cứu, chuyển giao quy trình canh tác điều.\"\n\n"
            "Điều 2. Bổ sung khoản 7 và khoản 8 vào Mục II - Nội dung hợp tác của Thoả thuận như sau:\n\n"
            "\"7. Tư vấn, hỗ trợ tỉnh lập quy hoạch chi tiết.\n\n8. Đào tạo trình độ thạc sĩ cho 30 cán bộ.\"\n\n"
            "Điều 3. Kinh phí thực hiện\n\nKinh phí dự kiến 4,5 tỷ đồng.\n\nĐiều 4. Hiệu lực\n\nPhụ lục có hiệu lực kể từ ngày ký.\n")
    [(_, agreement)] = gather(text).agreements
    assert [(c.number, c.text) for c in agreement.clauses] == [
        (3, "Phối hợp nghiên cứu, chuyển giao quy trình canh tác điều"), (7, "Tư vấn, hỗ trợ tỉnh lập quy hoạch chi tiết"),
        (8, "Đào tạo trình độ thạc sĩ cho 30 cán bộ")]



def test_minutes_headed_by_the_meeting_under_a_bare_title_have_no_clauses() -> None:
    text = ("TỈNH ỦY AN GIANG\nBAN CHỈ ĐẠO\n\nBIÊN BẢN\nPhiên họp thứ ba của Ban Chỉ đạo\n\nIII. NỘI DUNG\n"
            "1. Đồng chí Giám đốc Sở báo cáo.\n2. Ý kiến của các thành viên.\n3. Kết luận: hoàn thiện dự thảo Chương trình hợp "
            "tác giữa UBND tỉnh An Giang và Trường Đại học An Giang giai đoạn 2026 - 2030.\n")
    assert all(not a.clauses for _, a in gather(text).agreements)


# a council's resolution and a People's Committee's decision, each adopting what its subject line names, with the
# tasks that text sets out in its first article
_RESOLUTION = ("HỌC VIỆN NÔNG NGHIỆP VIỆT NAM      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI ĐỒNG HỌC VIỆN\n\n"
               "Số: 14/NQ-HĐHV          Hà Nội, ngày 2 tháng 3 năm 2023\n\nNGHỊ QUYẾT\n{subject}\n\nQUYẾT NGHỊ:\n\n")
_DECISION = ("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH KIÊN GIANG\n\nSố: 1520/QĐ-UBND          "
             "Kiên Giang, ngày 14 tháng 6 năm 2022\n\nQUYẾT ĐỊNH\n{subject}\n\nQUYẾT ĐỊNH:\n\n")
_ADOPTED = ("Điều 1. Thông qua với các nội dung chủ yếu sau:\n\nI. MỤC TIÊU\n1. Chuyển giao 12 quy trình kỹ thuật.\n\n"
            "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n1. Đổi mới cơ chế quản lý hoạt động khoa học.\n"
            "2. Phát triển các nhóm nghiên cứu mạnh.\n\nĐiều 2. Văn bản có hiệu lực kể từ ngày ký./.\n")


@pytest.mark.parametrize("head, subject, tasks", [
    # a council's resolution adopting a strategy or a plan sets out its tasks as a plan does
    (_RESOLUTION, "Về Chiến lược phát triển khoa học và công nghệ của Học viện Nông nghiệp Việt Nam giai đoạn 2023 - 2030", 2),
    (_RESOLUTION, "Về việc thông qua Kế hoạch phát triển khoa học và công nghệ năm 2024", 2),
    # so does a decision approving or issuing a province's programme
    (_DECISION, "Phê duyệt Chương trình ứng dụng khoa học và công nghệ phục vụ phát triển thủy sản tỉnh Kiên Giang giai "
                "đoạn 2022 - 2025", 2),
    (_DECISION, "Ban hành Chương trình phát triển tài sản trí tuệ tỉnh Kiên Giang giai đoạn 2022 - 2025", 2),
    # a resolution on anything else, a work programme and a list of tasks set out no tasks of their own
    (_RESOLUTION, "Về việc thành lập Trung tâm Chuyển giao công nghệ", 0),
    (_DECISION, "Phê duyệt Chương trình công tác năm 2022 của Sở Khoa học và Công nghệ", 0),
    (_DECISION, "Phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2022", 0),
])
def test_a_text_adopting_a_strategy_plan_or_programme_has_its_tasks_for_clauses(head: str, subject: str, tasks: int) -> None:
    found = [t.text for ts in gather(head.format(subject=subject) + _ADOPTED).tasks.values() for t in ts]
    assert len(found) == tasks
    assert not tasks or found[0].startswith("Đổi mới cơ chế")
