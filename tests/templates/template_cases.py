"""Cases the document group meets: several respondents, persons and organisations, agents of every
kind, and names that break naive templates (`&`, `<`, 40+ characters)."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from docx import Document
from lxml import etree
from stdnum.cn import ric, uscc

LONG_ORG = "洛阳市老城区某某建筑工程劳务分包与市政园林绿化养护及物业管理服务有限责任公司第一分公司"
AMP_ORG = "张记<餐饮>&茶社（普通合伙）"
AMP_PERSON = "A&B<李>"


def person_id(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


def credit_code(body17: str) -> str:
    return body17 + uscc.calc_check_digit(body17)


def complex_case_dict() -> dict[str, Any]:
    return {
        "case_number": "（2024）豫0311执1234号",
        "court": "洛阳市老城区人民法院",
        "category": "enforcement",
        "filed_on": "2024-03-14",
        "amount": "123456.78",
        "basis": {"kind": "judgment", "case_number": "（2023）豫0311民初567号", "court": "洛阳市老城区人民法院",
                  "effective_on": "2023-12-20"},
        "applicants": [
            {"name": "张三", "kind": "person", "id_number": person_id("41030319800101123"),
             "address": "河南省洛阳市老城区中州东路12号",
             "agent": {"name": "李四", "kind": "lawyer", "firm": "河南某某律师事务所"}},
            {"name": "周秀兰", "kind": "person", "id_number": person_id("41030219560712042"),
             "address": "河南省洛阳市老城区西大街45号",
             "agent": {"name": "周建国", "kind": "relative"}},
        ],
        "respondents": [
            {"name": LONG_ORG, "kind": "organisation", "id_number": credit_code("91410300MA44XYBQ7"),
             "address": "河南省洛阳市老城区民主街8号", "legal_representative": "王五"},
            {"name": AMP_ORG, "kind": "organisation", "id_number": credit_code("91410302MA9XYW12B"),
             "address": "河南省洛阳市老城区南大街3号", "legal_representative": "赵&六"},
            {"name": AMP_PERSON, "kind": "person", "id_number": person_id("41030219880305017"),
             "address": "河南省洛阳市老城区南大街3号院2号楼",
             "agent": {"name": "钱七", "kind": "other"}},
        ],
        "staff": {"judge": "赵志刚", "enforcement_officer": "孙建军", "clerk": "刘晓燕", "phone": "0379-63280001"},
        "resumption": {"previous_case_number": "（2023）豫0311执888号"},
    }


def docx_text(data: bytes) -> str:
    """All text of a DOCX as python-docx reads it: body paragraphs, then every table cell."""
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)


def assert_xml_valid(data: bytes) -> None:
    """Every XML part of the package parses (a raw `&` or `<` would not)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                etree.fromstring(z.read(name))
