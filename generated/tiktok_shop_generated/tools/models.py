"""Models of the `tools` module.

Helpers shared by other modules, such as large file uploads."""

from __future__ import annotations

from pydantic import Field

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "InitFileUploadQuery",
    "InitFileUploadRequest",
    "InitFileUploadResponse",
]


class InitFileUploadQuery(RequestModel):
    """Path and query parameters of ToolsUploadFileInit."""

    category_asset_cipher: str | None = Field(default=None, strict=True)
    """Cipher of the category asset the file belongs to, where the target API needs one."""


class InitFileUploadRequest(RequestModel):
    """The file to upload."""

    file_name: str = Field(strict=True)
    """Name of the file."""

    file_type: str = Field(strict=True)
    """Kind of file; only video is supported for now."""

    file_size: int = Field(strict=True)
    """File size, in bytes."""

    total_chunk_count: int = Field(ge=1.0, strict=True)
    """Number of upload chunks, at least 1; exactly 1 for files of 5 MiB (5,242,880 bytes) or less."""

    target_path: str = Field(strict=True)
    """Path of the API that will bind the uploaded resource to its material."""


class InitFileUploadResponse(ResponseModel):
    """Where to upload the file."""

    upload_url: str | None = None
    """URL to upload the file to."""

    upload_token: str | None = None
    """Token to send with the upload."""
