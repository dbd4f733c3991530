"""Where a name read in lower case goes on: a field's noun whose first syllable is also a verb's."""

from __future__ import annotations

import pytest
from loader_helpers import org_names as names


@pytest.mark.parametrize("text, expected", [
    ("Trường phối hợp với Viện Bảo vệ thực vật và Viện Di truyền Nông nghiệp thực hiện đề tài.",
     ["Viện Bảo vệ thực vật", "Viện Di truyền Nông nghiệp"]),
    ("Cục An toàn thực phẩm kiểm tra các cơ sở.", ["Cục An toàn thực phẩm"]),
    # 'thực hiện' is the verb that ends the name
    ("Viện Di truyền Nông nghiệp thực hiện đề tài.", ["Viện Di truyền Nông nghiệp"]),
])
def test_a_field_s_noun_whose_first_syllable_is_a_verb_s_goes_on(text: str, expected: list[str]) -> None:
    assert names(text, "Hà Nội") == expected
