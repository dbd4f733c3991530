"""A centre opened is a facility as well as the body that runs it; its name of fields alone in a headline is the
centre the story names in full."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather
from vnst.textnorm import fold

NEWS = """Tin tức

Thứ Năm, 04/09/2025 - 10:20

{headline} Trung tâm Nghiên cứu và Phát triển giống cây trồng đầu tiên tại Gia Lai

Ngày 03/9, tại xã Ia Grai, Công ty cổ phần Giống cây trồng Tây Nguyên {verb} Trung tâm Nghiên cứu và Phát triển Tây Nguyên, diện tích 3.500 m2.

Ông Trần Văn Hùng, Giám đốc Trung tâm Nghiên cứu và Phát triển Tây Nguyên cho biết, năm đầu tiên Trung tâm sẽ khảo nghiệm 12 giống lúa.
"""


@pytest.mark.parametrize("headline, verb, facility", [
    ("Khánh thành", "tổ chức lễ khánh thành", True),
    ("Ra mắt", "khánh thành và đưa vào sử dụng", True),
    # a centre named without an opening: the body only
    ("Ra mắt", "giới thiệu hoạt động của", False),
])
def test_a_centre_opened_is_a_facility_and_stays_a_body(headline: str, verb: str, facility: bool) -> None:
    found = gather(NEWS.format(headline=headline, verb=verb))
    name = fold("Trung tâm Nghiên cứu và Phát triển Tây Nguyên")
    assert (name in {fold(p.name) for p in found.projects}) is facility
    centres = {fold(o.name) for o in found.orgs if o.name.startswith("Trung tâm")}
    # the headline's name of fields alone is the same centre, named in full
    assert centres == {name}

