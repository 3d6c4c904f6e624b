"""Identity numbers: GB 11643 resident ID numbers and GB 32100 unified social credit codes.

python-stdnum implements both check characters. For ID numbers we deliberately do not use its
region-code lookup as a verdict: its table misses retired and renamed county codes that still appear
on valid cards (e.g. 410303 of CONTRACT.md's sample), so an unknown region is not an error here.
"""

from __future__ import annotations

from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

from dossier.model.case import Party
from dossier.privacy import mask_id

# GB 32100 alphabet. stdnum's validate() also demands 8 leading digits, which refuses real codes of
# village committees and co-operatives (N…, Y…), so only its check-digit function is used.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def check_id_number(number: str) -> str | None:
    """None when valid, else a Chinese explanation (the number masked)."""
    n = ric.compact(number or "").upper()
    shown = mask_id(n)
    if len(n) != 18:
        return f"身份证号码“{shown}”应为18位（现为{len(n)}位）"
    if not n[:17].isdigit() or not (n[17].isdigit() or n[17] == "X"):
        return f"身份证号码“{shown}”应为17位数字加1位校验码（数字或X）"
    try:
        ric.get_birth_date(n)
    except ValidationError:
        return f"身份证号码“{shown}”第7至14位不是有效的出生日期"
    expected = ric.calc_check_digit(n)
    if n[17] != expected:
        return f"身份证号码“{shown}”校验码错误（第18位应为“{expected}”）"
    return None


def check_credit_code(code: str) -> str | None:
    """None when valid, else a Chinese explanation."""
    c = uscc.compact(code or "").upper()
    if len(c) != 18:
        return f"统一社会信用代码“{c}”应为18位（现为{len(c)}位）"
    if any(ch not in USCC_ALPHABET for ch in c):
        return f"统一社会信用代码“{c}”含有不允许的字符（不使用I、O、Z、S、V）"
    expected = uscc.calc_check_digit(c)
    if c[17] != expected:
        return f"统一社会信用代码“{c}”校验码错误（第18位应为“{expected}”）"
    return None


def check_party_number(party: Party) -> str | None:
    """Check a party's number by its kind: ID number for persons, credit code for organisations."""
    if not party.id_number:
        return None
    if party.kind == "person":
        return check_id_number(party.id_number)
    return check_credit_code(party.id_number)
