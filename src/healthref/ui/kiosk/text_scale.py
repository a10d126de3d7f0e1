"""The visitor's text size in the kiosk: A+ and A− scale every text on every kiosk screen (the
widgets' style sheet and the answer's own CSS, small print included); a new visitor gets the
operator's size back."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from healthref.ui.kiosk.parts import touch_stylesheet
from healthref.ui.reading.answer_view import AnswerView

STEP = 0.15
MIN_STEP = -2
MAX_STEP = 4
POINT_SIZE = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def scale_css(css: str, factor: float) -> str:
    """Every `NNpt` size in a style sheet times `factor`."""
    return POINT_SIZE.sub(lambda m: f"{float(m.group(1)) * factor:.1f}pt", css)


class KioskTextScale:
    """One visitor's text size: `step` 0 is the operator's `font_scale`."""

    def __init__(
        self,
        window: QWidget,
        answer: AnswerView,
        answer_css: str,
        base_point_size: float,
        answer_scale: float,
        touch_height: int,
        rerender: Callable[[], None],
    ) -> None:
        self.window = window
        self.answer = answer
        self.answer_css = answer_css
        self.base_point_size = base_point_size
        self.answer_scale = answer_scale
        self.touch_height = touch_height
        self.rerender = rerender
        self.step = 0
        self.apply()

    @property
    def factor(self) -> float:
        return 1.0 + STEP * self.step

    def change(self, step: int) -> None:
        """Larger (1) or smaller (-1), within bounds."""
        target = max(MIN_STEP, min(MAX_STEP, self.step + step))
        if target != self.step:
            self.step = target
            self.apply()

    def apply(self) -> None:
        factor = self.factor
        self.window.setStyleSheet(
            touch_stylesheet(self.touch_height, self.base_point_size * factor, factor)
        )
        appearance = getattr(self.window, "appearance", None)
        if appearance is not None:  # the window's own text size, with the kiosk's on top
            appearance.set_extra_scale(self.answer_scale * factor)
        else:
            self.answer.document().setDefaultStyleSheet(
                scale_css(self.answer_css, self.answer_scale * factor)
            )
        self.rerender()

    def reset_for_new_visitor(self) -> None:
        """The operator's text size."""
        if self.step != 0:
            self.step = 0
            self.apply()
