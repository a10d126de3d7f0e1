"""ContentUpdates: File → "Install content update…" and "Roll back content update", the
"Content as of <date>, from <signer>" label, and the switch to the new content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction

from healthref import paths
from healthref.core.packs.content_info import ContentInfo
from healthref.ui.background import describe
from healthref.ui.elided_label import ElidedLabel
from healthref.ui.language import isolate

if TYPE_CHECKING:
    from healthref.core.packs.install import InstallResult
    from healthref.core.packs.manifest import Manifest
    from healthref.ui.main_window import MainWindow


def content_label_text(window: QObject, info: ContentInfo, fallback: str) -> str:
    text = (
        QCoreApplication.translate("ContentUpdates", "Content as of %1, from %2")
        .replace("%1", isolate(info.as_of))
        .replace("%2", isolate(info.signer))
    )
    if info.development_key and "development" not in info.signer.casefold():
        text += " " + QCoreApplication.translate(
            "ContentUpdates", "(development key: for testing only)"
        )
    if fallback:
        text += " — " + QCoreApplication.translate(
            "ContentUpdates", "installed content not used: %1"
        ).replace("%1", fallback)
    return text


class ContentUpdates(QObject):
    """Installs and rolls back packs in the background; `switched` carries the manifest of
    the content now in use (None: the bundled content) so the app can reopen on it."""

    switched = Signal(object, bool)  # Manifest | None, whether to show "What's new"

    def __init__(
        self,
        window: MainWindow,
        app_paths: paths.AppPaths,
        info: ContentInfo,
        operator_keys: tuple[str, ...] = (),
    ) -> None:
        super().__init__(window)
        self.window = window
        self.app_paths = app_paths
        self.info = info
        self._operator_keys = operator_keys
        self.choose_file: Callable[[], str] = self._ask_for_file
        self.label = ElidedLabel(
            content_label_text(window, info, app_paths.content_fallback), window
        )
        self.label.setObjectName("contentAsOf")
        window.statusBar().addPermanentWidget(self.label)
        if not app_paths.content_fallback and not info.development_key:
            # A plain "Content as of …" gives way to the count beside it in a narrow window
            # (its whole text is the tooltip); a warning is never cut short.
            self.label.cap_to_half_of(window.statusBar())
        self.install_action = QAction(
            QCoreApplication.translate("ContentUpdates", "&Install content update…"), window
        )
        self.install_action.triggered.connect(self.install_from_file)
        self.rollback_action = QAction(
            QCoreApplication.translate("ContentUpdates", "&Roll back content update"), window
        )
        self.rollback_action.triggered.connect(self.roll_back)

    def add_to_menu(self, menu: QObject) -> None:
        from PySide6.QtWidgets import QMenu

        assert isinstance(menu, QMenu)
        menu.addAction(self.install_action)
        menu.addAction(self.rollback_action)
        menu.addSeparator()

    def _ask_for_file(self) -> str:
        # Dialog classes load when first used: importing them costs the first frame ~3 ms.
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("ContentUpdates", "Install content update"),
            "",
            QCoreApplication.translate("ContentUpdates", "Content packs (*.pack);;All files (*)"),
        )
        return name

    def _bundled(self) -> Path:
        return self.app_paths.bundled_db or paths.default_content_db()

    def install_from_file(self) -> None:
        name = self.choose_file()
        if not name:
            return
        home, bundled, keys = self.app_paths.home, self._bundled(), self._operator_keys
        self.window.statusBar().showMessage(
            QCoreApplication.translate("ContentUpdates", "Checking and installing %1…").replace(
                "%1", name
            )
        )

        def work() -> InstallResult:
            from healthref.core.packs.install import install
            from healthref.core.packs.signers import trusted_signers
            from healthref.core.packs.verify import verify_pack

            verified = verify_pack(Path(name), trusted_signers(paths.resources_dir(), keys))
            return install(verified, home, bundled)

        self.window.tasks.run(
            "installing a content update",
            work,
            lambda result: self.switched.emit(result.manifest, True),
            lambda error: self._refused(
                QCoreApplication.translate("ContentUpdates", "Install content update"), error
            ),
        )

    def roll_back(self) -> None:
        home, bundled = self.app_paths.home, self._bundled()

        def work() -> Manifest | None:
            from healthref.core.packs.install import rollback

            return rollback(home, bundled)

        self.window.tasks.run(
            "rolling back the content",
            work,
            lambda manifest: self.switched.emit(manifest, False),
            lambda error: self._refused(
                QCoreApplication.translate("ContentUpdates", "Roll back content update"), error
            ),
        )

    def _refused(self, title: str, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        message = describe(error)
        self.window.statusBar().showMessage(message, 15_000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            QCoreApplication.translate("ContentUpdates", "Nothing was changed: %1").replace(
                "%1", message
            ),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("contentUpdateRefused")
        box.open()
