"""Operation descriptors of the `tools` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    InitFileUploadQuery,
    InitFileUploadRequest,
    InitFileUploadResponse,
)

INIT_FILE_UPLOAD: Operation[InitFileUploadResponse] = Operation(
    id="ToolsUploadFileInit",
    module="tools",
    name="init_file_upload",
    method="POST",
    path="/open/202512/file/init",
    version="202512",
    summary="Initialize a file upload",
    response_model=InitFileUploadResponse,
    shop_cipher="forbidden",
    retry_safe=False,
    query_model=InitFileUploadQuery,
    body_model=InitFileUploadRequest,
    query_params=("category_asset_cipher",),
    body_fields=(
        "file_name",
        "file_type",
        "file_size",
        "total_chunk_count",
        "target_path",
    ),
)
