"""CJK fonts for reportlab. reportlab embeds TrueType outlines only, so we use TrueType CJK fonts
(WenQuanYi Zen Hei, AR PL UMing) rather than the CFF-based Noto CJK files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dossier.errors import ExternalToolError

# (reportlab name, candidate files, subfont index inside a .ttc)
_CANDIDATES: dict[str, list[tuple[str, int]]] = {
    "CJKSans": [
        ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
        ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ],
    "CJKSerif": [
        ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
        ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ],
    "CJKKai": [
        ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
        ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ],
}


@dataclass(frozen=True)
class CJKFonts:
    sans: str
    serif: str
    kai: str


@cache
def register_cjk_fonts() -> CJKFonts:
    """Register the CJK TrueType fonts with reportlab once; names to pass to setFont/ParagraphStyle."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, candidates in _CANDIDATES.items():
        for path, index in candidates:
            if Path(path).exists():
                pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
                break
        else:
            raise ExternalToolError(
                f"未找到中文字体（{name}）：请运行 scripts/setup.sh 安装 fonts-wqy-zenhei 与 fonts-arphic-uming")
    return CJKFonts(sans="CJKSans", serif="CJKSerif", kai="CJKKai")
