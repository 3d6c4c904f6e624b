"""Build the DOCX templates (python-docx), so that they are reproducible from this script.

Run `python -m dossier.templates._build` after changing it. Rendering reads the committed .docx
files, so a clerk's edit in Word/WPS is what renders; running this script overwrites such edits.

Layout follows the SPC's enforcement document forms: court name and title centred, case number line
right-aligned, parties block, body in 仿宋_GB2312 三号 with a two-character first-line indent,
signature block, date in Chinese numerals with “（院印）”. Margins as courts print (top 37 mm,
bottom 35 mm, left 28 mm, right 26 mm); the header stays empty so that the top-right 30 mm × 30 mm
corner is free for the QR identity stamped on every PDF page. Every Jinja tag sits in one run.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

HERE = Path(__file__).resolve().parent

BODY_FONT = "仿宋_GB2312"
TITLE_FONT = "黑体"
COURT_FONT = "宋体"
BODY_SIZE = 16  # 三号
TITLE_SIZE = 22  # 二号
COURT_SIZE = 22
TABLE_SIZE = 14  # 四号
FOOTER_SIZE = 9  # 小五
LINE_PITCH = 28  # fixed line spacing of the body, points
INDENT = Pt(BODY_SIZE * 2)
KEEP_STYLES = ("Normal", "DefaultParagraphFont", "TableNormal", "NoList", "TableGrid", "Header", "HeaderChar",
               "Footer", "FooterChar")

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def set_font(run: Run, name: str, size: float, *, bold: bool = False, spacing: float | None = None) -> None:
    """Name the font for every script: w:eastAsia is what Word and LibreOffice use for CJK text."""
    run.font.size = Pt(size)
    run.font.bold = bold
    r_pr = run._element.get_or_add_rPr()
    _font_names(r_pr, name).set(qn("w:hint"), "eastAsia")
    if spacing is not None:
        el = OxmlElement("w:spacing")
        el.set(qn("w:val"), str(int(spacing * 20)))
        r_pr.append(el)


def _font_names(r_pr: Any, name: str) -> Any:
    """The run properties' w:rFonts (created first in order when absent), naming `name` for every script."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)
    return fonts


class Builder:
    """One template document, written top to bottom."""

    def __init__(self) -> None:
        self.doc = Document()
        self._page_setup()
        self._styles()
        self._footer()

    # -- page ------------------------------------------------------------------------------------
    def _page_setup(self) -> None:
        s = self.doc.sections[0]
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin = Mm(37), Mm(35)
        s.left_margin, s.right_margin = Mm(28), Mm(26)
        s.header_distance, s.footer_distance = Mm(15), Mm(18)

    def _styles(self) -> None:
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(BODY_SIZE)
        _font_names(normal.element.get_or_add_rPr(), BODY_FONT)
        pf = normal.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(LINE_PITCH)
        pf.widow_control = False

    def _footer(self) -> None:
        """Page number centred, document id below: nothing in the header (QR corner stays free)."""
        footer = self.doc.sections[0].footer
        p = footer.paragraphs[0]
        p.alignment = CENTER
        set_font(p.add_run("— "), BODY_FONT, 12)
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        fld.append(run)
        p._p.append(fld)
        set_font(p.add_run(" —"), BODY_FONT, 12)
        q = footer.add_paragraph()
        q.alignment = RIGHT
        set_font(q.add_run("文书编号：{{ doc_id }}"), BODY_FONT, FOOTER_SIZE)
        for para in (p, q):
            para.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE

    # -- blocks ----------------------------------------------------------------------------------
    def para(self, text: str = "", *, align: WD_ALIGN_PARAGRAPH = JUSTIFY, indent: bool = True,
             font: str = BODY_FONT, size: float = BODY_SIZE, bold: bool = False) -> Paragraph:
        p = self.doc.add_paragraph()
        p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = INDENT
        if text:
            set_font(p.add_run(text), font, size, bold=bold)
        return p

    def tag(self, tag: str) -> None:
        """A paragraph-level Jinja tag ({%p ... %}), alone in its paragraph as docxtpl requires."""
        self.para(f"{{%p {tag} %}}", indent=False, align=LEFT)

    def heading(self, title: str, *, case_number: bool = True) -> None:
        p = self.para("{{ court }}", align=CENTER, indent=False, font=COURT_FONT, size=COURT_SIZE, bold=True)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        p.paragraph_format.space_after = Pt(6)
        t = self.doc.add_paragraph()
        t.alignment = CENTER
        t.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        t.paragraph_format.space_after = Pt(12)
        set_font(t.add_run(title), TITLE_FONT, TITLE_SIZE, spacing=4 if len(title) <= 6 else 1)
        if case_number:
            self.para("{{ case_number }}", align=RIGHT, indent=False)

    def addressee(self, expression: str) -> None:
        self.para(f"{expression}：", indent=False)

    def party_lines(self, party: str) -> None:
        """A party's lines: name and particulars, legal representative, agent."""
        self.tag(f"for line in {party}.lines")
        self.para("{{ line }}", align=LEFT)
        self.tag("endfor")

    def parties(self) -> None:
        """Applicants then respondents, each with its legal representative and agent lines."""
        for group in ("applicants", "respondents"):
            self.tag(f"for party in {group}")
            self.party_lines("party")
            self.tag("endfor")

    @contextmanager
    def copies(self, loop: str) -> Iterator[None]:
        """One copy of what is built inside for each item of `loop` (“r in respondents”), each copy
        starting on a new page."""
        self.tag(f"for {loop}")
        yield
        self.page_break_between()
        self.tag("endfor")

    def signature(self, *roles: tuple[str, str]) -> None:
        """Right-aligned signature lines kept on the page of the date line below them, and of the last
        line of the body above them (a signature page without text is what courts avoid)."""
        if self.doc.paragraphs:
            self.doc.paragraphs[-1].paragraph_format.keep_with_next = True
        for i, (role, expression) in enumerate(roles):
            p = self.para(f"{role}　{expression}", align=RIGHT, indent=False)
            p.paragraph_format.keep_with_next = True
            if i == 0:
                p.paragraph_format.space_before = Pt(BODY_SIZE)

    def date_line(self) -> None:
        self.para("（院印）　　{{ date_cn }}", align=RIGHT, indent=False)

    def ruling_signature(self) -> None:
        """Rulings and decisions: the judge, the date under the seal, then the clerk."""
        self.signature(("审判员", "{{ staff.judge }}"))
        self.date_line()
        self.signature(("书记员", "{{ staff.clerk }}"))

    def contact_line(self) -> None:
        self.para("联系人：{{ staff.enforcement_officer }}　　联系电话：{{ staff.phone }}")

    def page_break(self) -> None:
        run = self.doc.add_paragraph().add_run()
        set_font(run, BODY_FONT, BODY_SIZE)
        run.add_break(WD_BREAK.PAGE)

    def page_break_between(self) -> None:
        """Inside a loop: a page break before the next copy, none after the last."""
        self.tag("if not loop.last")
        self.page_break()
        self.tag("endif")

    def table(self, rows: Sequence[Sequence[str]], widths_mm: Sequence[float], *,
              bold_first_col: bool = True, header_row: bool = False, blank_row_mm: float = 0) -> None:
        """A grid; `header_row` bolds the first row, `blank_row_mm` gives rows left blank room to write."""
        table = self.doc.add_table(rows=len(rows), cols=len(widths_mm))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for r, row in enumerate(rows):
            if blank_row_mm and not row[-1]:
                table.rows[r].height = Mm(blank_row_mm)
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                cell.width = Mm(widths_mm[c])
                p = cell.paragraphs[0]
                p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                p.paragraph_format.space_before = Pt(4)
                p.paragraph_format.space_after = Pt(4)
                label = (c == 0 and bold_first_col) or (r == 0 and header_row)
                p.alignment = CENTER if label or c == 0 or text.startswith("{%tr") else LEFT
                if text:
                    set_font(p.add_run(text), BODY_FONT, TABLE_SIZE, bold=label)
        self.para("", indent=False)

    def _slim(self) -> None:
        """Drop what the default python-docx package carries but no template uses (800 KB of styles
        with effects, customXml, a thumbnail): every render parses and re-zips each part."""
        for rel_id, rel in list(self.doc.part.rels.items()):
            if rel.reltype.endswith(("/stylesWithEffects", "/webSettings", "/customXml", "/numbering")):
                self.doc.part.drop_rel(rel_id)
        package = self.doc.part.package
        for rel_id, rel in list(package.rels.items()):
            if rel.reltype.endswith("/thumbnail"):
                del package.rels[rel_id]
        styles = self.doc.styles.element
        used = set(KEEP_STYLES)
        for el in list(styles):
            if el.tag == qn("w:latentStyles") or (el.tag == qn("w:style") and el.get(qn("w:styleId")) not in used):
                styles.remove(el)

    def save(self, code: str) -> Path:
        from dossier.doctypes import document_title

        self._slim()
        path = HERE / f"{code}.docx"
        self.doc.core_properties.title = document_title(code)
        self.doc.core_properties.author = "dossier"
        self.doc.save(str(path))
        return path


# --- the templates ------------------------------------------------------------------------------

NOTICE_SIGNATURE = (("执行员", "{{ staff.enforcement_officer }}"), ("书记员", "{{ staff.clerk }}"))


def acceptance_notice(b: Builder) -> None:
    b.heading("受理案件通知书")
    b.addressee("{{ applicant_names }}")
    b.para("{{ applicants_you }}申请执行{{ basis_desc }}一案，本院经审查，符合立案条件，已于{{ filed_on_cn }}"
           "立案执行，案号为{{ case_number }}。依照{{ legal_basis }}的规定，现将有关事项通知如下：")
    b.para("一、被执行人：{{ respondent_names }}；执行标的：{{ obligation_text }}。")
    b.para("二、申请执行人应当向本院提供被执行人的财产线索；因客观原因无法自行查明财产的，可以申请本院调查。")
    b.para("三、执行过程中，申请执行人的联系方式、送达地址发生变更的，应当及时书面告知本院。")
    b.para("四、本案执行员：{{ staff.enforcement_officer }}，书记员：{{ staff.clerk }}，"
           "联系电话：{{ staff.phone }}。")
    b.para("特此通知。")
    b.signature(*NOTICE_SIGNATURE)
    b.date_line()


def enforcement_notice(b: Builder) -> None:
    b.heading("执行通知书")
    b.addressee("{{ respondent_names }}")
    b.para("{{ basis_desc }}已经发生法律效力。申请执行人{{ applicant_names }}于{{ filed_on_cn }}向本院申请强制执行，"
           "本院依法立案执行。依照{{ legal_basis }}的规定，责令{{ respondents_you }}自收到本通知之日起立即履行下列义务：")
    b.para("一、向申请执行人{{ applicant_names }}支付{{ obligation_text }}；")
    b.para("二、加倍支付迟延履行期间的债务利息（或者支付迟延履行金）；")
    b.para("三、负担本案申请执行费{{ fee_full }}。")
    b.para("{{ respondents_you }}逾期不履行的，本院将依法强制执行，并可以依法采取限制消费措施，"
           "或者将{{ respondents_you }}纳入失信被执行人名单。")
    b.para("特此通知。")
    b.contact_line()
    b.signature(*NOTICE_SIGNATURE)
    b.date_line()


def property_report_order(b: Builder) -> None:
    b.heading("报告财产令")
    b.addressee("{{ respondent_names }}")
    b.para("本院受理的{{ case_title }}，依照{{ legal_basis }}的规定，责令{{ respondents_you }}在收到本令之日起"
           "{{ report_days }}日内，向本院如实报告当前以及收到执行通知之日前一年的财产情况，并填写随附的财产申报表。")
    b.para("一、报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；"
           "交通运输工具、机器设备、产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、"
           "知识产权等财产性权利；其他应当报告的财产。")
    b.para("二、报告财产后，财产情况发生变动，影响申请执行人债权实现的，应当及时向本院补充报告。")
    b.para("三、拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重对{{ respondents_you }}"
           "或者法定代理人、有关单位的主要负责人或者直接责任人员予以罚款、拘留；构成犯罪的，依法追究刑事责任；"
           "并可以将{{ respondents_you }}纳入失信被执行人名单。")
    b.para("附：财产申报表")
    b.signature(*NOTICE_SIGNATURE)
    b.date_line()


def property_declaration_form(b: Builder) -> None:
    with b.copies("r in respondents"):
        b.heading("财产申报表")
        b.table([
            ["被执行人", "{{ r.name }}"],
            ["公民身份号码或统一社会信用代码", "{{ r.id_number }}"],
            ["住址或住所地", "{{ r.address }}"],
            ["法定代表人（负责人）", "{{ r.legal_representative }}"],
            ["联系电话", "{{ r.phone }}"],
            ["收入", ""],
            ["银行存款、现金、理财产品", ""],
            ["有价证券", ""],
            ["土地使用权、房屋等不动产", ""],
            ["交通运输工具、机器设备等动产", ""],
            ["债权、股权、投资权益、基金份额等财产性权利", ""],
            ["其他财产", ""],
            ["收到执行通知之日前一年内的财产变动情况", ""],
        ], (52, 104), blank_row_mm=13)
        b.para("申报人保证以上申报内容真实、完整；如有虚假，愿承担法律责任。")
        b.para("申报人（签名或者盖章）：________", align=RIGHT, indent=False)
        b.para("年　　月　　日", align=RIGHT, indent=False)


def consumption_restriction_order(b: Builder) -> None:
    with b.copies("r in respondents"):
        b.heading("限制消费令")
        b.party_lines("r")
        b.para("本院于{{ filed_on_cn }}立案执行{{ case_title }}。因被执行人{{ r.name }}未按执行通知书指定的期间履行"
               "{{ basis_desc }}确定的给付义务，依照{{ legal_basis }}的规定，对{{ r.you }}采取限制消费措施，"
               "限制{{ r.restricted }}实施以下高消费及非生活和工作必需的消费行为：")
        for item in (
            "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；",
            "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；",
            "（三）购买不动产或者新建、扩建、高档装修房屋；",
            "（四）租赁高档写字楼、宾馆、公寓等场所办公；",
            "（五）购买非经营必需车辆；",
            "（六）旅游、度假；",
            "（七）子女就读高收费私立学校；",
            "（八）支付高额保费购买保险理财产品；",
            "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
        ):
            b.para(item)
        b.para("因私消费以个人财产实施前述行为的，可以向本院提出申请。违反本令的，经查证属实，"
               "本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")
        b.signature(("院长", "{{ staff.president }}"))
        b.date_line()


def enforcement_ruling(b: Builder) -> None:
    b.heading("执行裁定书")
    b.parties()
    b.para("本院在执行{{ basis_desc }}一案中，被执行人{{ respondent_names }}未按执行通知履行法律文书确定的义务。"
           "依照{{ legal_basis }}的规定，裁定如下：")
    b.tag("for m in measures")
    b.para("{{ m }}")
    b.tag("endfor")
    b.para("本裁定立即执行。")
    b.ruling_signature()


def summons(b: Builder) -> None:
    with b.copies("r in respondents"):
        b.heading("传票")
        b.table([
            ["案号", "{{ case_number }}"],
            ["案由", "{{ cause }}执行"],
            ["被传唤人", "{{ r.name }}"],
            ["工作单位或者住址", "{{ r.address }}"],
            ["传唤事由", "{{ summons.reason }}"],
            ["应到时间", "{{ summons.appear_at }}"],
            ["应到处所", "{{ summons.place }}"],
        ], (42, 114))
        b.para("注意事项：", indent=False)
        b.para("一、被传唤人必须准时到达应到处所。")
        b.para("二、本传票由被传唤人携带来院报到。")
        b.para("三、被传唤人收到传票后，应在送达回证上签名或者盖章。")
        b.para("四、经两次传票传唤，无正当理由拒不到场的，本院可以依法拘传。")
        b.signature(*NOTICE_SIGNATURE)
        b.date_line()


def payment_notice(b: Builder) -> None:
    b.heading("缴款通知书")
    b.addressee("{{ respondent_names }}")
    b.para("本院执行的{{ case_title }}，依照{{ legal_basis }}的规定，请{{ respondents_you }}{{ pay_deadline }}"
           "将下列款项交至本院执行款专户：")
    b.para("一、执行标的：{{ obligation_text }}；")
    b.para("二、申请执行费：{{ fee_full }}；")
    b.para("合计：{{ total_full }}。")
    b.para("收款单位：{{ account.name }}；开户银行：{{ account.bank }}；账号：{{ account.number }}。")
    b.para("缴款时请注明案号{{ case_number }}及缴款人姓名或者名称，并将缴款凭证交本院执行员。"
           "逾期不缴纳的，本院将依法强制执行。")
    b.para("特此通知。")
    b.contact_line()
    b.signature(*NOTICE_SIGNATURE)
    b.date_line()


def assistance_notice(b: Builder) -> None:
    b.heading("协助执行通知书")
    b.addressee("{{ assistee }}")
    b.para("本院在执行{{ case_title }}中，依照{{ legal_basis }}的规定，已作出{{ case_number }}执行裁定书。"
           "请协助执行下列事项：")
    b.tag("for m in measures")
    b.para("{{ m }}")
    b.tag("endfor")
    b.para("附：{{ case_number }}执行裁定书一份。")
    b.contact_line()
    b.signature(*NOTICE_SIGNATURE)
    b.date_line()


def resumption_notice(b: Builder) -> None:
    b.heading("恢复执行通知书")
    b.addressee("{{ all_party_names }}")
    b.para("{{ case_title }}，本院曾以{{ previous_case_number }}执行裁定终结本次执行程序。现申请执行人"
           "{{ applicant_names }}发现被执行人有可供执行的财产，申请恢复执行。本院经审查，符合恢复执行条件。"
           "依照{{ legal_basis }}的规定，本院决定恢复执行，案号为{{ case_number }}。")
    b.para("被执行人{{ respondent_names }}应当继续履行{{ basis_desc }}确定的义务：{{ obligation_text }}。")
    b.para("特此通知。")
    b.contact_line()
    b.signature(*NOTICE_SIGNATURE)
    b.date_line()


def dishonest_list_decision(b: Builder) -> None:
    with b.copies("r in respondents"):
        b.heading("决定书")  # SPC form: a 失信 decision is titled 决定书
        b.party_lines("r")
        b.para("本院在执行{{ basis_desc }}一案中，被执行人{{ r.name }}{{ dishonest_ground }}。"
               "依照{{ legal_basis }}的规定，决定如下：")
        b.para("将被执行人{{ r.name }}纳入失信被执行人名单。")
        b.para("本决定一经作出即生效。被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。")
        b.ruling_signature()


def termination_this_round_ruling(b: Builder) -> None:
    b.heading("执行裁定书")  # every ruling is titled by its form; “终结本次执行程序。” says what it decides
    b.parties()
    b.para("本院在执行{{ basis_desc }}一案中，已向被执行人{{ respondent_names }}发出执行通知书、报告财产令"
           "和限制消费令{% if dishonest_listed %}，并已将符合条件的被执行人纳入失信被执行人名单{% endif %}。"
           "本院已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置。"
           "申请执行人{{ applicant_names }}已被告知本案执行情况、财产调查措施及终结本次执行程序的依据和法律后果。")
    b.tag("if unpaid_full")
    b.para("截至本裁定作出之日，被执行人尚未履行{{ unpaid_full }}。")
    b.tag("endif")
    b.para("依照{{ legal_basis }}的规定，裁定如下：")
    b.para("终结本次执行程序。")
    b.para("申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请恢复执行不受申请执行时效期间的限制。"
           "被执行人负有继续向申请执行人履行债务的义务。")
    b.para("本裁定送达后立即生效。")
    b.ruling_signature()


def closing_notice(b: Builder) -> None:
    b.heading("结案通知书")
    b.addressee("{{ all_party_names }}")
    b.para("{{ case_title }}，本院于{{ filed_on_cn }}立案执行。{{ basis_desc }}确定的义务已经履行完毕，"
           "本案已执行完毕，现予结案。")
    b.para("特此通知。")
    b.signature(*NOTICE_SIGNATURE)
    b.date_line()


def service_receipt(b: Builder) -> None:
    with b.copies("rc in receipts"):
        b.heading("送达回证", case_number=False)
        b.table([
            ["案号", "{{ case_number }}"],
            ["送达文书名称", "{{ rc.document }}"],
            ["受送达人", "{{ rc.recipient }}"],
            ["送达地址", "{{ rc.address }}"],
            ["受送达人签名或者盖章", "\n\n年　　月　　日"],
            ["代收人及代收理由", ""],
            ["送达方式", ""],
            ["送达人", ""],
            ["备注", ""],
        ], (46, 110), blank_row_mm=11)
        b.signature(("签发人", "{{ staff.enforcement_officer }}"))
        b.date_line()


def supplement_notice(b: Builder) -> None:
    b.heading("补正材料一次性告知书")
    b.addressee("{{ applicant_names }}")
    b.para("{{ applicants_you }}申请执行{{ basis_desc }}一案提交的材料，经本院审查，尚不完备。"
           "请{{ supplement_deadline }}一次性补正下列材料：", )
    b.table([
        ["序号", "材料名称", "需要的原因", "来源或取得方式"],
        ["{%tr for item in missing_items %}", "", "", ""],
        ["{{ item.number }}", "{{ item.label }}", "{{ item.reason }}", "{{ item.source }}"],
        ["{%tr endfor %}", "", "", ""],
    ], (16, 44, 52, 44), bold_first_col=False, header_row=True)
    b.tag("if problems")
    b.para("此外，经核对，下列问题需要更正：")
    b.tag("for p in problems")
    b.para("{{ loop.index }}．{{ p }}")
    b.tag("endfor")
    b.tag("endif")
    b.para("材料补正齐全后，本院将依法审查立案。")
    b.para("特此告知。")
    b.contact_line()
    b.signature(("经办人", "{{ staff.clerk }}"))
    b.date_line()


TEMPLATES: dict[str, Callable[[Builder], None]] = {
    "acceptance_notice": acceptance_notice,
    "enforcement_notice": enforcement_notice,
    "property_report_order": property_report_order,
    "property_declaration_form": property_declaration_form,
    "consumption_restriction_order": consumption_restriction_order,
    "enforcement_ruling": enforcement_ruling,
    "summons": summons,
    "payment_notice": payment_notice,
    "assistance_notice": assistance_notice,
    "resumption_notice": resumption_notice,
    "dishonest_list_decision": dishonest_list_decision,
    "termination_this_round_ruling": termination_this_round_ruling,
    "closing_notice": closing_notice,
    "service_receipt": service_receipt,
    "supplement_notice": supplement_notice,
}


def build(codes: Sequence[str] | None = None) -> list[Path]:
    out = []
    for code in codes or list(TEMPLATES):
        b = Builder()
        TEMPLATES[code](b)
        out.append(b.save(code))
    return out


if __name__ == "__main__":
    for path in build(sys.argv[1:] or None):
        print(path)
