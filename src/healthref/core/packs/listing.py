"""What content is in use, from whom and as of when; installed packs; withdrawals and the
add-on emergency number. Reads JSON only, so the window can ask on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from healthref.core.packs.content_info import ContentInfo, bundled_info
from healthref.core.packs.errors import PackError
from healthref.core.packs.manifest import Manifest
from healthref.core.packs.signers import Signer, key_id
from healthref.core.packs.state import BUNDLED, load_state, read_installed


def signer_name(manifest: Manifest, signers: list[Signer]) -> tuple[str, bool]:
    found = next((s for s in signers if s.public_hex == manifest.signer_public_key), None)
    if found is None:
        return f"key {key_id(manifest.signer_public_key)} (no longer trusted)", False
    return found.name, found.development


def content_info(
    home: Path, using_installed: bool, bundled_version: str, signers: list[Signer]
) -> ContentInfo:
    """About the content in use; `using_installed` False means the bundled DB is open."""
    try:
        state = load_state(home)
        main = read_installed(home, state.main) if state.main and using_installed else None
        addons = tuple(
            read_installed(home, folder).manifest
            for _, folder in sorted(state.addons.items())
            if using_installed
        )
    except PackError:
        main, addons = None, ()
    if main is None:
        return bundled_info(bundled_version, addons)
    name, development = signer_name(main.manifest, signers)
    return ContentInfo(
        main.manifest.released[:10],
        name,
        True,
        development,
        dict(main.manifest.withdrawn),
        addons,
    )


def installed_content(home: Path, signers: list[Signer]) -> list[str]:
    """One line per installed pack, for `healthref pack list`."""
    state = load_state(home)
    lines = []
    for role, folder in (("main", state.main), ("previous", state.previous)):
        if folder is None:
            continue
        if folder == BUNDLED:
            lines.append(f"{role:9} the bundled content")
            continue
        manifest = read_installed(home, folder).manifest
        name, development = signer_name(manifest, signers)
        dev = " [DEVELOPMENT key: testing only]" if development else ""
        lines.append(
            f"{role:9} {manifest.content_version} released {manifest.released}, "
            f"{manifest.article_count} articles, from {name}{dev}"
        )
    if state.main is None:
        lines.insert(0, "main      the bundled content")
    for addon_name, folder in sorted(state.addons.items()):
        manifest = read_installed(home, folder).manifest
        name, _ = signer_name(manifest, signers)
        lines.append(
            f"add-on    {addon_name}: {manifest.title}, {manifest.article_count} articles, "
            f"released {manifest.released}, from {name}"
        )
    return lines
