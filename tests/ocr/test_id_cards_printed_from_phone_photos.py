"""西安碑林 (court_ix): the parties send photos of their ID cards, which the bureau prints in black-and-white halftone and
files. The card's labels (姓名, 出生, 公民身份号码), small and pale under the screen, read as nothing; what reads is the
name, 男民义, the birth date, the address and the number. The birth date alone (1982年5月26日) made the page a document's
signed-off last page (court_ix_02 p10), and a copy captioned 身份证（正反面） over its two faces was a paper nothing
named (court_ix_03 p8): each complete dossier was said to lack the applicant's identity proof. The clerk now sees
the ID copy — by its caption, or by its number alone on a line, a valid 公民身份号码 — and a form or a letter that
carries a number stays what it is."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify


def line(text: str, top: float, width: float = 0.4, *, height: float = 1.0, centred: bool = False) -> TextLine:
    return TextLine(text, 0.95, height=height, centred=centred, top=top, width=width)


def test_a_halftone_id_copy_whose_labels_were_not_read_is_known_by_its_number() -> None:
    card = PageText([line("男民义", 0.41, 0.35), line("1982年5月26日", 0.49, 0.4),
                     line("陕西省西安市雁塔区长延泾街道站", 0.57, 0.5), line("否苑1号楼2单元730空", 0.62, 0.35),
                     line("612301198205261824", 0.74, 0.4), line("994", 0.76, 0.15)], complete=True)
    assert classify(card).doc_type == "identity_proof"


def test_an_id_copy_captioned_over_its_two_faces_is_the_identity_proof() -> None:
    card = PageText([line("身份证 (正反面)", 0.05, 0.2, centred=True), line("石胜", 0.17, 0.15),
                     line("男民旅汉", 0.21, 0.18), line("1970年号", 0.25, 0.3), line("陕西省西安市社林区建国路28号院", 0.3, 0.37),
                     line("610103197001107X", 0.4, 0.5), line("中华人民共和国", 0.63, 0.2),
                     line("居民身份证", 0.68, 0.23, height=1.6)], complete=True)
    assert classify(card).doc_type == "identity_proof"


def test_a_number_inside_a_form_or_a_sentence_makes_no_id_copy() -> None:
    """A number that fails its check digit, or stands after a label or inside a sentence, is no card's."""
    wrong_check = PageText([line("男民义", 0.41), line("1982年5月26日", 0.49), line("612301198205261825", 0.74)],
                           complete=True)
    assert classify(wrong_check).doc_type != "identity_proof"
    prose = PageText([line("被执行人：高兰，男，1982年5月26日出生，公民身份号码612301198205261824，住陕西", 0.1, 0.8),
                      line("省西安市雁塔区长延堡街道融侨馨苑1号楼2单元730室。本院在执行申请执行人西安", 0.14, 0.8),
                      line("融侨物业服务有限公司与被执行人高兰物业服务合同纠纷一案中，", 0.18, 0.8)], complete=True)
    assert classify(prose).doc_type != "identity_proof"
