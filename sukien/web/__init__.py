"""The web app and JSON API over a sukien database (``sukien serve``); needs the ``web`` extra."""

from sukien.web.app import create_app

__all__ = ["create_app"]
