"""`healthref pack build`: content/ → a built DB → a signed, compressed pack file."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from healthref.core.build.builder import BuildError, build_content_db
from healthref.core.content.schema import SCHEMA_VERSION
from healthref.core.packs.container import CHUNK, compress, decompress, header, read_raw
from healthref.core.packs.errors import PackError
from healthref.core.packs.keys import public_hex
from healthref.core.packs.manifest import Changes, Manifest
from healthref.core.packs.verify import read_unverified
from healthref.core.sqlite_files import read_only_uri

WITHDRAWN_FILE = "withdrawn.toml"


@dataclass(frozen=True)
class PackOptions:
    """What the publisher says about the pack being built."""

    kind: str = "main"
    name: str = "main"
    title: str = "healthref articles"
    released: str = ""  # default: now, UTC
    emergency_number: str = ""


def read_withdrawals(content_dir: Path) -> dict[str, str]:
    """content/withdrawn.toml: `slug = "notice shown instead of the article"`."""
    path = content_dir / WITHDRAWN_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PackError("withdrawn", f"{path}: {exc}") from exc
    table = data.get("withdrawn", {})
    if not isinstance(table, dict) or not all(
        isinstance(v, str) and v.strip() for v in table.values()
    ):
        raise PackError("withdrawn", f"{path}: [withdrawn] must map each slug to a notice")
    return {str(slug): notice.strip() for slug, notice in table.items()}


def _articles(db: Path) -> dict[str, tuple[str, str]]:
    """slug → (question, source hash)."""
    connection = sqlite3.connect(read_only_uri(db), uri=True)
    try:
        rows = connection.execute("SELECT slug, question, source_hash FROM articles")
        return {slug: (question, source) for slug, question, source in rows}
    finally:
        connection.close()


def _previous_articles(previous: Path, work: Path) -> dict[str, tuple[str, str]]:
    """The articles of a previous pack or content DB."""
    try:
        raw = read_raw(previous)
    except OSError as exc:
        raise PackError("previous", f"cannot read {previous} ({exc.strerror or exc})") from exc
    if raw is None:  # a content DB, not a pack
        return _articles(previous)
    manifest = read_unverified(previous)
    db = work / "previous.db"
    with db.open("wb") as out:
        decompress(previous, raw.payload_offset, manifest.db_size, out)
    return _articles(db)


def diff(
    old: dict[str, tuple[str, str]], new: dict[str, tuple[str, str]], withdrawn: dict[str, str]
) -> Changes:
    """What a reader of the old content will find new, changed and withdrawn."""
    gone = {slug: q for slug, (q, _) in old.items() if slug not in new}
    gone.update({slug: old.get(slug, (slug, ""))[0] for slug in withdrawn if slug in old})
    return Changes(
        new=tuple(sorted((s, q) for s, (q, _) in new.items() if s not in old)),
        changed=tuple(sorted((s, q) for s, (q, h) in new.items() if s in old and old[s][1] != h)),
        withdrawn=tuple(sorted(gone.items())),
    )


def _meta(db: Path) -> dict[str, str]:
    connection = sqlite3.connect(read_only_uri(db), uri=True)
    try:
        return dict(connection.execute("SELECT key, value FROM meta").fetchall())
    finally:
        connection.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def build_pack(
    content_dir: Path,
    key: Ed25519PrivateKey,
    out: Path,
    options: PackOptions,
    previous: Path | None = None,
) -> Manifest:
    """Build content_dir, compare it with `previous`, and write the signed pack atomically."""
    if options.released:
        try:
            dt.datetime.fromisoformat(options.released.replace("Z", "+00:00"))
        except ValueError as exc:
            raise PackError(
                "released", f"--released {options.released!r} is not an ISO 8601 time"
            ) from exc
    withdrawals = read_withdrawals(content_dir)
    with tempfile.TemporaryDirectory(prefix="healthref-pack-") as temp:
        work = Path(temp)
        db = work / "content.db"
        try:
            result = build_content_db(content_dir, db)
        except BuildError as exc:
            first = "; ".join(str(problem) for problem in exc.problems[:3])
            raise PackError("content", f"{exc} ({first})") from exc
        articles = _articles(db)
        still_there = sorted(set(withdrawals) & set(articles))
        if still_there:
            raise PackError(
                "withdrawn",
                f"withdrawn article(s) still in {content_dir / 'articles'}: "
                + ", ".join(still_there),
            )
        old = _previous_articles(previous, work) if previous else {}
        payload = work / "payload.xz"
        with payload.open("wb") as handle:
            payload_size, payload_digest = compress(db, handle)
        manifest = Manifest(
            kind=options.kind,
            name=options.name,
            title=options.title,
            content_version=_meta(db)["content_version"],
            released=options.released or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            schema_version=SCHEMA_VERSION,
            article_count=result.article_count,
            db_size=db.stat().st_size,
            db_sha256=_sha256(db),
            payload_size=payload_size,
            payload_sha256=payload_digest,
            signer_public_key=public_hex(key),
            emergency_number=options.emergency_number,
            changes=diff(old, articles, withdrawals),
            withdrawn=withdrawals,
        )
        signed = header(manifest.to_bytes())
        out.parent.mkdir(parents=True, exist_ok=True)
        handle_fd, partial_name = tempfile.mkstemp(prefix=".pack-", dir=out.parent)
        partial = Path(partial_name)
        try:
            with os.fdopen(handle_fd, "wb") as target, payload.open("rb") as source:
                target.write(signed + key.sign(signed))
                while chunk := source.read(CHUNK):
                    target.write(chunk)
                target.flush()
                os.fsync(target.fileno())
            os.chmod(partial, 0o644)  # shared on sticks and folders
            os.replace(partial, out)
        finally:
            partial.unlink(missing_ok=True)
    return manifest
