"""The bodies of a commune, ward or district that issues a document itself (orgcommune.py), for
localities other than the ones the loaders were tuned on."""

from __future__ import annotations

import pytest

from loader_helpers import org_names as names
from vnst.loaders.extract import gather
from vnst.loaders.orgcommune import local_issuer
from vnst.textnorm import fold

WARD_REPORT = """ỦY BAN NHÂN DÂN
PHƯỜNG VỊ XUYÊN
--------
Số: 88 /BC-UBND

Vị Xuyên, ngày 10 tháng 11 năm 2025

BÁO CÁO
Kết quả chuyển đổi số năm 2025

Đảng ủy phường ban hành Nghị quyết chuyên đề; UBND phường ban hành Kế hoạch triển khai. Đề nghị UBND tỉnh
Tuyên Quang hỗ trợ kinh phí.

Nơi nhận:
- UBND tỉnh Tuyên Quang;
- Đảng ủy phường;
- TT HĐND phường;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Hoàng Văn Sơn
"""


@pytest.mark.parametrize("header, expected", [
    ("ỦY BAN NHÂN DÂN\nXÃ NAM PHONG\n--------\n", ("xã", "Nam Phong")),
    ("ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN LỤC NGẠN                 Độc lập\n",
     ("huyện", "Lục Ngạn")),
    ("UBND THỊ XÃ MỸ HÀO\n", ("thị xã", "Mỹ Hào")),
    # a provincial city's committee, though a province bears its name
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ THANH HÓA\n", ("thành phố", "Thanh Hóa")),
    # a ward bearing a former province's name since 2025
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG HÀ GIANG 1\n", ("phường", "Hà Giang 1")),
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC KẠN\n", ("phường", "Bắc Kạn")),
])
def test_a_local_issuer_is_read_from_the_header(header: str, expected: tuple[str, str]) -> None:
    issuer = local_issuer(header + "Số: 12/BC-UBND\n")
    assert issuer is not None and (issuer.level, issuer.name) == expected


@pytest.mark.parametrize("header", [
    "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n",
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n",   # a centrally-run city is a province
    "UBND TỈNH LÀO CAI\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n",
    "BÁO CÁO\nỦY BAN NHÂN DÂN XÃ NAM PHONG đã họp\n",   # not a header
])
def test_a_province_or_a_running_text_is_no_local_issuer(header: str) -> None:
    assert local_issuer(header + "Số: 12/BC-UBND\n") is None


def test_the_localitys_own_bodies_are_named_with_it() -> None:
    found = set(names(WARD_REPORT, home="Tuyên Quang"))
    assert {"Ủy ban nhân dân phường Vị Xuyên", "Đảng ủy phường Vị Xuyên", "Hội đồng nhân dân phường Vị Xuyên",
            "Ủy ban nhân dân tỉnh Tuyên Quang"} <= found


def test_the_signer_chairs_the_localitys_committee() -> None:
    people = [(p.name, p.title, p.org.name) for p in gather(WARD_REPORT).people if p.org is not None]
    assert ("Hoàng Văn Sơn", "chu-tich", "Ủy ban nhân dân phường Vị Xuyên") in people


def test_a_provincial_document_keeps_its_committee() -> None:
    text = WARD_REPORT.replace("ỦY BAN NHÂN DÂN\nPHƯỜNG VỊ XUYÊN", "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG")
    assert "Ủy ban nhân dân phường Vị Xuyên" not in names(text, home="Tuyên Quang")


def test_a_unit_of_the_commune_s_committee_written_with_the_bare_level_word() -> None:
    text = ("ỦY BAN NHÂN DÂN\nXÃ MƯỜNG PHĂNG\n\nSố: 12/BC-UBND\n\nBÁO CÁO\n\nGiao Phòng Kinh tế xã theo dõi.\n\n"
            "Nơi nhận:\n- Phòng Văn hóa - Xã hội xã;\n")
    names = [o.name for o in gather(text).orgs]
    assert "Phòng Kinh tế xã Mường Phăng" in names and "Phòng Văn hóa - Xã hội xã Mường Phăng" in names


@pytest.mark.parametrize("header, unit, expected", [
    # a district's divisions written bare in its own plan (Decree 37/2014/NĐ-CP), and a commune's since 2025
    ("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG KHƯƠNG", "Phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch huyện Mường Khương"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG KHƯƠNG", "Phòng Dân tộc", "Phòng Dân tộc huyện Mường Khương"),
    ("ỦY BAN NHÂN DÂN\nTHỊ XÃ SA PA", "Phòng Quản lý đô thị", "Phòng Quản lý đô thị thị xã Sa Pa"),
    ("ỦY BAN NHÂN DÂN\nXÃ TẢ VAN", "Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội xã Tả Van"),
])
def test_a_division_every_locality_has_written_bare_is_the_issuer_s(header: str, unit: str, expected: str) -> None:
    text = f"{header}\n\nSố: 40/KH-UBND\n\nKẾ HOẠCH\n\n3. {unit}: tham mưu bố trí kinh phí thực hiện.\n"
    assert expected in [o.name for o in gather(text).orgs]


def test_a_division_in_a_province_s_text_is_no_body_and_not_every_locality_s_is_left_as_written() -> None:
    # (in a province's text, the division every district has, written without its place, is each one's: no body)
    text = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 40/KH-UBND\n\n3. Phòng Dân tộc: tham mưu.\n"
    assert not [o.name for o in gather(text).orgs if o.name.startswith("Phòng")]
    text = "ỦY BAN NHÂN DÂN\nHUYỆN BẮC HÀ\n\nSố: 40/KH-UBND\n\n3. Phòng Quản lý khoa học: tham mưu.\n"
    assert "Phòng Quản lý khoa học" in [o.name for o in gather(text).orgs]


SCHOOL_REPORT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
{school}

Số: 312/BC-{code}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

BÁO CÁO
Kết quả hoạt động khoa học năm 2024

Nơi nhận:
- Bộ Giáo dục và Đào tạo;
- Hội đồng Trường;
- Lưu: VT.
"""


@pytest.mark.parametrize("school, code, council", [
    ("TRƯỜNG ĐẠI HỌC QUY NHƠN", "ĐHQN", "Hội đồng Trường Đại học Quy Nhơn"),
    ("HỌC VIỆN NÔNG NGHIỆP VIỆT NAM", "HVN", "Hội đồng trường Học viện Nông nghiệp Việt Nam"),
])
def test_a_school_s_own_council_is_named_with_the_school(school: str, code: str, council: str) -> None:
    found = [fold(name) for name in names(SCHOOL_REPORT.format(school=school, code=code), "Bình Định")]
    assert fold(council) in found and "hoi dong truong" not in found


def test_a_council_in_a_text_no_school_issued_is_left_as_written() -> None:
    found = names(SCHOOL_REPORT.replace("BỘ GIÁO DỤC VÀ ĐÀO TẠO\n{school}", "UBND TỈNH BÌNH ĐỊNH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ")
                  .format(code="SKHCN"), "Bình Định")
    assert not any(name.startswith("Hội đồng") and name != "Hội đồng Trường" and name != "Hội đồng trường" for name in found)


def test_a_commune_s_centre_police_and_steering_committee_written_with_the_bare_level_word() -> None:
    text = ("ỦY BAN NHÂN DÂN\nXÃ BẢO YÊN\n\nSố: 40/BC-UBND\n\nBÁO CÁO\n\nTrung tâm Phục vụ hành chính công xã tiếp nhận "
            "1.120 hồ sơ; Công an xã hoàn thành cấp định danh điện tử. Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới "
            "sáng tạo và chuyển đổi số xã họp định kỳ.\n")
    found = {o.name for o in gather(text).orgs}
    assert {"Trung tâm Phục vụ hành chính công xã Bảo Yên", "Công an xã Bảo Yên",
            "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã Bảo Yên"} <= found
    assert not any("tỉnh" in n or n == "Trung tâm Phục vụ" for n in found)


def test_a_commune_s_steering_committee_named_with_its_commune_in_a_province_s_text() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 77/UBND-KGVX\n\nKiện toàn Ban Chỉ đạo phát triển khoa học, công nghệ, "
            "đổi mới sáng tạo và chuyển đổi số xã Bảo Yên theo Quyết định số 45/QĐ-UBND.\n")
    assert "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã Bảo Yên" in names(text, "Lào Cai")


def test_a_commune_s_associations_party_committee_and_number_line_are_the_commune_s() -> None:
    text = ("ỦY BAN NHÂN DÂN\nXÃ TIÊN LÃNG\n\nSố: 91/BC-UBND\n\nBÁO CÁO\n\nGiao Phòng Kinh tế xã phối hợp với Hội Nông dân xã và "
            "Đoàn Thanh niên xã triển khai.\n\nNơi nhận:\n- TT Đảng ủy, TT HĐND xã;\n- Lưu: VT.\n")
    found = {o.name for o in gather(text).orgs}
    assert {"Hội Nông dân xã Tiên Lãng", "Đoàn Thanh niên xã Tiên Lãng", "Đảng ủy xã Tiên Lãng",
            "Phòng Kinh tế xã Tiên Lãng"} <= found
    assert not any("tỉnh" in n or "thành phố" in n for n in found)


DISTRICT_PARTY_RESOLUTION = """ĐẢNG BỘ TỈNH THANH HÓA                         ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY THỌ XUÂN                                 __________
        *
Số 09-NQ/HU                              Thọ Xuân, ngày 12 tháng 5 năm 2024

NGHỊ QUYẾT
CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN
về chuyển đổi số trong nông nghiệp

Hội nghị Ban Chấp hành Đảng bộ huyện (khóa XXVIII) thống nhất ban hành Nghị quyết.

1. Ban Tuyên giáo Huyện ủy phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện tuyên truyền Nghị quyết.
2. Ủy ban nhân dân huyện giao Phòng Nông nghiệp và Phát triển nông thôn huyện làm cơ quan thường trực.
3. Ủy ban Kiểm tra Huyện ủy giám sát; Văn phòng Huyện ủy tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.

Nơi nhận:                                            T/M HUYỆN ỦY
- Ban Thường vụ Tỉnh ủy (b/c),                          BÍ THƯ
- Lưu Văn phòng Huyện ủy.
                                                    Lê Văn Hào
"""


def test_a_district_party_committee_s_own_resolution_names_its_bodies_with_the_district() -> None:
    found = {fold(n) for n in names(DISTRICT_PARTY_RESOLUTION, "Thanh Hóa")}
    assert {fold(n) for n in ["Huyện ủy Thọ Xuân", "Ban Tuyên giáo Huyện ủy Thọ Xuân", "Ủy ban Kiểm tra Huyện ủy Thọ Xuân",
                              "Văn phòng Huyện ủy Thọ Xuân", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Thọ Xuân",
                              "Ủy ban nhân dân huyện Thọ Xuân", "Phòng Nông nghiệp và Phát triển nông thôn huyện Thọ Xuân",
                              "Ban Thường vụ Tỉnh ủy Thanh Hóa"]} <= found
    # the executive committee of the district's party organisation is its committee, the Huyện ủy
    assert not any("chap hanh" in n for n in found)


def test_a_district_party_committee_s_secretary_signs_for_it() -> None:
    people = [(p.name, p.title, p.org.name if p.org else None) for p in gather(DISTRICT_PARTY_RESOLUTION).people]
    assert ("Lê Văn Hào", "bi-thu", "Huyện ủy Thọ Xuân") in people


def test_a_commune_s_police_and_steering_committee_named_with_it() -> None:
    text = ("ỦY BAN NHÂN DÂN\nXÃ MƯỜNG KHƯƠNG\n--------\nSố: 88/BC-UBND\n\nBÁO CÁO\n\nỦy ban nhân dân xã kiện toàn Ban Chỉ "
            "đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 của xã; Công an xã Mường "
            "Khương kích hoạt 4.120 tài khoản định danh điện tử.\n")
    found = set(names(text, home="Lào Cai"))
    assert {"Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 xã Mường Khương",
            "Công an xã Mường Khương"} <= found


@pytest.mark.parametrize("text, kept", [
    # a department's letter to the districts: the division each district has, written without its place, is none
    ("UBND TỈNH CAO BẰNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nSố: 68/SKHCN-TĐC\n\nKính gửi: UBND các huyện.\n\n"
     "1. Chỉ đạo Phòng Kinh tế và Hạ tầng phối hợp kiểm tra cửa hàng xăng dầu.\n", False),
    # a district's own text: its own division
    ("ỦY BAN NHÂN DÂN\nHUYỆN HÒA AN\n\nSố: 68/UBND-KT\n\n1. Giao Phòng Kinh tế và Hạ tầng kiểm tra cửa hàng xăng dầu.\n", True),
])
def test_a_division_every_district_has_is_a_body_only_in_a_district_s_own_text(text: str, kept: bool) -> None:
    names = {o.name for o in gather(text).orgs if o.name.startswith("Phòng Kinh tế")}
    assert bool(names) == kept and "Phòng Kinh tế và Hạ tầng" not in names
