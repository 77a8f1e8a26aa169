"""Operation descriptors of the `tools` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    ToolsUploadFileInitQuery,
    ToolsUploadFileInitRequest,
    ToolsUploadFileInitResponse,
)

INIT_FILE_UPLOAD: Operation[ToolsUploadFileInitResponse] = Operation(
    id="ToolsUploadFileInit",
    module="tools",
    name="init_file_upload",
    method="POST",
    path="/open/202512/file/init",
    version="202512",
    summary="Initialize a file upload",
    response_model=ToolsUploadFileInitResponse,
    shop_scoped=False,
    retry_safe=False,
    query_model=ToolsUploadFileInitQuery,
    body_model=ToolsUploadFileInitRequest,
    query_params=("category_asset_cipher",),
    body_fields=(
        "file_name",
        "file_type",
        "file_size",
        "total_chunk_count",
        "target_path",
    ),
)
