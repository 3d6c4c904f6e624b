#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for dossier, idempotently: system packages (LibreOffice Writer,
# free CJK fonts, Tesseract with chi_sim, poppler, Chromium, PostgreSQL, Redis), a virtualenv in .venv and
# the project with its dev extras. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  python3-venv                      # the virtualenv for the project
  libreoffice-writer-nogui python3-uno  # DOCX → PDF, kept running and driven over UNO (dossier/render/pdf.py)
  fontconfig fonts-noto-cjk fonts-wqy-zenhei fonts-arphic-ukai fonts-arphic-uming  # free CJK fonts
  fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-microhei fonts-lxgw-wenkai  # more CJK faces (corpus families tribunal, court_d)
  fonts-droid-fallback              # Droid Sans Fallback: the system printouts of corpus family court_e
  fonts-dejavu-core                 # DejaVu Sans: the Uyghur (Arabic-script) text of corpus family court_q
  fonts-noto-core                   # Noto Sans Mongolian: the traditional Mongolian script of corpus family court_r
  tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-osd  # OCR engine, Chinese model, orientation
  poppler-utils                     # pdffonts / pdftoppm, used by tests to inspect PDFs
  chromium                          # browser tests (Playwright drives Debian's Chromium)
  postgresql                        # the test suite also runs against a real PostgreSQL server
  redis-server                      # the jobs' broker for `dossier worker` (tests start their own)
)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# Reinstall the project only when its declared dependencies changed.
stamp=".venv/.dossier-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || ! .venv/bin/python -c "import dossier" 2>/dev/null; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  echo "$want" > "$stamp"
fi
echo "setup: ready (.venv/bin/dossier)"
