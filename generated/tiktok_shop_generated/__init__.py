"""Generated from `spec/` by `python -m generator`; do not edit.

Typed models, operation descriptors and resources of the TikTok Shop API, one sub-package per API
module (seller). Import a module's `models` for its types."""
