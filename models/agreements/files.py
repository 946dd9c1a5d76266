"""Attachments (signed scans, termination documents) stored by content in `<database>.files/`.

A file is kept once under its SHA-256 (the layout is models/files.py), whatever its name; an
`attachment` row links it to a record with a kind and the name it had. Sync sends the rows,
then the files by hash.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import DomainError
from ..messages import msg
from ..files import path_of, read_verified, store_bytes
from .entities import Attachment
from .vocab import ATTACHMENT_KINDS


def attach(record, kind: str, *, path: str | os.PathLike | None = None, data: bytes | None = None,
           filename: str | None = None) -> Attachment:
    """Attach a file (from `path`, or raw `data` with a `filename`) to an agreement or PD.

    Attaching a signed or termination document also records its hash on the record, which the
    signing and termination guards look for.
    """
    if kind not in ATTACHMENT_KINDS:
        raise DomainError(msg("Unknown attachment kind '{kind}'. Choose one of: {kinds}.",
                              kind=str(kind), kinds=list(ATTACHMENT_KINDS)))
    if path is not None:
        source = Path(path)
        if not source.is_file():
            raise DomainError(msg("No file at {path}; choose the scanned document again.",
                                  path=str(source)))
        data = source.read_bytes()
        filename = filename or source.name
    if data is None or not filename:
        raise DomainError(msg("Choose a file to attach."))
    if not data:
        raise DomainError(msg("{file} is empty; scan the document again.", file=filename))
    digest = store_bytes(data)
    row = Attachment.create(office=record.office, owner_table=record._meta.table_name,
                            owner_id=record.id, kind=kind, filename=filename, sha256=digest,
                            size=len(data))
    if kind in ("signed_document", "electronic_signature"):
        record.signed_document = digest
        record.save()
    elif kind == "termination_document":
        record.termination_document = digest
        record.save()
    return row


def attachments(record) -> list[Attachment]:
    return list(Attachment.live().where(Attachment.owner_id == record.id)
                .order_by(Attachment.updated_at))


def read(attachment_or_sha) -> bytes:
    """The bytes of an attachment, opened and checked against its hash."""
    return read_verified(getattr(attachment_or_sha, "sha256", attachment_or_sha))


def missing_files() -> list[str]:
    """Hashes of live attachments whose file is not in the store."""
    return sorted({a.sha256 for a in Attachment.live() if not path_of(a.sha256).exists()})


def copy_to_open(attachment) -> Path:
    """A copy of an attachment's file under its own name, for the system's viewer (the store
    keeps files under their hash, with no name or extension), checked against its hash first.
    NotFound when the file is not on this computer yet: sync fetches it (sync.client)."""
    data = read(attachment)
    folder = Path(tempfile.gettempdir()) / "partnerdesk-open" / attachment.sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    name = Path(attachment.filename.replace("\\", "/")).name.strip() or "document"
    target = folder / name
    target.write_bytes(data)
    return target
