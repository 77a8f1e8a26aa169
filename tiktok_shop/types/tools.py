"""Models of the `tools` module.

Helpers shared by other modules, such as large file uploads.

Generated from `spec/` by `python -m generator`; do not edit. Field tables: `docs/api/tools.md`."""

from tiktok_shop_generated.tools.models import (
    InitFileUploadQuery,
    InitFileUploadRequest,
    InitFileUploadResponse,
)

__all__ = [
    "InitFileUploadQuery",
    "InitFileUploadRequest",
    "InitFileUploadResponse",
]
