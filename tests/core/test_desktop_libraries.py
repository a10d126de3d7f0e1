"""The window-library check names what is missing and the package to install."""

from __future__ import annotations

import sys

import pytest

from healthref.core.desktop.libraries import (
    XCB_PLUGIN_LIBRARIES,
    MissingLibrary,
    doctor_line,
    missing_libraries,
    system_finder,
)

REQUIRED = {"libxcb.so.1": "libxcb1", "libxcb-nosuchthing.so.9": "libxcb-nosuchthing9"}


def test_names_the_library_that_cannot_be_found() -> None:
    missing = missing_libraries(REQUIRED, found=lambda name: name == "libxcb.so.1")
    assert missing == [MissingLibrary("libxcb-nosuchthing.so.9", "libxcb-nosuchthing9")]


def test_nothing_missing_when_everything_is_found() -> None:
    assert missing_libraries(REQUIRED, found=lambda name: True) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux-only")
def test_the_real_finder_misses_a_made_up_name_and_finds_libc() -> None:
    found = system_finder()
    assert found("libc.so.6")
    assert not found("libhealthref-not-a-library.so.42")
    missing = missing_libraries(REQUIRED)
    assert MissingLibrary("libxcb-nosuchthing.so.9", "libxcb-nosuchthing9") in missing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux-only")
def test_doctor_fails_only_when_the_window_would_use_xcb() -> None:
    missing = [MissingLibrary("libxcb-icccm.so.4", "libxcb-icccm4")]
    passed, line = doctor_line(missing, platform="")
    assert not passed
    assert line.startswith("FAIL") and "libxcb-icccm.so.4" in line
    assert "apt-get install libxcb-icccm4" in line
    passed, line = doctor_line(missing, platform="offscreen")
    assert passed and line.startswith("note")
    assert doctor_line([], platform="")[0]


def test_every_required_library_names_a_package() -> None:
    assert all(name.startswith("lib") and ".so." in name for name in XCB_PLUGIN_LIBRARIES)
    assert all(XCB_PLUGIN_LIBRARIES.values())


def test_ci_readme_and_deb_install_every_package_the_check_names() -> None:
    from tests.conftest import REPO

    packages = set(XCB_PLUGIN_LIBRARIES.values())
    for path in (".ci/run", "README.md", "packaging/deb/control.in"):
        text = (REPO / path).read_text(encoding="utf-8")
        assert {p for p in packages if p not in text} == set(), path
