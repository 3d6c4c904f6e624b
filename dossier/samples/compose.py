"""Simple but realistic pages (reportlab) for documents that have no DOCX template: party materials,
records, forms, archive sheets and 送达回证. Layout as courts print them: court, title, case number,
body, tables, signature block and date; later pages carry no title (they are continuations)."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.doctypes import printed_title, short_label
from dossier.formatting import chinese_date, rmb_full
from dossier.model import Case
from dossier.render.context import basis_description
from dossier.reports.fonts import register_cjk_fonts

PARTY_MATERIALS = {
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form",
    "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "kinship_proof", "payment_account_confirmation", "service_address_confirmation",
    "whereabouts_unknown_proof", "objection_application", "evidence", "resumption_application",
    "transfer_statement", "property_status_statement",
}


@dataclass
class PageContent:
    """What one composed document says: paragraphs and an optional table per page."""

    title: str
    paragraphs: list[list[str]]  # one list of paragraphs per page
    table: list[list[str]] | None = None
    court_header: bool = True
    signature: list[str] = field(default_factory=list)
    issued_on: date | None = None


def _names(case: Case) -> tuple[str, str]:
    return "、".join(p.name for p in case.applicants), "、".join(p.name for p in case.respondents)


def _amount(case: Case) -> str:
    try:
        value = case.amount_value
    except ValueError:
        value = None
    return rmb_full(value) if value is not None else "人民币若干元"


def _filler(rng: random.Random, case: Case, n: int) -> list[str]:
    applicant, respondent = _names(case)
    sentences = [
        f"申请执行人{applicant}与被执行人{respondent}纠纷一案，本院依法立案执行。",
        f"经查，被执行人{respondent}未按生效法律文书确定的期限履行给付义务。",
        f"执行标的为{_amount(case)}及迟延履行期间的债务利息。",
        "执行人员依法向被执行人送达了执行通知书、报告财产令及财产申报表。",
        "本院通过网络执行查控系统对被执行人名下的存款、车辆、不动产、证券等财产进行了查询。",
        "申请执行人表示将继续提供被执行人的财产线索，并同意本院依法处理。",
        "上述情况属实，有相关笔录及查询结果在卷佐证。",
        "执行人员告知了当事人的权利义务及拒不履行的法律后果。",
    ]
    return [rng.choice(sentences) + rng.choice(sentences) for _ in range(n)]


# What a ruling or decision decides, after “裁定如下：”/“决定如下：” (its title names only the form).
_OPERATIVE: dict[str, tuple[str, str]] = {
    "enforcement_ruling": ("裁定", "冻结、划拨被执行人{respondent}的银行存款{amount}。"),
    "termination_this_round_ruling": ("裁定", "终结本次执行程序。"),
    "termination_ruling": ("裁定", "终结{basis}的执行。"),
    "resumption_ruling": ("裁定", "恢复{basis}的执行。"),
    "dishonest_list_decision": ("决定", "将被执行人{respondent}纳入失信被执行人名单。"),
    "fine_decision": ("决定", "对被执行人{respondent}罚款人民币一万元。"),
    "detention_decision": ("决定", "对被执行人{respondent}司法拘留十五日。"),
}


def _operative_part(case: Case, doc_type: str) -> list[str]:
    """The lead-in and operative paragraphs of a composed ruling or decision; none for other types."""
    if doc_type not in _OPERATIVE:
        return []
    verb, text = _OPERATIVE[doc_type]
    applicant, respondent = _names(case)
    basis, _ = basis_description(case)
    return [f"本院在执行申请执行人{applicant}与被执行人{respondent}一案中，依照《中华人民共和国民事诉讼法》"
            f"的有关规定，{verb}如下：",
            text.format(respondent=respondent, amount=_amount(case), basis=basis),
            f"本{verb}送达后立即生效。"]


def content_for(case: Case, doc_type: str, *, rng: random.Random, pages: int = 1,
                served: str | None = None, issued_on: date | None = None,
                catalogue_rows: Sequence[tuple[str, str, str]] | None = None) -> PageContent:
    """The wording of a composed document of `doc_type` for this case."""
    applicant, respondent = _names(case)
    title = printed_title(doc_type)
    body = [_filler(rng, case, 3) for _ in range(pages)]
    body[0] = [*body[0], *_operative_part(case, doc_type)]
    table: list[list[str]] | None = None
    signature = ["执行员：王建国", "书记员：赵敏"]
    court_header = doc_type not in PARTY_MATERIALS
    if doc_type == "enforcement_basis":
        title = "民事判决书"
        basis = case.basis.case_number if case.basis and case.basis.case_number else "（2023）民初字号"
        body[0] = [f"原告{applicant}，被告{respondent}。案号{basis}。",
                   f"判决如下：被告{respondent}于本判决生效之日起十日内支付原告{_amount(case)}。", *body[0]]
        signature = ["审判长：刘志强", "审判员：陈红", "书记员：孙丽"]
    elif doc_type == "enforcement_application":
        body[0] = [f"申请执行人：{applicant}。被执行人：{respondent}。",
                   f"请求事项：1．强制执行{_amount(case)}；2．申请对被执行人采取限制消费措施；"
                   "3．申请将被执行人纳入失信被执行人名单。", *body[0]]
        signature = [f"申请人：{applicant}"]
    elif doc_type == "service_receipt":
        label = short_label(served) if served else "执行通知书"
        title = "送达回证"
        body = [[f"送达文书：{label}"]]
        table = [["案由", "金钱给付纠纷执行"], ["送达文书名称及件数", f"{label}  一份"],
                 ["受送达人", respondent], ["送达地点", "被执行人住所地"],
                 ["受送达人签名或盖章", ""], ["送达人", "王建国  赵敏"], ["备注", ""]]
        signature = []
    elif doc_type == "online_inquiry_result":
        table = [["查询单位", "查询内容", "反馈结果"],
                 ["中国工商银行", "存款", "余额 0.00 元"], ["中国建设银行", "存款", "余额 12.37 元"],
                 ["车辆管理所", "机动车", "无登记车辆"], ["不动产登记中心", "不动产", "未查询到登记信息"],
                 ["证券登记结算公司", "证券", "无持有记录"], ["支付宝（中国）", "网络资金", "余额 3.20 元"]]
        body[0] = [f"被执行人：{respondent}。总对总、点对点网络查控反馈结果如下："]
    elif doc_type in ("interview_record", "investigation_record"):
        who = applicant if doc_type == "interview_record" else respondent
        body[0] = [f"时间：{chinese_date(issued_on or case.filed_on)}  地点：本院执行局谈话室",
                   f"被谈话人：{who}", "问：你对本案执行情况有何意见？",
                   "答：被执行人没有可供执行的财产，我同意本院终结本次执行程序，发现财产线索后再申请恢复执行。",
                   *body[0]]
        signature = [f"被谈话人：{who}", "谈话人：王建国", "记录人：赵敏"]
    elif doc_type == "closing_approval_form":
        method = case.closing.method if case.closing else ""
        table = [["案号", case.case_number], ["申请执行人", applicant], ["被执行人", respondent],
                 ["执行标的", _amount(case)], ["立案日期", chinese_date(case.filed_on)],
                 ["结案方式", {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕",
                               "terminated": "终结执行"}.get(method, "其他")],
                 ["承办人意见", "同意结案"], ["合议庭意见", "同意"], ["局长审批", "同意"]]
        body[0] = []
    elif doc_type == "file_review_form":
        table = [["复核项目", "复核结果"], ["卷内文书是否齐全", "齐全"], ["送达回证是否完整", "完整"],
                 ["卷内目录是否与材料一致", "一致"], ["页码编写是否规范", "规范"], ["复核人", "周平"]]
        body[0] = []
    elif doc_type == "payment_voucher":
        table = [["收款人", applicant], ["金额", _amount(case)], ["付款方式", "银行转账"],
                 ["经办人", "王建国"], ["审批人", "李东"]]
        body[0] = [f"兹收到本院执行案款{_amount(case)}，特此确认。"]
    elif doc_type == "dossier_cover":
        court_header = True
        title = "执行案卷"
        table = [["案号", case.case_number], ["案由", "金钱给付纠纷"], ["申请执行人", applicant],
                 ["被执行人", respondent], ["立案日期", chinese_date(case.filed_on)],
                 ["结案日期", chinese_date(case.closing.closed_on) if case.closing and case.closing.closed_on else ""],
                 ["承办人", "王建国"], ["保管期限", "长期"]]
        body[0] = []
        signature = []
    elif doc_type == "catalogue":
        table = [["序号", "文件材料名称", "页号"], *[list(r) for r in (catalogue_rows or [])]]
        body[0] = []
        signature = []
    elif doc_type == "remarks_sheet":
        body[0] = ["本卷情况说明：本卷共计材料若干件，经核对无误。", "立卷人：赵敏    检查人：周平"]
        signature = []
    return PageContent(title=title, paragraphs=body, table=table, court_header=court_header,
                       signature=signature, issued_on=issued_on)


def compose_pdf(case: Case, content: PageContent, *, letter_spaced: bool = False) -> bytes:
    """Lay a PageContent out as an A4 PDF: first page titled, later pages continuation text."""
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = register_cjk_fonts()
    court = ParagraphStyle("court", fontName=fonts.sans, fontSize=16, leading=22, alignment=TA_CENTER)
    title = ParagraphStyle("title", fontName=fonts.sans, fontSize=24, leading=32, alignment=TA_CENTER)
    number = ParagraphStyle("number", fontName=fonts.serif, fontSize=13, leading=20, alignment=TA_RIGHT)
    body = ParagraphStyle("body", fontName=fonts.serif, fontSize=13, leading=24, firstLineIndent=26,
                          wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=fonts.serif, fontSize=11.5, leading=16, wordWrap="CJK")
    right = ParagraphStyle("right", fontName=fonts.serif, fontSize=13, leading=24, alignment=TA_RIGHT)

    from xml.sax.saxutils import escape

    story: list[object] = []
    heading = " ".join(content.title) if letter_spaced else content.title
    if content.court_header:
        story.append(Paragraph(escape(case.court), court))
    story += [Paragraph(escape(heading), title), Spacer(1, 4 * mm), Paragraph(escape(case.case_number), number),
              Spacer(1, 4 * mm)]
    for i, paragraphs in enumerate(content.paragraphs):
        if i > 0:
            story.append(PageBreak())
        story += [Paragraph(escape(p), body) for p in paragraphs]
        if i == 0 and content.table:
            rows = [[Paragraph(escape(c), cell) for c in row] for row in content.table]
            ncol = len(content.table[0])
            widths = [160 * mm / ncol] * ncol if ncol != 2 else [50 * mm, 110 * mm]
            if ncol == 3:
                widths = [18 * mm, 117 * mm, 25 * mm]
            t = Table(rows, colWidths=widths, rowHeights=None)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, "black"),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
            story += [Spacer(1, 3 * mm), t]
    if content.signature:
        story += [Spacer(1, 10 * mm)] + [Paragraph(escape(s), right) for s in content.signature]
    if content.issued_on:
        story.append(Paragraph(escape(chinese_date(content.issued_on)), right))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=30 * mm,
                            bottomMargin=25 * mm, title=content.title)
    doc.build(story)
    return buf.getvalue()
