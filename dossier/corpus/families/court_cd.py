"""Layout family court_cd: 山东省菏泽市牡丹区人民法院执行局. Its dossiers: the court's own judgment for a 牡丹区
embroidery workshop against a 曹县 汉服 shop (paid from frozen 支付宝/微信 merchant funds), a 菏泽中院 二审 牡丹籽油
judgment against a company with nothing (终本, archived), a 菏泽仲裁委员会 牡丹种苗 award. Papers come from the court,
the 中院, the 仲裁委, lawyers, a payment platform and the parties; many are carbonless copies, some highlighted."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, money, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_cd_kit import (
    CANARY,
    GREEN_HL,
    LEFT,
    PINK,
    RIGHT,
    TOP,
    YELLOW_HL,
    carbonize,
    clipping,
    court_head,
    footers,
    lay,
    sign_block,
)
from dossier.corpus.fonts import font

HANFU_SEQ, OIL_SEQ, SEED_SEQ = 63107, 63452, 63811
COURT = "山东省菏泽市牡丹区人民法院"
CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
TITLES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
    "closing_notice": "结案通知书", "summons": "传票", "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书", "termination_this_round_ruling": "执行裁定书",
}
LAW = "《中华人民共和国民事诉讼法》"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Moves the case to 菏泽: the parties, the basis and its body by story (seq)."""
    story = {HANFU_SEQ: "hanfu", OIL_SEQ: "oil", SEED_SEQ: "seed"}[int(c.number.split("执")[1].rstrip("号"))]
    c.extra["story"] = story
    year = c.filed_on.year - 1
    street = rng.choice(["牡丹街道", "何楼街道", "万福街道", "皇镇乡", "李村镇"])
    c.applicant.address = f"菏泽市牡丹区{street}{rng.choice(['花都', '曹州', '赵楼', '洪庙'])}村{rng.randint(1, 260)}号"
    c.firm = rng.choice(["山东曹州律师事务所", "山东牡丹城律师事务所", "山东菏泽鲁西南律师事务所"])
    c.extra["firm_addr"] = f"菏泽市牡丹区{rng.choice(['中华路', '人民路', '长江东路'])}{rng.randint(100, 999)}号"
    c.extra["lic_no"] = f"1371720{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["菏泽农村商业银行牡丹支行", "中国邮政储蓄银行菏泽市牡丹区支行", "菏泽银行中华路支行"])
    c.extra["acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = (c.amount * Decimal("0.006") + 50).quantize(Decimal("1"))
    c.extra["trial_judge"] = person_name(rng)
    c.extra["panel"] = [person_name(rng), person_name(rng)]
    if story == "hanfu":
        c.respondent = Party(f"曹县{rng.choice(['云裳', '锦绣华章', '汉韵堂', '霓裳阁'])}服饰有限公司", "organisation",
                             credit_code(rng, "371721"), f"山东省菏泽市曹县大集镇{rng.choice(['丁楼', '张庄', '孙庄'])}村"
                             f"电商产业园{rng.randint(1, 40)}号", f"0530-{rng.randint(3100000, 3499999)}",
                             legal_rep=person_name(rng))
        c.extra["trade"] = f"{rng.choice(['牡丹', '花都', '锦程'])}刺绣加工坊"
        c.basis_court, c.basis_number = COURT, f"（{year}）鲁1702民初{rng.randint(1000, 9999)}号"
        c.extra["shop"] = f"{c.respondent.name[2:6]}汉服旗舰店"
    elif story == "oil":
        c.respondent = Party(f"菏泽{rng.choice(['丹凤', '国色', '尧舜'])}牡丹生物科技有限公司", "organisation",
                             credit_code(rng, "371702"), f"菏泽市牡丹区高新区{rng.choice(['科创', '长江东'])}路"
                             f"{rng.randint(1, 300)}号", f"0530-{rng.randint(5000000, 5999999)}",
                             legal_rep=person_name(rng))
        c.basis_court, c.basis_number = "山东省菏泽市中级人民法院", f"（{year}）鲁17民终{rng.randint(100, 3999)}号"
        c.extra["first"] = f"（{year - 1}）鲁1702民初{rng.randint(1000, 9999)}号"
    else:
        c.respondent = Party(f"菏泽{rng.choice(['绿源', '花乡', '丹阳'])}园林绿化工程有限公司", "organisation",
                             credit_code(rng, "371702"), f"菏泽市牡丹区{rng.choice(['黄堽镇', '高庄镇'])}"
                             f"{rng.choice(['刘庄', '王庄'])}村", f"0530-{rng.randint(5000000, 5999999)}",
                             legal_rep=person_name(rng))
        c.basis_court, c.basis_number = "菏泽仲裁委员会", f"（{year}）菏仲字第{rng.randint(10, 600)}号"
    c.extra["pay_day"] = c.day(rng.randint(35, 55))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Every paper of court_cd's dossiers, by code; `served` names the papers a 送达回证 returns or a variant."""
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "closing_approval_form"):
        return [_form(code, c, rng)]
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code in TITLES:
        note = served[0] if served else ""
        if code == "assistance_notice" and note == "reply":
            return [_platform_reply(c, rng)]
        if code == "dishonest_list_decision" and note == "clipping":
            return [_clipping(c, rng)]
        return _notice(code, c, rng)
    from dossier.corpus.families.court_cd_papers import paper

    return paper(code, c, rng, served[0] if served else "")


def what(c: CaseCtx) -> str:
    """The debt in words, by story."""
    return {"hanfu": "刺绣加工费", "oil": "牡丹籽油货款", "seed": "牡丹种苗款"}[c.extra["story"]]


def basis_text(c: CaseCtx) -> str:
    kind = "裁决书" if c.extra["story"] == "seed" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _body(code: str, c: CaseCtx) -> list[str]:
    a, r = c.applicant.name, c.respondent.name
    pay = c.extra["pay_day"]
    fee = c.extra["fee"]
    bodies = {
        "acceptance_notice": [f"{a}：", f"你（单位）申请执行{r}{what(c)}纠纷一案，申请执行的依据为{basis_text(c)}。经审查，"
                              f"符合法定受理条件，本院已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。",
                              f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。请你（单位）积极提供被执行人的财产线索，"
                              "案件执行过程中如联系方式发生变化，应及时告知本院。"],
        "payment_notice": [f"{r}：", f"本院受理的{a}申请执行你单位{what(c)}纠纷一案，依照《诉讼费用交纳办法》第十条、第二十条的规定，"
                           f"你单位应负担申请执行费{fee}元。请于收到本通知之日起七日内向本院缴纳。",
                           "缴费方式：山东省非税收入网上缴款或至本院诉讼服务中心收费窗口缴纳。"],
        "enforcement_notice": [f"{r}：", f"{basis_text(c)}已经发生法律效力。申请执行人{a}于{cn_date(c.filed_on)}向本院申请执行，"
                               f"本院依法立案执行。依照{LAW}第二百五十一条之规定，责令你单位自收到本通知之日起立即履行下列义务：",
                               f"一、支付{what(c)}{money(c.amount)}及迟延履行期间的债务利息；",
                               f"二、负担申请执行费{fee}元。",
                               "逾期不履行的，本院将依法强制执行，并可依法对你单位采取限制消费、纳入失信被执行人名单等措施。"],
        "property_report_order": [f"{r}：", f"本院在执行{a}与你单位{what(c)}纠纷一案中，依照{LAW}第二百五十二条之规定，"
                                  "责令你单位在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。",
                                  "拒绝报告或者虚假报告的，本院将根据情节轻重对你单位、主要负责人或直接责任人员予以罚款、拘留。"],
        "enforcement_ruling": [f"本院在执行{a}与{r}{what(c)}纠纷一案中，被执行人未按执行通知履行法律文书确定的义务。"
                               f"经查，被执行人在{'支付宝（中国）网络技术有限公司、财付通支付科技有限公司的商户账户内有资金' if c.extra['story'] == 'hanfu' else '名下有银行存款'}。"
                               f"依照{LAW}第二百五十三条之规定，裁定如下：",
                               f"冻结、划拨被执行人{r}的存款、商户结算资金{money(c.amount + fee)}。",
                               "本裁定立即执行。"],
        "assistance_notice": [f"{'支付宝（中国）网络技术有限公司' if c.extra['story'] == 'hanfu' else c.extra['acct_bank']}：",
                              f"关于{a}与{r}{what(c)}纠纷一案，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                              "第二百五十三条之规定，请协助执行下列事项：",
                              f"冻结被执行人{r}（统一社会信用代码{c.respondent.id_number}）名下账户资金，"
                              f"以{money(c.amount + fee)}为限，冻结期限一年。"],
        "closing_notice": [f"{a}、{r}：", f"本院执行的{a}申请执行{r}{what(c)}纠纷一案，已于{cn_date(pay)}将执行款"
                           f"{money(c.amount)}划付申请执行人，本案已执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                           "第十五条之规定，本案结案。特此通知。"],
        "summons": [f"被传唤人：{r}法定代表人{c.respondent.legal_rep}", f"案由：{what(c)}纠纷执行",
                    "传唤事由：就财产状况接受询问", f"应到时间：{num_date(c.day(62))}上午9时",
                    "应到处所：本院执行局第三谈话室", "注意事项：被传唤人须携带身份证件准时到达，无正当理由拒不到场的，可依法拘传。"],
        "consumption_restriction_order": [f"{r}、{c.respondent.legal_rep}：", f"本院执行的{c.number}案件，因你单位未按执行通知书指定的期间履行"
                                          f"生效法律文书确定的给付义务，依照{LAW}第二百六十六条和《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                                          "第一条、第三条之规定，对你单位采取限制消费措施，限制你单位及你单位的法定代表人"
                                          f"{c.respondent.legal_rep}不得实施下列高消费及非生活和工作必需的消费行为：",
                                          "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店等场所进行高消费；"
                                          "（三）购买不动产或者新建、扩建、高档装修房屋；（四）旅游、度假；（五）支付高额保费购买保险理财产品。",
                                          "如违反本限制消费令，经查证属实的，本院将依法予以拘留、罚款；情节严重构成犯罪的，依法追究刑事责任。"],
        "dishonest_list_decision": [f"被执行人：{r}，住所地{c.respondent.address}。法定代表人：{c.respondent.legal_rep}。",
                                    f"本院在执行{c.number}案件中，被执行人有履行能力而拒不履行生效法律文书确定的义务，"
                                    "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项之规定，决定如下：",
                                    f"将{r}纳入失信被执行人名单。", "本决定一经作出即生效。"],
        "termination_this_round_ruling": [
            f"申请执行人：{a}，住{c.applicant.address}。", f"被执行人：{r}，住所地{c.respondent.address}。",
            f"本院在执行{a}与{r}{what(c)}纠纷一案中，{basis_text(c)}确定被执行人支付{money(c.amount)}。"
            f"本院于{cn_date(c.filed_on)}立案执行，向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询了被执行人"
            "的银行存款、车辆、不动产、证券、网络资金等，均未发现可供执行的财产；执行人员到被执行人住所地调查，厂区已停产；"
            "本院已对被执行人采取限制消费措施并纳入失信被执行人名单。申请执行人亦未能提供其他可供执行的财产线索，"
            "本院已约谈申请执行人，告知其本案将终结本次执行程序，申请执行人表示知晓。",
            f"依照{LAW}第二百六十八条第（六）项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下：",
            "终结本次执行程序。", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。", "本裁定送达后立即生效。"],
    }
    return bodies[code]


def _notice(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's own typed papers: 宋体, letter-spaced title, the undertaker's highlighter on amounts."""
    s = Sheet()
    y = court_head(s, COURT, TITLES[code], c.number)
    hl = rng.choice([YELLOW_HL, GREEN_HL]) if rng.random() < 0.5 else None
    f = font("serif", 36)
    body = _body(code, c)
    if code == "summons":
        y = table(s, LEFT, y, [mm(40), RIGHT - LEFT - mm(40)],
                  [[t.split("：")[0], t.split("：", 1)[1]] for t in body], font("serif", 32), row_h=mm(17))
        y += 40
    else:
        y = lay(s, body[:1], f, y, lh=60, indent=False)
        y = lay(s, body[1:], f, y, lh=60, keys=("人民币", "冻结", c.number), hl=hl)
    if code in ("enforcement_notice", "acceptance_notice"):
        y = lay(s, [f"联系人：{c.officer}    联系电话：{c.court.phone}", f"本院地址：{c.court.address}"],
                font("serif", 30), y + 20, lh=48, indent=False)
    rows = [f"审判长　{c.judge}", f"审判员　{c.officer}"] if code.endswith("ruling") else []
    day = {"termination_this_round_ruling": c.closed_on - timedelta(days=4), "closing_notice": c.closed_on}.get(code, c.day(3))
    y = sign_block(s, max(y + 60, mm(200)), rows, cn_date(day), COURT, rng)
    if code.endswith("ruling"):
        s.text(RIGHT - mm(70), y, f"书记员　{c.clerk}", font("serif", 34))
    sheets = [s]
    footers(sheets, "court")
    return sheets


def _platform_reply(c: CaseCtx, rng: random.Random) -> Sheet:
    """支付宝's own reply letter on the freeze: the platform's letterhead, a results table, its seal."""
    s = Sheet()
    s.text(LEFT, TOP, "支付宝（中国）网络技术有限公司", font("sans_bold", 40), fill=(22, 119, 255))
    s.line(LEFT, TOP + 62, RIGHT, TOP + 62, width=3, fill=(22, 119, 255))
    s.centred(TOP + 110, "协助执行回执", font("sans_bold", 52))
    y = lay(s, [f"{COURT}：", f"贵院{c.number}协助执行通知书及执行裁定书已于{num_date(c.day(21))}收悉。我司已依法协助办理，"
                f"结果如下："], font("sans", 32), TOP + 210, lh=52)
    frozen = c.amount + c.extra["fee"]
    y = table(s, LEFT, y + 20, [mm(40), mm(50), mm(32), mm(32)],
              [["账户名称", "支付宝商户账户（掩码）", "执行类型", "执行金额（元）"],
               [c.respondent.name, f"{c.extra['shop'][:2]}****@163.com", "冻结", f"{frozen:,.2f}"],
               [c.respondent.name, "财付通商户号 16" + "*" * 6 + str(rng.randint(10, 99)), "冻结", "0.00"]],
              font("sans", 26), row_h=mm(16))
    y = lay(s, ["冻结期限自执行之日起一年。如需续冻、解冻或扣划，请另行出具法律文书。",
                "本回执仅作协助执行结果告知，不作为其他用途。"], font("sans", 30), y + 30, lh=50)
    s.right(RIGHT, y + 60, "支付宝（中国）网络技术有限公司", font("sans", 32))
    s.right(RIGHT, y + 112, num_date(c.day(22)), font("sans", 32))
    seal(s, RIGHT - mm(30), y + 90, "支付宝中国网络技术有限公司", rng, inner="法律事务专用章")
    return s


def _clipping(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 失信 公告 clipped from the newspaper and pasted on a sheet, the clerk's note beside it."""
    s = Sheet()
    hand(s, LEFT, mm(22), f"{c.number} 失信公告见报剪报", rng, size=40)
    clipping(s, f"人民法院报  {num_date(c.day(80))}  公告", "公　告",
             [f"本院在执行{c.applicant.name}与{c.respondent.name}{what(c)}纠纷一案中，被执行人{c.respondent.name}"
              f"（统一社会信用代码{c.respondent.id_number}，法定代表人{c.respondent.legal_rep}）有履行能力而拒不履行"
              "生效法律文书确定的义务，本院已依法将其纳入失信被执行人名单，并予以公告。", f"案号：{c.number}",
              f"执行依据：{c.basis_number}", f"未履行金额：{c.amount:,.2f}元"], rng)
    hand(s, mm(120), mm(250), f"粘贴人：{c.clerk}", rng, size=36)
    return s


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """送达回证, the pink 第二联 or the yellow 第三联 of the carbonless set, the signature pressed through."""
    s = Sheet()
    s.centred(mm(18), COURT, font("serif_bold", 46), spacing=3)
    s.centred(mm(30), "送 达 回 证", font("serif_bold", 60), spacing=16)
    to_app = served == ["acceptance_notice"]
    who = c.applicant.name if to_app else c.respondent.name
    names = "、".join(TITLES.get(x, x) for x in served)
    served_on = {"acceptance_notice": c.day(2), "enforcement_notice": c.day(5),
                 "termination_this_round_ruling": c.closed_on - timedelta(days=2)}.get(served[0], c.day(70))
    f = font("serif", 32)
    rows = [["案号", c.number], ["案由", f"{what(c)}纠纷执行"], ["受送达人", who],
            ["送达地址", c.applicant.address if to_app else c.respondent.address], ["送达文书", f"{names}各一份"],
            ["受送达人签名或盖章", ""], ["代收人及理由", ""], ["送达人", ""], ["备注", "直接送达" if rng.random() < 0.5 else "邮寄送达（EMS）"]]
    hs = [mm(16)] * 5 + [mm(34), mm(16), mm(16), mm(16)]
    y0 = mm(46)
    table(s, LEFT - mm(6), y0, [mm(46), RIGHT - LEFT - mm(34)], rows, f, row_h=hs, centre_first=True)
    ys = y0 + sum(hs[:5])
    signature(s, LEFT + mm(60), ys + mm(6), c.applicant.name if to_app else c.respondent.legal_rep, rng)
    hand(s, LEFT + mm(100), ys + mm(20), num_date(served_on), rng, size=38)
    hand(s, LEFT + mm(50), ys + mm(54), f"{c.officer}、{c.clerk}", rng, size=36)
    s.text(LEFT - mm(6), mm(230), "注：受送达人拒绝签收的，送达人应在备注栏内注明情况。", font("serif", 26))
    if rng.random() < 0.75:
        pink = rng.random() < 0.5
        carbonize(s, PINK if pink else CANARY, rng, copy_label="第二联 附卷" if pink else "第三联 存根")
    return s


def _form(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    """The court's own forms: cover, catalogue, approval, review and remarks sheets."""
    s = Sheet()
    f = font("serif", 32)
    w = RIGHT - LEFT
    oil = c.extra["story"] == "oil"
    result = "终结本次执行程序" if oil else "执行完毕"
    if code == "dossier_cover":
        s.centred(mm(35), COURT, font("serif_bold", 56), spacing=6)
        s.centred(mm(60), "执 行 案 卷", font("serif_bold", 96), spacing=30)
        table(s, LEFT, mm(100), [mm(40), w - mm(40)],
              [["案号", c.number], ["案由", f"{what(c)}纠纷"], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
               ["执行依据", c.basis_number], ["结案方式", result], ["立案日期", num_date(c.filed_on)],
               ["结案日期", num_date(c.closed_on)], ["承办人", c.officer], ["保管期限", "长期"]], f, row_h=mm(14),
              centre_first=True)
        s.text(LEFT, mm(262), f"本卷共　{rng.randint(70, 110)}　页　　　全宗号 1702　　目录号 执-{c.filed_on.year}", f)
        return s
    if code == "catalogue":
        s.centred(mm(22), "卷 内 目 录", font("serif_bold", 60), spacing=14)
        s.text(LEFT, mm(38), f"案号：{c.number}", f)
        names = ["立案审批表", "强制执行申请书", "民事判决书（二审）", "生效证明书", "身份证明材料", "授权委托书、所函、执业证",
                 "受理案件通知书", "执行通知书、报告财产令", "网络查控结果", "现场调查笔录", "限制消费令", "失信决定书及公告",
                 "约谈笔录", "终结本次执行程序裁定书", "送达回证", "结案审批表", "卷宗审查表", "备考表"]
        rows = [["序号", "文件名称", "页号"]] + [[str(i), n, str(i * 4 - 2)] for i, n in enumerate(names, 1)]
        table(s, LEFT, mm(46), [mm(18), w - mm(48), mm(30)], rows, font("serif", 28), row_h=mm(11.5), centre_first=True)
        return s
    if code == "remarks_sheet":
        s.centred(mm(30), "卷 内 备 考 表", font("serif_bold", 60), spacing=12)
        s.box(LEFT, mm(50), RIGHT, mm(240))
        lay(s, [f"本卷情况说明：本卷共有文件材料{rng.randint(70, 110)}页，其中执行依据一份、送达回证五份；"
                "失信公告系报纸剪报粘贴；部分送达回证为复写联。"], f, mm(58), lh=54, x0=LEFT + mm(6), x1=RIGHT - mm(6))
        s.text(LEFT + mm(90), mm(200), "立卷人：", f)
        signature(s, LEFT + mm(120), mm(197), c.clerk, rng)
        s.text(LEFT + mm(90), mm(220), "检查人：", f)
        signature(s, LEFT + mm(120), mm(217), c.officer, rng)
        s.text(LEFT + mm(90), mm(245), f"立卷时间：{num_date(c.closed_on + timedelta(days=20))}", f)
        return s
    if code == "file_review_form":
        s.centred(mm(26), "执行案件卷宗审查表", font("serif_bold", 56), spacing=6)
        items = ["卷内文书是否齐全", "送达回证是否齐全", "网络查控是否全面", "终本程序性要件是否具备", "页码编写是否规范",
                 "电子卷宗是否同步生成"] if oil else ["卷内文书是否齐全", "送达回证是否齐全", "案款是否全部发放", "页码编写是否规范"]
        rows = [["案号", c.number], ["审查项目", "审查结果"]] + [[i, "是"] for i in items]
        y = table(s, LEFT, mm(44), [mm(80), w - mm(80)], rows, f, row_h=mm(15))
        s.text(LEFT, y + 40, "审查意见：", f)
        hand(s, LEFT + mm(36), y + 36, "材料齐全，同意归档。", rng)
        s.text(LEFT, y + 140, "审查人：", f)
        signature(s, LEFT + mm(30), y + 128, c.judge, rng)
        s.right(RIGHT, y + 140, num_date(c.closed_on + timedelta(days=18)), f)
        return s
    s.centred(mm(24), COURT, font("serif_bold", 46), spacing=3)
    s.centred(mm(36), "执行案件结案审批表", font("serif_bold", 56), spacing=6)
    rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行标的", f"{c.amount:,.2f}元"], ["已执行到位", "0.00元" if oil else f"{c.amount:,.2f}元"],
            ["结案方式", result], ["承办人意见", ""], ["执行局长意见", ""]]
    y = table(s, LEFT, mm(52), [mm(42), w - mm(42)], rows, f, row_h=[mm(15)] * 6 + [mm(40), mm(34)], centre_first=True)
    hand(s, LEFT + mm(48), y - mm(70), f"建议以{result}方式结案。", rng)
    signature(s, LEFT + mm(110), y - mm(52), c.officer, rng)
    hand(s, LEFT + mm(48), y - mm(28), "同意。", rng, ink=INK)
    signature(s, LEFT + mm(110), y - mm(16), c.judge, rng, ink=INK)
    return s


__all__ = ["CODES", "HANFU_SEQ", "OIL_SEQ", "SEED_SEQ", "adopt_basis", "basis_text", "render", "what"]
