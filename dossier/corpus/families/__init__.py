"""Layout families: each module draws the documents of one kind of author in its own style."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any, Protocol

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet

Renderer = Callable[[str, CaseCtx, random.Random, list[str]], list[Sheet]]

FAMILIES = ("court_a", "court_b", "court_c", "lawyer", "bank_registry", "handfilled", "tribunal", "court_d", "court_e",
            "court_f", "court_g", "court_h", "court_i", "court_j", "court_k", "court_l", "court_m", "court_n", "court_o",
            "court_p", "court_q", "court_r", "court_s", "court_t", "court_u", "court_v", "court_w", "court_x", "court_y",
            "court_z", "court_aa", "court_ab", "court_ac", "court_ad", "court_ae", "court_af", "court_ag", "court_ah", "court_ai",
            "court_aj", "court_ak", "court_al", "court_am", "court_an", "court_ao", "court_ap", "court_aq", "court_ar",
            "court_as", "court_at", "court_au", "court_av", "court_aw", "court_ax", "court_ay", "court_az", "court_ba", "court_bb", "court_bc",
            "court_bd", "court_be", "court_bf", "court_bg", "court_bh", "court_bi", "court_bj", "court_bk", "court_bl", "court_bm", "court_bn", "court_bo", "court_bp", "court_bq", "court_br", "court_bs", "court_bt", "court_bu", "court_bv", "court_bw", "court_bx", "court_by", "court_bz", "court_ca", "court_cb", "court_cc", "court_cd", "court_ce", "court_cf", "court_cg", "court_ch", "court_ci", "court_cj", "court_ck", "court_cl", "court_cm", "court_cn", "court_co", "court_cp", "court_cq", "court_cr", "court_cs", "court_ct", "court_cu", "court_cv", "court_cw", "court_cx", "court_cy", "court_cz", "court_da", "court_db",
            "court_dc", "court_dd", "court_de", "court_df", "court_dg", "court_dh",
            "court_di", "court_dj", "court_dk", "court_dl", "court_dm", "court_dn",
            "court_do", "court_dp", "court_dq",
            "court_dr", "court_ds", "court_dt",
            "court_du", "court_dv", "court_dw",
            "court_dx", "court_dy", "court_dz",
            "court_ea", "court_eb", "court_ec",
            "court_ed", "court_ee", "court_ef",
            "court_eg", "court_eh", "court_ei",
            "court_ej", "court_ek", "court_el",
            "court_em", "court_en", "court_eo",
            "court_ep", "court_eq", "court_er",
            "court_es", "court_et", "court_eu",
            "court_ev", "court_ew", "court_ex",
            "court_ey", "court_ez", "court_fa",
            "court_fb", "court_fc", "court_fd",
            "court_fe", "court_ff", "court_fg",
            "court_fh", "court_fi", "court_fj",
            "court_fk", "court_fl", "court_fm",
            "court_fn", "court_fo", "court_fp",
            "court_fq", "court_fr", "court_fs",
            "court_ft", "court_fu", "court_fv",
            "court_fw", "court_fx", "court_fy",
            "court_fz", "court_ga", "court_gb",
            "court_gc", "court_gd", "court_ge",
            "court_gf", "court_gg", "court_gh",
            "court_gi", "court_gj", "court_gk",
            "court_gl", "court_gm", "court_gn",
            "court_go", "court_gp", "court_gq",
            "court_gr", "court_gs", "court_gt",
            "court_gu", "court_gv", "court_gw",
            "court_gx", "court_gy", "court_gz",
            "court_ha", "court_hb", "court_hc",
            "court_hd", "court_he", "court_hf",
            "court_hg", "court_hh", "court_hi",
            "court_hj", "court_hk", "court_hl",
            "court_hm", "court_hn", "court_ho",
            "court_hp", "court_hq", "court_hr",
            "court_hs", "court_ht", "court_hu",
            "court_hv", "court_hw", "court_hx",
            "court_hy", "court_hz", "court_ia",
            "court_ib", "court_ic", "court_id",
            "court_ie", "court_if", "court_ig",
            "court_ih", "court_ii", "court_ij",
            "court_ik", "court_il", "court_im",
            "court_in", "court_io", "court_ip",
            "court_iq", "court_ir", "court_is",
            "court_it", "court_iu", "court_iv",
            "court_iw", "court_ix", "court_iy",
            "court_iz", "court_ja", "court_jb",
            "court_jc", "court_jd", "court_je",
            "court_jf", "court_jg", "court_jh")


def renderer(family: str) -> Renderer:
    from importlib import import_module

    module = import_module(f"dossier.corpus.families.{family}")
    render: Renderer = module.render
    return render


def handles(family: str) -> frozenset[str]:
    from importlib import import_module

    codes: frozenset[str] = import_module(f"dossier.corpus.families.{family}").CODES
    return codes


OWN_CAPTURE = ("court_f", "court_g", "court_h", "court_i", "court_k", "court_l", "court_m", "court_n", "court_o", "court_p", "court_q",
               "court_r", "court_s", "court_t", "court_u", "court_v", "court_w", "court_x", "court_y", "court_z", "court_aa",
               "court_ab", "court_ac", "court_ad", "court_ae", "court_af", "court_ag", "court_ah", "court_ai", "court_aj", "court_ak", "court_al", "court_am", "court_an", "court_ao",
               "court_ap", "court_aq", "court_ar", "court_as", "court_at", "court_au", "court_av", "court_aw", "court_ax", "court_ay", "court_az", "court_ba", "court_bb", "court_bc",
            "court_bd", "court_be", "court_bf", "court_bg", "court_bh", "court_bi", "court_bj", "court_bk", "court_bl", "court_bm", "court_bn", "court_bo", "court_bp", "court_bq", "court_br", "court_bs", "court_bt", "court_bu", "court_bv", "court_bw", "court_bx", "court_by", "court_bz", "court_ca", "court_cb", "court_cc", "court_cd", "court_ce", "court_cf", "court_cg", "court_ch", "court_ci", "court_cj", "court_ck", "court_cl", "court_cm", "court_cn", "court_co", "court_cp", "court_cq", "court_cr", "court_cs", "court_ct", "court_cu", "court_cv", "court_cw", "court_cx", "court_cy", "court_cz", "court_da", "court_db",
            "court_dc", "court_dd", "court_de", "court_df", "court_dg", "court_dh",
            "court_di", "court_dj", "court_dk", "court_dl", "court_dm", "court_dn",
            "court_do", "court_dp", "court_dq",
            "court_dr", "court_ds", "court_dt",
            "court_du", "court_dv", "court_dw",
            "court_dx", "court_dy", "court_dz",
            "court_ea", "court_eb", "court_ec",
            "court_ed", "court_ee", "court_ef",
            "court_eg", "court_eh", "court_ei",
            "court_ej", "court_ek", "court_el",
            "court_em", "court_en", "court_eo",
            "court_ep", "court_eq", "court_er",
            "court_es", "court_et", "court_eu",
            "court_ev", "court_ew", "court_ex",
            "court_ey", "court_ez", "court_fa",
            "court_fb", "court_fc", "court_fd",
            "court_fe", "court_ff", "court_fg",
            "court_fh", "court_fi", "court_fj",
            "court_fk", "court_fl", "court_fm",
            "court_fn", "court_fo", "court_fp",
            "court_fq", "court_fr", "court_fs",
            "court_ft", "court_fu", "court_fv",
            "court_fw", "court_fx", "court_fy",
            "court_fz", "court_ga", "court_gb",
            "court_gc", "court_gd", "court_ge",
            "court_gf", "court_gg", "court_gh",
            "court_gi", "court_gj", "court_gk",
            "court_gl", "court_gm", "court_gn",
            "court_go", "court_gp", "court_gq",
            "court_gr", "court_gs", "court_gt",
            "court_gu", "court_gv", "court_gw",
            "court_gx", "court_gy", "court_gz",
            "court_ha", "court_hb", "court_hc",
            "court_hd", "court_he", "court_hf",
            "court_hg", "court_hh", "court_hi",
            "court_hj", "court_hk", "court_hl",
            "court_hm", "court_hn", "court_ho",
            "court_hp", "court_hq", "court_hr",
            "court_hs", "court_ht", "court_hu",
            "court_hv", "court_hw", "court_hx",
            "court_hy", "court_hz", "court_ia",
            "court_ib", "court_ic", "court_id",
            "court_ie", "court_if", "court_ig",
            "court_ih", "court_ii", "court_ij",
            "court_ik", "court_il", "court_im",
            "court_in", "court_io", "court_ip",
            "court_iq", "court_ir", "court_is",
            "court_it", "court_iu", "court_iv",
            "court_iw", "court_ix", "court_iy",
            "court_iz", "court_ja", "court_jb",
            "court_jc", "court_jd", "court_je",
            "court_jf", "court_jg", "court_jh")
"""Families whose `<family>_capture` module captures a sheet alone: plan_capture(rng, sheet), then
capture(sheet, plan, rng) → JPEG bytes (court_e numbers its fax pages and court_j writes a text layer: build.py
calls those two itself)."""


class Captured(Protocol):
    """What the truth records of how a page was captured."""

    @property
    def dpi(self) -> int | None: ...

    @property
    def rotation(self) -> int: ...

    @property
    def photo(self) -> bool: ...


class Capturer(Protocol):
    def plan_capture(self, rng: random.Random, sheet: Sheet) -> Any: ...

    def capture(self, sheet: Sheet, cap: Any, rng: random.Random) -> bytes: ...


def capturer(family: str) -> Capturer:
    from importlib import import_module

    module: Capturer = import_module(f"dossier.corpus.families.{family}_capture")
    return module
