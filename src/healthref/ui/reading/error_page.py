"""The page shown instead of the window's content when the articles database is unusable."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from healthref.core.content.database import ContentProblem
from healthref.ui.appearance.colours import current_colours

_CODE = re.compile(r"`([^`]+)`")


def with_code(text: str) -> str:
    """Escaped text with `command` spans shown as code, not as literal backticks."""
    return _CODE.sub(lambda m: f"<code>{m.group(1)}</code>", escape(text))


def _title(kind: str) -> str:
    """The page's title for this kind of problem, translated."""
    titles = {
        "missing": QCoreApplication.translate(
            "ContentErrorPage", "The articles database is missing"
        ),
        "empty": QCoreApplication.translate("ContentErrorPage", "The articles database is empty"),
        "not-a-database": QCoreApplication.translate(
            "ContentErrorPage", "The articles file is not a healthref database"
        ),
        "truncated": QCoreApplication.translate(
            "ContentErrorPage", "The articles database is damaged"
        ),
        "wrong-version": QCoreApplication.translate(
            "ContentErrorPage", "The articles database is from another version"
        ),
        "checksum": QCoreApplication.translate(
            "ContentErrorPage", "The articles database has been changed or damaged"
        ),
        "unreadable": QCoreApplication.translate(
            "ContentErrorPage", "The articles database cannot be read"
        ),
    }
    return titles.get(kind) or QCoreApplication.translate(
        "ContentErrorPage", "The articles database cannot be used"
    )


class ContentErrorPage(QWidget):
    """Names the file, says what is wrong and what to do; offers nothing that cannot work."""

    def __init__(self, problem: ContentProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setObjectName("contentErrorPage")
        browser = QTextBrowser(self)
        browser.setOpenLinks(False)
        title = _title(problem.kind)
        colours = current_colours(browser.palette())
        file_word, wrong, to_do = self.tr("File"), self.tr("What is wrong"), self.tr("What to do")
        own_data = self.tr(
            "Your saved questions, history and suggestions are kept elsewhere and are not affected."
        )
        browser.setHtml(
            f'<h1 style="color:{colours.error}">{escape(title)}</h1>'
            f"<p><b>{escape(file_word)}:</b> <code>{escape(str(problem.path))}</code></p>"
            f"<p><b>{escape(wrong)}:</b> {escape(problem.detail)}.</p>"
            f"<p><b>{escape(to_do)}:</b> {with_code(problem.remedy)}</p>"
            f"<p>{escape(own_data)}</p>"
        )
        browser.setAccessibleName(title)
        self.browser = browser
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
