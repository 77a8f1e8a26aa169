"""The ``tiktok-shop`` command line. Secrets come from environment variables or prompts, never argv."""

from __future__ import annotations

from .app import app, main

__all__ = ["app", "main"]
