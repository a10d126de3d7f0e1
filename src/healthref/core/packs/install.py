"""Install, roll back and remove packs: verified before and after copying, switched in one
atomic step (active.json), the previous main content kept, the bundled DB always the floor."""

from __future__ import annotations

import hashlib
import lzma
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from healthref.core.build.merge import AddOn, MergeError, merge_addons
from healthref.core.content.database import ContentDBError, open_content
from healthref.core.packs.container import CHUNK, TooLarge, decompress
from healthref.core.packs.errors import PackError
from healthref.core.packs.manifest import Manifest
from healthref.core.packs.state import (
    BUNDLED,
    MERGED,
    PACKS,
    ContentState,
    content_root,
    fsync_dir,
    load_state,
    read_installed,
    write_state,
)
from healthref.core.packs.verify import VerifiedPack

FreeSpace = Callable[[Path], int]
MARGIN = 16 * 1024 * 1024  # room left over for the user DB and logs


def disk_free(path: Path) -> int:
    return shutil.disk_usage(path).free


@dataclass(frozen=True)
class InstallResult:
    """What was installed and what it replaced (None: the bundled content or nothing)."""

    manifest: Manifest
    replaced: Manifest | None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def bundled_released(bundled_db: Path) -> str:
    """The bundled DB's date (from its content version), comparable with a pack's release."""
    connection = open_content(bundled_db, verify_checksum=False)
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = 'content_version'").fetchone()
    finally:
        connection.close()
    return str(row[0]).split(".")[0] if row else ""


def _replaced(home: Path, state: ContentState, manifest: Manifest) -> Manifest | None:
    folder = state.main if manifest.kind == "main" else state.addons.get(manifest.name)
    return read_installed(home, folder).manifest if folder else None


def _check_db(db: Path, manifest: Manifest) -> None:
    """The copied DB is the one signed: same SHA-256, opens, checksum and version match."""
    if file_sha256(db) != manifest.db_sha256:
        raise PackError("damaged", "the copied content does not match the pack; not installed")
    try:
        connection = open_content(db, verify_checksum=True)
    except ContentDBError as exc:
        raise PackError("damaged", f"the pack's content is unusable: {exc.problem.detail}") from exc
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    finally:
        connection.close()
    if meta.get("content_version") != manifest.content_version:
        raise PackError("damaged", "the pack's content is not the version its manifest names")


def _unpack(pack: VerifiedPack, home: Path) -> str:
    """Expand the pack into its own folder, verified again from disk; return the folder."""
    manifest = pack.manifest
    folder = f"{PACKS}/{manifest.kind}-{manifest.name}-{manifest.db_sha256[:16]}"
    final = content_root(home) / folder
    if final.exists():
        _check_db(final / "content.db", manifest)
        return folder
    partial = content_root(home) / PACKS / f".partial-{uuid.uuid4().hex}"
    partial.mkdir(parents=True)
    try:
        with (partial / "content.db").open("wb") as out:
            try:
                decompress(pack.path, pack.payload_offset, manifest.db_size, out)
            except TooLarge as exc:
                raise PackError(
                    "bomb",
                    f"{pack.path} expands beyond the {manifest.db_size} bytes it declares "
                    "(a decompression bomb); not installed",
                ) from exc
            except (lzma.LZMAError, EOFError) as exc:
                raise PackError("damaged", f"{pack.path} cannot be expanded ({exc})") from exc
            out.flush()
            os.fsync(out.fileno())
        for name, data in (
            ("manifest.json", pack.manifest_bytes),
            ("manifest.sig", pack.signature),
        ):
            with (partial / name).open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        _check_db(partial / "content.db", manifest)
        fsync_dir(partial)
        os.rename(partial, final)
        fsync_dir(final.parent)
    finally:
        if partial.exists():
            shutil.rmtree(partial, ignore_errors=True)
    return folder


def _activate(home: Path, state: ContentState, bundled_db: Path) -> None:
    """Work out the DB to open for `state` (merging add-ons into the main content when there
    are any), verify it, and switch to it."""
    root = content_root(home)
    main_db = root / state.main / "content.db" if state.main else bundled_db
    if state.addons:
        addons = []
        for name, folder in sorted(state.addons.items()):
            installed = read_installed(home, folder)
            addons.append(AddOn(name, installed.manifest.title, installed.db(home)))
        key = hashlib.sha256("|".join([state.main or BUNDLED, *state.addons.values()]).encode())
        relative = f"{MERGED}/{key.hexdigest()[:16]}.db"
        (root / MERGED).mkdir(parents=True, exist_ok=True)
        try:
            merge_addons(main_db, addons, root / relative)
        except MergeError as exc:
            raise PackError("conflict", exc.one_line()) from exc
        open_content(root / relative, verify_checksum=True).close()
        state = replace(state, open=relative)
    else:
        state = replace(state, open=f"{state.main}/content.db" if state.main else None)
    if state.open:
        opened = root / state.open
        state = replace(state, open_size=opened.stat().st_size, open_sha256=file_sha256(opened))
    else:
        state = replace(state, open_size=0, open_sha256="")
    write_state(home, state)
    _collect_garbage(home, state)


def _collect_garbage(home: Path, state: ContentState) -> None:
    """Remove folders and merged DBs nothing refers to (replaced, or left by a cut install)."""
    root = content_root(home)
    keep = {state.main, state.previous, state.open, *state.addons.values()}
    for parent in (PACKS, MERGED):
        if not (root / parent).is_dir():
            continue
        for entry in (root / parent).iterdir():
            if f"{parent}/{entry.name}" in keep:
                continue
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


def install(
    pack: VerifiedPack,
    home: Path,
    bundled_db: Path,
    *,
    allow_downgrade: bool = False,
    free_space: FreeSpace = disk_free,
) -> InstallResult:
    """Install a verified pack; PackError (with the current content untouched) if refused."""
    manifest = pack.manifest
    root = content_root(home)
    root.mkdir(parents=True, exist_ok=True)
    state = load_state(home)
    replaced = _replaced(home, state, manifest)
    current = replaced.released if replaced else ""
    if manifest.kind == "main" and replaced is None:
        current = bundled_released(bundled_db)
    if manifest.released < current and not allow_downgrade:
        raise PackError(
            "downgrade",
            f"{pack.path} holds older content ({manifest.released}) than is installed "
            f"({current}); use --allow-downgrade to install it anyway",
        )
    needed = manifest.db_size * (2 if state.addons or manifest.kind == "addon" else 1) + MARGIN
    free = free_space(root)
    if free < needed:
        raise PackError(
            "disk-space",
            f"not enough disk space in {root}: the pack needs {needed // 2**20 + 1} MB, "
            f"{free // 2**20} MB are free",
        )
    folder = _unpack(pack, home)
    if manifest.kind == "main":
        new_state = replace(state, main=folder, previous=state.main or BUNDLED)
    else:
        new_state = replace(state, addons={**state.addons, manifest.name: folder})
    _activate(home, new_state, bundled_db)
    return InstallResult(manifest, replaced)


def rollback(home: Path, bundled_db: Path) -> Manifest | None:
    """Switch back to the previous main content (None: the bundled content)."""
    state = load_state(home)
    if state.previous is None:
        raise PackError("rollback", "there is no previous content to roll back to")
    target = None if state.previous == BUNDLED else state.previous
    manifest = None
    if target is not None:
        installed = read_installed(home, target)
        if file_sha256(installed.db(home)) != installed.manifest.db_sha256:
            raise PackError("damaged", f"the previous content {installed.db(home)} is damaged")
        manifest = installed.manifest
    _activate(home, replace(state, main=target, previous=state.main or BUNDLED), bundled_db)
    return manifest


def remove_addon(home: Path, name: str, bundled_db: Path) -> Manifest:
    """Remove one add-on pack; the main content and other add-ons stay."""
    state = load_state(home)
    folder = state.addons.get(name)
    if folder is None:
        known = ", ".join(sorted(state.addons)) or "none"
        raise PackError(
            "unknown", f"no add-on pack named {name!r} is installed (installed: {known})"
        )
    manifest = read_installed(home, folder).manifest
    addons = {key: value for key, value in state.addons.items() if key != name}
    _activate(home, replace(state, addons=addons), bundled_db)
    return manifest
