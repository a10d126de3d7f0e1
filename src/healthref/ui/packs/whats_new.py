"""The "What's new" dialog shown after a content update: new, changed and withdrawn questions."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from healthref.core.packs.manifest import Manifest


def whats_new_html(manifest: Manifest, heading: str, labels: tuple[str, str, str]) -> str:
    """Three lists (new, changed, withdrawn), each left out when empty."""
    parts = [f"<h2>{escape(heading)}</h2>"]
    changes = manifest.changes
    for label, items in zip(labels, (changes.new, changes.changed, changes.withdrawn), strict=True):
        if not items:
            continue
        rows = "".join(
            f"<li>{escape(question)}"
            + (
                f"<br><small>{escape(manifest.withdrawn[slug])}</small>"
                if slug in manifest.withdrawn
                else ""
            )
            + "</li>"
            for slug, question in items
        )
        parts.append(f"<h3>{escape(label)} ({len(items)})</h3><ul>{rows}</ul>")
    return "".join(parts)


class WhatsNewDialog(QDialog):
    """Lists what a content update changed; closes with OK."""

    def __init__(self, manifest: Manifest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatsNewDialog")
        self.setWindowTitle(self.tr("What's new"))
        self.resize(560, 480)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        heading = (
            self.tr("Content of %1") if manifest.changes.is_empty() else self.tr("What's new in %1")
        ).replace("%1", manifest.released[:10])
        labels = (self.tr("New questions"), self.tr("Changed answers"), self.tr("Withdrawn"))
        body = whats_new_html(manifest, heading, labels)
        if manifest.changes.is_empty():
            nothing = self.tr("Nothing changed since the previous version.")
            body += f"<p>{escape(nothing)}</p>"
        self.text.setHtml(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def plain_text(self) -> str:
        return self.text.toPlainText()
