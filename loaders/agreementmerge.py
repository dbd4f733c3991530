"""Two mentions of one agreement found apart, merged: a letter proposing it and the draft attached, and a news
headline that names the province where the story names its department."""

from __future__ import annotations

from vnst.loaders.agreementtext import Agreement

_COMMITTEE = "Ủy ban nhân dân "


def merged_agreements(agreements: list[tuple[int, Agreement]]) -> list[tuple[int, Agreement]]:
    """``agreements`` (segment index, agreement) with each agreement spoken of twice kept once, its spans joined."""
    return _headline_merged(_same_merged(agreements))


def _same_merged(agreements: list[tuple[int, Agreement]]) -> list[tuple[int, Agreement]]:
    """A letter that proposes an agreement and the attached draft speak of one agreement."""
    kept: list[tuple[int, Agreement]] = []
    for index, agreement in sorted(agreements, key=lambda a: (not a[1].draft, -len(a[1].clauses))):
        same = next((k for _, k in kept if k.party_keys == agreement.party_keys
                     and (k.start_year, k.end_year) == (agreement.start_year, agreement.end_year)), None)
        if same is None:
            kept.append((index, agreement))
        else:
            same.spans += agreement.spans
    return sorted(kept, key=lambda a: a[0])


def _headline_merged(agreements: list[tuple[int, Agreement]]) -> list[tuple[int, Agreement]]:
    """'TP.HCM và Trường Đại học Aalto ký biên bản ghi nhớ' over 'Sở Khoa học và Công nghệ TP. Hồ Chí Minh và Trường
    Đại học Aalto đã ký kết biên bản ghi nhớ ... giai đoạn 2024 - 2027': the headline's province stands for its body
    that signed, named in the story with the period; one agreement."""
    out = []
    for index, agreement in agreements:
        fuller = next((other for i, other in agreements if i == index and other is not agreement
                       and _stands_for(agreement, other)), None)
        if fuller is None:
            out.append((index, agreement))
        else:
            fuller.spans += agreement.spans
    return out


def _stands_for(short: Agreement, full: Agreement) -> bool:
    """Whether ``short``, with no period and before ``full``, has its parties but for a province's People's
    Committee where ``full`` has a body of that province."""
    if short.start_year is not None or full.start_year is None or len(short.parties) != 2 or len(full.parties) != 2 \
            or min(s for s, _ in short.spans) > min(s for s, _ in full.spans):
        return False
    committees = [p for p in short.parties if p.cls == "PeoplesCommittee" and p.name.startswith(_COMMITTEE)]
    shared = {p.key for p in short.parties} & {p.key for p in full.parties}
    if len(committees) != 1 or len(shared) != 1:
        return False
    province = committees[0].name[len(_COMMITTEE):]
    body = next(p for p in full.parties if p.key not in shared)
    return body.cls != "PeoplesCommittee" and body.name.endswith(" " + province)


__all__ = ["merged_agreements"]
