"""A centre opened: a body that is a facility too.

News of an opening ('lễ khánh thành Trung tâm Nghiên cứu và Phát triển Bình Điền', 'khánh thành và đưa vào sử dụng
Trung tâm ...') reports a facility built, its area and its cost, as well as the body that runs it, which has a
director of its own. The organisations' reader finds the body; the facility is the same name, a project too.
"""
from __future__ import annotations

import re

from vnst.loaders.orgnames import OrgMention
from vnst.loaders.projects import ProjectMention
from vnst.loaders.vietnamese import WS1
from vnst.textnorm import fold

_OPENED = re.compile(r"(?<![\wÀ-ỹ])(?i:khánh" + WS1 + r"thành)(?:" + WS1 + r"(?i:và" + WS1 + r"đưa" + WS1 + r"vào" + WS1
                     + r"(?:sử" + WS1 + r"dụng|hoạt" + WS1 + r"động|vận" + WS1 + r"hành)))?" + WS1)


def opened_centres(text: str, orgs: list[OrgMention], projects: list[ProjectMention]) -> list[ProjectMention]:
    """The centres the text says were opened, as facilities, each with every span the text names it at; none
    the facilities' reader found already."""
    known = {fold(p.name) for p in projects}
    found: dict[str, ProjectMention] = {}
    for m in _OPENED.finditer(text):
        centre = next((o for o in orgs if o.start == m.end() and o.cls == "Centre" and o.name.startswith("Trung tâm ")), None)
        if centre is None or fold(centre.name) in known or fold(centre.name) in found:
            continue
        found[fold(centre.name)] = ProjectMention(centre.name, "Facility",
                                                  [(o.start, o.end) for o in orgs if o.name == centre.name])
    return list(found.values())


__all__ = ["opened_centres"]
