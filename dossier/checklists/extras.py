"""Case data beyond CONTRACT.md's fields that checklists and deadlines read from a case's extra fields.

A case file may carry (all optional; unknown fields stay allowed):

- `track`: how the case was streamed (繁简分流), one of TRACKS below — selects fast-track deadlines.
- `events`: dates of events in the life of the case, `{"<event>": "YYYY-MM-DD"}`, event names in EVENTS
  below. `filed_on` and `closing.closed_on` are read from the case itself.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from dossier.errors import CaseDataError
from dossier.model import Case

Track = Literal["full_deduction", "business_environment", "simple", "government", "financial",
                "county_fast_track", "simple_preservation"]

TRACKS: dict[str, str] = {
    "full_deduction": "足额扣划或自动履行案件",
    "business_environment": "涉营商环境案件",
    "simple": "过户登记、五万元以下等简易案件",
    "government": "涉党政机关案件",
    "financial": "涉金融案件",
    "county_fast_track": "快执团队案件",
    "simple_preservation": "简单执保案件",
}

EVENTS: dict[str, str] = {
    "filed_on": "立案",
    "received_on": "收到申请材料",
    "first_reception_on": "完成初次接待",
    "assigned_on": "案件流转至承办团队",
    "notice_sent_on": "发出执行通知",
    "documents_mailed_on": "批量文书邮寄送达",
    "online_inquiry_on": "发起网络查控",
    "clues_received_on": "收到申请人提供的财产线索",
    "clues_verified_on": "核实财产线索",
    "property_found_on": "发现可供执行财产",
    "disposal_ruling_on": "作出拍卖（处置）裁定",
    "money_received_on": "案款到账",
    "money_notified_on": "通知领取案款",
    "money_paid_out_on": "案款发放",
    "entrusted_on": "收到外地法院委托事项",
    "entrusted_replied_on": "完成委托事项并回复",
    "closed_on": "结案",
    "handed_over_on": "移送卷宗材料",
    "catalogued_on": "卷宗编目扫描完成",
    "image_dossier_on": "电子卷宗转为影像卷宗",
    "archived_on": "归档",
}

EventName = Literal[
    "received_on", "first_reception_on", "assigned_on", "notice_sent_on", "documents_mailed_on",
    "online_inquiry_on", "clues_received_on", "clues_verified_on", "property_found_on",
    "disposal_ruling_on", "money_received_on", "money_notified_on", "money_paid_out_on", "entrusted_on",
    "entrusted_replied_on", "handed_over_on", "catalogued_on", "image_dossier_on", "archived_on",
]


class CaseExtras(BaseModel):
    model_config = ConfigDict(extra="ignore")

    track: Track | None = None
    events: dict[EventName, date] = {}


def case_extras(case: Case) -> CaseExtras:
    """The extra fields above, validated; a wrong value is bad input naming the field."""
    from dossier.intake.case_file import describe_validation_error

    extra = case.model_extra or {}
    try:
        return CaseExtras.model_validate({k: extra[k] for k in ("track", "events") if k in extra})
    except ValidationError as exc:
        path, text = describe_validation_error(exc)
        if path.startswith("events.") and "不在允许范围内" in text:
            text = f"未知的事件名（允许：{'、'.join(k for k in EVENTS if k not in ('filed_on', 'closed_on'))}）"
        raise CaseDataError(text, field=path) from exc


def case_events(case: Case) -> dict[str, date]:
    """Every known event date of the case: filed_on, closing.closed_on and the `events` field."""
    out: dict[str, date] = {"filed_on": case.filed_on}
    out.update({str(k): v for k, v in case_extras(case).events.items()})
    if case.closing and case.closing.closed_on:
        out["closed_on"] = case.closing.closed_on
    return out
