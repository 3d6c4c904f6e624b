"""The filing-window check and the one-time supplement notice (补正材料一次性告知书).

    present = Present.from_codes(["enforcement_application", ...])   # or materials_present(paths, case)
    result = check_filing(case, present)          # decision accept/return, missing, problems
    paths = write_notice(case, result, out_dir)   # DOCX and PDF of the notice, for a returned submission
"""

from dossier.filing.check import FilingResult, check_filing

__all__ = ["FilingResult", "check_filing"]
