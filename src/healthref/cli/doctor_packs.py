"""`healthref doctor`'s lines about content packs: which content is in use, from whom, and
which emergency number is in force."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from healthref import paths

if TYPE_CHECKING:
    from healthref.core.packs.signers import Signer


def check_content_source(app_paths: paths.AppPaths, out: TextIO) -> bool:
    """Installed pack or bundled content; a fallback is a failure worth fixing."""
    from healthref.core.content.database import ContentDBError, open_content
    from healthref.core.packs.errors import PackError
    from healthref.core.packs.listing import installed_content

    if app_paths.bundled_db is not None:
        try:
            open_content(app_paths.content_db).close()
        except ContentDBError as exc:
            app_paths = app_paths.on_bundled_content(exc.problem.detail)
    if app_paths.content_fallback:
        out.write(
            f"FAIL content pack: {app_paths.content_fallback}; using the bundled content. "
            "Run `healthref pack rollback` or install the pack again.\n"
        )
        return False
    try:
        lines = installed_content(app_paths.home, _signers(app_paths))
    except PackError as exc:
        out.write(f"FAIL content pack: {exc.one_line()}\n")
        return False
    for line in lines:
        out.write(f"ok   content pack {line}\n")
    return True


def _signers(app_paths: paths.AppPaths) -> list[Signer]:
    from healthref.core.packs.signers import trusted_signers
    from healthref.core.settings.file import SettingsError, load_settings

    try:
        keys = load_settings(app_paths.settings).packs.trusted_keys
    except SettingsError:
        keys = ()
    return trusted_signers(paths.resources_dir(), keys)


def check_emergency_number(app_paths: paths.AppPaths, out: TextIO) -> bool:
    """Which emergency number the emergency strip shows, and why."""
    from healthref.core.packs.content_info import emergency_number
    from healthref.core.packs.listing import content_info
    from healthref.core.settings.file import SettingsError, load_settings

    try:
        setting = load_settings(app_paths.settings).local.emergency_number
    except SettingsError:
        setting = ""
    info = content_info(app_paths.home, app_paths.bundled_db is not None, "", [])
    number, source = emergency_number(setting, info)
    if number:
        out.write(f"ok   emergency number {number} (from {source})\n")
    else:
        out.write("note emergency number: none set ([local] emergency_number in settings.toml)\n")
    return True
