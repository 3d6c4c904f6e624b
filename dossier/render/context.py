"""What a template sees: the case written out as court documents write it.

Two parts, both typed: the common part every template may use (`CommonContext`: court, case number,
dates, parties, money, the execution basis, the statutes cited, the staff), and the document's own part,
one pydantic model per `context` named in `templates/catalog.yaml` (`CONTEXTS`: the measures of a
ruling, the receipts of a 送达回证, the missing items of a 补正材料一次性告知书 …). A template asking for
what neither part has is an error naming the variable (dossier.render.docx).

Pure: the same case, document type, id, date and extra give the same context. Every value is text
(or a list/dict of text): a missing datum is a blank line “________”, never the word None, so a
clerk can fill it in by hand; a datum the document cannot do without is an error naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from stdnum.cn import ric

from dossier.doctypes import document_title
from dossier.errors import CaseDataError, TemplateError
from dossier.formatting import chinese_date, chinese_number, money_figures, rmb_capital, rmb_full
from dossier.model import Agent, Case, Party
from dossier.model.case import parse_amount
from dossier.statutes import (
    Citation,
    application_fee,
    cite,
    document_provisions,
    join_citations,
)
from dossier.templates import catalogue
from dossier.validators.identity import check_id_number
from dossier.vocab.labels import labels

BLANK = "________"

# The legal lists documents draw on (basis names, 失信 grounds, measures) are vocabulary data:
# labels() of dossier/vocab/labels.yaml.

DEFAULT_MEASURE_PROVISIONS = ("deposits", "income", "seal_property")

# Documents served on the applicant rather than the respondent; on every party.
_SERVED_ON_APPLICANTS = {"acceptance_notice", "supplement_notice"}
_SERVED_ON_ALL = {"closing_notice", "termination_this_round_ruling", "resumption_notice"}
DEFAULT_SERVED = ("enforcement_notice", "property_report_order", "summons", "payment_notice",
                  "enforcement_ruling")


# --- the two parts -------------------------------------------------------------------------------

class _View(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PartyView(_View):
    """A party as the parties block writes it, with its agent's line."""

    name: str
    role: str
    is_person: bool
    you: str
    line: str
    lines: list[str]
    id_number: str
    address: str
    phone: str
    legal_representative: str
    restricted: str


class StaffView(_View):
    judge: str
    enforcement_officer: str
    clerk: str
    phone: str
    president: str


class CitationView(_View):
    text: str
    verified: bool


class CommonContext(_View):
    """What every template may use."""

    doc_type: str
    doc_id: str
    title: str
    court: str
    case_number: str
    issued_on: str
    date_cn: str
    filed_on_cn: str
    cause: str
    case_title: str
    applicants: list[PartyView]
    respondents: list[PartyView]
    applicant_names: str
    respondent_names: str
    all_party_names: str
    applicants_you: str
    respondents_you: str
    has_amount: bool
    amount_figures: str
    amount_capital: str
    amount_full: str
    obligation_text: str
    fee_full: str
    total_full: str
    basis_desc: str
    basis_doc_name: str
    basis_effective_cn: str
    legal_basis: str
    citations: list[CitationView]
    staff: StaffView


@dataclass(frozen=True)
class Source:
    """What both parts are computed from: the case, the caller's extra data, and what is read once."""

    case: Case
    extra: Mapping[str, Any]
    case_extra: Mapping[str, Any]
    amount: Decimal | None
    applicants: list[PartyView]
    respondents: list[PartyView]


class DocumentContext(_View):
    """A document's own part (the base: nothing beyond the common part)."""

    @classmethod
    def build(cls, src: Source) -> DocumentContext:
        return cls()

    def extra_citations(self, on: date) -> list[Citation]:
        """Provisions this document cites beyond those the statute data lists for its type."""
        return []


class NoticeContext(DocumentContext):
    """Notices, orders and forms that need nothing beyond the common part."""


class ReportOrderContext(DocumentContext):
    report_days: str

    @classmethod
    def build(cls, src: Source) -> ReportOrderContext:
        return cls(report_days=_chinese_days(src.extra.get("report_days", 5), "extra.report_days"))


class RulingContext(DocumentContext):
    """The 执行裁定书: numbered measures, each citing the provision that authorises it."""

    measures: list[str]
    measure_provisions: list[str] = Field(exclude=True)

    @classmethod
    def build(cls, src: Source) -> RulingContext:
        measures, provisions = _measures(src.extra, src.case_extra, src.case, src.amount)
        return cls(measures=measures, measure_provisions=provisions)

    def extra_citations(self, on: date) -> list[Citation]:
        return [cite(k, on) for k in self.measure_provisions]


class AssistanceContext(RulingContext):
    """The 协助执行通知书: the ruling's measures, addressed to the unit asked to assist."""

    assistee: str

    @classmethod
    def build(cls, src: Source) -> AssistanceContext:
        measures, provisions = _measures(src.extra, src.case_extra, src.case, src.amount)
        return cls(measures=measures, measure_provisions=provisions, assistee=_text(src.extra.get("assistee")))


class SummonsView(_View):
    reason: str
    appear_at: str
    place: str


class SummonsContext(DocumentContext):
    summons: SummonsView

    @classmethod
    def build(cls, src: Source) -> SummonsContext:
        extra = src.extra
        return cls(summons=SummonsView(reason=_text(extra.get("summons_reason") or "接受询问，如实报告财产情况"),
                                       appear_at=_text(extra.get("appear_at")),
                                       place=_text(extra.get("appear_place"))))


class AccountView(_View):
    name: str
    bank: str
    number: str


class PaymentContext(DocumentContext):
    pay_deadline: str
    account: AccountView

    @classmethod
    def build(cls, src: Source) -> PaymentContext:
        return cls(pay_deadline=_pay_deadline(src.extra.get("pay_days")), account=_account(src.extra.get("account")))


class ResumptionContext(DocumentContext):
    previous_case_number: str

    @classmethod
    def build(cls, src: Source) -> ResumptionContext:
        resumption = src.case.resumption
        return cls(previous_case_number=_text(resumption.previous_case_number if resumption else None))


class DishonestContext(DocumentContext):
    """The 失信 decision: the ground (第一条第N项) it rests on."""

    dishonest_ground: str
    ground: int = Field(exclude=True)

    @classmethod
    def build(cls, src: Source) -> DishonestContext:
        ground = _dishonest_ground(src.extra, src.case)
        return cls(dishonest_ground=labels().dishonest_grounds[ground], ground=ground)

    def extra_citations(self, on: date) -> list[Citation]:
        return [cite("dishonest_grounds", on, item=self.ground), cite("dishonest_decision", on)]


class TerminationContext(DocumentContext):
    unpaid_full: str
    dishonest_listed: bool

    @classmethod
    def build(cls, src: Source) -> TerminationContext:
        unpaid = _optional_amount(src.extra.get("unpaid_amount"), "extra.unpaid_amount")
        return cls(unpaid_full=rmb_full(unpaid) if unpaid is not None else "",
                   dishonest_listed=bool(src.case.facts.dishonest_list))


class ReceiptView(_View):
    code: str
    document: str
    document_with_number: str
    recipient: str
    address: str


class ReceiptsContext(DocumentContext):
    receipts: list[ReceiptView]

    @classmethod
    def build(cls, src: Source) -> ReceiptsContext:
        return cls(receipts=_receipts(src.case, src.extra, src.applicants, src.respondents))


class MissingItemView(_View):
    number: str
    label: str
    reason: str
    source: str


class SupplementContext(DocumentContext):
    """The 补正材料一次性告知书: what is missing, what to correct, by when."""

    missing_items: list[MissingItemView]
    problems: list[str]
    supplement_deadline: str

    @classmethod
    def build(cls, src: Source) -> SupplementContext:
        return cls(missing_items=_missing_items(src.extra.get("missing_items")),
                   problems=_problems(src.extra.get("problems")),
                   supplement_deadline=_supplement_deadline(src.extra.get("deadline_days")))


# The `context` names of templates/catalog.yaml.
CONTEXTS: dict[str, type[DocumentContext]] = {
    "notice": NoticeContext,
    "report_order": ReportOrderContext,
    "ruling": RulingContext,
    "assistance": AssistanceContext,
    "summons": SummonsContext,
    "payment": PaymentContext,
    "resumption": ResumptionContext,
    "dishonest": DishonestContext,
    "termination": TerminationContext,
    "receipts": ReceiptsContext,
    "supplement": SupplementContext,
}


def context_model(doc_type: str) -> type[DocumentContext]:
    """The typed part the catalogue declares for a document type; an unknown type is an error naming it."""
    templates = catalogue().templates
    entry = templates.get(doc_type)
    if entry is None:
        raise TemplateError(f"没有文书类型“{doc_type}”的模板（可用：{'、'.join(templates)}）", field="type")
    model = CONTEXTS.get(entry.context)
    if model is None:
        raise TemplateError(f"模板目录中“{doc_type}”的 context “{entry.context}”不存在（可用：{'、'.join(CONTEXTS)}）",
                            file="dossier/templates/catalog.yaml")
    return model


def context_fields(doc_type: str) -> set[str]:
    """Every variable a template of this type may use: the common part's and its own part's."""
    own = {name for name, f in context_model(doc_type).model_fields.items() if not f.exclude}
    return set(CommonContext.model_fields) | own


def build_context(case: Case, doc_type: str, *, doc_id: str, issued_on: date,
                  extra: Mapping[str, Any] | None) -> dict[str, Any]:
    """The common part and the document's own part, as the plain mapping the template renders with."""
    part_model = context_model(doc_type)
    src = Source(case=case, extra=dict(extra or {}), case_extra=dict(case.model_extra or {}), amount=_amount(case),
                 applicants=[party_view(p, "申请执行人") for p in case.applicants],
                 respondents=[party_view(p, "被执行人") for p in case.respondents])
    part = part_model.build(src)
    common = common_context(src, doc_type, doc_id=doc_id, issued_on=issued_on,
                            citations=_citations(doc_type, issued_on, part))
    return {**common.model_dump(), **part.model_dump()}


def common_context(src: Source, doc_type: str, *, doc_id: str, issued_on: date,
                   citations: Sequence[Citation]) -> CommonContext:
    """The part every template may use, for one document of one case."""
    case, extra, amount = src.case, src.extra, src.amount
    fee = _application_fee(amount, extra)
    staff = case.staff
    cause = str(extra.get("cause") or src.case_extra.get("cause") or "").strip()
    applicant_names = "、".join(p.name for p in case.applicants)
    respondent_names = "、".join(p.name for p in case.respondents)
    basis_desc, basis_doc_name = basis_description(case)
    president = (extra.get("president") or (staff.model_extra or {}).get("president")) if staff \
        else extra.get("president")
    return CommonContext(
        doc_type=doc_type,
        doc_id=doc_id,
        title=document_title(doc_type),
        court=case.court,
        case_number=case.case_number,
        issued_on=issued_on.isoformat(),
        date_cn=chinese_date(issued_on),
        filed_on_cn=chinese_date(case.filed_on),
        cause=cause,
        case_title=f"申请执行人{applicant_names}与被执行人{respondent_names}{cause}一案",
        applicants=src.applicants,
        respondents=src.respondents,
        applicant_names=applicant_names,
        respondent_names=respondent_names,
        all_party_names="、".join(p.name for p in case.parties),
        applicants_you=_you(case.applicants),
        respondents_you=_you(case.respondents),
        has_amount=amount is not None,
        amount_figures=money_figures(amount) if amount is not None else BLANK,
        amount_capital=rmb_capital(amount) if amount is not None else BLANK,
        amount_full=rmb_full(amount) if amount is not None else BLANK,
        obligation_text=rmb_full(amount) if amount is not None else "生效法律文书确定的款项",
        fee_full=rmb_full(fee) if fee is not None else "按《诉讼费用交纳办法》规定标准计算的申请执行费",
        total_full=rmb_full(amount + fee) if amount is not None and fee is not None else BLANK,
        basis_desc=basis_desc,
        basis_doc_name=basis_doc_name,
        basis_effective_cn=chinese_date(case.basis.effective_on) if case.basis and case.basis.effective_on else BLANK,
        legal_basis=join_citations(list(citations)),
        citations=[CitationView(text=c.text, verified=c.verified) for c in citations],
        staff=StaffView(judge=_text(staff.judge if staff else None),
                        enforcement_officer=_text(staff.enforcement_officer if staff else None),
                        clerk=_text(staff.clerk if staff else None), phone=_text(staff.phone if staff else None),
                        president=_text(president)),
    )


# --- parties -------------------------------------------------------------------------------------

def party_view(party: Party, role: str) -> PartyView:
    """A party as the parties block writes it, with its agent's line."""
    lines = [f"{role}：{describe_party(party)}"]
    if not party.is_person and party.legal_representative:
        lines.append(f"法定代表人：{party.legal_representative}。")
    if party.agent is not None:
        lines.append(f"委托代理人：{describe_agent(party.agent, role, party.name)}")
    restricted = ("你单位及你单位的法定代表人、主要负责人、影响债务履行的直接责任人员、实际控制人"
                  if not party.is_person else "你")
    return PartyView(
        name=party.name, role=role, is_person=party.is_person, you="你" if party.is_person else "你单位",
        line=lines[0], lines=lines, id_number=_text(party.id_number), address=_text(party.address),
        phone=_text(party.phone),
        legal_representative=_text(party.legal_representative) if not party.is_person else "",
        restricted=restricted)


def describe_party(party: Party) -> str:
    """张三，男，1980年1月1日出生，住……，公民身份号码……。 / 某公司，住所地……，统一社会信用代码……。"""
    parts = [party.name]
    if party.is_person:
        sex_birth = sex_and_birth(party.id_number)
        if sex_birth:
            parts.extend(sex_birth)
        if party.address:
            parts.append(f"住{party.address}")
        if party.id_number:
            parts.append(f"公民身份号码{party.id_number}")
    else:
        if party.address:
            parts.append(f"住所地{party.address}")
        if party.id_number:
            parts.append(f"统一社会信用代码{party.id_number}")
    return "，".join(parts) + "。"


def sex_and_birth(id_number: str | None) -> list[str]:
    """[男, 1980年1月1日出生] from a valid GB 11643 number; nothing from an invalid one."""
    if not id_number or check_id_number(id_number) is not None:
        return []
    number = ric.compact(id_number)
    born = ric.get_birth_date(number)
    sex = "男" if int(number[16]) % 2 == 1 else "女"
    return [sex, f"{born.year}年{born.month}月{born.day}日出生"]


def describe_agent(agent: Agent, role: str, principal: str) -> str:
    if agent.kind == "lawyer":
        return f"{agent.name}，{agent.firm or ''}律师。"
    if agent.kind == "relative":
        return f"{agent.name}，系{role}{principal}的近亲属。"
    return f"{agent.name}。"


def _you(parties: Sequence[Party]) -> str:
    if len(parties) > 1:
        return "你们"
    return "你" if parties[0].is_person else "你单位"


# --- basis, money, statutes ----------------------------------------------------------------------

def basis_description(case: Case) -> tuple[str, str]:
    """(洛阳市老城区人民法院（2023）豫0311民初567号民事判决书, 民事判决书)."""
    basis = case.basis
    if basis is None:
        return "生效法律文书", "生效法律文书"
    name = basis.title or labels().basis_documents[basis.kind]
    return f"{basis.court or ''}{basis.case_number or ''}{name}", name


def _amount(case: Case) -> Decimal | None:
    try:
        return case.amount_value
    except ValueError as exc:
        raise CaseDataError(str(exc), field="amount") from exc


def _optional_amount(value: Any, field: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return parse_amount(str(value))
    except ValueError as exc:
        raise TemplateError(str(exc), field=field) from exc


def _application_fee(amount: Decimal | None, extra: Mapping[str, Any]) -> Decimal | None:
    given = _optional_amount(extra.get("application_fee"), "extra.application_fee")
    if given is not None:
        return given
    return application_fee(amount) if amount is not None else None


def _citations(doc_type: str, on: date, part: DocumentContext) -> list[Citation]:
    """The statute data's provisions for the type, then the document's own (a ruling's measures, a
    失信 decision's ground); a ruling cites its law's articles in order, other laws after."""
    out = [cite(k, on) for k in document_provisions(doc_type)]
    out.extend(part.extra_citations(on))
    if doc_type == "enforcement_ruling":
        first_law = out[0].law
        out.sort(key=lambda c: (c.law != first_law, c.article))
    return out


def _dishonest_ground(extra: Mapping[str, Any], case: Case) -> int:
    raw = extra.get("dishonest_ground")
    if raw is None:
        return 2 if case.facts.obstruction else 1
    try:
        ground = int(raw)
    except (TypeError, ValueError) as exc:
        raise TemplateError("失信情形应为1至6的数字", field="extra.dishonest_ground") from exc
    if ground not in labels().dishonest_grounds:
        raise TemplateError("失信情形应为1至6的数字", field="extra.dishonest_ground")
    return ground


# --- enforcement measures ------------------------------------------------------------------------

def _measures(extra: Mapping[str, Any], case_extra: Mapping[str, Any], case: Case,
              amount: Decimal | None) -> tuple[list[str], list[str]]:
    """Numbered measure lines of the 执行裁定书 and the provisions they rest on."""
    raw = extra.get("measures", case_extra.get("measures"))
    names = "、".join(p.name for p in case.respondents)
    limit = f"以{rmb_full(amount)}及迟延履行期间的债务利息、申请执行费为限" if amount is not None else \
        "以生效法律文书确定的义务及迟延履行期间的债务利息、申请执行费为限"
    if not raw:
        line = (f"冻结、划拨被执行人{names}的银行存款及其他资金，扣留、提取其应当履行义务部分的收入，"
                f"查封、扣押、冻结、拍卖、变卖其应当履行义务部分的财产，{limit}。")
        return [f"一、{line}"], list(DEFAULT_MEASURE_PROVISIONS)
    if not isinstance(raw, list):
        raise TemplateError("执行措施应为列表", field="measures")
    lines: list[str] = []
    provisions: list[str] = []
    for i, item in enumerate(raw):
        field = f"measures[{i}]"
        if isinstance(item, str):
            text, keys = item.strip(), _provisions_in_text(item)
        elif isinstance(item, Mapping):
            text, keys = _measure_from_mapping(item, names, field)
        else:
            raise TemplateError("执行措施应为文字或包含 action、property 的对象", field=field)
        if not text:
            raise TemplateError("执行措施不能为空", field=field)
        lines.append(f"{chinese_number(i + 1)}、{text.rstrip('。；;')}。")
        provisions.extend(k for k in keys if k not in provisions)
    return lines, provisions or list(DEFAULT_MEASURE_PROVISIONS)


def _measure_from_mapping(item: Mapping[str, Any], names: str, field: str) -> tuple[str, list[str]]:
    action = str(item.get("action", "")).strip()
    measures = labels().measures
    if action not in measures:
        raise TemplateError(f"未知的执行措施“{action}”（可用：冻结、划拨、扣留、提取、查封、扣押、拍卖、变卖）",
                            field=f"{field}.action")
    verb, provision = measures[action].verb, measures[action].provision
    prop = str(item.get("property", "")).strip()
    if not prop:
        raise TemplateError("执行措施应写明财产", field=f"{field}.property")
    whose = str(item.get("respondent") or names)
    text = f"{verb}被执行人{whose}{prop}"
    limit = _optional_amount(item.get("limit"), f"{field}.limit")
    if limit is not None:
        text += f"，以{rmb_full(limit)}为限"
    return text, [provision]


def _provisions_in_text(text: str) -> list[str]:
    keys: list[str] = []
    for verb, provision in ((m.verb, m.provision) for m in labels().measures.values()):
        if verb in text and provision not in keys:
            keys.append(provision)
    return keys


# --- service receipts ----------------------------------------------------------------------------

def _receipts(case: Case, extra: Mapping[str, Any], applicants: list[PartyView],
              respondents: list[PartyView]) -> list[ReceiptView]:
    """One 送达回证 per served document and recipient, naming the document."""
    served = extra.get("served", DEFAULT_SERVED)
    codes = [served] if isinstance(served, str) else list(served)
    out: list[ReceiptView] = []
    for code in codes:
        label = document_title(code)
        for party in _recipients(code, extra.get("recipients"), applicants, respondents):
            out.append(ReceiptView(code=code, document=label, document_with_number=f"{label}（{case.case_number}）",
                                   recipient=party.name, address=party.address))
    return out


def _recipients(code: str, which: Any, applicants: list[PartyView],
                respondents: list[PartyView]) -> list[PartyView]:
    if which is None:
        which = "applicants" if code in _SERVED_ON_APPLICANTS else "all" if code in _SERVED_ON_ALL \
            else "respondents"
    if which == "applicants":
        return applicants
    if which == "respondents":
        return respondents
    if which == "all":
        return [*applicants, *respondents]
    raise TemplateError("受送达人应为 applicants、respondents 或 all", field="extra.recipients")


# --- filing supplement notice --------------------------------------------------------------------

def _missing_items(raw: Any) -> list[MissingItemView]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise TemplateError("缺少材料清单应为列表", field="extra.missing_items")
    out = []
    for i, item in enumerate(raw):
        get = item.get if isinstance(item, Mapping) else lambda k, _i=item: getattr(_i, k, None)
        label = get("label")
        if not label:
            raise TemplateError("缺少材料应写明名称", field=f"extra.missing_items[{i}].label")
        out.append(MissingItemView(number=str(i + 1), label=str(label), reason=_text(get("reason")),
                                   source=_text(get("source"))))
    return out


def _problems(raw: Any) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise TemplateError("问题清单应为列表", field="extra.problems")
    out = []
    for i, item in enumerate(raw):
        if isinstance(item, str):
            text = item
        elif isinstance(item, Mapping):
            text = str(item.get("message") or "")
        else:
            text = str(getattr(item, "message", "") or "")
        if not text:
            raise TemplateError("问题应写明内容", field=f"extra.problems[{i}]")
        out.append(text)
    return out


# --- small helpers -------------------------------------------------------------------------------

def _text(value: Any) -> str:
    if value is None:
        return BLANK
    s = str(value).strip()
    return s if s else BLANK


def _chinese_days(value: Any, field: str) -> str:
    try:
        n = int(value)
    except (TypeError, ValueError) as exc:
        raise TemplateError("天数应为正整数", field=field) from exc
    if n <= 0 or n > 99:
        raise TemplateError("天数应为1至99的整数", field=field)
    return chinese_number(n)


def _pay_deadline(days: Any) -> str:
    if days is None:
        return "在收到本通知后立即"
    return f"自收到本通知之日起{_chinese_days(days, 'extra.pay_days')}日内"


def _supplement_deadline(days: Any) -> str:
    if days is None:
        return "在本院指定的期限内"
    return f"自收到本告知书之日起{_chinese_days(days, 'extra.deadline_days')}日内"


def _account(raw: Any) -> AccountView:
    raw = raw if isinstance(raw, Mapping) else {}
    return AccountView(name=_text(raw.get("name")), bank=_text(raw.get("bank")), number=_text(raw.get("number")))
