"""Material files a filing check read, named again by a later form of the same page (the notice, the
decision), so these judge the very files the check read, not only the ticked codes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from api.deps import Services
from api.errors import ApiError
from api.services.uploads import StoredUpload
from dossier.store.models import StoredFile

SHA256 = re.compile("[0-9a-f]{64}")


def kept_uploads(svc: Services, shas: Iterable[str], *, field: str = "materials") -> list[StoredUpload]:
    """The stored uploads of these sha256s; one the store does not hold is refused (422), naming the field."""
    out: list[StoredUpload] = []
    with svc.db.session() as s:
        for sha in shas:
            row = s.get(StoredFile, sha) if SHA256.fullmatch(sha) else None
            if row is None:
                raise ApiError(422, "所引用的材料文件不存在，请重新上传", field=field)
            out.append(StoredUpload(sha256=row.sha256, size=row.size, name=row.original_name,
                                    content_type=row.content_type))
    return out
