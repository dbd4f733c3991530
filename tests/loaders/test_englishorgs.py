"""Foreign bodies a Vietnamese text names only in English."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather


def _orgs(text: str) -> set[tuple[str, str]]:
    return {(o.name, o.cls) for o in gather(text).orgs}


@pytest.mark.parametrize("text, name, cls", [
    # the name wraps onto the next line; its abbreviation in brackets is used after
    ("Sáng 12/4, Sở KH&CN tỉnh Hà Giang làm việc với đoàn công tác của Japan Advanced Institute of\nScience and "
     "Technology (JAIST), Nhật Bản.", "Japan Advanced Institute of Science and Technology", "ResearchInstitute"),
    ("Trung tâm là đơn vị trực thuộc National Research Foundation of Korea, có trụ sở tại Daejeon.",
     "National Research Foundation of Korea", "Centre"),
    ("Hai bên thống nhất mời University of Queensland tham gia đào tạo tiến sĩ cho tỉnh Bắc Kạn.",
     "University of Queensland", "University"),
    # a country's agency named by what it does and the country: a party, or described as a body after a dash
    ("Trung tâm dự kiến ký biên bản ghi nhớ với Enterprise Singapore trong tháng 11.", "Enterprise Singapore", "Government"),
    ("SIHUB và Business Finland - cơ quan xúc tiến đổi mới sáng tạo của Phần Lan - đã ký biên bản ghi nhớ.",
     "Business Finland", "Government"),
])
def test_english_names_read(text: str, name: str, cls: str) -> None:
    assert (name, cls) in _orgs(text)


def test_the_abbreviation_names_the_body_and_its_officials() -> None:
    g = gather("Tỉnh Tuyên Quang tiếp đoàn của Korea Institute of Machinery and Materials (KIMM) do TS. Kim Sung-ho, "
               "Phó Viện trưởng KIMM làm trưởng đoàn.")
    assert ("Kim Sung-ho", "pho-vien-truong", "Korea Institute of Machinery and Materials") in {
        (p.name, p.title, p.org.name if p.org else None) for p in g.people}


@pytest.mark.parametrize("text, words", [
    # a gloss in brackets after the Vietnamese name
    ("UBND tỉnh ký kết với Trường Đại học Ulsan (University of Ulsan Korea), Hàn Quốc.", "University of Ulsan"),
    # a body's own English name, given as such
    ("Tên giao dịch tiếng Anh: Ha Giang Innovation Support Centre (viết tắt: HISC).", "Innovation Support Centre"),
    # a bilingual header in capitals and an English line
    ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN        TRƯỜNG ĐẠI HỌC QUEENSLAND\nPEOPLE'S COMMITTEE OF BAC KAN PROVINCE   "
     "THE UNIVERSITY OF QUEENSLAND\n", "Queensland"),
    ("Điều 2. Hai bên hợp tác.\nArticle 2. The Parties shall cooperate with the Korea Institute of Energy Research.\n",
     "Energy Research"),
    # capitalised words without a word saying what kind of body they are
    ("Sản phẩm đạt chuẩn Global Good Agricultural Practice được xuất khẩu sang Nhật Bản.", "Agricultural Practice"),
    # ... nor a country's name after words that are no party or body ('sản phẩm Made in Japan')
    ("Doanh nghiệp giới thiệu sản phẩm Made in Japan tại hội chợ.", "Japan"),
    # an English gloss after a slash on the clause's line repeats a name the Vietnamese gives
    ("2. Bên B tài trợ Phòng thí nghiệm Thiết kế vi mạch Renesas. / Party B sponsors the Renesas IC Design Laboratory.",
     "Design Laboratory"),
])
def test_english_words_that_name_no_new_body(text: str, words: str) -> None:
    assert not any(words.lower() in o.name.lower() and "Đại học" not in o.name for o in gather(text).orgs)


def test_a_body_named_in_english_by_its_known_english_name_is_the_body_named_in_vietnamese() -> None:
    text = ("Chứng kiến:\nPGS.TS. Lê Văn Bình, Phó Giám đốc Đại học Quốc gia Hà Nội\n"
            "Vice President, Vietnam National University Hanoi\n")
    names = {o.name for o in gather(text).orgs}
    assert names == {"Đại học Quốc gia Hà Nội"}


def test_an_english_name_in_quotes_names_a_model_not_a_body() -> None:
    text = 'Trường Đại học Aalto có mô hình "Aalto Startup Center" đã ươm tạo hơn 200 công ty.'
    assert {o.name for o in gather(text).orgs} == {"Trường Đại học Aalto"}
