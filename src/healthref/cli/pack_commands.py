"""`healthref pack …`: make keys, build, verify, install, roll back, list and remove packs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from healthref import paths
from healthref.cli.errors import EXIT_FAILED, EXIT_OK, UsageError

if TYPE_CHECKING:
    from healthref.core.packs.manifest import Manifest
    from healthref.core.packs.signers import Signer


def usage(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    raise UsageError("choose an action: keygen, build, verify, install, rollback, list, remove")


def signers(app_paths: paths.AppPaths) -> list[Signer]:
    """The trusted signers: resources/trusted-keys.toml and [packs] trusted_keys."""
    from healthref.core.packs.signers import trusted_signers
    from healthref.core.settings.file import load_settings

    operator = load_settings(app_paths.settings).packs.trusted_keys
    return trusted_signers(paths.resources_dir(), operator)


def _bundled(app_paths: paths.AppPaths) -> Path:
    return app_paths.bundled_db or paths.default_content_db()


def keygen(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.packs.keys import generate

    signer = generate(args.out, args.name)
    out.write(
        f"secret key: {args.out} (keep it off clinic machines and out of the repository)\n"
        f"public key: {args.out.with_suffix('.public')}\n"
        f"key id:     {signer.key_id}\n{signer.public_hex}\n"
    )
    return EXIT_OK


def build(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.packs.build import PackOptions, build_pack
    from healthref.core.packs.keys import load_secret_key

    if args.addon and not args.title:
        raise UsageError("an add-on pack needs --title")
    options = (
        PackOptions("addon", args.addon, args.title, args.released, args.emergency_number)
        if args.addon
        else PackOptions(released=args.released)
    )
    manifest = build_pack(args.content, load_secret_key(args.key), args.out, options, args.previous)
    size = args.out.stat().st_size
    out.write(f"wrote {args.out} ({size} bytes, {manifest.db_size} expanded)\n")
    _describe(manifest, out)
    return EXIT_OK


def _describe(manifest: Manifest, out: TextIO) -> None:
    changes = manifest.changes
    out.write(
        f"kind:            {manifest.kind} ({manifest.name}: {manifest.title})\n"
        f"content version: {manifest.content_version}\n"
        f"released:        {manifest.released}\n"
        f"articles:        {manifest.article_count}\n"
        f"new {len(changes.new)}, changed {len(changes.changed)}, "
        f"withdrawn {len(changes.withdrawn)}\n"
        f"content SHA-256: {manifest.db_sha256}\n"
    )
    if manifest.emergency_number:
        out.write(f"emergency number: {manifest.emergency_number}\n")


def verify(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.packs.errors import PackError
    from healthref.core.packs.verify import read_unverified, verify_pack

    try:
        verified = verify_pack(args.file, signers(app_paths))
    except PackError as exc:
        if exc.kind not in ("not-a-pack", "unreadable", "damaged"):
            _describe(read_unverified(args.file), out)
        out.write(f"NOT TRUSTED: {exc.one_line()}\n")
        return EXIT_FAILED
    _describe(verified.manifest, out)
    dev = " (DEVELOPMENT key: for testing only)" if verified.signer.development else ""
    out.write(f"trusted: signed by {verified.signer.name}{dev}\n")
    return EXIT_OK


def install(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.packs import install as installing
    from healthref.core.packs.verify import verify_pack

    verified = verify_pack(args.file, signers(app_paths))
    result = installing.install(
        verified,
        app_paths.home,
        _bundled(app_paths),
        allow_downgrade=args.allow_downgrade,
        free_space=installing.disk_free,
    )
    out.write(f"installed {result.manifest.title} {result.manifest.content_version}\n")
    _describe(result.manifest, out)
    return EXIT_OK


def rollback(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.packs.install import rollback as rolling_back

    manifest = rolling_back(app_paths.home, _bundled(app_paths))
    now = f"{manifest.content_version} ({manifest.released})" if manifest else "the bundled content"
    out.write(f"rolled back: now using {now}\n")
    return EXIT_OK


def remove(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.packs.install import remove_addon

    manifest = remove_addon(app_paths.home, args.name, _bundled(app_paths))
    out.write(f"removed add-on pack {manifest.name} ({manifest.title})\n")
    return EXIT_OK


def list_packs(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.packs.listing import installed_content

    for line in installed_content(app_paths.home, signers(app_paths)):
        out.write(line + "\n")
    fallback = app_paths.content_fallback
    out.write(
        f"in use: {app_paths.content_db}" + (f" (fallback: {fallback})" if fallback else "") + "\n"
    )
    return EXIT_OK
