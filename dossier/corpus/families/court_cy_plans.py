"""court_cy's three dossiers (河南省开封市鼓楼区人民法院执行局): a buyer's 开封中院 二审 judgment on a 房屋买卖 contract
against a seller who would not transfer title (the house 查封 through the 不动产登记中心, settled, transferred and paid,
执行完毕); a 丝线 supplier's 开封仲裁委员会 award against an 汴绣 workshop that closed (nothing found, 限制消费 and 失信,
the applicant's lawyer heard, 终本, archived in archive order); a lender's notarised loan (公证书 and 执行证书 of the
大梁公证处) against a 灌汤包 shop owner who settles and pays — handed in without the applicant's 送达地址确认书."""

from __future__ import annotations

from dossier.corpus.build import Doc, Plan, base_docs, behind
from dossier.corpus.families.court_cy import HOUSE_SEQ, LOAN_SEQ, SILK_SEQ

MISSING = "service_address_confirmation"
"""what the defective loan dossier lacks: the lender filed in person at the window with his notarial papers and took
the forms home to fill; the 送达地址确认书 never came back, and no 下落不明 proof stands in for it"""


def house_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [*docs, Doc("service_receipt", served=["enforcement_ruling"])]


def silk_archive() -> list[Doc]:
    docs = behind(base_docs("terminated_this_round", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [Doc("dossier_cover"), Doc("catalogue"), *docs, Doc("file_review_form"), Doc("remarks_sheet")]


def loan_closing() -> list[Doc]:
    docs = behind(base_docs("fully_performed", "enforcement"), "enforcement_basis", Doc("effectiveness_certificate"))
    return [d for d in docs if d.code != MISSING]


def plans() -> list[Plan]:
    return [
        Plan("court_cy_01_complete_house_sale_appeal_title_transferred", "court_cy", "court_cy",
             "鼓楼法院执行开封中院二审判决（房屋买卖合同纠纷，买受人诉出卖人拒不过户，附一审法院生效证明书）：查封房屋并向"
             "开封市不动产登记中心送达协助执行通知书，和解后出卖人协助过户、付清违约金，执行完毕；CIS扫描仪分段色差扫描",
             "enforcement", "fully_performed", "closing", house_closing(), True, seq=HOUSE_SEQ),
        Plan("court_cy_02_complete_archive_embroidery_silk_award_terminated_this_round", "court_cy", "court_cy",
             "鼓楼法院执行开封仲裁委员会裁决（汴绣绣坊拖欠丝线货款，附生效证明），无财产可供执行，限制消费、纳入失信，约谈"
             "申请执行人后终结本次执行程序，归档卷宗（封面、卷内目录、复核表、备考表）；CIS扫描仪分段色差扫描",
             "enforcement", "terminated_this_round", "archive", silk_archive(), True, basis_kind="arbitration", seq=SILK_SEQ),
        Plan("court_cy_03_notarial_loan_settled_missing_service_address_confirmation", "court_cy", "court_cy",
             "鼓楼法院执行大梁公证处公证债权文书（借款合同，附执行证书），被执行人经营灌汤包店，执行和解后履行完毕；卷内缺"
             "申请执行人送达地址确认书",
             "enforcement", "fully_performed", "closing", loan_closing(), False, basis_kind="notarial", seq=LOAN_SEQ),
    ]
