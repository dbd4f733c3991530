"""Grid tables, columns at fixed positions and cells wrapped onto the lines below (gridtables.py): the
cells read down their columns, the money column's amounts, and the names and places a wrapped cell holds."""

from __future__ import annotations

from decimal import Decimal

from vnst.loaders.extract import gather
from vnst.loaders.gridtables import amounts, grid_tables

GRID = """QUYẾT ĐỊNH

Điều 1. Phê duyệt danh mục nhiệm vụ (kèm theo).

                                                                         Đơn vị tính: triệu đồng
TT  Tên nhiệm vụ                  Tổ chức chủ trì      Kết quả dự kiến         Thời gian   Kinh phí
                                                                               (tháng)
1   Nghiên cứu chọn tạo giống     Viện Khoa học Kỹ     - 02 giống chè mới;     36          2.150
    chè chất lượng cao tại        thuật Nông Lâm       - mô hình 10 ha.
    huyện Than Uyên               nghiệp miền núi
                                  phía Bắc
2   Ứng dụng công nghệ sinh học   Trường Đại học Tây   - 01 quy trình;         24            980
    nhân giống sâm Lai Châu       Bắc                  - 20.000 cây giống.
    Tổng cộng                                                                              3.130

Điều 2. Sở Khoa học và Công nghệ tổ chức thực hiện.
"""


def test_cells_are_read_down_their_columns() -> None:
    [table] = grid_tables(GRID)
    assert table.labels[1:] == ["Tên nhiệm vụ", "Tổ chức chủ trì", "Kết quả dự kiến", "Thời gian (tháng)", "Kinh phí"]
    assert [table.cell(r, 2) for r in range(2)] == [
        "Viện Khoa học Kỹ thuật Nông Lâm nghiệp miền núi phía Bắc", "Trường Đại học Tây Bắc"]
    assert table.cell(0, 1) == "Nghiên cứu chọn tạo giống chè chất lượng cao tại huyện Than Uyên"


def test_the_money_column_in_the_unit_stated_above_the_header() -> None:
    found, _ = amounts(GRID)
    # (the total too, which the sets annotate as a figure of its own: ug02's 'Tổng cộng 7.762,5')
    assert [(n.written, n.multiplier) for n in found] == [("2.150", "triệu"), ("980", "triệu"), ("3.130", "triệu")]


def test_names_places_and_figures_of_wrapped_cells() -> None:
    m = gather(GRID)
    assert {"Viện Khoa học Kỹ thuật Nông Lâm nghiệp miền núi phía Bắc", "Trường Đại học Tây Bắc"} <= {o.name for o in m.orgs}
    assert ("district", "Than Uyên") in {(p.level, p.name) for p in m.places}
    figures = {(f.value, f.unit) for f in m.figures}
    assert {(Decimal(2_150_000_000), "đồng"), (Decimal(980_000_000), "đồng"), (Decimal(2), "giống"),
            (Decimal(10), "ha"), (Decimal(20_000), "cây")} <= figures
    # the row numbers and the months count nothing; no cell is read across the columns
    assert not {f for f in figures if f[1] in ("viện", "trường", "nghiên", "tháng")}
    assert (Decimal(36), "tháng") not in figures


def test_a_grid_whose_rows_stand_on_one_line_is_left_to_the_line_readers() -> None:
    text = ("TT  Chỉ tiêu          Đơn vị tính   Kết quả\n"
            "1   Doanh nghiệp      Doanh nghiệp  45\n"
            "2   Sáng chế          Sáng chế      12\n")
    assert amounts(text) == ([], [])


PIPES = """Kế hoạch thực hiện.

| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Kinh phí (triệu đồng) |
|---|---|---|---|---|
| 1 | Xây dựng cơ sở dữ liệu nguồn gen cây | Sở Khoa học và Công nghệ | Trường Đại học Nha | 1.200 |
|   | dược liệu tỉnh Khánh Hòa |  | Trang |  |
| 2 | Nhân giống sâm Ngọc Linh | Viện Nghiên cứu và Ứng dụng | Sở Y tế | 850 |
|   |  | công nghệ Nha Trang |  |  |
|   | Tổng cộng |  |  | 2.050 |

Tổ chức thực hiện.
"""


def test_a_pipe_table_s_row_goes_on_where_its_number_cell_is_empty() -> None:
    [table] = grid_tables(PIPES)
    assert [table.cell(r, 3) for r in range(2)] == ["Trường Đại học Nha Trang", "Sở Y tế"]
    assert table.cell(1, 2) == "Viện Nghiên cứu và Ứng dụng công nghệ Nha Trang"
    # the totals end the rows
    assert len(table.rows) == 2 and "2.050" not in table.cell(1, 4)
    assert [(n.written, n.multiplier) for n in amounts(PIPES)[0]] == [("1.200", "triệu"), ("850", "triệu")]
    names = {o.name for o in gather(PIPES).orgs}
    assert {"Trường Đại học Nha Trang", "Viện Nghiên cứu và Ứng dụng công nghệ Nha Trang"} <= names


PLAN = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI

Số: 85/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Yên Bái, ngày 3 tháng 5 năm 2023

KẾ HOẠCH
Thực hiện Chương trình hợp tác giữa UBND tỉnh Yên Bái và Viện Khoa học Lâm nghiệp Việt Nam

I. MỤC ĐÍCH, YÊU CẦU
1. Cụ thể hóa các nội dung hợp tác.

II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN

| TT | Nội dung | Đơn vị chủ trì | Thời gian |
|----|----------|----------------|-----------|
| 1 | Tuyển chọn giống quế năng suất cao | Viện Nghiên cứu Giống và | 2023 |
|   | cho vùng nguyên liệu của tỉnh | Công nghệ sinh học lâm nghiệp | |
| 2 | Trồng cây dược liệu dưới tán rừng | Trung tâm Khuyến nông tỉnh | 2024 |

5

| 3 | Tập huấn kỹ thuật lâm sinh | Sở Nông nghiệp và PTNT | Hằng năm |
|   | cho người trồng rừng | | |

III. TỔ CHỨC THỰC HIỆN
"""


def test_a_plan_s_tasks_set_out_in_a_pipe_table_across_a_page_break() -> None:
    m = gather(PLAN)
    clauses = [(c.number, c.text) for tasks in m.tasks.values() for c in tasks]
    assert clauses == [(1, "Tuyển chọn giống quế năng suất cao cho vùng nguyên liệu của tỉnh"),
                       (2, "Trồng cây dược liệu dưới tán rừng"),
                       (3, "Tập huấn kỹ thuật lâm sinh cho người trồng rừng")]
    names = {o.name for o in m.orgs}
    # a name that fills its cell may end in lower case; 'tỉnh' before the cell's end is the text's province
    assert {"Viện Nghiên cứu Giống và Công nghệ sinh học lâm nghiệp", "Trung tâm Khuyến nông tỉnh Yên Bái"} <= names


def test_a_wrapped_grid_s_counted_and_measured_columns_and_its_totals() -> None:
    from decimal import Decimal
    from vnst.loaders.figures import find_figures
    text = ("   TT   Đơn vị chuyển giao          Số hộ được tập      Diện tích ứng      Kinh phí đối ứng\n"
            "                                    huấn (hộ)           dụng (ha)          (triệu đồng)\n"
            "   1    Viện Nghiên cứu Rau             1.420               1.250                3.150,0\n"
            "        quả Hà Nội\n"
            "   2    Trường ĐH Tây Nguyên               385                 210                  820,5\n"
            "        Cộng                             1.805               1.460                3.970,5\n")
    found = {(f.value, f.unit) for f in find_figures(text, masked=[])}
    assert {(Decimal(1420), "hộ"), (Decimal(1250), "ha"), (Decimal(1805), "hộ"), (Decimal(1460), "ha"),
            (Decimal("3970500000"), "đồng")} <= found


WRAPPED_HEADER = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM

BÁO CÁO

| STT | Doanh nghiệp, nội dung     | Địa bàn      | Kinh phí hỗ trợ | Kết quả            |
|     |                            |              | (triệu đồng)    |                    |
|-----|----------------------------|--------------|-----------------|--------------------|
| 1   | Công ty cổ phần Dệt Hòa    | huyện Kim    | 740             | Năng suất tăng 12% |
|     | Xá: áp dụng Lean trong sản | Bảng         |                 |                    |
|     | xuất sợi                   |              |                 |                    |
| 2   | Hợp tác xã Dịch vụ nông    | huyện Lý     | 380             | Đạt VietGAP        |
|     | nghiệp Nhân Đạo: xây dựng  | Nhân         |                 |                    |
|     | vùng lúa                   |              |                 |                    |

Tổ chức thực hiện.
"""


def test_a_pipe_table_s_header_wrapped_onto_a_second_line_and_names_its_cells_wrap() -> None:
    [table] = grid_tables(WRAPPED_HEADER)
    assert table.labels[3] == "Kinh phí hỗ trợ (triệu đồng)"
    assert [(n.written, n.multiplier) for n in amounts(WRAPPED_HEADER)[0]] == [("740", "triệu"), ("380", "triệu")]
    found = gather(WRAPPED_HEADER)
    # (a cell wrapped before the name's last word and a colon: no field label on the next line)
    assert {"Công ty cổ phần Dệt Hòa Xá", "Hợp tác xã Dịch vụ nông nghiệp Nhân Đạo"} <= {o.name for o in found.orgs}
    assert {("district", "Kim Bảng"), ("district", "Lý Nhân")} <= {(p.level, p.name) for p in found.places}


def test_a_place_wrapped_in_its_cell_beside_another_column_s_place_reads_whole() -> None:
    text = ("BÁO CÁO\n\n"
            "STT  Tên công nghệ              Đơn vị tiếp nhận          Địa bàn áp dụng       Năm    Giá trị\n"
            "1    Quy trình sản xuất nước    Công ty TNHH Yến sào      thành phố Đông        2022   2.100\n"
            "     yến bổ sung hoạt chất      Quảng Nam                 Hà\n"
            "2    Quy trình trồng rong sụn   Sở Nông nghiệp và Phát    huyện Ninh Hải        2021   980\n"
            "     trên biển                  triển nông thôn tỉnh\n"
            "                                Ninh Thuận\n\nKết luận.\n")
    places = {(p.level, p.name) for p in gather(text).places}
    assert ("district", "Đông Hà") in places and ("district", "Đông") not in places


DASHED_PROVINCE = """Điều 1. Phê duyệt danh mục nhiệm vụ (kèm theo).

TT  Tên nhiệm vụ                         Cơ quan chủ trì          Đơn vị phối hợp          Thời gian     Kinh phí
1   Nghiên cứu nuôi tôm hùm trong        Trường Đại học Bà Rịa    Chi cục Thủy sản;        2021 - 2023   1.200
    lồng tại vùng biển huyện Côn Đảo     - Vũng Tàu               Ban Quản lý cảng cá
2   Xây dựng mô hình trồng tiêu hữu cơ   Trung tâm Khuyến nông    Hội Nông dân tỉnh        2021 - 2022   640
    Tổng cộng                                                                                            1.840
"""


def test_a_province_s_dashed_name_a_cell_wraps_before_its_dash_and_the_units_every_province_has() -> None:
    names = [o.name for o in gather(DASHED_PROVINCE).orgs]
    assert "Trường Đại học Bà Rịa - Vũng Tàu" in names and "Trường Đại học Bà Rịa" not in names
    assert "Chi cục Thủy sản" in names
