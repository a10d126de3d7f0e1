"""What content the window shows, from whom and as of when, and the emergency number in force:
the record the "Content as of" label reads. Light on purpose: with no pack installed, the first
frame needs only this, and the pack modules (manifests, state, signers) load when a pack does."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from healthref.core.packs.manifest import Manifest

BUNDLED_SIGNER = "the healthref release (bundled)"


class ContentInfo(NamedTuple):
    """The content the app shows: its date and signer, and what its packs say."""

    as_of: str
    signer: str
    installed: bool = False
    development_key: bool = False
    withdrawn: Mapping[str, str] = MappingProxyType({})  # slug → why it was withdrawn
    addons: tuple[Manifest, ...] = ()

    @property
    def addon_emergency_number(self) -> str:
        """The first add-on's emergency number (by name); a default the settings override."""
        return next((m.emergency_number for m in self.addons if m.emergency_number), "")


def bundled_info(bundled_version: str, addons: tuple[Manifest, ...] = ()) -> ContentInfo:
    """The bundled content, as of the date in its version ("2026-11-30.b403a874")."""
    return ContentInfo(bundled_version.split(".")[0], BUNDLED_SIGNER, addons=addons)


def emergency_number(setting: str, info: ContentInfo) -> tuple[str, str]:
    """The emergency number in force and where it comes from: the operator's
    `[local] emergency_number` wins over an add-on pack's default."""
    if setting:
        return setting, "[local] emergency_number in settings.toml"
    for manifest in info.addons:
        if manifest.emergency_number:
            return manifest.emergency_number, f"add-on pack {manifest.name!r} ({manifest.title})"
    return "", "none set"
