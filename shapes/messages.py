"""Default result messages, in Vietnamese and English, for shapes that give none."""

from __future__ import annotations

# {path}, {value} and {n} are filled in; component names without the namespace.
DEFAULTS: dict[str, tuple[str, str]] = {
    "MinCount": ("Thiếu giá trị cho {path}.", "Missing value for {path}."),
    "MaxCount": ("Quá nhiều giá trị cho {path}.", "Too many values for {path}."),
    "Datatype": ("Giá trị {value} của {path} sai kiểu dữ liệu.", "Value {value} of {path} has the wrong datatype."),
    "Class": ("Giá trị {value} của {path} không thuộc lớp yêu cầu.", "Value {value} of {path} is not of the required class."),
    "NodeKind": ("Giá trị {value} của {path} sai loại nút (IRI/literal).", "Value {value} of {path} is the wrong kind of node."),
    "Pattern": ("Giá trị «{value}» của {path} không đúng dạng.", "Value «{value}» of {path} does not match the expected form."),
    "In": ("Giá trị {value} của {path} không nằm trong danh sách cho phép.", "Value {value} of {path} is not one of the allowed values."),
    "HasValue": ("{path} thiếu giá trị bắt buộc.", "{path} lacks its required value."),
    "LanguageIn": ("Giá trị «{value}» của {path} sai ngôn ngữ.", "Value «{value}» of {path} is in the wrong language."),
    "UniqueLang": ("{path} có nhiều giá trị trong cùng một ngôn ngữ.", "{path} has several values in one language."),
    "MinInclusive": ("Giá trị {value} của {path} quá nhỏ.", "Value {value} of {path} is too small."),
    "MaxInclusive": ("Giá trị {value} của {path} quá lớn.", "Value {value} of {path} is too large."),
    "MinExclusive": ("Giá trị {value} của {path} quá nhỏ.", "Value {value} of {path} is too small."),
    "MaxExclusive": ("Giá trị {value} của {path} quá lớn.", "Value {value} of {path} is too large."),
    "MinLength": ("Giá trị «{value}» của {path} quá ngắn.", "Value «{value}» of {path} is too short."),
    "MaxLength": ("Giá trị «{value}» của {path} quá dài.", "Value «{value}» of {path} is too long."),
    "LessThan": ("Giá trị {value} của {path} phải nhỏ hơn giá trị so sánh.", "Value {value} of {path} must be less than the compared value."),
    "QualifiedMinCount": ("Thiếu giá trị phù hợp cho {path}.", "Not enough suitable values for {path}."),
    "QualifiedMaxCount": ("Quá nhiều giá trị phù hợp cho {path}.", "Too many suitable values for {path}."),
    "SPARQL": ("Vi phạm ràng buộc SPARQL.", "SPARQL constraint not met."),
}


def default_message(component: str, *, path: str | None, value: str | None) -> tuple[str, str]:
    name = component.rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
    vi, en = DEFAULTS.get(name, ("Không đạt ràng buộc {path}.", "Constraint on {path} not met."))
    short_path = _short(path) if path else "nút"
    values = {"path": short_path, "value": value or ""}
    return vi.format(**values), en.format(**values).replace("nút", "the node")


def _short(path: str) -> str:
    """'<http://www.w3.org/ns/org#postIn>' -> 'org:postIn' for the namespaces vnst uses."""
    from vnst.ontology import PREFIXES

    text = path
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        text = text.replace(f"<{namespace}", f"{prefix}:")
    return text.replace(">", "")


__all__ = ["DEFAULTS", "default_message"]
