"""The installed CJK fonts, by role, loaded once per size."""

from __future__ import annotations

from functools import cache

from PIL import ImageFont

NOTO = "/usr/share/fonts/opentype/noto/"
PATHS: dict[str, tuple[str, int]] = {
    # role: (file, index in the collection; 2 = SC in Noto CJK collections)
    "serif": (NOTO + "NotoSerifCJK-Regular.ttc", 2),
    "serif_bold": (NOTO + "NotoSerifCJK-Bold.ttc", 2),
    "sans": (NOTO + "NotoSansCJK-Regular.ttc", 2),
    "sans_bold": (NOTO + "NotoSansCJK-Bold.ttc", 2),
    "mono": (NOTO + "NotoSansCJK-Regular.ttc", 7),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    # used by the families tribunal and court_d only (Debian fonts-arphic-gbsn00lp, -gkai00mp, wqy-microhei, lxgw-wenkai)
    "song_gb": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "kai_gb": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkai_bold": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "wenkai_mono": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", 0),
}

Font = ImageFont.FreeTypeFont


@cache
def font(role: str, size: int) -> Font:
    path, index = PATHS[role]
    try:
        return ImageFont.truetype(path, size=size, index=index)
    except OSError:
        return ImageFont.truetype(path, size=size, index=0)
