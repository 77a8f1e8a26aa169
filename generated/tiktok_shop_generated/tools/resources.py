"""The `tools` resources: sync and async twins, raw-response and version views.

Helpers shared by other modules, such as large file uploads."""

from __future__ import annotations

from tiktok_shop._contract import (
    AsyncRequester,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    InitFileUploadResponse,
)


class ToolsResource:
    """Helpers shared by other modules, such as large file uploads."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def init_file_upload(
        self,
        *,
        file_name: str,
        file_type: str,
        file_size: int,
        total_chunk_count: int,
        target_path: str,
        category_asset_cipher: str | None = None,
    ) -> InitFileUploadResponse:
        """Initialize a file upload.

        Opens an upload session and returns the URL and token to upload the file to (one request up to 5
        MiB, chunked beyond). The upload returns a resource id to pass to the API named by `target_path`.

        `POST /open/202512/file/init`

        Args:
            category_asset_cipher: Cipher of the category asset the file belongs to, where the target API
                needs one.
            file_name: Name of the file.
            file_type: Kind of file; only video is supported for now.
            file_size: File size, in bytes.
            total_chunk_count: Number of upload chunks, at least 1; exactly 1 for files of 5 MiB (5,242,880
                bytes) or less.
            target_path: Path of the API that will bind the uploaded resource to its material."""
        return self._client.request(
            ops.INIT_FILE_UPLOAD,
            {
                "category_asset_cipher": category_asset_cipher,
                "file_name": file_name,
                "file_type": file_type,
                "file_size": file_size,
                "total_chunk_count": total_chunk_count,
                "target_path": target_path,
            },
        )


class ToolsResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: ToolsResource) -> None:
        self.init_file_upload = raw(resource.init_file_upload)


class ToolsAt202512:
    """`tools` operations pinned to version 202512."""

    def __init__(self, resource: ToolsResource) -> None:
        self.init_file_upload = resource.init_file_upload


class AsyncToolsResource:
    """Helpers shared by other modules, such as large file uploads. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def init_file_upload(
        self,
        *,
        file_name: str,
        file_type: str,
        file_size: int,
        total_chunk_count: int,
        target_path: str,
        category_asset_cipher: str | None = None,
    ) -> InitFileUploadResponse:
        """Initialize a file upload.

        Opens an upload session and returns the URL and token to upload the file to (one request up to 5
        MiB, chunked beyond). The upload returns a resource id to pass to the API named by `target_path`.

        `POST /open/202512/file/init`

        Args:
            category_asset_cipher: Cipher of the category asset the file belongs to, where the target API
                needs one.
            file_name: Name of the file.
            file_type: Kind of file; only video is supported for now.
            file_size: File size, in bytes.
            total_chunk_count: Number of upload chunks, at least 1; exactly 1 for files of 5 MiB (5,242,880
                bytes) or less.
            target_path: Path of the API that will bind the uploaded resource to its material."""
        return await self._client.request(
            ops.INIT_FILE_UPLOAD,
            {
                "category_asset_cipher": category_asset_cipher,
                "file_name": file_name,
                "file_type": file_type,
                "file_size": file_size,
                "total_chunk_count": total_chunk_count,
                "target_path": target_path,
            },
        )


class AsyncToolsResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncToolsResource) -> None:
        self.init_file_upload = async_raw(resource.init_file_upload)


class AsyncToolsAt202512:
    """`tools` operations pinned to version 202512."""

    def __init__(self, resource: AsyncToolsResource) -> None:
        self.init_file_upload = resource.init_file_upload
