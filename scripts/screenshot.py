"""Grab the real window offscreen to a PNG (used for the README screenshot).

Usage: python scripts/screenshot.py [OUT.png] [--query TEXT] [--slug SLUG]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from healthref import paths
from healthref.ui.app import build_window
from healthref.ui.main_window import MainWindow


def _settle(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="docs/screenshot.png", type=Path)
    parser.add_argument("--query", default="blood poisoning")
    parser.add_argument("--slug", default="what-causes-sepsis")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--kiosk", action="store_true", help="grab kiosk mode")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as home:
        kiosk = None
        if args.kiosk:
            from healthref.core.settings.kiosk import KioskSettings

            kiosk = KioskSettings()
        window = build_window(paths.resolve(home=Path(home)), kiosk=kiosk)
        width, height = (int(n) for n in args.size.split("x"))
        window.resize(width, height)
        window.show()
        _settle(400)
        if isinstance(window, MainWindow) and args.query:
            window.search_panel.search_box.setText(args.query)
            _settle(600)
            if args.slug:
                window.open_article(args.slug)
            _settle(300)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(args.out))
        if isinstance(window, MainWindow) and window.kiosk is not None:
            window.kiosk.exit_authorised = True
        window.close()
    app.quit()
    print(args.out if ok else "could not save the screenshot")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
