"""LibreOffice profiles are private per run, and a killed run's profile does not pile up in /tmp."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from dossier.errors import ExternalToolError
from dossier.render.pdf import PdfConverter, fontconfig_file, sweep_stale_profiles


def test_a_killed_runs_profile_is_swept_and_a_live_runs_is_kept() -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = Path(tempfile.mkdtemp(prefix="dossier-lo-"))
    (stale / "owner.pid").write_text(str(dead.pid))
    live = Path(tempfile.mkdtemp(prefix="dossier-lo-"))
    (live / "owner.pid").write_text(str(os.getpid()))
    try:
        sweep_stale_profiles()
        assert not stale.exists()
        assert live.exists()
    finally:
        for folder in (stale, live):
            subprocess.run(["rm", "-rf", str(folder)], check=True)


def test_the_court_font_names_are_mapped_by_the_shipped_fontconfig_file() -> None:
    conf = fontconfig_file()
    assert conf.is_file()
    text = conf.read_text(encoding="utf-8")
    assert "/etc/fonts/fonts.conf" in text  # the system fonts stay visible
    env = dict(os.environ, FONTCONFIG_FILE=str(conf))
    expected = {"仿宋_GB2312": "AR PL UMing CN", "宋体": "AR PL UMing CN", "黑体": "WenQuanYi Zen Hei",
                "楷体_GB2312": "AR PL UKai CN", "FangSong": "AR PL UMing CN", "SimHei": "WenQuanYi Zen Hei"}
    for name, family in expected.items():
        matched = subprocess.run(["fc-match", "-f", "%{family[0]}", name], env=env, capture_output=True, text=True,
                                 check=True).stdout
        assert matched == family, name


def test_a_python_without_uno_is_reported_with_the_fix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    monkeypatch.setenv("DOSSIER_UNO_PYTHON", sys.executable)  # the venv's Python has no `uno`
    converter = PdfConverter(instances=1, startup_timeout=30)
    with pytest.raises(ExternalToolError) as info:
        converter.start()
    assert "python3-uno" in str(info.value)
    assert converter.pids == []
