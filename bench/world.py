"""Reference lists for the synthetic world of bench/generate.py (not used by vnst itself)."""

from __future__ import annotations

import re
import unicodedata

_CITIES = {"01", "31", "48", "79", "92"}
_PROVINCES = """01 Hà Nội|02 Hà Giang|04 Cao Bằng|06 Bắc Kạn|08 Tuyên Quang|10 Lào Cai|11 Điện Biên|
12 Lai Châu|14 Sơn La|15 Yên Bái|17 Hòa Bình|19 Thái Nguyên|20 Lạng Sơn|22 Quảng Ninh|24 Bắc Giang|
25 Phú Thọ|26 Vĩnh Phúc|27 Bắc Ninh|30 Hải Dương|31 Hải Phòng|33 Hưng Yên|34 Thái Bình|35 Hà Nam|
36 Nam Định|37 Ninh Bình|38 Thanh Hóa|40 Nghệ An|42 Hà Tĩnh|44 Quảng Bình|45 Quảng Trị|
46 Thừa Thiên Huế|48 Đà Nẵng|49 Quảng Nam|51 Quảng Ngãi|52 Bình Định|54 Phú Yên|56 Khánh Hòa|
58 Ninh Thuận|60 Bình Thuận|62 Kon Tum|64 Gia Lai|66 Đắk Lắk|67 Đắk Nông|68 Lâm Đồng|70 Bình Phước|
72 Tây Ninh|74 Bình Dương|75 Đồng Nai|77 Bà Rịa - Vũng Tàu|79 Hồ Chí Minh|80 Long An|82 Tiền Giang|
83 Bến Tre|84 Trà Vinh|86 Vĩnh Long|87 Đồng Tháp|89 An Giang|91 Kiên Giang|92 Cần Thơ|93 Hậu Giang|
94 Sóc Trăng|95 Bạc Liêu|96 Cà Mau"""
PROVINCES = [(code, ("Thành phố " if code in _CITIES else "Tỉnh ") + name)
             for code, name in (item.strip().split(" ", 1) for item in _PROVINCES.split("|"))]

MINISTRIES = [f"Bộ {name}" for name in (
    "Khoa học và Công nghệ", "Giáo dục và Đào tạo", "Tài chính", "Kế hoạch và Đầu tư", "Công Thương",
    "Nông nghiệp và Phát triển nông thôn", "Y tế", "Thông tin và Truyền thông", "Nội vụ", "Tư pháp",
    "Xây dựng", "Giao thông vận tải", "Tài nguyên và Môi trường", "Lao động - Thương binh và Xã hội",
    "Văn hóa, Thể thao và Du lịch", "Ngoại giao", "Quốc phòng", "Công an")]

DEPARTMENTS = [f"Sở {name}" for name in (
    "Khoa học và Công nghệ", "Giáo dục và Đào tạo", "Tài chính", "Kế hoạch và Đầu tư", "Công Thương",
    "Nông nghiệp và Phát triển nông thôn", "Y tế", "Thông tin và Truyền thông", "Nội vụ", "Tư pháp")]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Ngọc", "Minh", "Thanh", "Hữu", "Đức", "Quốc", "Anh", "Thu", "Hoàng"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hè", "Hiếu", "Hùng", "Hương",
         "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm",
         "Thảo", "Thắng", "Tín", "Trang", "Trung", "Tuấn", "Việt", "Xuân", "Yến"]

DOC_TYPES = ["cv", "qd", "kh", "tb", "bc", "nq", "ct", "hd"]
PROJECT_KINDS = [("HighTechZone", "Khu công nghệ cao"), ("Incubator", "Vườn ươm doanh nghiệp"),
                 ("InnovationCentre", "Trung tâm đổi mới sáng tạo"),
                 ("TechnologyExchange", "Sàn giao dịch công nghệ"), ("ITPark", "Khu công nghệ thông tin tập trung"),
                 ("HighTechAgricultureZone", "Vùng nông nghiệp ứng dụng công nghệ cao")]
MEASURES = [("van-bang-sang-che", "văn bằng"), ("doanh-nghiep-khcn", "doanh nghiệp"),
            ("nhiem-vu-khcn", "nhiệm vụ"), ("cong-bo-khoa-hoc", "bài báo"), ("kinh-phi", "tỷ đồng")]

CLAUSE_TEMPLATES = [
    "Phối hợp xây dựng và triển khai các nhiệm vụ khoa học và công nghệ trọng điểm giai đoạn {year}.",
    "Hỗ trợ doanh nghiệp đổi mới công nghệ, chuyển giao kết quả nghiên cứu vào sản xuất.",
    "Trao đổi thông tin, kinh nghiệm quản lý nhà nước về khoa học và công nghệ.",
    "Đào tạo, bồi dưỡng nguồn nhân lực khoa học và công nghệ chất lượng cao.",
    "Phát triển thị trường khoa học và công nghệ, sàn giao dịch công nghệ vùng.",
    "Bảo hộ, khai thác và phát triển tài sản trí tuệ cho sản phẩm đặc thù địa phương.",
    "Ứng dụng công nghệ cao trong nông nghiệp, thủy sản và chế biến.",
    "Xây dựng hệ sinh thái khởi nghiệp đổi mới sáng tạo.",
]


def slug(text: str) -> str:
    """Same rule as vnst.textnorm.slug (copied so the generator runs without vnst)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    folded = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").replace("đ", "d")
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
