"""A local TikTok Shop for tests and the demo: ``with Sandbox() as sandbox: ...``.

Needs the ``sandbox`` extra (starlette, uvicorn): ``pip install 'tiktok-shop[sandbox]'``.
"""

from __future__ import annotations

from ._delivery import Delivery
from ._faults import Fault, Faults
from ._server import Sandbox

__all__ = ["Delivery", "Fault", "Faults", "Sandbox"]
