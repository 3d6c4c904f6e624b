"""court_gi's three dossiers (河北省沧州市运河区人民法院执行局): a 泊头 fastener works enforces this court's 支付令 against
a pipe-fitting company of 运河区 that let the fifteen days pass without objection (the 民事审判庭's 生效证明 behind the
order; an account frozen, the company promises and pays the whole sum, 执行完毕, archived with cover, catalogue,
review form and remarks sheet); the widow of a 驴肉火烧 shop owner killed by a canal-wharf logistics company's lorry
enforces the 刑事附带民事判决书 that ordered the driver and the company to compensate (the company's lorries gone to
the mortgagee, the driver in prison — 限制消费, 失信, the widow heard, 终本); a 沧县 金丝小枣 company enforces this
court's judgment for gift boxes against a 驴肉火烧 chain's owner, who settles and pays — handed in without the
收款账户确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_gi import BOLT_SEQ, CRASH_SEQ, JUJUBE_SEQ

MISSING = "payment_account_confirmation"
"""what the jujube company's dossier lacks: its lawyer left the window with the blank 收款账户确认书 in his folder,
meaning to send the bank details by WeChat, and the form never came back"""


def bolt_archive() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    docs = [*docs, Doc("service_receipt", served=["enforcement_ruling"])]
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def crash_closing() -> list[Doc]:
    return behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis",
                  Doc("effectiveness_certificate"))


def jujube_closing() -> list[Doc]:
    docs = [d for d in base_docs("fully_performed", "enforcement") if d.code != MISSING]
    return [*docs, Doc("service_receipt", served=["closing_notice"])]


def plans() -> list[Plan]:
    return [
        Plan("court_gi_01_complete_archive_fastener_payment_order_paid", "court_gi", "court_gi",
             "运河区法院执行本院支付令（督促程序：泊头紧固件厂诉运河区管件公司货款，被申请人未提出异议，附生效证明）："
             "冻结账户后被执行人出具履行承诺书并一次付清，执行完毕，归档卷宗（封面、卷内目录、归档审查表、备考表）；"
             "搓纸轮磨损打滑的馈纸扫描仪扫描",
             "enforcement", "fully_performed", "archive", bolt_archive(), True, seq=BOLT_SEQ),
        Plan("court_gi_02_complete_traffic_crime_civil_judgment_terminated_this_round", "court_gi", "court_gi",
             "运河区法院执行本院刑事附带民事判决书（交通肇事致驴肉火烧店主死亡，判令司机与运河码头物流公司连带赔偿，"
             "附生效证明），公司停业、车辆被抵押权人收回、司机服刑，限制消费、纳入失信，约谈申请人后终结本次执行程序；"
             "搓纸轮打滑扫描",
             "enforcement", "terminated_this_round", "closing", crash_closing(), True, seq=CRASH_SEQ),
        Plan("court_gi_03_jujube_gift_boxes_settled_missing_account_confirmation", "court_gi", "court_gi",
             "运河区法院执行本院民事判决（沧县红枣制品公司诉驴肉火烧店经营者金丝小枣礼盒货款），执行和解分两期付清；"
             "卷内缺执行款收款账户确认书",
             "enforcement", "fully_performed", "closing", jujube_closing(), False, seq=JUJUBE_SEQ),
    ]
