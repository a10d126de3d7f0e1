"""The page shown instead of the window's content when the articles database is unusable."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from healthref.core.content.database import ContentProblem
from healthref.ui.appearance.colours import current_colours

_TITLES = {
    "missing": "The articles database is missing",
    "empty": "The articles database is empty",
    "not-a-database": "The articles file is not a healthref database",
    "truncated": "The articles database is damaged",
    "wrong-version": "The articles database is from another version",
    "checksum": "The articles database has been changed or damaged",
    "unreadable": "The articles database cannot be read",
}


OWN_DATA = "Your saved questions, history and suggestions are kept elsewhere and are not affected."
_CODE = re.compile(r"`([^`]+)`")


def with_code(text: str) -> str:
    """Escaped text with `command` spans shown as code, not as literal backticks."""
    return _CODE.sub(lambda m: f"<code>{m.group(1)}</code>", escape(text))


def tr(text: str) -> str:
    return QCoreApplication.translate("ErrorPage", text)


class ContentErrorPage(QWidget):
    """Names the file, says what is wrong and what to do; offers nothing that cannot work."""

    def __init__(self, problem: ContentProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setObjectName("contentErrorPage")
        browser = QTextBrowser(self)
        browser.setOpenLinks(False)
        title = tr(_TITLES.get(problem.kind, "The articles database cannot be used"))
        colours = current_colours(browser.palette())
        browser.setHtml(
            f'<h1 style="color:{colours.error}">{escape(title)}</h1>'
            f"<p><b>{escape(tr('File'))}:</b> <code>{escape(str(problem.path))}</code></p>"
            f"<p><b>{escape(tr('What is wrong'))}:</b> {escape(problem.detail)}.</p>"
            f"<p><b>{escape(tr('What to do'))}:</b> {with_code(problem.remedy)}</p>"
            f"<p>{escape(tr(OWN_DATA))}</p>"
        )
        browser.setAccessibleName(title)
        self.browser = browser
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
