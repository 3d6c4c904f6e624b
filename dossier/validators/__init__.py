"""Pure validators over the case model: each returns problems, never raises, never does I/O."""

from dossier.validators.case import validate_case
from dossier.validators.identity import check_credit_code, check_id_number, check_party_number

__all__ = ["check_credit_code", "check_id_number", "check_party_number", "validate_case"]
